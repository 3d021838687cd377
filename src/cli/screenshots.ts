// `npm run screenshots`: builds the sample site into a temp folder, serves it as a static host would and
// captures the home page and the article with a lead photo at 390 px (phone) and 1280 px (desktop) into
// docs/screenshots/, the pictures the README shows. Re-run it whenever the design changes and commit the PNGs.
// Viewport-height shots of the top keep the files small; the 390 px article is also taken full page to show
// the whole reading column. `--review` adds dark-mode, print and full-page shots under docs/screenshots/review/
// (not committed: for checking a design change by eye).
import { mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildArchive } from "../content/archive.ts";
import { launch } from "./browser.ts";
import { buildSite } from "./build.ts";
import { serve } from "./static-server.ts";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const OUT = join(REPO, "docs/screenshots");
const extra = new Set(process.argv.slice(2));

interface Shot {
	file: string;
	path: string;
	width: number;
	height: number;
	fullPage?: boolean;
	dark?: boolean;
	print?: boolean;
}

const work = mkdtempSync(join(tmpdir(), "warta-screenshots-"));
const site = join(work, "_site");
await buildSite({ root: REPO, output: site });
// The same story the Lighthouse script measures: the newest with a lead photo.
const archive = buildArchive({ root: REPO }).archive!;
const article = archive.articles.find((a) => a.image) ?? archive.articles[0]!;

const shots: Shot[] = [
	{ file: "home-390.png", path: "/", width: 390, height: 844 },
	{ file: "home-1280.png", path: "/", width: 1280, height: 900 },
	{ file: "article-390.png", path: article.url, width: 390, height: 844 },
	{ file: "article-390-full.png", path: article.url, width: 390, height: 844, fullPage: true },
	{ file: "article-1280.png", path: article.url, width: 1280, height: 900 },
];
if (extra.has("--review")) {
	shots.push(
		{ file: "review/home-1280-full.png", path: "/", width: 1280, height: 900, fullPage: true },
		{ file: "review/home-1280-dark.png", path: "/", width: 1280, height: 900, dark: true },
		{ file: "review/article-390-dark.png", path: article.url, width: 390, height: 844, fullPage: true, dark: true },
		{ file: "review/article-print.png", path: article.url, width: 800, height: 1100, fullPage: true, print: true },
	);
}

mkdirSync(join(OUT, "review"), { recursive: true });
const server = await serve(site);
const browser = await launch();
try {
	for (const shot of shots) {
		const context = await browser.newContext({
			viewport: { width: shot.width, height: shot.height },
			deviceScaleFactor: 1,
			colorScheme: shot.dark ? "dark" : "light",
			reducedMotion: "reduce",
		});
		const page = await context.newPage();
		if (shot.print) await page.emulateMedia({ media: "print" });
		await page.goto(server.url + shot.path, { waitUntil: "load" });
		const file = join(OUT, shot.file);
		await page.screenshot({ path: file, fullPage: shot.fullPage ?? false });
		console.log(`${shot.file}: ${shot.path} at ${shot.width} px, ${Math.round(statSync(file).size / 1024)} KB`);
		await context.close();
	}
} finally {
	await browser.close();
	await server.close();
	rmSync(work, { recursive: true, force: true });
}
