// Incremental `npm run build` when "now", a data file or an option changes, with --full, and after a build
// killed while it updated the standby copy: each time, the output must equal a clean full build.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { listArticleFiles } from "../../src/content/archive.ts";
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

test("a build state cut short (state.json damaged) gives a full build equal to a clean build", async () => {
	const state = file(".cache/warta/state.json");
	writeFileSync(state, readFileSync(state, "utf8").slice(0, 200));
	const result = await assertSameAsClean("damaged state", "full");
	assert.match(result.reason ?? "", /no build cache/);
	await assertSameAsClean("after the damaged state");
});

test("a build state of the older format (format 2: whole signatures, not digests) gives a full build", async () => {
	const state = file(".cache/warta/state.json");
	writeFileSync(state, JSON.stringify({ ...JSON.parse(readFileSync(state, "utf8")), format: 2 }));
	await assertSameAsClean("older state format", "full");
	await assertSameAsClean("after the older state");
});

test("a damaged article store: every article is read again, and the incremental output equals a clean build", async () => {
	writeFileSync(file(".cache/warta/articles.v8"), "warta-articles\n\u0000\u0000garbage");
	write("articles/2026/11/berita-toko.md", article({ title: "Toko Baru di Pasar", date: "2026-11-28 10:00" }));
	const result = await assertSameAsClean("damaged article store");
	assert.is(result.parsed, listArticleFiles(root).length, "every article read from its file");
	const next = await assertSameAsClean("after the damaged store");
	assert.is(next.parsed, 0, "and stored again");
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
