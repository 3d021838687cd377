// Incremental `npm run build` when "now", a data file or an option changes, with --full, and after a build
// killed while it updated the standby copy: each time, the output must equal a clean full build.
import { rmSync } from "node:fs";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { digest, runCli } from "../helpers/cli.ts";
import { article } from "../helpers/fixture.ts";
import { incrementalSite } from "../helpers/incremental.ts";
import { EMBARGO_LIFTS } from "../helpers/newsroom-fixture.ts";

const site = incrementalSite();
const { root, output, build, assertSameAsClean, file, write, edit } = site;

test("the first build of the site is full", async () => {
	const first = await build();
	assert.is(first.mode, "full");
});

test("an embargo released by moving --now: incremental output equals a clean build", async () => {
	site.now = EMBARGO_LIFTS;
	await assertSameAsClean("embargo released");
});

test("a changed data file renders everything and says why", async () => {
	edit("_data/authors.json", (text) => text.replace('"Andi', '"Andika'));
	const result = await assertSameAsClean("data file", "full");
	assert.match(result.reason ?? "", /data files/);
	await assertSameAsClean("after the data change");
});

test("an analytics export added, then replaced, renders everything (Terpopuler is on every story)", async () => {
	const [top, second] = site.published.slice(3, 5).map((a) => a.url);
	write("analytics/pages.csv", `page,views\n${second},40\n${top},90\n`);
	const added = await assertSameAsClean("analytics export added", "full");
	assert.match(added.reason ?? "", /data files/);
	write("analytics/pages.csv", `page,views\n${second},400\n${top},90\n`);
	await assertSameAsClean("analytics export replaced", "full");
	await assertSameAsClean("after the export");
});

test("a newsroom page added, then edited: incremental output equals a clean build", async () => {
	write("halaman/tentang-kami.md", "---\ntitle: Tentang Kami\nsummary: Media lokal.\n---\nKami meliput Serang.\n");
	await assertSameAsClean("page added");
	edit("halaman/tentang-kami.md", (text) => text.replace("Kami meliput Serang.", "Kami meliput Kabupaten Serang."));
	const edited = await assertSameAsClean("page edited");
	assert.ok(edited.rendered < edited.pages / 10, `only the page renders again (${edited.rendered} of ${edited.pages})`);
});

test("a changed path prefix renders everything", async () => {
	site.pathPrefix = "/berita/";
	const result = await assertSameAsClean("path prefix", "full");
	assert.match(result.reason ?? "", /options/);
});

test("--full renders everything and gives the same site", async () => {
	const result = await build({ full: true });
	assert.is(result.mode, "full");
	assert.is(result.rendered, result.pages);
	await assertSameAsClean("after --full");
});

test("a build killed while it updates the standby copy leaves _site intact, and the next build is correct", async () => {
	write("articles/2026/11/berita-lain.md", article({ title: "Berita Lain", date: "2026-11-28 11:00" }));
	const before = digest(output);
	const env = { WARTA_FAULT: "before-swap" };
	const args = ["--root", root, "--now", site.now, "--pathprefix", site.pathPrefix ?? "/"];
	const killed = await runCli("build", args, env);
	assert.not.equal(killed.code, 0, "the fault hook killed the build");
	assert.equal(digest(output), before, "_site/ is the site as it was");
	await assertSameAsClean("after the killed build");
});

test.after(() => rmSync(root, { recursive: true, force: true }));

test.run();
