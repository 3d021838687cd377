// The article store of incremental builds (src/content/article-store.ts): articles kept between processes come
// back equal to freshly read ones, are reused only while their file and the data are unchanged, and keep their
// warnings.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { serialize, setFlagsFromString } from "node:v8";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildArchive } from "../../src/content/archive.ts";
import { ArticleStore } from "../../src/content/article-store.ts";
import { article, makeSite, tempDir } from "../helpers/fixture.ts";

const NOW = "2026-11-29 08:00";
const root = makeSite({
	"articles/2024/05/jembatan.md": article(
		{
			title: "Jembatan Tanara",
			date: "2024-05-02 09:30",
			updated: "2024-05-03 10:00",
			tags: ["Tanara", "Jembatan"],
			corrections: [{ date: "2024-05-04 08:00", text: "Nama desa diperbaiki." }],
		},
		"Isi berita tentang jembatan.\n\n![Foto](/media/2019/jalan-rusak-cikande.jpg)\n",
	),
	"articles/2024/05/pasar.md": article({ title: "Pasar Baru", date: "2024-05-01 07:00" }),
});

/** What a page sees of an article: every field, with dates as ISO strings. */
const view = (a: object) => JSON.parse(JSON.stringify(a, (_key, value) => (value?.isLuxonDateTime ? value.toISO() : value)));

test("an article from the store equals the article read from its file, body included", () => {
	const first = new ArticleStore();
	const fresh = buildArchive({ root, now: NOW, store: first });
	const restored = ArticleStore.load(first.save());
	const again = buildArchive({ root, now: NOW, store: restored });
	assert.is(restored.stats.parsed, 0, "nothing parsed again");
	assert.is(restored.stats.reused, 2);
	assert.equal(view(again.archive!.articles), view(fresh.archive!.articles));
	assert.equal(
		again.archive!.articles.map((a) => a.body),
		fresh.archive!.articles.map((a) => a.body),
	);
	assert.ok(again.archive!.articles[0]!.date.zoneName === "Asia/Jakarta");
	assert.equal(
		again.problems.map((p) => p.message),
		fresh.problems.map((p) => p.message),
		"warnings and errors are reported again",
	);
});

// V8 reads properties of objects in dictionary mode by hash lookup; the views read every article's fields on every
// build. Restored articles each had a map of their own (an accessor closure per object): the sitemap's page list
// took 5× as long as for articles just read.
test("articles from the store are not in dictionary mode and share one map", () => {
	setFlagsFromString("--allow-natives-syntax");
	const fast = new Function("o", "return %HasFastProperties(o)") as (o: object) => boolean;
	const sameMap = new Function("a", "b", "return %HaveSameMap(a, b)") as (a: object, b: object) => boolean;
	const first = new ArticleStore();
	const fresh = buildArchive({ root, now: NOW, store: first }).archive!.articles;
	const again = buildArchive({ root, now: NOW, store: ArticleStore.load(first.save()) }).archive!.articles;
	for (const a of [...fresh, ...again]) assert.ok(fast(a), `${a.file} is in dictionary mode`);
	assert.ok(sameMap(again[0]!, again[1]!), "two restored articles (one with optional fields, one without) share a map");
});

test("a changed file is read again; an unchanged file with a new mtime (a fresh checkout) is not", () => {
	const store = new ArticleStore();
	buildArchive({ root, now: NOW, store });
	const saved = ArticleStore.load(store.save());
	utimesSync(join(root, "articles/2024/05/pasar.md"), new Date(), new Date(2030, 0, 1));
	writeFileSync(join(root, "articles/2024/05/jembatan.md"), article({ title: "Jembatan Tanara Dibuka", date: "2024-05-02 09:30" }));
	const result = buildArchive({ root, now: NOW, store: saved });
	assert.is(saved.stats.parsed, 1);
	assert.ok(result.archive!.articles.some((a) => a.title === "Jembatan Tanara Dibuka"));
});

// npm start: Eleventy's watcher names the files that changed (src/plugins/content.ts); the others are not looked at.
test("a file the caller says is unchanged is reused without a look, unless its entry came from disk", () => {
	const file = join(root, "articles/2024/05/pasar.md");
	const original = readFileSync(file, "utf8");
	const store = new ArticleStore();
	buildArchive({ root, now: NOW, store });
	const fromDisk = ArticleStore.load(store.save());
	try {
		writeFileSync(file, article({ title: "Pasar Baru Diresmikan", date: "2024-05-01 07:00" }));
		const trusted = buildArchive({ root, now: NOW, store, unchanged: () => true });
		assert.is(store.stats.parsed, 0, "this process's entry is taken at the caller's word");
		assert.ok(trusted.archive!.articles.some((a) => a.title === "Pasar Baru"));
		const checked = buildArchive({ root, now: NOW, store: fromDisk, unchanged: () => true });
		assert.is(fromDisk.stats.parsed, 1, "an entry loaded from disk is checked against its file");
		assert.ok(checked.archive!.articles.some((a) => a.title === "Pasar Baru Diresmikan"));
		const told = buildArchive({ root, now: NOW, store, unchanged: (path) => path !== file });
		assert.is(store.stats.parsed, 1, "a file not said to be unchanged is looked at");
		assert.ok(told.archive!.articles.some((a) => a.title === "Pasar Baru Diresmikan"));
	} finally {
		writeFileSync(file, original);
	}
});

test("a change to the data files forgets every stored article", () => {
	const store = new ArticleStore();
	buildArchive({ root, now: NOW, store });
	const json = join(root, "_data/authors.json");
	const authors = JSON.parse(readFileSync(json, "utf8"));
	authors.andi.name = "Andi S.";
	writeFileSync(json, JSON.stringify(authors));
	const saved = ArticleStore.load(store.save());
	const result = buildArchive({ root, now: NOW, store: saved });
	assert.is(saved.stats.reused, 0);
	assert.ok(result.archive!.articles.every((a) => a.authors[0]!.name === "Andi S."));
});

test("a deleted article leaves the store", () => {
	const store = new ArticleStore();
	mkdirSync(join(root, "articles/2024/06"), { recursive: true });
	writeFileSync(join(root, "articles/2024/06/sementara.md"), article({ title: "Sementara", date: "2024-06-01 07:00" }));
	buildArchive({ root, now: NOW, store });
	const before = ArticleStore.load(store.save());
	rmSync(join(root, "articles/2024/06/sementara.md"));
	buildArchive({ root, now: NOW, store: before });
	const after = ArticleStore.load(before.save());
	buildArchive({ root, now: NOW, store: after });
	assert.is(after.stats.reused + after.stats.parsed, 2);
});

test("an unreadable cache is an empty store", () => {
	const store = ArticleStore.load(Buffer.from("not a cache"));
	buildArchive({ root, now: NOW, store });
	assert.is(store.stats.parsed, 2);
});

test("a truncated cache (a disk that filled up) is an empty store, not a crash or half an archive", () => {
	const store = new ArticleStore();
	buildArchive({ root, now: NOW, store });
	const bytes = store.save();
	const truncated = ArticleStore.load(bytes.subarray(0, bytes.length - 10));
	buildArchive({ root, now: NOW, store: truncated });
	assert.is(truncated.stats.parsed, 2);
	assert.is(truncated.stats.reused, 0);
});

test("a store saved by an older Warta (format 1: one v8 value) is an empty store", () => {
	const old = serialize({ format: 1, key: "k", entries: [] });
	const store = ArticleStore.load(old);
	buildArchive({ root, now: NOW, store });
	assert.is(store.stats.parsed, 2);
});

test("an unchanged article is saved as the bytes it was loaded from, without serializing it again", () => {
	const store = new ArticleStore();
	buildArchive({ root, now: NOW, store });
	const first = store.save();
	const loaded = ArticleStore.load(first);
	buildArchive({ root, now: NOW, store: loaded });
	assert.is(loaded.stats.reused, 2);
	assert.ok(loaded.save().equals(first), "same bytes");
	// A new mtime with the same content (a fresh checkout) keeps the article, and its new mtime is saved: the
	// bytes it was loaded from hold the old one.
	utimesSync(join(root, "articles/2024/05/pasar.md"), new Date(), new Date(2031, 0, 1));
	const again = ArticleStore.load(first);
	buildArchive({ root, now: NOW, store: again });
	assert.is(again.stats.parsed, 0);
	const second = again.save();
	assert.not.ok(second.equals(first), "the new mtime is saved");
	const next = ArticleStore.load(second);
	buildArchive({ root, now: NOW, store: next });
	assert.ok(next.save().equals(second), "and then the entry is unchanged");
});

// An archive names each tag about three times per story: restored articles share one object per tag spelling,
// so a build of 100,000 stories does not hold (and its garbage collector copy) 300,000 copies of a few thousand tags.
test("restored articles share one Tag object per spelling, and a fresh checkout saves them back as they were", () => {
	const site = makeSite({
		"articles/2024/09/a.md": article({ title: "Satu", date: "2024-09-01 07:00", tags: ["Tanara", "Jembatan"] }),
		"articles/2024/09/b.md": article({ title: "Dua", date: "2024-09-02 07:00", tags: ["Tanara"] }),
		"articles/2024/09/c.md": article({ title: "Tiga", date: "2024-09-03 07:00", tags: ["TANARA"] }),
	});
	const first = new ArticleStore();
	const fresh = buildArchive({ root: site, now: NOW, store: first }).archive!.articles;
	const loaded = ArticleStore.load(first.save());
	const restored = buildArchive({ root: site, now: NOW, store: loaded }).archive!.articles;
	const byTitle = (title: string) => restored.find((a) => a.title === title)!;
	assert.ok(byTitle("Satu").tags[0] === byTitle("Dua").tags[0], "one object for Tanara");
	assert.not.ok(byTitle("Dua").tags[0] === byTitle("Tiga").tags[0], "another spelling keeps its own object");
	assert.equal(view(restored), view(fresh));
	// A fresh checkout: new mtimes, same bytes. The entries are saved again from the restored articles.
	for (const name of ["a", "b", "c"]) utimesSync(join(site, `articles/2024/09/${name}.md`), new Date(), new Date(2033, 0, 1));
	buildArchive({ root: site, now: NOW, store: loaded });
	const again = ArticleStore.load(loaded.save());
	const after = buildArchive({ root: site, now: NOW, store: again }).archive!.articles;
	assert.is(again.stats.parsed, 0);
	assert.equal(view(after), view(fresh));
});

// The whole store of 100,000 articles is ~110 MB: a build that changed a few writes only those, as a journal beside it.
test("a few changed articles are saved as a journal; the whole store and its journal load as the store", () => {
	const files: Record<string, string> = {};
	for (let i = 1; i <= 12; i++)
		files[`articles/2024/07/berita-${i}.md`] = article({ title: `Berita ${i}`, date: `2024-07-${String(i).padStart(2, "0")} 07:00` });
	const site = makeSite(files);
	const first = new ArticleStore();
	buildArchive({ root: site, now: NOW, store: first });
	const whole = first.save();

	// An edit, a new story and a deleted one.
	const edit = (n: number, title: string) =>
		writeFileSync(join(site, `articles/2024/07/berita-${n}.md`), article({ title, date: `2024-07-${String(n).padStart(2, "0")} 07:00` }));
	edit(3, "Berita Tiga Diperbarui");
	writeFileSync(join(site, "articles/2024/07/baru.md"), article({ title: "Berita Baru", date: "2024-07-20 07:00" }));
	rmSync(join(site, "articles/2024/07/berita-5.md"));
	const second = ArticleStore.load(whole);
	buildArchive({ root: site, now: NOW, store: second });
	assert.is(second.stats.parsed, 2);
	const saved = second.saveChanges();
	assert.ok("journal" in saved, "a journal, not the whole store");
	const journal = (saved as { journal: Buffer }).journal;
	assert.ok(journal.length < whole.length / 3, `journal ${journal.length} bytes, whole store ${whole.length}`);

	// Loaded together they are the store the build left: nothing is read again, and the articles are the same.
	const third = ArticleStore.load(whole, journal);
	const fresh = buildArchive({ root: site, now: NOW });
	const again = buildArchive({ root: site, now: NOW, store: third });
	assert.is(third.stats.parsed, 0);
	assert.is(third.stats.reused, 12);
	assert.equal(view(again.archive!.articles), view(fresh.archive!.articles));

	// The next journal carries every change since the whole store, not only its own build's.
	edit(7, "Berita Tujuh Diperbarui");
	const next = third.saveChanges() && ArticleStore.load(whole, journal);
	buildArchive({ root: site, now: NOW, store: next });
	assert.is(next.stats.parsed, 1);
	const cumulative = next.saveChanges();
	assert.ok("journal" in cumulative);
	const fourth = ArticleStore.load(whole, (cumulative as { journal: Buffer }).journal);
	buildArchive({ root: site, now: NOW, store: fourth });
	assert.is(fourth.stats.parsed, 0, "the edits of both builds are in the second journal");

	// A journal of another whole store, or a damaged one, is left out: the changed articles are read again.
	const stranger = ArticleStore.load(new ArticleStore().save(), journal);
	buildArchive({ root: site, now: NOW, store: stranger });
	assert.is(stranger.stats.parsed, 12, "a journal naming another store is not applied");
	const damaged = ArticleStore.load(whole, journal.subarray(0, journal.length - 5));
	buildArchive({ root: site, now: NOW, store: damaged });
	assert.is(damaged.stats.parsed, 3, "a damaged journal is left out: the edited stories and the new one are read again");
	assert.is(damaged.stats.reused, 9);
});

test("with many changed articles, or another key, the whole store is saved again", () => {
	const files: Record<string, string> = {};
	for (let i = 1; i <= 130; i++) files[`articles/2024/08/b-${i}.md`] = article({ title: `Berita ${i}`, date: "2024-08-01 07:00" });
	const site = makeSite(files);
	const first = new ArticleStore();
	buildArchive({ root: site, now: NOW, store: first });
	const whole = first.save();
	// A fresh checkout: every file has a new mtime, so every entry is saved anew.
	for (let i = 1; i <= 130; i++) utimesSync(join(site, `articles/2024/08/b-${i}.md`), new Date(), new Date(2032, 0, 1));
	const loaded = ArticleStore.load(whole);
	buildArchive({ root: site, now: NOW, store: loaded });
	assert.is(loaded.stats.parsed, 0);
	assert.ok("whole" in loaded.saveChanges(), "130 changed entries of 130: the whole store");
	const rekeyed = ArticleStore.load(whole);
	buildArchive({ root: site, now: NOW, store: rekeyed, codeVersion: "another reader" });
	assert.ok("whole" in rekeyed.saveChanges(), "another key: the whole store");
});

// A store file of 100,000 articles is ~110 MB: read whole, it stayed in memory for the whole build. A build opens it
// and reads its entries through a small buffer; what it restores and saves must be what `load` gives.
test("a store opened from its file restores and saves what the same bytes loaded in memory do", () => {
	const files: Record<string, string> = {};
	for (let i = 1; i <= 40; i++)
		files[`articles/2024/10/o-${i}.md`] = article({ title: `Berita ${i}`, date: "2024-10-01 07:00", tags: ["Tanara"] });
	const site = makeSite(files);
	const first = new ArticleStore();
	const fresh = buildArchive({ root: site, now: NOW, store: first }).archive!.articles;
	const whole = first.save();
	const dir = tempDir("store");
	const file = join(dir, "articles.v8");
	writeFileSync(file, whole);

	const opened = ArticleStore.open(file);
	const restored = buildArchive({ root: site, now: NOW, store: opened }).archive!.articles;
	assert.is(opened.stats.parsed, 0);
	assert.is(opened.stats.reused, 40);
	assert.equal(view(restored), view(fresh));
	// Saved whole again, its entries read back from the file.
	const saved = opened.save();
	assert.ok(saved.subarray(saved.length - 5000).equals(whole.subarray(whole.length - 5000)), "the entries' bytes as they were");
	const reloaded = ArticleStore.load(saved);
	assert.equal(view(buildArchive({ root: site, now: NOW, store: reloaded }).archive!.articles), view(fresh));
	assert.is(reloaded.stats.reused, 40);
	const unchanged = opened.saveChanges();
	assert.ok("journal" in unchanged && unchanged.journal.length < whole.length / 10, "nothing changed: an empty journal");

	// An edit, then the store file replaced while the build reads it (a new file renamed over it): an open store
	// keeps reading the file it opened.
	writeFileSync(join(site, "articles/2024/10/o-7.md"), article({ title: "Berita Tujuh Diperbarui", date: "2024-10-01 07:00" }));
	const second = ArticleStore.open(file);
	writeFileSync(`${file}.new`, new ArticleStore().save());
	renameSync(`${file}.new`, file);
	const after = buildArchive({ root: site, now: NOW, store: second }).archive!.articles;
	assert.is(second.stats.parsed, 1, "only the edited story is read");
	assert.ok(after.some((a) => a.title === "Berita Tujuh Diperbarui"));
	const journal = second.saveChanges();
	assert.ok("journal" in journal, "one change: a journal against the file it opened");
	second.close();
	writeFileSync(file, whole);
	const third = ArticleStore.open(file, (journal as { journal: Buffer }).journal);
	buildArchive({ root: site, now: NOW, store: third });
	assert.is(third.stats.parsed, 0, "the file and its journal are the store the build left");
	third.close();

	// No file, a damaged one, a truncated one or a journal: an empty store, every article read, no file left open.
	const openFiles = () => (existsSync("/proc/self/fd") ? readdirSync("/proc/self/fd").length : 0);
	const before = openFiles();
	const journalOnly = (journal as { journal: Buffer }).journal;
	for (const bytes of [undefined, Buffer.from("not a cache"), whole.subarray(0, whole.length - 10), journalOnly]) {
		if (bytes) writeFileSync(file, bytes);
		else rmSync(file);
		const store = ArticleStore.open(file);
		assert.is(openFiles(), before, "the file is closed at once");
		buildArchive({ root: site, now: NOW, store });
		assert.is(store.stats.parsed, 40);
		store.close();
	}
	rmSync(dir, { recursive: true, force: true });
});

// The text of every story stays on disk until a page needs it (at 100,000 stories ~0.6 GB). Articles from the
// store did that; articles just read kept their text, because the lazy copy made for them was thrown away.
test("regression: an article just read from its file kept its whole text in memory", () => {
	const site = makeSite({
		"articles/2024/11/a.md": article({ title: "Satu", date: "2024-11-01 07:00" }, "Teks berita pertama.\n"),
		"articles/2024/11/b.md": article({ title: "Dua", date: "2024-11-02 07:00" }, "Teks berita kedua.\n"),
	});
	const store = new ArticleStore();
	const articles = buildArchive({ root: site, now: NOW, store }).archive!.articles;
	assert.is(store.stats.parsed, 2);
	for (const a of articles) assert.ok(Object.getOwnPropertyDescriptor(a, "body")?.get, `${a.file}: its text is read when a page needs it`);
	assert.ok(articles.find((a) => a.title === "Satu")!.body.includes("Teks berita pertama."));
	// Saving the store reads no text: it holds none (a file gone by then is not read either).
	rmSync(join(site, "articles/2024/11/b.md"));
	const restored = buildArchive({ root: site, now: NOW, store: ArticleStore.load(store.save()) }).archive!.articles;
	assert.equal(
		restored.map((a) => a.title),
		["Satu"],
	);
});

test.run();
