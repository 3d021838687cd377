// A build cache that cannot be trusted (cut short, written by an older Warta) never gives a wrong site: the build
// state falls back to a full build, the article store to reading every article again; either way the output
// equals a clean full build, and the cache is written anew for the next build.
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { listArticleFiles } from "../../src/content/archive.ts";
import { article } from "../helpers/fixture.ts";
import { incrementalSite } from "../helpers/incremental.ts";

const site = incrementalSite();
const { root, build, assertSameAsClean, file, write } = site;

test("the first build of the site is full", async () => {
	const first = await build();
	assert.is(first.mode, "full");
});

test("a build state cut short (state.json damaged) gives a full build equal to a clean build", async () => {
	const state = file(".cache/warta/state.json");
	writeFileSync(state, readFileSync(state, "utf8").slice(0, 200));
	const result = await assertSameAsClean("damaged state", "full");
	assert.match(result.reason ?? "", /no build cache/);
});

test("a build state of the older format (format 2: whole signatures, not digests) gives a full build", async () => {
	const state = file(".cache/warta/state.json");
	writeFileSync(state, JSON.stringify({ ...JSON.parse(readFileSync(state, "utf8")), format: 2 }));
	await assertSameAsClean("older state format", "full");
	await assertSameAsClean("after the older state");
});

// Each copy's page list is a file of its own (state.json names the copies), so a build reads and writes one list,
// not both. The cache keeps the two copies' files and no stale ones; a missing one is a full build, not a wrong site.
test("each copy's tree is a file of its own: two after several builds, and a missing one gives a full build", async () => {
	write("articles/2026/11/berita-pasar.md", article({ title: "Pasar Malam Dibuka", date: "2026-11-27 19:00" }));
	assert.is((await build()).mode, "incremental");
	write("articles/2026/11/berita-jalan.md", article({ title: "Jalan Desa Diperbaiki", date: "2026-11-27 20:00" }));
	assert.is((await build()).mode, "incremental");
	const cache = file(".cache/warta");
	const trees = () => readdirSync(cache).filter((name) => /^tree-[0-9a-f]+\.json$/.test(name));
	const state = JSON.parse(readFileSync(file(".cache/warta/state.json"), "utf8")) as { trees: string[] };
	assert.equal(trees().sort(), state.trees.map((id) => `tree-${id}.json`).sort(), "a file for each copy state.json names");
	assert.is(trees().length, 2, "the live copy and its standby");
	assert.is(readdirSync(cache).filter((name) => name.startsWith("signed-against-")).length, 2);
	for (const name of trees()) rmSync(join(cache, name));
	const result = await assertSameAsClean("tree files removed", "full");
	assert.match(result.reason ?? "", /no earlier output/);
	assert.is(trees().length, 1, "a full build leaves one copy's tree");
	await assertSameAsClean("after the missing trees");
});

test("a damaged article store: every article is read again, and the incremental output equals a clean build", async () => {
	writeFileSync(file(".cache/warta/articles.v8"), "warta-articles\n\u0000\u0000garbage");
	write("articles/2026/11/berita-toko.md", article({ title: "Toko Baru di Pasar", date: "2026-11-28 10:00" }));
	const result = await assertSameAsClean("damaged article store");
	assert.is(result.parsed, listArticleFiles(root).length, "every article read from its file");
	const next = await build();
	assert.is(next.mode, "incremental");
	assert.is(next.parsed, 0, "and stored again");
});

test.after(() => rmSync(root, { recursive: true, force: true }));

test.run();
