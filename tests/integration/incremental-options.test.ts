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
