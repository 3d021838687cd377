// Builds the sample site (this repo's articles/ and _data/) through Eleventy's programmatic API into a
// temp dir and checks it as a reader, a crawler and a feed reader would.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import yaml from "js-yaml";
import { parseHTML } from "linkedom";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildArchive } from "../../src/content/archive.ts";
import { reservedAddresses } from "../../src/site/reserved.ts";
import { viewsDerived } from "../../src/views/views.ts";
import { build, FIXED_NOW, page, read } from "../helpers/build.ts";
import { REPO } from "../helpers/fixture.ts";

const derivedBefore = viewsDerived();
const out = await build({ root: REPO });
const derivedByBuild = viewsDerived() - derivedBefore;
const { archive } = buildArchive({ root: REPO, now: FIXED_NOW });
const articles = archive!.articles;

/** The readers' pages: every HTML file but the CMS's page (admin/index.html), the editors' tool without the theme. */
function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html") && !f.startsWith("admin/"));
}
/** The pages a reader opens: every HTML file except the side column's framed list (/terbaru/samping.html). */
const readerPages = (dir: string) => htmlFiles(dir).filter((f) => f !== "terbaru/samping.html");

// Eleventy copies unfrozen global data into each template's data: the sitemap then derived the views (groups,
// listing pages, "Baca juga") a second time from its copy of the archive, ~0.9 s of every build at 100,000 articles.
test("a build derives the views of its archive once, not again for a template's copy of the archive", () => {
	assert.is(derivedByBuild, 1);
});

test("the CMS's page ships at /admin/: noindex, in no sitemap, its script and configuration served by the site itself", () => {
	const { document } = parseHTML(read(out, "admin/index.html"));
	assert.is(document.querySelector("meta[name=robots]")?.getAttribute("content"), "noindex, nofollow");
	const scripts = [...document.querySelectorAll("script")].map((s) => s.getAttribute("src"));
	assert.equal(scripts, ["decap-cms.js"]);
	assert.ok(statSync(join(out, "admin/decap-cms.js")).size > 1_000_000, "the bundle is copied from node_modules");
	const config = yaml.load(read(out, "admin/config.yml")) as { collections: { name: string }[]; local_backend: { url: string } };
	assert.equal(
		config.collections.map((c) => c.name),
		["articles", "pages", "data"],
	);
	assert.match(config.local_backend.url, /^http:\/\/(localhost|127\.0\.0\.1):\d+\/api\/v1$/);
	for (const sitemap of ["sitemap.xml", "sitemap-news.xml"]) assert.not.match(read(out, sitemap), "/admin/");
	assert.not.match(read(out, "index.html"), "/admin/");
});

test("every file the build writes is an article, a newsroom page, a file from public/ or in Warta's one list of its own addresses", () => {
	// The list permalinks are checked against (src/content/checks/collisions.ts): a kind of page missing from it
	// would let an article collide with it inside Eleventy instead of in the content checks.
	const reserved = reservedAddresses(archive!.data.site);
	const asFile = (url: string) => (url.endsWith("/") ? `${url}index.html` : url);
	// Withdrawn stories keep their page (a notice), though they are not among the listed articles.
	const articleFiles = new Set([...articles, ...archive!.withdrawn, ...archive!.pages].map((a) => asFile(a.url)));
	const unlisted = readdirSync(out, { recursive: true, encoding: "utf8" })
		.map((entry) => `/${entry.split("\\").join("/")}`)
		.filter((path) => statSync(join(out, path)).isFile())
		.filter(
			(path) =>
				!articleFiles.has(path) &&
				!existsSync(join(REPO, "public", path)) &&
				!reserved.some((r) => (r.url && asFile(r.url) === path) || r.pattern?.test(path) || (r.folder && path.startsWith(r.folder))),
		);
	assert.equal(unlisted, []);
});

test("the sample site has at least 8 articles, 5 rubrics, 3 authors over several years", () => {
	assert.ok(articles.length >= 8, `${articles.length} articles`);
	assert.ok(new Set(articles.map((a) => a.rubric.key)).size >= 5);
	assert.ok(new Set(articles.flatMap((a) => a.authors.map((x) => x.key))).size >= 3);
	assert.ok(new Set(articles.map((a) => a.date.year)).size >= 3);
});

test("every article has its page at its permalink, with the headline as h1 and lang=id", () => {
	for (const article of articles) {
		const doc = page(out, article.url);
		assert.is(doc.documentElement.getAttribute("lang"), "id");
		const h1s = doc.querySelectorAll("h1");
		assert.is(h1s.length, 1, article.url);
		assert.is(h1s[0]!.textContent!.trim(), article.title);
		assert.is(doc.querySelector("link[rel=canonical]")!.getAttribute("href"), `https://warta-serang.example${article.url}`);
	}
});

test("permalinks are lowercase /YYYY/MM/DD/slug/", () => {
	for (const article of articles) assert.match(article.url, /^\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+\/$/);
	assert.ok(articles.some((a) => a.url === "/2018/04/17/bupati-serang-minta-asn-milenial-berinovasi/"));
});

test("the flagship article shows its dateline, byline and Indonesian date", () => {
	const doc = page(out, "/2018/04/17/bupati-serang-minta-asn-milenial-berinovasi/");
	assert.is(doc.querySelector(".article__body p .dateline")!.textContent, "SERANG –");
	assert.match(doc.querySelector(".byline")!.textContent!, "Andi Saputra");
	const time = doc.querySelector(".article__meta time")!;
	assert.is(time.getAttribute("datetime"), "2018-04-17T10:15:00+07:00");
	assert.is(time.textContent, "Selasa, 17 April 2018 · 10.15 WIB");
	// Typographer: Indonesian curly quotes.
	assert.match(doc.querySelector(".article__body")!.textContent!, /“Jangan tunggu disuruh/);
});

test("an article with a photo renders a figure with caption and credit", () => {
	const withImage = articles.filter((a) => a.image);
	assert.ok(withImage.length >= 1);
	for (const article of withImage) {
		const figure = page(out, article.url).querySelector("figure.article__figure")!;
		// Encoded as a responsive <picture> (tests/integration/images.test.ts checks it in detail).
		const img = figure.querySelector("picture > img")!;
		assert.match(img.getAttribute("src")!, /^\/media\/img\/[\w-]+-\d+\.jpeg$/);
		assert.is(img.getAttribute("alt"), article.image!.alt);
		assert.ok(figure.querySelector("figcaption"));
		if (article.image!.credit) assert.is(figure.querySelector(".credit")!.textContent, article.image!.credit);
		assert.ok(existsSync(join(out, img.getAttribute("src")!)), `${img.getAttribute("src")} is in the site`);
		assert.ok(existsSync(join(out, article.image!.src)), `the original ${article.image!.src} is copied too`);
	}
});

test("every page has the go-to-top link, and its target exists, is focusable and comes first", () => {
	const files = readerPages(out);
	assert.ok(files.length >= articles.length + 2);
	for (const file of files) {
		const { document } = parseHTML(read(out, file));
		const links = document.querySelectorAll("a.go-to-top__link");
		assert.is(links.length, 1, file);
		const href = links[0]!.getAttribute("href")!;
		assert.is(href, "#top");
		const target = document.getElementById(href.slice(1));
		assert.ok(target, `${file}: #top exists`);
		assert.is(target!.getAttribute("tabindex"), "-1");
		assert.is(document.body.firstElementChild, target, `${file}: #top is the first element of <body>`);
		assert.is(links[0]!.textContent!.trim(), "Kembali ke atas ↑");
	}
});

test("pages have landmarks, a skip link and the feed advertised", () => {
	for (const file of readerPages(out)) {
		const { document } = parseHTML(read(out, file));
		for (const selector of ["header", "nav", "main#isi", "footer", "a.skip-link[href='#isi']"]) {
			assert.ok(document.querySelector(selector), `${file}: ${selector}`);
		}
		const feed = document.querySelector("link[rel=alternate][type='application/rss+xml']");
		assert.is(feed?.getAttribute("href"), "/feed.xml", file);
		// JSON-LD data blocks only; the search page (/cari/) also has its one module (tests/browser/search.test.ts),
		// and story pages the optional copy-link enhancement (tests/browser/share.test.ts).
		const scripts = [...document.querySelectorAll("script")]
			.filter((s) => s.getAttribute("type") !== "application/ld+json")
			.map((s) => `${s.getAttribute("type")} ${s.getAttribute("src")}`);
		if (file === "cari/index.html") assert.match(scripts.join("\n"), /^module \/js\/cari\.[0-9a-f]{10}\.js$/);
		else if (articles.some((a) => `${a.url.slice(1)}index.html` === file))
			assert.match(scripts.join("\n"), /^module \/js\/warta\.[0-9a-f]{10}\.js$/, file);
		else assert.equal(scripts, [], `${file}: no JavaScript`);
	}
});

test('the home page\'s "Berita terbaru" lists the newest stories first, less those shown above it', () => {
	const doc = page(out, "/");
	const above = new Set([...doc.querySelectorAll(".front a, .rubric-block a")].map((a) => a.getAttribute("href")));
	const titles = [...doc.querySelectorAll(".latest .compact-list a")].map((a) => a.textContent);
	assert.equal(
		titles,
		articles
			.slice(0, 20)
			.filter((a) => !above.has(a.url))
			.map((a) => a.title),
	);
	assert.ok(titles.length > 0, "the sample has newest stories the blocks above do not show");
	assert.ok(doc.querySelector(".latest .compact-list time[datetime]"));
	// Page 2 continues with the 21st newest.
	assert.is(page(out, "/terbaru/2/").querySelector(".card__title a")!.textContent, articles[20]!.title);
});

test("the RSS feed: one item per article, newest first, absolute URLs, +0700 dates", () => {
	const xml = read(out, "feed.xml");
	assert.is(XMLValidator.validate(xml), true);
	const rss = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "item" || name === "dc:creator" }).parse(xml).rss;
	for (const ns of ["atom", "content", "dc"]) assert.ok(rss[`@_xmlns:${ns}`], `xmlns:${ns}`);
	const channel = rss.channel;
	assert.is(channel["atom:link"]["@_href"], "https://warta-serang.example/feed.xml");
	assert.is(channel["atom:link"]["@_rel"], "self");
	assert.is(channel.language, "id");
	const items = channel.item as Record<string, any>[];
	assert.is(items.length, Math.min(articles.length, 50));
	assert.equal(
		items.map((i) => i.title),
		articles.slice(0, 50).map((a) => a.title),
	);
	for (const item of items) {
		assert.match(item.link, /^https:\/\/warta-serang\.example\/\d{4}\//);
		assert.match(item.pubDate, /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0700$/);
		assert.ok(item["dc:creator"].length >= 1);
		const { document } = parseHTML(`<div>${item["content:encoded"]}</div>`);
		for (const el of document.querySelectorAll("[href], [src]")) {
			const url = el.getAttribute("href") ?? el.getAttribute("src")!;
			assert.match(url, /^(https?:|mailto:)/, `relative URL ${url} in ${item.link}`);
		}
	}
	assert.is(channel.lastBuildDate, items[0]!.pubDate);
});

test("article text is never run through a template engine", () => {
	for (const article of articles.filter((a) => a.body.includes("{{"))) {
		assert.match(page(out, article.url).querySelector(".article__body")!.textContent!, "{{");
	}
});

test("two builds of the same content give the same files, byte for byte", async () => {
	const again = await build({ root: REPO });
	const digest = (dir: string) =>
		Object.fromEntries(
			readdirSync(dir, { recursive: true, encoding: "utf8" })
				.filter((f) => statSync(join(dir, f)).isFile())
				.sort()
				.map((f) => [
					f,
					createHash("sha256")
						.update(readFileSync(join(dir, f)))
						.digest("hex"),
				]),
		);
	assert.equal(digest(again), digest(out));
});

test.run();
