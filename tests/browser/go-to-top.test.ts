// The go-to-top link in a real browser: click and keyboard, JavaScript on and off, long and short pages.
import type { Page } from "playwright-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildArchive } from "../../src/content/archive.ts";
import { build, FIXED_NOW } from "../helpers/build.ts";
import { launch } from "../helpers/browser.ts";
import { REPO } from "../helpers/fixture.ts";
import { serve } from "../../src/cli/static-server.ts";

const out = await build({ root: REPO });
const server = await serve(out);
const browser = await launch();
const longest = buildArchive({ root: REPO, now: FIXED_NOW }).archive!.articles.reduce((a, b) => (b.body.length > a.body.length ? b : a));

async function openAtBottom(javaScriptEnabled: boolean, url: string): Promise<Page> {
	const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 640 } });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
	page.on("pageerror", (error) => errors.push(error.message));
	await page.goto(server.url + url);
	await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
	assert.ok((await page.evaluate(() => window.scrollY)) > 0, "the page scrolled down first");
	(page as Page & { errors?: string[] }).errors = errors;
	return page;
}

/** Waits until the view is at the top. Smooth scrolling takes a moment; Playwright's waitForFunction needs
 *  page JavaScript, so poll with evaluate, which also works in a context with JavaScript disabled. */
async function waitForTop(page: Page): Promise<void> {
	const deadline = Date.now() + 5000;
	while ((await page.evaluate(() => window.scrollY)) !== 0) {
		if (Date.now() > deadline) assert.unreachable(`still scrolled to ${await page.evaluate(() => window.scrollY)} after 5 s`);
		await page.waitForTimeout(50);
	}
}

async function assertBackAtTop(page: Page): Promise<void> {
	await waitForTop(page);
	assert.is(await page.evaluate(() => document.activeElement?.id), "top", "focus moved to the top target");
	assert.equal((page as Page & { errors?: string[] }).errors, [], "no console errors");
	// The next Tab from the top lands on the first thing in the page: the skip link.
	await page.keyboard.press("Tab");
	assert.is(await page.evaluate(() => document.activeElement?.className), "skip-link");
	await page.context().close();
}

for (const javaScriptEnabled of [true, false]) {
	const mode = javaScriptEnabled ? "JavaScript on" : "JavaScript off";

	test(`click on a long article page (${mode})`, async () => {
		const page = await openAtBottom(javaScriptEnabled, longest.url);
		await page.click("a.go-to-top__link");
		await assertBackAtTop(page);
	});

	test(`keyboard: Tab to the link, press Enter (${mode})`, async () => {
		const page = await openAtBottom(javaScriptEnabled, longest.url);
		// Tab through the page until the go-to-top link has focus (bounded).
		for (let i = 0; i < 200; i++) {
			await page.keyboard.press("Tab");
			if (await page.evaluate(() => document.activeElement?.classList.contains("go-to-top__link"))) break;
		}
		assert.ok(await page.evaluate(() => document.activeElement?.classList.contains("go-to-top__link")), "reached by Tab");
		const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
		assert.is.not(outline, "none", "visible focus style");
		await page.keyboard.press("Enter");
		await assertBackAtTop(page);
	});

	test(`works twice in a row and on a short page (${mode})`, async () => {
		const page = await openAtBottom(javaScriptEnabled, "/404.html");
		await page.setViewportSize({ width: 390, height: 300 });
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		await page.click("a.go-to-top__link");
		await waitForTop(page);
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		await page.click("a.go-to-top__link");
		await assertBackAtTop(page);
	});
}

test.after(async () => {
	await browser.close();
	await server.close();
});

test.run();
