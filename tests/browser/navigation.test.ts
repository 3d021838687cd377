// The menu, pagination and go-to-top on the sample site in Chromium, on a phone (390 px) and a desktop
// (1280 px) viewport, with no console errors and no sideways scrolling of the page.
import type { Browser, Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { build } from "../helpers/build.ts";
import { launch } from "../helpers/browser.ts";
import { REPO } from "../helpers/fixture.ts";
import { serve } from "../../src/cli/static-server.ts";

const out = await build({ root: REPO });
const server = await serve(out);
const browser: Browser = await launch();
const menu = JSON.parse(readFileSync(join(REPO, "_data/navigation.json"), "utf8")).main as { text: string; url: string }[];

interface Session {
	page: Page;
	errors: string[];
	done(): Promise<void>;
}

async function open(width: number, url: string): Promise<Session> {
	const context = await browser.newContext({ viewport: { width, height: 800 } });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
	page.on("pageerror", (error) => errors.push(error.message));
	page.on("response", (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`));
	await page.goto(server.url + url);
	return {
		page,
		errors,
		async done() {
			assert.equal(errors, [], "no console errors or failed requests");
			await context.close();
		},
	};
}

const path = (page: Page) => new URL(page.url()).pathname;
const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

for (const width of [390, 1280]) {
	test(`${width} px: every menu entry is reachable and marks its page as current`, async () => {
		const { page, done } = await open(width, "/");
		assert.ok(await noSidewaysScroll(page), "the page does not scroll sideways");
		// Every entry can be brought into view and is the element a tap at its centre hits (on a phone the
		// menu scrolls sideways, so the last entries start out of view).
		for (const item of menu) {
			const link = page.locator(".site-nav a", { hasText: item.text });
			await link.scrollIntoViewIfNeeded();
			const box = (await link.boundingBox())!;
			assert.ok(box.x >= 0 && box.x + box.width <= width, `${item.text} fits in the viewport once scrolled to`);
			const hit = await page.evaluate(
				([x, y]) => document.elementFromPoint(x!, y!)?.textContent,
				[box.x + box.width / 2, box.y + box.height / 2],
			);
			assert.is(hit, item.text);
		}
		// Following the first, a middle and the last entry (clicking all of them adds time, not coverage).
		for (const item of [menu[1]!, menu[menu.length - 2]!, menu[menu.length - 1]!, menu[0]!]) {
			await page.locator(".site-nav a", { hasText: item.text }).click();
			await page.waitForURL(server.url + item.url);
			assert.is(await page.locator(".site-nav a[aria-current=page]").textContent(), item.text);
			assert.ok(await noSidewaysScroll(page), `${item.url} does not scroll sideways`);
		}
		await done();
	});

	test(`${width} px: an article marks its rubric in the menu; the breadcrumb leads back`, async () => {
		const { page, done } = await open(width, "/");
		await page.locator(".headline__title a").click();
		const rubric = await page.locator(".breadcrumb li:nth-child(2) a").getAttribute("href");
		assert.is(await page.locator(`.site-nav a[href='${rubric}']`).getAttribute("aria-current"), "true");
		await page.locator(".breadcrumb li:nth-child(2) a").click();
		await page.waitForURL(server.url + rubric);
		await done();
	});

	test(`${width} px: pagination by click and by keyboard, with large enough targets`, async () => {
		const { page, done } = await open(width, "/");
		const next = page.locator(".pagination a[rel=next]");
		const box = (await next.boundingBox())!;
		assert.ok(box.height >= 44 && box.width >= 44, `next link is ${box.width}×${box.height}`);
		await next.click();
		await page.waitForURL(server.url + "/terbaru/2/");
		assert.is(await page.locator(".pagination a[aria-current=page]").textContent(), "2");
		assert.is(await page.locator("head link[rel=prev]").getAttribute("href"), "/");
		await page.locator(".pagination a[rel=prev]").focus();
		await page.keyboard.press("Enter");
		await page.waitForURL(server.url + "/");
		assert.is(await page.locator(".pagination a[aria-current=page]").textContent(), "1");
		await page.locator(".pagination a.pagination__number", { hasText: "2" }).click();
		await page.waitForURL(server.url + "/terbaru/2/");
		await done();
	});

	test(`${width} px: go-to-top from the bottom of a listing page`, async () => {
		// Page 2 of the archive: long enough to scroll at both widths, short enough that the smooth scroll back
		// does not dominate the suite's time (the front page is over 5,000 px tall on a phone).
		const { page, done } = await open(width, "/terbaru/2/");
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		assert.ok((await page.evaluate(() => window.scrollY)) > 0);
		await page.locator("a.go-to-top__link").click();
		const deadline = Date.now() + 5000;
		while ((await page.evaluate(() => window.scrollY)) !== 0) {
			if (Date.now() > deadline) assert.unreachable("still scrolled after 5 s");
			await page.waitForTimeout(50);
		}
		assert.is(await page.evaluate(() => document.activeElement?.id), "top");
		await done();
	});
}

test("a missing page gets the styled 404 with the menu", async () => {
	const { page, errors, done } = await open(390, "/tidak-ada/");
	assert.is(await page.locator("h1").textContent(), "Halaman tidak ditemukan");
	assert.is(await page.locator(".site-nav a").count(), menu.length);
	const styled = await page.evaluate(() => getComputedStyle(document.querySelector(".site-header")!).borderBottomStyle);
	assert.is(styled, "solid", "the stylesheet applies");
	// The 404 status of the page itself is expected; nothing else may fail.
	assert.equal(
		errors.filter((e) => !e.endsWith("/tidak-ada/") && !e.includes("404 (Not Found)")),
		[],
	);
	errors.length = 0;
	await done();
});

test.after(async () => {
	await browser.close();
	await server.close();
});

test.run();
