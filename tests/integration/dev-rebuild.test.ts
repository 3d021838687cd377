// `npm start` after a save: the saved article's page and the home page update; other article pages are
// not rewritten; once a rebuild has looked at every file, a save looks only at the files the watcher names;
// a change outside articles/ (a data file) renders everything again.
import fs, { readFileSync, statSync, writeFileSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { join } from "node:path";
import Eleventy from "@11ty/eleventy";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { configure, PAGES_DIR, WATCH_SETTLE } from "../../.eleventy.ts";
import { buildArchive } from "../../src/content/archive.ts";
import { viewsOf } from "../../src/views/views.ts";
import type { Article } from "../../src/content/types.ts";
import { FIXED_NOW } from "../helpers/build.ts";
import { article, makeSite, tempDir } from "../helpers/fixture.ts";
import { collectingLogger, quietBenchmarks } from "../helpers/quiet.ts";

// Ten stories in different rubrics and tags, so that some article pages link to the one we edit ("Baca
// juga", previous/next in the rubric) and others do not.
const RUBRICS = ["pemerintahan", "infrastruktur", "pendidikan", "hukum", "olahraga"];
const files: Record<string, string> = {};
for (let i = 1; i <= 10; i++) {
	const day = String(i).padStart(2, "0");
	files[`articles/2020/01/berita-${i}.md`] = article({
		title: `Berita ${i}`,
		date: `2020-01-${day} 08:00`,
		rubric: RUBRICS[i % RUBRICS.length],
		tags: [`Topik ${i % RUBRICS.length}`],
	});
}
const root = makeSite(files);
const out = tempDir("dev");
// Pages a rebuild takes as unchanged without signing them (src/views/impact.ts) are signed anyway and compared.
process.env.WARTA_CHECK_UNCHANGED = "1";
const edited = buildArchive({ root, now: FIXED_NOW }).archive!;
const target = edited.articles.find((a) => a.title === "Berita 10")!;
const views = viewsOf(edited);
const linksTo = (a: Article) => [...views.article(a).related, views.article(a).newer, views.article(a).older].includes(target);
const untouched = edited.articles.find((a) => a !== target && !linksTo(a))!;
const linking = edited.articles.find((a) => a !== target && linksTo(a))!;
const pageOf = (a: Article) => join(out, a.url, "index.html");
const read = (file: string) => {
	try {
		return readFileSync(file, "utf8");
	} catch {
		return "";
	}
};

async function until(check: () => boolean, what: string): Promise<void> {
	const deadline = Date.now() + 15_000;
	while (!check()) {
		if (Date.now() > deadline) assert.unreachable(`timed out waiting for ${what}; Eleventy said:\n${said.join("\n")}`);
		await new Promise((r) => setTimeout(r, 25));
	}
}

const eleventy = new Eleventy(PAGES_DIR, out, {
	configPath: false,
	quietMode: true,
	runMode: "watch",
	config: (eleventyConfig) => {
		quietBenchmarks(eleventyConfig);
		configure(eleventyConfig, { root, now: FIXED_NOW });
	},
});
// "[11ty] Watching…", "File changed: …" and rebuild errors: shown only when a test times out.
const said: string[] = [];
(eleventy as unknown as { logger: { overrideLogger(logger: object): void } }).logger.overrideLogger(collectingLogger(said));
await eleventy.init();
await eleventy.watch();
await until(() => read(pageOf(target)).includes("Berita 10"), "the first build");
await new Promise((r) => setTimeout(r, 500));

test("saving one article re-renders its page, pages that link to it and the home page, not the others", async () => {
	assert.ok(untouched && linking, "the fixture has both kinds of article");
	const before = statSync(pageOf(untouched)).mtimeMs;
	writeFileSync(join(root, target.file), files[target.file]!.replace('title: "Berita 10"', 'title: "Berita 10 diperbarui"'));
	await until(() => read(pageOf(target)).includes("Berita 10 diperbarui"), "the saved article's page");
	await until(() => read(join(out, "index.html")).includes("Berita 10 diperbarui"), "the home page");
	await until(() => read(pageOf(linking)).includes("Berita 10 diperbarui"), `${linking.url}, which links to it`);
	await until(() => read(join(out, target.rubric.url, "index.html")).includes("Berita 10 diperbarui"), "its rubric page");
	assert.is(statSync(pageOf(untouched)).mtimeMs, before, `${untouched.url} does not show it and was not rewritten`);
	await new Promise((r) => setTimeout(r, 300));
});

/** The article files `fs.statSync` is asked about while `run` runs (the ESM bindings of node:fs follow the patch). */
async function articlesLookedAt(run: () => Promise<void>): Promise<string[]> {
	const looked: string[] = [];
	const original = fs.statSync;
	const articlesDir = join(root, "articles");
	const patched = fs as { statSync: typeof fs.statSync };
	patched.statSync = ((path: fs.PathLike, options?: fs.StatSyncOptions) => {
		if (String(path).startsWith(articlesDir) && String(path).endsWith(".md")) looked.push(String(path));
		return original(path, options);
	}) as typeof fs.statSync;
	syncBuiltinESMExports();
	try {
		await run();
	} finally {
		patched.statSync = original;
		syncBuiltinESMExports();
	}
	return looked;
}

test("after one rebuild looked at every article, a save stats only the files the watcher names", async () => {
	const saved = join(root, target.file);
	const looked = await articlesLookedAt(async () => {
		writeFileSync(saved, files[target.file]!.replace('title: "Berita 10"', 'title: "Berita 10 dua kali diperbarui"'));
		await until(() => read(pageOf(target)).includes("Berita 10 dua kali diperbarui"), "the saved article's page");
		await until(() => read(join(out, "index.html")).includes("Berita 10 dua kali diperbarui"), "the home page");
	});
	// As a set: one save can reach the watcher as two events, and so make two rebuilds.
	assert.equal([...new Set(looked)], [saved], "only the saved file was looked at");
	// A new file is not in the store yet: it is read, and the others are still not looked at.
	const added = join(root, "articles/2020/01/berita-baru.md");
	const lookedForNew = await articlesLookedAt(async () => {
		writeFileSync(added, article({ title: "Berita baru", date: "2020-01-20 08:00", rubric: "hukum", tags: ["Topik 1"] }));
		await until(() => read(join(out, "index.html")).includes("Berita baru"), "the new story on the home page");
	});
	assert.equal([...new Set(lookedForNew)], [added]);
	await new Promise((r) => setTimeout(r, 300));
});

test("a save reaches the rebuild after 50 ms of settled file size, not Eleventy's default 150 ms (every save waited for it)", () => {
	const watcher = (eleventy as unknown as { getChokidarConfig(): { awaitWriteFinish: unknown } }).getChokidarConfig();
	assert.equal(watcher.awaitWriteFinish, WATCH_SETTLE);
	assert.is(WATCH_SETTLE.stabilityThreshold, 50);
});

test("changing a data file renders every page again", async () => {
	const before = statSync(pageOf(untouched)).mtimeMs;
	const authorsFile = join(root, "_data/authors.json");
	const authors = JSON.parse(readFileSync(authorsFile, "utf8"));
	authors.andi.name = "Andi S. Saputra";
	writeFileSync(authorsFile, JSON.stringify(authors));
	await until(() => read(pageOf(untouched)).includes("Andi S. Saputra"), "the unchanged article's page after a data change");
	assert.ok(statSync(pageOf(untouched)).mtimeMs > before);
});

test.after(async () => {
	await eleventy.stopWatch();
});

test.run();
