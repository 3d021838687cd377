// The sample site publishes every feed, sitemap, robots.txt, head metadata and its sample correction.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractFromJson } from "@extractus/feed-extractor";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildArchive } from "../../src/content/archive.ts";
import type { Article } from "../../src/content/types.ts";
import { build, FIXED_NOW, page, read } from "../helpers/build.ts";
import { readFeed } from "../helpers/feed-reader.ts";
import { REPO } from "../helpers/fixture.ts";

const SITE = "https://warta-serang.example";
const out = await build({ root: REPO });
const archive = buildArchive({ root: REPO, now: FIXED_NOW }).archive!;
const { articles } = archive;

/** The feeds the sample site must publish, with the articles each must hold (newest first, limit 50). */
const feeds: [string, Article[]][] = [
	["feed.xml", articles],
	["atom.xml", articles],
	...Object.values(archive.data.rubrics).map((c): [string, Article[]] => [
		`kategori/${c.slug}/feed.xml`,
		articles.filter((a) => a.rubric.key === c.key),
	]),
	...Object.values(archive.data.authors).map((p): [string, Article[]] => [
		`penulis/${p.key}/feed.xml`,
		articles.filter((a) => a.authors.some((x) => x.key === p.key)),
	]),
];

test("a widely used reader (feed-extractor) reads every RSS and Atom feed as the articles are", () => {
	for (const [path, expected] of feeds) {
		const text = read(out, path);
		assert.is(XMLValidator.validate(text), true, path);
		const feed = readFeed(text);
		const want = expected.slice(0, 50);
		assert.equal(
			feed.items.map((i) => i.title),
			want.map((a) => a.title),
			path,
		);
		assert.equal(
			feed.items.map((i) => i.link),
			want.map((a) => `${SITE}${a.url}`),
			path,
		);
		assert.equal(
			feed.items.map((i) => i.isoDate),
			want.map((a) => a.date.toUTC().toISO()),
			path,
		);
		const authors = feed.items.map((i) => (path === "atom.xml" ? [i.author] : i.creators));
		assert.equal(
			authors,
			want.map((a) => (path === "atom.xml" ? [a.authors[0]!.name] : a.authors.map((x) => x.name))),
			path,
		);
	}
});

test("the JSON Feed reads back through feed-extractor", () => {
	const json = extractFromJson(read(out, "feed.json"));
	assert.equal(
		json.entries!.map((e) => e.link),
		articles.slice(0, 50).map((a) => `${SITE}${a.url}`),
	);
	assert.equal(
		json.entries!.map((e) => e.published),
		articles.slice(0, 50).map((a) => a.date.toUTC().toISO()),
	);
});

test("the corrected sample article: notice, updated dates in Atom, JSON Feed and sitemap, and /ralat/", () => {
	const corrected = articles.filter((a) => a.corrections.length);
	assert.ok(corrected.length >= 1);
	const story = corrected[0]!;
	const iso = story.corrections.at(-1)!.when.iso;
	assert.ok(
		page(out, story.url).querySelector(".corrections .correction time")!.getAttribute("datetime") === story.corrections[0]!.when.iso,
	);
	const atom = new XMLParser({ isArray: (n) => n === "entry" }).parse(read(out, "atom.xml")).feed.entry;
	const entry = atom.find((e: Record<string, string>) => e.id === `${SITE}${story.url}`);
	assert.is(entry.updated, iso);
	assert.ok(entry.published < entry.updated);
	const item = JSON.parse(read(out, "feed.json")).items.find((i: Record<string, string>) => i.id === `${SITE}${story.url}`);
	assert.is(item.date_modified, iso);
	assert.match(read(out, "sitemap.xml"), `<loc>${SITE}${story.url}</loc>\n<lastmod>${iso}</lastmod>`);
	const log = page(out, "/ralat/");
	assert.is(log.querySelector(".corrections-log__item a")!.getAttribute("href"), story.url);
	assert.ok(page(out, "/").querySelector('footer a[href="/ralat/"]'), "the footer links the corrections page");
});

test("sitemap.xml lists every public page written but withdrawn stories' notices, robots.txt points at both sitemaps", () => {
	const urls = new XMLParser({ isArray: (n) => n === "url" })
		.parse(read(out, "sitemap.xml"))
		.urlset.url.map((u: Record<string, string>) => u.loc);
	// The CMS's page (admin/) is the editors' tool, noindex like a withdrawn story's page.
	// A withdrawn story's page is a notice marked noindex: /ralat/ lists it, the sitemap does not (docs/authoring.md#withdrawal-pencabutan).
	const withdrawn = new Set(archive.withdrawn.map((a) => `${SITE}${a.url}`));
	assert.ok(withdrawn.size > 0, "the sample has a withdrawn story");
	const written = readdirSync(out, { recursive: true, encoding: "utf8" })
		.filter((f) => f.endsWith(".html") && f !== "404.html" && f !== "terbaru/samping.html" && !f.startsWith("admin/"))
		.map((f) => `${SITE}/${f.replace(/index\.html$/, "")}`)
		.filter((url) => !withdrawn.has(url));
	assert.equal([...urls].sort(), written.sort());
	assert.match(read(out, "robots.txt"), `Sitemap: ${SITE}/sitemap.xml\nSitemap: ${SITE}/sitemap-news.xml`);
	// Nothing in the sample is from the 48 hours before the fixed "now": an empty, valid news sitemap.
	assert.is(XMLValidator.validate(read(out, "sitemap-news.xml")), true);
});

test("every article page: NewsArticle JSON-LD with its headline and authors, Open Graph article, canonical URL", () => {
	for (const article of articles) {
		const doc = page(out, article.url);
		const [news] = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!)["@graph"];
		assert.is(news.headline, article.title);
		assert.equal(
			news.author.map((a: Record<string, string>) => a.name),
			article.authors.map((a) => a.name),
		);
		assert.is(news.datePublished, article.published.iso);
		assert.is(doc.querySelector('meta[property="og:type"]')!.getAttribute("content"), "article");
		assert.is(doc.querySelector('meta[property="og:url"]')!.getAttribute("content"), `${SITE}${article.url}`);
	}
});

test("the site logo: PNG ≤ 144 px wide for RSS <image>, and a 512 px icon for JSON-LD and JSON Feed", () => {
	const size = (file: string) => {
		const png = readFileSync(join(out, file));
		assert.is(png.subarray(1, 4).toString(), "PNG", file);
		return [png.readUInt32BE(16), png.readUInt32BE(20)];
	};
	const { logo, icon } = archive.data.site;
	assert.equal(size(logo!.src), [logo!.width, logo!.height]);
	assert.ok(logo!.width <= 144 && logo!.height <= 400);
	assert.equal(size(icon!.src), [512, 512]);
});

test.run();
