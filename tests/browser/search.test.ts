// Search in a real browser: the sample site built by the real command for a subfolder (/berita/, as on GitHub
// project pages), with its Pagefind index, served under that prefix. A reader types a word and sees the
// matching articles with headline, date and summary; without JavaScript the page offers links instead.
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { serve } from "../../src/cli/static-server.ts";
import { buildArchive } from "../../src/content/archive.ts";
import { FIXED_NOW } from "../helpers/build.ts";
import { launch } from "../helpers/browser.ts";
import { runMain } from "../helpers/cli.ts";
import { REPO, tempDir } from "../helpers/fixture.ts";

const PREFIX = "/berita/";
const dir = tempDir("search");
const out = join(dir, "_site");
const built = await runMain("build", ["--root", REPO, "--output", out, "--now", FIXED_NOW, "--pathprefix", PREFIX]);
if (built.code !== 0) throw new Error(`the build failed:\n${built.stderr}`);
const articles = buildArchive({ root: REPO, now: FIXED_NOW }).archive!.articles;
const cikande = articles.find((a) => a.url.includes("jalan-rusak-di-cikande"))!;
const inovasi = articles.find((a) => a.url.includes("berinovasi"))!;

const server = await serve(out, 0, { pathPrefix: PREFIX });
const browser = await launch();
const searchPage = `${server.url}${PREFIX}cari/`;
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

interface Result {
	href: string;
	title: string;
	datetime: string | null;
	date: string;
	summary: string;
}

/** A page whose console errors, page errors and failed requests are collected in `problems`. */
async function open(context: BrowserContext, url: string): Promise<Page & { problems: string[] }> {
	const page = (await context.newPage()) as Page & { problems: string[] };
	page.problems = [];
	page.on("console", (m) => m.type() === "error" && page.problems.push(`console: ${m.text()}`));
	page.on("pageerror", (e) => page.problems.push(`page error: ${e.message}`));
	page.on("requestfailed", (r) => page.problems.push(`request failed: ${r.url()}`));
	page.on("response", (r) => r.status() >= 400 && page.problems.push(`HTTP ${r.status()} for ${r.url()}`));
	await page.goto(url);
	return page;
}

/** Types like a reader and waits for the status line to report the search's outcome. */
async function typeQuery(page: Page, query: string): Promise<string> {
	await page.locator("#q").pressSequentially(query, { delay: 20 });
	await page.waitForFunction((q) => document.querySelector("[data-search-status]")!.textContent!.includes(`“${q}”`), query, {
		timeout: 15_000,
	});
	return (await page.textContent("[data-search-status]"))!;
}

function results(page: Page): Promise<Result[]> {
	return page.$$eval(".search-result", (items) =>
		items.map((item) => ({
			href: item.querySelector("a")!.getAttribute("href")!,
			title: item.querySelector("a")!.textContent!,
			datetime: item.querySelector("time")?.getAttribute("datetime") ?? null,
			date: item.querySelector("time")?.textContent ?? "",
			summary: item.querySelector(".search-result__summary")!.textContent!,
		})),
	);
}

test("typing a word from an article shows it, with headline, date and summary, linked under the prefix", async () => {
	const context = await browser.newContext();
	const page = await open(context, searchPage);
	const status = await typeQuery(page, "Cikande");
	assert.match(status, /^\d+ berita cocok dengan “Cikande”$/);
	const found = await results(page);
	const hit = found.find((r) => r.title === cikande.title);
	assert.ok(hit, JSON.stringify(found, null, 1));
	assert.equal(hit, {
		href: `${PREFIX}${cikande.url.slice(1)}`,
		title: cikande.title,
		datetime: cikande.published.iso,
		date: cikande.published.dateTime,
		summary: cikande.summary,
	});
	assert.ok(new URL(page.url()).searchParams.get("q") === "Cikande", "the query is in the address, to share or go back to");
	await page.click(`.search-result a[href="${hit!.href}"]`);
	await page.waitForURL(`**${hit!.href}`);
	assert.is(await page.textContent("h1"), cikande.title);
	assert.equal(page.problems, []);
	await context.close();
});

test("words are matched by their Indonesian stem: “inovasi” finds “Berinovasi”", async () => {
	const context = await browser.newContext();
	const page = await open(context, searchPage);
	await typeQuery(page, "inovasi");
	assert.ok((await results(page)).some((r) => r.title === inovasi.title));
	assert.equal(page.problems, []);
	await context.close();
});

test("only headlines and article text are indexed: bylines, photo captions and the page header are not", async () => {
	const context = await browser.newContext();
	const page = await open(context, searchPage);
	// "Wulandari": an author's name in bylines and a photo credit; "kondisi": only in a photo caption; "cipta" and
	// "dilindungi": only in the footer of every page. (Words are matched by
	// stem, so the menu's "Beranda" would find "Anda" in a story.)
	for (const word of ["Wulandari", "kondisi", "cipta", "dilindungi"]) {
		await page.fill("#q", "");
		const status = await typeQuery(page, word);
		assert.is(status, `Tidak ada berita yang cocok dengan “${word}”. Coba kata lain.`);
		assert.equal(await results(page), []);
	}
	assert.equal(page.problems, []);
	await context.close();
});

test("a query in the address runs on arrival; more results come in pages of ten", async () => {
	const context = await browser.newContext();
	// Every sample article mentions Serang; "Perserang" shares its stem.
	const page = await open(context, `${searchPage}?q=serang`);
	await page.waitForSelector(".search-result");
	assert.is(await page.inputValue("#q"), "serang");
	assert.is((await results(page)).length, 10);
	assert.ok(await page.isVisible("[data-search-more]"));
	// Click "more" until every match is shown, ten at a time.
	let shown = 10;
	while (await page.isVisible("[data-search-more]")) {
		await page.click("[data-search-more]");
		await page.waitForFunction((n) => document.querySelectorAll(".search-result").length > n, shown);
		shown = (await results(page)).length;
		assert.ok(shown % 10 === 0 || !(await page.isVisible("[data-search-more]")), `${shown} shown`);
	}
	assert.ok(shown > 10 && shown <= articles.length, `${shown} results`);
	assert.not.ok(await page.isVisible("[data-search-more]"));
	assert.equal(page.problems, []);
	await context.close();
});

test("the results are accessible (axe-core, no violations)", async () => {
	const context = await browser.newContext();
	const page = await open(context, `${searchPage}?q=jalan`);
	await page.waitForSelector(".search-result");
	await page.addScriptTag({ path: AXE });
	const violations = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
		return (await axe.run(document)).violations.map((v) => `${v.id} (${v.nodes.length})`);
	});
	assert.equal(violations, []);
	await context.close();
});

test("without JavaScript: the form, a note and links to browse the news; no request for the index", async () => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await open(context, searchPage);
	const requests: string[] = [];
	page.on("request", (r) => requests.push(r.url()));
	assert.ok(await page.isVisible("form[role=search] #q"));
	assert.match((await page.textContent("noscript"))!, /Pencarian memerlukan JavaScript/);
	const links = await page.$$eval(".search-browse a", (as) => as.map((a) => [a.textContent, a.getAttribute("href")]));
	assert.ok(
		links.some(([text, href]) => text === "Berita terbaru" && href === PREFIX),
		JSON.stringify(links),
	);
	await page.fill("#q", "Cikande");
	await page.press("#q", "Enter");
	await page.waitForURL(`**${PREFIX}cari/?q=Cikande`);
	assert.is(await page.locator(".search-result").count(), 0);
	assert.ok(await page.isVisible(".search-browse"));
	assert.not.ok(requests.some((url) => url.includes("/pagefind/")));
	assert.equal(page.problems, []);
	await context.close();
});

test.after(async () => {
	await browser.close();
	await server.close();
	rmSync(dir, { recursive: true, force: true });
});

test.run();
