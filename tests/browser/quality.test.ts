// In Debian's chromium: zero axe-core violations, no console errors and no failed requests on one page of
// every kind the site has, in light and dark mode, at a phone and a desktop width.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Page } from "playwright-core";
import { buildArchive } from "../../src/content/archive.ts";
import { build, FIXED_NOW } from "../helpers/build.ts";
import { launch } from "../helpers/browser.ts";
import { pool } from "../helpers/cli.ts";
import { REPO } from "../helpers/fixture.ts";
import { htmlPages } from "../helpers/links.ts";
import { serve } from "../../src/cli/static-server.ts";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const out = await build({ root: REPO });
const articles = buildArchive({ root: REPO, now: FIXED_NOW }).archive!.articles;
const pages = htmlPages(out).map((p) => `/${p.replace(/(^|\/)index\.html$/, "$1")}`);

/** One page of each kind; kinds marked required must exist in the sample site. */
const KINDS: { kind: string; required: boolean; pick: () => string | undefined }[] = [
	{ kind: "home", required: true, pick: () => "/" },
	{ kind: "article (with photo)", required: true, pick: () => articles.find((a) => a.image)?.url },
	{ kind: "article (longest)", required: true, pick: () => articles.reduce((a, b) => (b.body.length > a.body.length ? b : a)).url },
	{ kind: "rubric", required: true, pick: () => pages.find((p) => /^\/kategori\/[^/]+\/$/.test(p)) },
	{ kind: "tag", required: true, pick: () => pages.find((p) => /^\/tag\/[^/]+\/$/.test(p)) },
	{ kind: "author", required: true, pick: () => pages.find((p) => /^\/penulis\/[^/]+\/$/.test(p)) },
	{ kind: "indeks", required: true, pick: () => pages.find((p) => p === "/indeks/") },
	{ kind: "corrections", required: true, pick: () => pages.find((p) => p === "/ralat/") },
	{ kind: "search", required: true, pick: () => "/cari/" },
	{ kind: "404", required: true, pick: () => "/404.html" },
	{ kind: "side column (framed)", required: true, pick: () => "/terbaru/samping.html" },
];

async function axeViolations(page: Page): Promise<string[]> {
	await page.addScriptTag({ path: AXE });
	return page.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> };
			}
		).axe;
		const result = await axe.run(document, { resultTypes: ["violations"] });
		return result.violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
	});
}

const server = await serve(out);
const browser = await launch();

test("every required page kind exists in the sample site", () => {
	for (const { kind, required, pick } of KINDS) {
		const url = pick();
		if (required) assert.ok(url && (url === "/" || existsSync(join(out, url.endsWith("/") ? `${url}index.html` : url))), kind);
	}
});

test("the axe gate does catch violations (an image without alt, low contrast)", async () => {
	const page = await browser.newPage();
	await page.setContent(
		`<!doctype html><html><head><title>x</title></head><body><main><img src="data:," width="10" height="10"><p style="color:#bbb;background:#fff">teks pucat</p></main></body></html>`,
	);
	const found = (await axeViolations(page)).map((v) => v.split(" ")[0]);
	await page.close();
	for (const id of ["image-alt", "color-contrast", "html-has-lang"]) assert.ok(found.includes(id), `${id} in ${found.join(", ")}`);
});

/**
 * Every page kind, each in a new tab of a fresh context (colour scheme, viewport): axe violations, console errors,
 * page errors, failed requests and HTTP errors. Never rejects: an error is returned with the problems so far.
 */
async function audit(colorScheme: "light" | "dark", width: number): Promise<{ problems: string[]; error?: unknown }> {
	const problems: string[] = [];
	try {
		const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } });
		try {
			for (const { kind, pick } of KINDS) {
				const url = pick();
				if (!url) continue;
				const page = await context.newPage();
				page.on("console", (m) => m.type() === "error" && problems.push(`${kind} ${url}: console: ${m.text()}`));
				page.on("pageerror", (e) => problems.push(`${kind} ${url}: page error: ${e.message}`));
				page.on("requestfailed", (r) => problems.push(`${kind} ${url}: request failed: ${r.url()}`));
				page.on("response", (r) => r.status() >= 400 && problems.push(`${kind} ${url}: HTTP ${r.status()} for ${r.url()}`));
				await page.goto(server.url + url, { waitUntil: "load" });
				for (const v of await axeViolations(page)) problems.push(`${kind} ${url}: axe: ${v}`);
				await page.close();
			}
		} finally {
			await context.close();
		}
		return { problems };
	} catch (error) {
		return { problems, error };
	}
}

// The four audits run two at a time (each waits on the browser much of the time); each test reports its own.
const SETTINGS = (["light", "dark"] as const).flatMap((colorScheme) => [390, 1280].map((width) => ({ colorScheme, width })));
const audits = pool(
	SETTINGS.map(
		({ colorScheme, width }) =>
			() =>
				audit(colorScheme, width),
	),
	2,
);

SETTINGS.forEach(({ colorScheme, width }, i) => {
	test(`axe-core, console and network are clean (${colorScheme}, ${width} px)`, async () => {
		const { problems, error } = (await audits)[i]!;
		if (error) throw error;
		assert.equal(problems, []);
	});
});

test.after(async () => {
	await browser.close();
	await server.close();
});

test.run();
