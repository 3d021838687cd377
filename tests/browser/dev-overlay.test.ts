// `npm start` in Chromium: when a saved article breaks the content, the open page turns into the list of problems
// (file, line, field, message) without the author touching the browser; when it is fixed, the page is the site again.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import Eleventy from "@11ty/eleventy";
import type { Browser } from "playwright-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { configure, PAGES_DIR } from "../../.eleventy.ts";
import { parseFrontMatter } from "../../src/content/frontmatter.ts";
import { launch } from "../helpers/browser.ts";
import { FIXED_NOW } from "../helpers/build.ts";
import { article, makeSite, tempDir } from "../helpers/fixture.ts";
import { collectingLogger, quietBenchmarks, quietly } from "../helpers/quiet.ts";
import { freePort } from "../helpers/ports.ts";

const FILE = "articles/2020/01/jembatan-tanara.md";
const good = article({ title: "Jembatan Tanara Mulai Dibangun", date: "2020-01-10 08:00" });
const root = makeSite({ [FILE]: good, "articles/2020/01/lain.md": article({ title: "Berita Lain", date: "2020-01-09 08:00" }) });
const out = tempDir("dev-overlay");
const port = await freePort();
const said: string[] = [];
const eleventy = new Eleventy(PAGES_DIR, out, {
	configPath: false,
	quietMode: true,
	runMode: "serve",
	config: (eleventyConfig) => {
		quietBenchmarks(eleventyConfig);
		configure(eleventyConfig, { root, now: FIXED_NOW });
	},
});
(eleventy as unknown as { logger: { overrideLogger(logger: object): void } }).logger.overrideLogger(collectingLogger(said));
await quietly(async () => {
	await eleventy.init();
	await eleventy.watch();
	await eleventy.serve(port);
});
const browser: Browser = await launch();
const url = `http://localhost:${port}/2020/01/10/jembatan-tanara/`;

test("a broken article replaces the open page with its problems; fixing it brings the page back", async () => {
	const page = await browser.newPage();
	await page.goto(url);
	await page.locator("h1", { hasText: "Jembatan Tanara Mulai Dibangun" }).waitFor();

	// Two problems in one save: an unknown author and a headline that is too long.
	writeFileSync(join(root, FILE), article({ title: "Jembatan ".repeat(20), date: "2020-01-10 08:00", author: "budi" }));
	const problems = page.locator("#warta-problems");
	await problems.waitFor({ timeout: 20_000 });
	const text = await problems.innerText();
	assert.match(text, "2 errors in 1 file");
	assert.match(text, FILE);
	assert.match(text, /author\s*"budi" is not in _data\/authors\.json/);
	assert.match(text, /title\s*must be at most 160 characters/);
	// Every page of the preview says so, not only the one that broke.
	const other = await browser.newPage();
	await other.goto(`http://localhost:${port}/`);
	assert.match(await other.locator("#warta-problems").innerText(), FILE);
	await other.close();

	// A YAML slip is shown with its line: a colon in an unquoted headline.
	const slip = good.replace('title: "Jembatan Tanara Mulai Dibangun"', "title: Jembatan Tanara: Mulai Dibangun");
	const parsed = parseFrontMatter(slip);
	assert.ok(!parsed.ok && parsed.line === 2, "the slip is on line 2");
	writeFileSync(join(root, FILE), slip);
	await page.locator("#warta-problems", { hasText: `${FILE}:2` }).waitFor({ timeout: 20_000 });
	assert.match(await problems.innerText(), "1 error in 1 file");

	writeFileSync(join(root, FILE), good.replace("Mulai Dibangun", "Selesai Dibangun"));
	await page.locator("h1", { hasText: "Jembatan Tanara Selesai Dibangun" }).waitFor({ timeout: 20_000 });
	assert.is(await page.locator("#warta-problems").count(), 0);
	await page.close();
});

test.after(async () => {
	await browser.close();
	await eleventy.stopWatch();
});

test.run();
