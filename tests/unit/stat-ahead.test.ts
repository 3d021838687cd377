// Looking at article files on a second thread (src/content/stat-ahead.ts): the worker's answers are the build's
// own, and the build never depends on the worker (stopped or not yet there, it looks itself).
import { mkdirSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildArchive } from "../../src/content/archive.ts";
import { ArticleStore } from "../../src/content/article-store.ts";
import { LookAhead, lookAt } from "../../src/content/stat-ahead.ts";
import { article, makeSite, tempDir } from "../helpers/fixture.ts";

const dir = tempDir("look-ahead");
const paths: string[] = [];
for (let i = 0; i < 200; i++) {
	const path = join(dir, `berita-${i}.md`);
	writeFileSync(path, "x".repeat(i));
	utimesSync(path, new Date(), new Date(Date.UTC(2020, 0, 1, 0, 0, i, 123)));
	paths.push(path);
}
mkdirSync(join(dir, "folder.md"));
paths.push(join(dir, "folder.md"));
paths.push(join(dir, "gone.md"));

test("the worker's look at each file is the build's own: kind, size and mtime to the fraction of a millisecond", async () => {
	const ahead = new LookAhead(paths);
	await ahead.finished();
	for (const [index, path] of paths.entries()) {
		if (path.endsWith("gone.md")) {
			assert.throws(() => ahead.look(index, path), /ENOENT/, "a missing file: the build's own look says why");
			continue;
		}
		assert.equal(ahead.look(index, path), lookAt(path), path);
	}
	// Every file but the missing one was answered by the worker: it ran (a worker that failed to start, say
	// because its program called a helper the plain worker lacks, would leave the build to look at all 202).
	assert.is(ahead.answered, 201);
});

test("a stopped worker leaves the build to look at every file itself", () => {
	const ahead = new LookAhead(paths.slice(0, 200));
	ahead.close();
	const looks = paths.slice(0, 200).map((path, index) => ahead.look(index, path));
	assert.equal(
		looks,
		paths.slice(0, 200).map((path) => lookAt(path)),
	);
});

test("an archive read with looks from the worker is the archive read without", () => {
	const files: Record<string, string> = {};
	for (let i = 1; i <= 30; i++)
		files[`articles/2024/05/berita-${i}.md`] = article({ title: `Berita ${i}`, date: `2024-05-${String(i).padStart(2, "0")} 08:00` });
	const root = makeSite(files);
	const now = "2026-11-29 08:00";
	const plain = buildArchive({ root, now, store: new ArticleStore(), lookAhead: false });
	const store = new ArticleStore();
	const ahead = buildArchive({ root, now, store, lookAhead: true });
	assert.equal(
		ahead.archive!.articles.map((a) => [a.url, a.title, a.version]),
		plain.archive!.articles.map((a) => [a.url, a.title, a.version]),
	);
	// Read again with the same store: every file is found unchanged, whoever looked at it.
	buildArchive({ root, now, store, lookAhead: true });
	assert.equal(store.stats, { parsed: 0, reused: 30 });
});

// A store opened from the build cache restores its entries when the build begins (seconds at 100,000 articles).
// The second thread was started after that, so the build then ran through the restored entries faster than the
// thread could start, and looked at most files itself (0.75 s of the main thread at 100,000).
test("regression: a store that restores its entries as the build begins left the build to look at every file itself", () => {
	const files: Record<string, string> = {};
	for (let i = 1; i <= 300; i++) files[`articles/2024/06/berita-${i}.md`] = article({ title: `Berita ${i}`, date: "2024-06-01 08:00" });
	const root = makeSite(files);
	const now = "2026-11-29 08:00";
	const first = new ArticleStore();
	buildArchive({ root, now, store: first });
	const store = ArticleStore.load(first.save());
	const begin = store.begin.bind(store);
	// Restoring takes a while: long enough for a started thread to look at 300 files.
	store.begin = (key, data) => {
		begin(key, data);
		Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
	};
	const result = buildArchive({ root, now, store, lookAhead: true });
	assert.is(store.stats.reused, 300);
	assert.is(result.lookedAhead, 300, "the second thread looked at every file while the store was restoring");
});

test.run();
