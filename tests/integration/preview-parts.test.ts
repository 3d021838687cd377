// `npm start` on an archive larger than one part (src/cli/start.ts): the first build renders in parts, as a large
// `npm run build` does, so that Eleventy does not hold every page of the archive at once (at 100,000 articles the
// preview ran out of Node's default heap). The preview must be the one a single run writes, the watching Eleventy
// must not render the parts' pages again, and a save must still update what it changed.
import fs, { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { syncBuiltinESMExports } from "node:module";
import { join, relative } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { startPreview, type Preview } from "../../src/cli/start.ts";
import { SEARCH_BUNDLE, SEARCH_MANIFEST } from "../../src/search/pagefind.ts";
import { runCli, startTool } from "../helpers/cli.ts";
import { freePort } from "../helpers/ports.ts";
import { FIXED_NOW } from "../helpers/build.ts";
import { article, makeSite, tempDir } from "../helpers/fixture.ts";
import { collectingLogger, quietly } from "../helpers/quiet.ts";

const RUBRICS = ["pemerintahan", "infrastruktur", "pendidikan", "hukum", "olahraga"];
const files: Record<string, string> = {};
for (let i = 1; i <= 12; i++) {
	const day = String(i).padStart(2, "0");
	files[`articles/2020/02/kabar-${i}.md`] = article({
		title: `Kabar ${i}`,
		date: `2020-02-${day} 09:00`,
		rubric: RUBRICS[i % RUBRICS.length],
		tags: [`Topik ${i % 3}`],
		...(i === 12 ? { draft: true } : {}),
	});
}
const root = makeSite(files);
const said: string[] = [];

/** Every file under `dir`, by path relative to it, except the search index (Eleventy-independent, not built here). */
function tree(dir: string): Map<string, Buffer> {
	const found = new Map<string, Buffer>();
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) walk(path);
			else found.set(relative(dir, path), readFileSync(path));
		}
	};
	walk(dir);
	return found;
}

/** Starts the preview quietly; `partSize` 5 makes three parts of the twelve stories. */
async function preview(output: string, partSize: number, messages: Pick<string[], "push"> = []): Promise<Preview> {
	const { value } = await quietly(() =>
		startPreview({ root, output, now: FIXED_NOW, partSize, search: false, log: (message) => messages.push(message) }),
	);
	(value.eleventy as unknown as { logger: { overrideLogger(logger: object): void } }).logger.overrideLogger(collectingLogger(said));
	return value;
}

/** Runs `run` while recording into `written` the files written with fs.writeFileSync (Eleventy writes pages with it). */
async function recordingWrites<T>(written: string[], run: () => Promise<T>): Promise<T> {
	const original = fs.writeFileSync;
	const patched = fs as { writeFileSync: typeof fs.writeFileSync };
	patched.writeFileSync = ((file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
		written.push(String(file));
		return (original as (...args: unknown[]) => void)(file, ...rest);
	}) as typeof fs.writeFileSync;
	syncBuiltinESMExports();
	try {
		return await run();
	} finally {
		patched.writeFileSync = original;
		syncBuiltinESMExports();
	}
}

const whole = tempDir("preview-whole");
const inParts = tempDir("preview-parts");
const isArticlePage = (file: string) => /\/kabar-\d+\/index\.html$/.test(file);
let partsPreview: Preview | undefined;
/** Every file written by the preview in parts, and how many of them the parts wrote */
const written: string[] = [];
let byParts = -1;

test("a preview larger than one part renders in parts and writes the same files as one run", async () => {
	const single = await preview(whole, 1000);
	await single.eleventy.stopWatch();
	assert.is(single.parts, 0, "twelve stories fit in one part of 1,000");
	const messages: string[] = [];
	partsPreview = await recordingWrites(written, () =>
		preview(inParts, 5, { push: (message: string) => ((byParts = written.length), messages.push(message)) }),
	);
	assert.is(partsPreview.parts, 3);
	assert.match(messages.join("\n"), /12 articles rendered in 3 parts/);
	const expected = tree(whole);
	const actual = tree(inParts);
	assert.equal([...actual.keys()].sort(), [...expected.keys()].sort(), "the same files");
	for (const [file, bytes] of expected) assert.ok(bytes.equals(actual.get(file)!), `${file} is the same`);
	assert.ok(
		[...actual.keys()].some((file) => file.endsWith("kabar-12/index.html")),
		"the draft is in the preview",
	);
});

test("the watching Eleventy's first build renders the pages not split into parts, not the parts' article pages", () => {
	const articlePages = written.filter(isArticlePage);
	assert.is(articlePages.length, 12, `each article page written once: ${articlePages.join(", ")}`);
	assert.is(new Set(articlePages).size, 12);
	const watcher = written.slice(byParts).map((file) => relative(inParts, file));
	assert.ok(byParts > 0 && !watcher.some(isArticlePage), `the watching Eleventy wrote no article page: ${watcher.join(", ")}`);
	assert.ok(watcher.includes("feed.xml"), "it wrote the feed, which no part renders but the first");
});

test("a save after a first build in parts updates the story and the home page, not unrelated stories", async () => {
	const target = "articles/2020/02/kabar-11.md";
	const untouched = [...tree(inParts).keys()].find((file) => file.endsWith("/kabar-3/index.html"))!;
	const before = statSync(join(inParts, untouched)).mtimeMs;
	const builds = () => said.filter((line) => /\bWrote\b/.test(line)).length;
	const built = builds();
	writeFileSync(join(root, target), files[target]!.replace('title: "Kabar 11"', 'title: "Kabar 11 diperbarui"'));
	const shows = (file: string) => {
		try {
			return readFileSync(join(inParts, file), "utf8").includes("Kabar 11 diperbarui");
		} catch {
			return false;
		}
	};
	const storyPage = untouched.replace(/\d\d\/kabar-3\//, "11/kabar-11/");
	const deadline = Date.now() + 15_000;
	// Until the rebuild has ended ("Wrote N files"), not only until the pages show the change.
	while (!(shows("index.html") && shows(storyPage) && builds() > built)) {
		if (Date.now() > deadline) assert.unreachable(`timed out waiting for the save; Eleventy said:\n${said.join("\n")}`);
		await new Promise((r) => setTimeout(r, 50));
	}
	assert.is(statSync(join(inParts, untouched)).mtimeMs, before, "a story that does not show the saved one was not rewritten");
});

/** The body of a 200 answer to a plain GET, else "" (nothing listening yet, or another status). */
const getPage = (url: string) =>
	new Promise<string>((resolve) => {
		get(url, (response) => {
			let body = "";
			response.setEncoding("utf8");
			response.on("data", (chunk) => (body += chunk));
			response.on("end", () => resolve(response.statusCode === 200 ? body : ""));
		}).on("error", () => resolve(""));
	});

test("npm start as a process: serves the preview with drafts and live reload, then indexes it for search; a bad --port is refused", async () => {
	const refused = await runCli("start", ["--root", root, "--port", "nope"]);
	assert.is(refused.code, 2);
	assert.match(refused.stderr, /--port: expected a port number from 1 to 65535, got "nope"/);
	const port = await freePort();
	const output = tempDir("preview-cli");
	const server = startTool("start", ["--root", root, "--output", output, "--port", String(port), "--now", FIXED_NOW]);
	try {
		const deadline = Date.now() + 60_000;
		let home = "";
		while (!home) {
			if (Date.now() > deadline) assert.unreachable("npm start did not serve the preview within 60 s");
			// As a browser navigates (fetch() says `sec-fetch-mode: cors`, which the dev server answers without its client).
			home = await getPage(`http://127.0.0.1:${port}/`);
			if (!home) await new Promise((r) => setTimeout(r, 200));
		}
		assert.match(home, /reload-client\.js/, "Eleventy's dev server injects its live-reload client");
		assert.match(home, /Kabar 12/, "the draft is listed in the preview");
		assert.ok(statSync(join(output, "index.html")).isFile(), "written to --output");
		// The search index is written after the dev server started answering, in the background.
		const manifest = join(output, SEARCH_BUNDLE, SEARCH_MANIFEST);
		while (!existsSync(manifest)) {
			if (Date.now() > deadline) assert.unreachable(`no search index for the preview (${manifest}) within 60 s`);
			await new Promise((r) => setTimeout(r, 200));
		}
	} finally {
		server.child.kill("SIGINT");
	}
	assert.is((await server.done).code, 0, "Ctrl+C ends npm start normally");
});

test("a story saved while the preview starts (before Eleventy watches) is in the preview once it runs", async () => {
	const output = tempDir("preview-early");
	const target = join(root, "articles/2020/02/kabar-5.md");
	const marker = "Kabar 5 disunting saat pratinjau dimulai";
	// The log line comes after the parts and before Eleventy's watcher starts: the window a save used to be lost in.
	const early = await preview(output, 5, {
		push: () => (writeFileSync(target, files["articles/2020/02/kabar-5.md"]!.replace('title: "Kabar 5"', `title: "${marker}"`)), 1),
	});
	try {
		const home = join(output, "index.html");
		const deadline = Date.now() + 15_000;
		while (!readFileSync(home, "utf8").includes(marker)) {
			if (Date.now() > deadline)
				assert.unreachable(`the save made while starting never reached the preview; Eleventy said:\n${said.join("\n")}`);
			await new Promise((r) => setTimeout(r, 50));
		}
	} finally {
		await early.eleventy.stopWatch();
	}
});

test("a data file changed in a preview in parts: rendered again in parts, not in one run (which does not fit at 100,000 articles)", async () => {
	const site = makeSite(files);
	const output = tempDir("preview-data");
	const messages: string[] = [];
	const { value: started } = await quietly(() =>
		startPreview({ root: site, output, now: FIXED_NOW, partSize: 5, search: false, log: (message) => messages.push(message) }),
	);
	const written: string[] = [];
	try {
		const byline = join(
			output,
			[...tree(output).keys()].find((file) => file.endsWith("/kabar-3/index.html"))!,
		);
		const authorsFile = join(site, "_data/authors.json");
		const authors = JSON.parse(readFileSync(authorsFile, "utf8"));
		authors.andi.name = "Andi Sudah Berganti Nama";
		await quietly(() =>
			recordingWrites(written, async () => {
				writeFileSync(authorsFile, JSON.stringify(authors));
				const deadline = Date.now() + 30_000;
				while (!(readFileSync(byline, "utf8").includes("Andi Sudah Berganti Nama") && messages.length >= 3)) {
					if (Date.now() > deadline) assert.unreachable(`the preview did not show the new name; it said:\n${messages.join("\n")}`);
					await new Promise((r) => setTimeout(r, 50));
				}
			}),
		);
	} finally {
		await started.stop();
	}
	assert.match(messages[1]!, /_data\/authors\.json changed: the preview is rendered again in parts/);
	assert.match(messages[2]!, /12 articles rendered in 3 parts/);
	// Each article page once, by its part: the rebuild that saw the change rendered none of them.
	const articlePages = written.filter(isArticlePage);
	assert.is(articlePages.length, new Set(articlePages).size, `an article page written twice: ${articlePages.join(", ")}`);
});

test("content errors at start: the problems are printed, and the preview starts once a save fixes them", async () => {
	const broken = makeSite({ ...files, "articles/2020/02/rusak.md": article({ title: "Berita rusak", date: "2020-02-30 09:00" }) });
	const output = tempDir("preview-broken");
	let waited = 0;
	const { value, output: printed } = await quietly(() =>
		startPreview({
			root: broken,
			output,
			now: FIXED_NOW,
			search: false,
			log: (message) => {
				if (!/starts once the problems above are fixed/.test(message)) return;
				waited++;
				// Fixed a moment after the preview said it waits.
				setTimeout(
					() => writeFileSync(join(broken, "articles/2020/02/rusak.md"), article({ title: "Berita rusak", date: "2020-02-28 09:00" })),
					100,
				);
			},
		}),
	);
	(value.eleventy as unknown as { logger: { overrideLogger(logger: object): void } }).logger.overrideLogger(collectingLogger(said));
	try {
		assert.is(waited, 1, "it waited once, for the fix");
		assert.match(printed, /articles\/2020\/02\/rusak\.md/);
		assert.match(printed, /date/);
		assert.ok(existsSync(join(output, "index.html")), "the preview was written after the fix");
		assert.match(readFileSync(join(output, "index.html"), "utf8"), /Berita rusak/);
	} finally {
		await value.eleventy.stopWatch();
	}
});

test.after(async () => {
	await partsPreview?.eleventy.stopWatch();
});

test.run();
