// A build cache that cannot be trusted (cut short, written by an older Warta) never gives a wrong site: the build
// state falls back to a full build, the article store to reading every article again; either way the output
// equals a clean full build, and the cache is written anew for the next build.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
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
