// Incremental `npm run build`: after every kind of change a newsroom makes, the output of the incremental
// build must equal a clean full build of the same content, options and "now", file by file and byte by byte.
import { mkdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildSite, type BuildOptions, type BuildResult } from "../../src/cli/build.ts";
import { digest, runCli } from "../helpers/cli.ts";
import { article, makeSite, tempDir } from "../helpers/fixture.ts";
import { EMBARGO_LIFTS, generateNewsroom } from "../helpers/newsroom-fixture.ts";

const NOW = "2026-11-29 08:00";
const newsroom = generateNewsroom(320, 11);
const root = makeSite(newsroom.files);
// Listings cut at 3 pages, so the cut and its "older stories" note are part of every comparison.
const siteJson = join(root, "_data/site.json");
writeFileSync(siteJson, JSON.stringify({ ...JSON.parse(readFileSync(siteJson, "utf8")), maxListingPages: 3 }, null, 2));
const output = join(root, "_site");
let now = NOW;
let pathPrefix: string | undefined;

const quiet = async <T>(work: () => Promise<T>): Promise<T> => {
	const saved = console.log;
	console.log = () => {};
	try {
		return await work();
	} finally {
		console.log = saved;
	}
};

const build = (extra: Partial<BuildOptions> = {}): Promise<BuildResult> => quiet(() => buildSite({ root, now, pathPrefix, ...extra }));

/**
 * A clean full build of the same site into a fresh folder with an empty cache, rendered in parts of 50 articles
 * (a large archive's full build renders in parts: the parts together must write the same site).
 */
async function cleanDigest(): Promise<Record<string, string>> {
	const dir = tempDir("clean");
	await build({ output: join(dir, "_site"), cacheDir: join(dir, "cache"), partSize: 50 });
	const files = digest(join(dir, "_site"));
	rmSync(dir, { recursive: true, force: true });
	return files;
}

async function assertSameAsClean(step: string, expectMode: "incremental" | "full" = "incremental"): Promise<BuildResult> {
	const result = await build();
	assert.is(result.mode, expectMode, `${step}: ${result.mode} build (${result.reason ?? ""})`);
	const expected = await cleanDigest();
	const actual = digest(output);
	const differing = Object.keys({ ...expected, ...actual }).filter((file) => expected[file] !== actual[file]);
	assert.equal(differing, [], `${step}: files that differ from a clean build`);
	return result;
}

const file = (path: string) => join(root, path);
const write = (path: string, text: string) => {
	mkdirSync(dirname(file(path)), { recursive: true });
	writeFileSync(file(path), text);
};
const edit = (path: string, change: (text: string) => string) => writeFileSync(file(path), change(readFileSync(file(path), "utf8")));
const published = newsroom.articles.filter((a) => !a.draft && !a.future);

test("the first build is full, the second renders next to nothing and changes nothing", async () => {
	const first = await build();
	assert.is(first.mode, "full");
	assert.is(first.reason, "no build cache yet");
	const before = digest(output);
	const second = await build();
	assert.is(second.mode, "incremental");
	assert.ok(second.rendered <= 2, `rendered ${second.rendered} pages with nothing changed (the front page is always rendered)`);
	assert.is(second.parsed, 0, "no article is parsed again");
	assert.equal(digest(output), before);
});

test("a new story: incremental output equals a clean build", async () => {
	write(
		"articles/2026/11/berita-baru.md",
		article({ title: "Berita Paling Baru", date: "2026-11-28 09:00", tags: ["Banjir", "DPRD"] }, "Isi berita baru.\n"),
	);
	const result = await assertSameAsClean("new story");
	assert.ok(result.rendered < result.pages / 3, `rendered ${result.rendered} of ${result.pages}`);
	assert.is(result.parsed, 1);
});

test("the next build takes the search shard the last build indexed from the live copy instead of indexing it again", async () => {
	const result = await assertSameAsClean("no change after the new story");
	assert.ok(result.search, "the search index was built");
	assert.is(result.search!.pages, 0, "no article indexed again: the changed shard was linked from _site/");
});

test("an edited story body: incremental output equals a clean build", async () => {
	edit(published[40]!.file, (text) => `${text}\nParagraf tambahan setelah penyuntingan.\n`);
	await assertSameAsClean("edited body");
});

test("a deleted story leaves no stale page behind", async () => {
	unlinkSync(file(published[41]!.file));
	await assertSameAsClean("deleted story");
});

test("a renamed story file moves its page and leaves no stale page behind", async () => {
	const from = published[42]!.file;
	renameSync(file(from), file(from.replace(/\.md$/, "-baru.md")));
	await assertSameAsClean("renamed story");
});

test("changed tags and rubric: incremental output equals a clean build", async () => {
	edit(published[43]!.file, (text) =>
		text.replace(/^tags: .*$/m, 'tags: ["Tag Baru Sekali","Banten"]').replace(/^rubric: .*$/m, 'rubric: "hukum"'),
	);
	await assertSameAsClean("tags and rubric");
});

test("a correction added to a story: incremental output equals a clean build", async () => {
	edit(published[44]!.file, (text) =>
		text.replace(/^---\n/, '---\ncorrections: [{date: "2026-11-20 10:00", text: "Nama narasumber diperbaiki."}]\n'),
	);
	await assertSameAsClean("correction");
});

test("an embargo released by moving --now: incremental output equals a clean build", async () => {
	now = EMBARGO_LIFTS;
	await assertSameAsClean("embargo released");
});

test("a changed data file renders everything and says why", async () => {
	edit("_data/authors.json", (text) => text.replace('"Andi', '"Andika'));
	const result = await assertSameAsClean("data file", "full");
	assert.match(result.reason ?? "", /data files/);
	await assertSameAsClean("after the data change");
});

test("a changed path prefix renders everything", async () => {
	pathPrefix = "/berita/";
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
	const args = ["--root", root, "--now", now, "--pathprefix", pathPrefix ?? "/"];
	const killed = await runCli("build", args, env);
	assert.not.equal(killed.code, 0, "the fault hook killed the build");
	assert.equal(digest(output), before, "_site/ is the site as it was");
	await assertSameAsClean("after the killed build");
});

test.after(() => rmSync(root, { recursive: true, force: true }));

test.run();
