// Quality gates over every page of the built sample site: valid HTML (W3C Nu Html Checker), no broken
// internal links or anchors, and the weight budgets from the design brief.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildArchive } from "../../src/content/archive.ts";
import { build, FIXED_NOW } from "../helpers/build.ts";
import { REPO, tempDir } from "../helpers/fixture.ts";
import { checkLinks, htmlPages } from "../helpers/links.ts";
import { validateHtml } from "../helpers/vnu.ts";

const out = await build({ root: REPO });
const { archive } = buildArchive({ root: REPO, now: FIXED_NOW });
const siteUrl = archive!.data.site.url;

test("every page is valid HTML (W3C Nu Html Checker, zero errors)", async () => {
	const errors = await validateHtml(out);
	const report = errors.map((e) => `${e.url.replace(`file:${out}`, "")}:${e.lastLine ?? "?"}: ${e.message}`).join("\n");
	assert.is(errors.length, 0, report);
});

test("the HTML checker does report invalid markup", async () => {
	const dir = tempDir("vnu");
	writeFileSync(
		join(dir, "bad.html"),
		`<!doctype html><html lang="id"><head><title>x</title></head><body><p><div>blok</div></p><img src="x.jpg"></body></html>`,
	);
	const errors = await validateHtml(dir);
	assert.ok(errors.length >= 2, JSON.stringify(errors));
});

test("every internal link, image, stylesheet and feed URL resolves; every anchor exists", () => {
	assert.ok(htmlPages(out).length > archive!.articles.length);
	const broken = checkLinks(out, siteUrl);
	assert.equal(
		broken.map((b) => `${b.page}: ${b.url} (${b.reason})`),
		[],
	);
});

test("the whole site's CSS stays under 15 KB", () => {
	const stylesheets = new Set<string>();
	for (const page of htmlPages(out)) {
		const { document } = parseHTML(readFileSync(join(out, page), "utf8"));
		for (const link of document.querySelectorAll("link[rel=stylesheet]")) stylesheets.add(link.getAttribute("href")!);
	}
	const bytes = [...stylesheets].reduce((sum, href) => sum + statSync(join(out, href)).size, 0);
	assert.ok(bytes > 0 && bytes < 15 * 1024, `${bytes} bytes of CSS`);
});

test("an article page's HTML + CSS is under 14 KB gzip and loads no JavaScript but the optional copy-link module", () => {
	for (const article of archive!.articles) {
		const html = readFileSync(join(out, article.url, "index.html"));
		const { document } = parseHTML(html.toString());
		// Reading needs no script (tests/browser/share.test.ts reads a story with JavaScript off); the one module
		// only shows the copy-link button.
		const scripts = [...document.querySelectorAll("script:not([type='application/ld+json'])")];
		assert.equal(
			scripts.map((s) => s.getAttribute("type")),
			["module"],
			article.url,
		);
		assert.match(scripts[0]!.getAttribute("src")!, /^\/js\/warta\.[0-9a-f]{10}\.js$/);
		const css = [...document.querySelectorAll("link[rel=stylesheet]")].map((l) => readFileSync(join(out, l.getAttribute("href")!)));
		const gzipped = gzipSync(html).length + css.reduce((sum, c) => sum + gzipSync(c).length, 0);
		assert.ok(gzipped < 14 * 1024, `${article.url}: ${gzipped} bytes gzip`);
	}
});

test.run();
