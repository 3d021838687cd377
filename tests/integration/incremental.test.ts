// Incremental `npm run build` after the changes of a newsroom's day (stories added, edited, deleted, renamed,
// retagged, corrected): each time, the output must equal a clean full build, file by file and byte by byte.
// tests/integration/incremental-options.test.ts covers time, data files, options and a killed build.
import { renameSync, rmSync, statSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { digest } from "../helpers/cli.ts";
import { article } from "../helpers/fixture.ts";
import { incrementalSite } from "../helpers/incremental.ts";
import { listFiles } from "../../src/build/trees.ts";

const site = incrementalSite();
const { root, output, build, assertSameAsClean, file, write, edit, published } = site;

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

test("regression: every indeks month page was rendered again by a build with nothing changed", async () => {
	// A page carried over is the same file (a hard link to it); a page rendered again is a new one.
	const inodes = () => new Map(listFiles(output).map((path) => [path, statSync(join(output, path)).ino]));
	const before = inodes();
	const months = [...before.keys()].filter((path) => /^indeks\/\d{4}\/\d{2}\/index\.html$/.test(path));
	assert.ok(months.length >= 3, `${months.length} month pages in the fixture`);
	const result = await build();
	assert.is(result.mode, "incremental");
	const after = inodes();
	const rewritten = [...after].filter(([path, ino]) => before.get(path) !== ino).map(([path]) => path);
	assert.equal(
		rewritten.filter((path) => months.includes(path)),
		[],
		"month pages written again",
	);
});

test("a new story: incremental output equals a clean build", async () => {
	write(
		"articles/2026/11/berita-baru.md",
		article({ title: "Berita Paling Baru", date: "2026-11-28 09:00", tags: ["Banjir", "DPRD"] }, "Isi berita baru.\n"),
	);
	const result = await assertSameAsClean("new story");
	assert.ok(result.rendered < result.pages / 3, `rendered ${result.rendered} of ${result.pages}`);
	// Article pages out of the new story's reach keep their signature unsigned (src/views/impact.ts).
	assert.ok(result.signed < result.pages - 100, `signed ${result.signed} of ${result.pages} pages`);
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

// Hak jawab and pencabutan link stories across files (src/content/replies.ts): a reply changes its original's page,
// feeds and search record; a withdrawal changes every listing, "Baca juga" and reply that showed the story.
test("a reply to a story, then a new title for the reply: incremental output equals a clean build", async () => {
	const original = published[45]!;
	write(
		"articles/2026/11/hak-jawab.md",
		article({ title: "Hak Jawab atas Berita", date: "2026-11-28 10:00", replyTo: original.file, tags: original.tags }, "Tanggapan.\n"),
	);
	await assertSameAsClean("reply");
	edit("articles/2026/11/hak-jawab.md", (text) => text.replace("Hak Jawab atas Berita", "Hak Jawab Pelaksana atas Berita"));
	await assertSameAsClean("reply retitled");
});

test("a withdrawn story, and the withdrawal of a story that has a reply: incremental output equals a clean build", async () => {
	const withdraw = (file: string) =>
		edit(file, (text) =>
			text.replace(/^---\n/, '---\nwithdrawn: {date: "2026-11-29 07:00", reason: "Narasumber menarik keterangannya."}\n'),
		);
	withdraw(published[46]!.file);
	await assertSameAsClean("withdrawal");
	withdraw(published[45]!.file);
	await assertSameAsClean("withdrawal of a replied story");
});

test.after(() => rmSync(root, { recursive: true, force: true }));

test.run();
