// One fixture site, built once, checked as feed readers, crawlers and aggregators see it: every feed and
// sitemap parses and follows its spec, a hostile headline stays inert everywhere, the news sitemap holds the
// last 48 hours, corrections move the updated dates, and an independent feed reader from npm reads it all back.
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { extractFromJson, extractFromXml } from "@extractus/feed-extractor";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseHTML } from "linkedom";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildArchive } from "../../src/content/archive.ts";
import { build, FIXED_NOW, page, read } from "../helpers/build.ts";
import { readFeed } from "../helpers/feed-reader.ts";
import { article, makeSite, REPO, TINY_JPEG } from "../helpers/fixture.ts";

const HOSTILE = `</script><script>alert(1)</script> & "kutip" 'tunggal' ]]> 🌊`;
const SITE = "https://warta-serang.example";
const PHOTO_BYTES = 4321;

const siteJson = JSON.parse(read(REPO, "_data/site.json"));
siteJson.feed.limit = 3;
const root = makeSite({
	"_data/site.json": JSON.stringify(siteJson),
	"articles/2026/11/hostile.md": article(
		{
			title: HOSTILE,
			date: "2026-11-29 07:00",
			author: ["andi", "sari"],
			rubric: "hukum",
			tags: ["Sidang & Vonis", "Serang"],
			dateline: "Serang",
			summary: `Ringkasan ${HOSTILE}`,
			image: { src: "/media/foto.jpg", alt: "Foto <sidang>", width: 1200, height: 675, caption: "Ruang sidang" },
		},
		'Tautan [kemarin](/2026/11/28/kemarin/), [relatif](../kemarin/) dan gambar ![foto](/media/foto.jpg).\n\n<p>HTML mentah <a href="/ralat/">ralat</a></p>\n',
	),
	"articles/2026/11/kemarin.md": article({
		title: "Berita kemarin",
		date: "2026-11-28 09:00",
		author: "rudi",
		rubric: "olahraga",
		corrections: [{ date: "2026-11-28 12:00", text: "Skor akhir diperbaiki menjadi 2-1." }],
	}),
	"articles/2026/11/tepat-48-jam.md": article({ title: "Tepat 48 jam", date: "2026-11-27 08:00", author: "sari", rubric: "hukum" }),
	"articles/2026/10/lama.md": article({
		title: "Berita lama",
		date: "2026-10-01 08:00",
		author: "andi",
		rubric: "pendidikan",
		corrections: [{ date: "2026-11-29 07:30", text: "Nama sekolah diperbaiki." }],
	}),
	"articles/2020/01/arsip.md": article({ title: "Arsip", date: "2020-01-01 08:00", author: "andi", rubric: "hukum" }),
	"articles/2026/12/embargo.md": article({ title: "Embargo", date: "2026-12-01 08:00" }),
	"articles/2026/11/draf.md": article({ title: "Draf", date: "2026-11-28 10:00", draft: true }),
});
mkdirSync(join(root, "public/media"), { recursive: true });
// A real (tiny) JPEG padded to a known size: the build decodes photos, and the feeds must give the real byte length.
writeFileSync(join(root, "public/media/foto.jpg"), Buffer.concat([TINY_JPEG, Buffer.alloc(PHOTO_BYTES - TINY_JPEG.length)]));
for (const file of ["logo.png", "icon-512.png"]) copyFileSync(join(REPO, "public", file), join(root, "public", file));

const out = await build({ root });
const articles = buildArchive({ root, now: FIXED_NOW }).archive!.articles;
const byTitle = (title: string) => articles.find((a) => a.title === title)!;
const hostile = byTitle(HOSTILE);

const xml = new XMLParser({
	ignoreAttributes: false,
	isArray: (name, jpath) =>
		["item", "entry", "dc:creator", "category", "author"].includes(name) ||
		["feed.link", "feed.entry.link", "urlset.url"].includes(String(jpath)),
});
const rssFeeds = [
	"feed.xml",
	...["hukum", "infrastruktur", "olahraga", "pemerintahan", "pendidikan"].map((s) => `kategori/${s}/feed.xml`),
	...["andi", "rudi", "sari"].map((k) => `penulis/${k}/feed.xml`),
];
const absoluteUrls = (html: string) =>
	[...parseHTML(`<div>${html}</div>`).document.querySelectorAll("[href], [src]")].map(
		(el) => el.getAttribute("href") ?? el.getAttribute("src")!,
	);

test("every RSS feed: well-formed, namespaces declared, self link = served URL, channel complete", () => {
	for (const path of rssFeeds) {
		const text = read(out, path);
		assert.is(XMLValidator.validate(text), true, path);
		const rss = xml.parse(text).rss;
		const used = new Set([...text.matchAll(/<\/?([a-z]+):[a-zA-Z]+[\s>/]/g)].map((m) => m[1]));
		for (const prefix of used) assert.ok(rss[`@_xmlns:${prefix}`], `${path}: xmlns:${prefix}`);
		const channel = rss.channel;
		assert.is(channel["atom:link"]["@_href"], `${SITE}/${path}`, path);
		assert.is(channel["atom:link"]["@_rel"], "self");
		assert.ok(channel.title && channel.description, path);
		assert.match(channel.link, /^https:\/\/warta-serang\.example\//);
		assert.is(channel.language, "id");
		assert.equal(channel.image, { url: `${SITE}/logo.png`, title: channel.title, link: channel.link, width: 144, height: 144 });
	}
});

test("every RSS item: absolute link and guid, +0700 dates, newest first, unique guids, limit, absolute URLs in content", () => {
	for (const path of rssFeeds) {
		const items = (xml.parse(read(out, path)).rss.channel.item ?? []) as Record<string, any>[];
		assert.ok(items.length <= 3, `${path}: limit 3`);
		const guids = items.map((i) => i.guid["#text"]);
		assert.is(new Set(guids).size, guids.length, `${path}: unique guids`);
		const times = items.map((i) => Date.parse(i.pubDate));
		assert.equal(
			times,
			[...times].sort((a, b) => b - a),
			`${path}: newest first`,
		);
		for (const item of items) {
			assert.match(item.link, /^https:\/\/warta-serang\.example\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+\/$/);
			assert.is(item.guid["#text"], item.link);
			assert.match(item.pubDate, /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0700$/);
			for (const url of absoluteUrls(item["content:encoded"])) assert.match(url, /^https:\/\//, `${path}: relative URL ${url}`);
		}
	}
	const main = xml.parse(read(out, "feed.xml")).rss.channel;
	assert.equal(
		main.item.map((i: Record<string, string>) => i.title),
		[HOSTILE, "Berita kemarin", "Tepat 48 jam"],
	);
	assert.is(main.lastBuildDate, "Sun, 29 Nov 2026 07:00:00 +0700");
});

test("rubric and author feeds hold their own articles; embargoed and draft articles are in no feed", () => {
	const titles = (path: string) => (xml.parse(read(out, path)).rss.channel.item ?? []).map((i: Record<string, string>) => i.title);
	assert.equal(titles("kategori/hukum/feed.xml"), [HOSTILE, "Tepat 48 jam", "Arsip"]);
	assert.equal(titles("kategori/infrastruktur/feed.xml"), []);
	assert.equal(titles("penulis/andi/feed.xml"), [HOSTILE, "Berita lama", "Arsip"]);
	assert.equal(titles("penulis/sari/feed.xml"), [HOSTILE, "Tepat 48 jam"]);
	for (const path of [...rssFeeds, "atom.xml", "feed.json"]) {
		assert.not.match(read(out, path), "Embargo", path);
		assert.not.match(read(out, path), ">Draf<", path);
	}
});

test("the lead image: enclosure with the real byte length and type, media:content, JSON image", () => {
	const item = xml.parse(read(out, "feed.xml")).rss.channel.item[0];
	assert.equal(item.enclosure, { "@_url": `${SITE}/media/foto.jpg`, "@_length": String(PHOTO_BYTES), "@_type": "image/jpeg" });
	assert.is(item["media:content"]["@_url"], `${SITE}/media/foto.jpg`);
	assert.is(item["media:content"]["@_fileSize"], String(PHOTO_BYTES));
	assert.is(JSON.parse(read(out, "feed.json")).items[0].image, `${SITE}/media/foto.jpg`);
});

test("Atom: required elements, self link, RFC 3339 +07:00, updated follows corrections, unique ids", () => {
	const text = read(out, "atom.xml");
	assert.is(XMLValidator.validate(text), true);
	const feed = xml.parse(text).feed;
	assert.is(feed.id, `${SITE}/atom.xml`);
	assert.is(feed.link.find((l: Record<string, string>) => l["@_rel"] === "self")["@_href"], `${SITE}/atom.xml`);
	assert.is(feed.updated, "2026-11-29T07:00:00+07:00");
	const entries = feed.entry as Record<string, any>[];
	assert.is(new Set(entries.map((e) => e.id)).size, entries.length);
	for (const entry of entries) {
		assert.match(entry.published, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
		assert.match(entry.updated, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
		assert.ok(entry.author.length >= 1);
		for (const url of absoluteUrls(entry.content["#text"])) assert.match(url, /^https:\/\//);
	}
	const corrected = entries.find((e) => e.title["#text"] === "Berita kemarin")!;
	assert.is(corrected.published, "2026-11-28T09:00:00+07:00");
	assert.is(corrected.updated, "2026-11-28T12:00:00+07:00");
	assert.equal(
		entries[0]!.author.map((a: Record<string, string>) => a.name),
		["Andi Saputra", "Sari Wulandari"],
	);
});

test("JSON Feed: JSON.parse, version 1.1, feed_url, items with date_modified for the corrected story", () => {
	const feed = JSON.parse(read(out, "feed.json"));
	assert.is(feed.version, "https://jsonfeed.org/version/1.1");
	assert.is(feed.feed_url, `${SITE}/feed.json`);
	assert.is(feed.items.length, 3);
	assert.is(feed.items[1].date_modified, "2026-11-28T12:00:00+07:00");
	assert.equal(
		feed.items[0].authors.map((a: Record<string, string>) => a.name),
		["Andi Saputra", "Sari Wulandari"],
	);
	assert.equal(feed.items[0].tags, ["Hukum & Kriminal", "Sidang & Vonis", "Serang"]);
});

test("the hostile headline stays inert: text in HTML, JSON-LD and every feed; no extra script element", () => {
	const doc = page(out, hostile.url);
	assert.is(doc.querySelector("title")!.textContent, `${HOSTILE} – Warta Serang`);
	assert.is(doc.querySelector("h1")!.textContent, HOSTILE);
	// The JSON-LD block and the theme's copy-link enhancement, nothing else.
	const all = [...doc.querySelectorAll("script")];
	assert.is(all.length, 2);
	const modules = all.filter((s) => s.getAttribute("type") === "module");
	assert.equal(
		modules.map((s) => [/^\/js\/warta\.[0-9a-f]{10}\.js$/.test(s.getAttribute("src")!), s.textContent]),
		[[true, ""]],
	);
	const scripts = all.filter((s) => s.getAttribute("type") !== "module");
	assert.is(scripts[0]!.getAttribute("type"), "application/ld+json");
	assert.not.match(scripts[0]!.textContent!, "<");
	assert.is(JSON.parse(scripts[0]!.textContent!)["@graph"][0].headline, HOSTILE);
	assert.is(doc.querySelector('meta[property="og:title"]')!.getAttribute("content"), HOSTILE);
	assert.is(xml.parse(read(out, "feed.xml")).rss.channel.item[0].title, HOSTILE);
	assert.is(xml.parse(read(out, "atom.xml")).feed.entry[0].title["#text"], HOSTILE);
	assert.is(JSON.parse(read(out, "feed.json")).items[0].title, HOSTILE);
	assert.is(xml.parse(read(out, "sitemap-news.xml")).urlset.url[0]["news:news"]["news:title"], HOSTILE);
	// The home page lists it too, as text.
	const home = page(out, "/");
	assert.is(home.querySelectorAll("script").length, 1);
	assert.ok([...home.querySelectorAll(".headline__title a, .card__title a, .compact-list a")].some((a) => a.textContent === HOSTILE));
});

test("head metadata of an article: canonical, description, Open Graph, Twitter, feeds, NewsArticle JSON-LD", () => {
	const doc = page(out, hostile.url);
	const meta = (key: string) =>
		[...doc.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)].map((m) => m.getAttribute("content"));
	assert.is(doc.querySelector("link[rel=canonical]")!.getAttribute("href"), `${SITE}${hostile.url}`);
	assert.equal(meta("description"), [`Ringkasan ${HOSTILE}`]);
	assert.equal(meta("robots"), ["index, follow, max-image-preview:large"]);
	assert.equal(meta("og:type"), ["article"]);
	assert.equal(meta("article:published_time"), ["2026-11-29T07:00:00+07:00"]);
	assert.equal(meta("article:section"), ["Hukum & Kriminal"]);
	assert.equal(meta("article:tag"), ["Sidang & Vonis", "Serang"]);
	// The social-card rendition (src/images/lead.ts), never wider than the file: this fixture's photo is 32 × 18 px
	// whatever its front matter says (the sample site's 1200 px case: tests/integration/newsroom-pages.test.ts).
	assert.match(meta("og:image")[0]!, new RegExp(`^${SITE}/media/img/[^/]+-32\\.jpeg$`));
	assert.equal([meta("og:image:width"), meta("og:image:height")], [["32"], ["18"]]);
	assert.equal(meta("twitter:card"), ["summary_large_image"]);
	assert.equal(
		[...doc.querySelectorAll("link[rel=alternate]")].map((l) => l.getAttribute("href")),
		["/feed.xml", "/atom.xml", "/feed.json"],
	);
	const [news, crumbs] = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!)["@graph"];
	for (const key of [
		"headline",
		"description",
		"datePublished",
		"dateModified",
		"author",
		"publisher",
		"image",
		"articleSection",
		"keywords",
		"inLanguage",
		"dateline",
		"mainEntityOfPage",
		"isAccessibleForFree",
	]) {
		assert.ok(key in news, key);
	}
	assert.equal(
		news.author.map((a: Record<string, string>) => a.url),
		[`${SITE}/penulis/andi/`, `${SITE}/penulis/sari/`],
	);
	assert.is(crumbs["@type"], "BreadcrumbList");
});

test("head metadata of the home page: WebSite + NewsMediaOrganization JSON-LD, og:type website", () => {
	const doc = page(out, "/");
	const graph = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!)["@graph"];
	assert.equal(
		graph.map((n: Record<string, string>) => n["@type"]),
		["WebSite", "NewsMediaOrganization"],
	);
	assert.is(doc.querySelector('meta[property="og:type"]')!.getAttribute("content"), "website");
	assert.is(page(out, "/404.html").querySelector('meta[name="robots"]')!.getAttribute("content"), "noindex");
});

test("a correction: the notice on the article, dateModified, Diperbarui, and the /ralat/ page newest first", () => {
	const old = byTitle("Berita lama");
	const doc = page(out, old.url);
	const notice = doc.querySelector(".corrections")!;
	assert.is(notice.querySelector("h2")!.textContent, "Ralat");
	assert.match(notice.textContent!, "Nama sekolah diperbaiki.");
	assert.is(notice.querySelector("time")!.getAttribute("datetime"), "2026-11-29T07:30:00+07:00");
	const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!)["@graph"][0];
	assert.is(ld.dateModified, "2026-11-29T07:30:00+07:00");
	assert.equal(ld.correction, [
		{ "@type": "CorrectionComment", text: "Nama sekolah diperbaiki.", datePublished: "2026-11-29T07:30:00+07:00" },
	]);
	assert.is(doc.querySelector('meta[property="article:modified_time"]')!.getAttribute("content"), "2026-11-29T07:30:00+07:00");
	const log = page(out, "/ralat/");
	assert.equal(
		[...log.querySelectorAll(".corrections-log__item a")].map((a) => a.textContent),
		["Berita lama", "Berita kemarin"],
	);
	assert.equal(
		[...log.querySelectorAll(".corrections-log__item a")].map((a) => a.getAttribute("href")),
		[old.url, byTitle("Berita kemarin").url],
	);
	assert.is(page(out, hostile.url).querySelector(".corrections"), null);
});

test("sitemap.xml lists every public page once, absolute, lastmod = last modification (corrections included)", () => {
	const text = read(out, "sitemap.xml");
	assert.is(XMLValidator.validate(text), true);
	const urls = xml.parse(text).urlset.url as Record<string, string>[];
	const lastmod = Object.fromEntries(urls.map((u) => [u.loc, u.lastmod]));
	assert.is(urls.length, Object.keys(lastmod).length, "no URL twice");
	// Every HTML page written, except the 404 page, the side column's framed list and the CMS's page (admin/, noindex: the editors' tool), and nothing else.
	const written = readdirSync(out, { recursive: true, encoding: "utf8" })
		.filter((f) => f.endsWith(".html") && f !== "404.html" && f !== "terbaru/samping.html" && !f.startsWith("admin/"))
		.map((f) => `${SITE}/${f.replace(/index\.html$/, "")}`);
	assert.equal(Object.keys(lastmod).sort(), written.sort());
	assert.is(lastmod[`${SITE}${byTitle("Berita lama").url}`], "2026-11-29T07:30:00+07:00");
	assert.is(lastmod[`${SITE}${byTitle("Arsip").url}`], "2020-01-01T08:00:00+07:00");
	assert.is(lastmod[`${SITE}/`], "2026-11-29T07:30:00+07:00");
	assert.is(lastmod[`${SITE}/ralat/`], "2026-11-29T07:30:00+07:00");
});

test("the news sitemap holds exactly the articles of the 48 hours before the build", () => {
	const text = read(out, "sitemap-news.xml");
	assert.is(XMLValidator.validate(text), true);
	const urls = xml.parse(text).urlset.url as Record<string, any>[];
	assert.equal(
		urls.map((u) => u.loc),
		[hostile, byTitle("Berita kemarin")].map((a) => `${SITE}${a.url}`),
	);
	assert.is(urls[1]!.lastmod, "2026-11-28T12:00:00+07:00");
	assert.equal(urls[1]!["news:news"]["news:publication"], { "news:name": "Warta Serang", "news:language": "id" });
	assert.is(urls[1]!["news:news"]["news:publication_date"], "2026-11-28T09:00:00+07:00");
});

test("robots.txt points at both sitemaps", () => {
	assert.equal(
		read(out, "robots.txt")
			.split("\n")
			.filter((l) => l.startsWith("Sitemap:")),
		[`Sitemap: ${SITE}/sitemap.xml`, `Sitemap: ${SITE}/sitemap-news.xml`],
	);
});

// A real reader, @extractus/feed-extractor (tests/helpers/feed-reader.ts), for RSS, Atom and JSON Feed; titles,
// links, dates and authors must match the archive.
test("a reader reads the RSS and Atom feeds as the articles are", () => {
	const expected = articles.slice(0, 3);
	const rss = readFeed(read(out, "feed.xml"));
	assert.is(rss.title, "Warta Serang");
	assert.is(rss.feedUrl, `${SITE}/feed.xml`);
	assert.equal(
		rss.items.map((i) => i.title),
		expected.map((a) => a.title),
	);
	assert.equal(
		rss.items.map((i) => i.link),
		expected.map((a) => `${SITE}${a.url}`),
	);
	assert.equal(
		rss.items.map((i) => i.isoDate),
		expected.map((a) => a.date.toUTC().toISO()),
	);
	assert.equal(
		rss.items.map((i) => i.creators),
		expected.map((a) => a.authors.map((x) => x.name)),
	);
	const enclosure = rss.items[0]!.enclosure!;
	assert.equal([enclosure.url, String(enclosure.length), enclosure.type], [`${SITE}/media/foto.jpg`, String(PHOTO_BYTES), "image/jpeg"]);

	const atom = readFeed(read(out, "atom.xml"));
	assert.equal(
		atom.items.map((i) => i.title),
		expected.map((a) => a.title),
	);
	assert.equal(
		atom.items.map((i) => i.link),
		expected.map((a) => `${SITE}${a.url}`),
	);
	assert.equal(
		atom.items.map((i) => i.isoDate),
		expected.map((a) => a.date.toUTC().toISO()),
	);
	assert.equal(
		atom.items.map((i) => i.author),
		expected.map((a) => a.authors[0]!.name),
	);
});

test("feed-extractor reads the JSON Feed, and the RSS and Atom feeds, as the articles are", () => {
	const expected = articles.slice(0, 3);
	const extras = { getExtraEntryFields: (item: any) => ({ authors: (item.authors ?? []).map((a: { name: string }) => a.name) }) };
	const json = extractFromJson(read(out, "feed.json"), extras);
	assert.is(json.title, "Warta Serang");
	assert.equal(
		json.entries!.map((e) => e.title),
		expected.map((a) => a.title),
	);
	assert.equal(
		json.entries!.map((e) => e.link),
		expected.map((a) => `${SITE}${a.url}`),
	);
	assert.equal(
		json.entries!.map((e) => e.published),
		expected.map((a) => a.date.toUTC().toISO()),
	);
	assert.equal(
		json.entries!.map((e) => (e as unknown as { authors: string[] }).authors),
		expected.map((a) => a.authors.map((x) => x.name)),
	);
	const rss = extractFromXml(read(out, "feed.xml"));
	assert.equal(
		rss.entries!.map((e) => e.title),
		expected.map((a) => a.title),
	);
	assert.equal(
		rss.entries!.map((e) => e.published),
		expected.map((a) => a.date.toUTC().toISO()),
	);
	// For Atom it reports an entry's <updated> first: the correction time of the corrected story.
	const atom = extractFromXml(read(out, "atom.xml"));
	assert.equal(
		atom.entries!.map((e) => e.title),
		expected.map((a) => a.title),
	);
	assert.equal(
		atom.entries!.map((e) => e.published),
		expected.map((a) => (a.updated ?? a.date).toUTC().toISO()),
	);
	assert.is(atom.entries![1]!.published, "2026-11-28T05:00:00.000Z");
});

test("a site with no articles yet still publishes valid feeds, sitemaps and an empty /ralat/", async () => {
	const empty = await build({ root: makeSite({}) });
	for (const path of [...rssFeeds, "atom.xml", "sitemap.xml", "sitemap-news.xml"])
		assert.is(XMLValidator.validate(read(empty, path)), true, path);
	assert.is(xml.parse(read(empty, "atom.xml")).feed.updated, "2026-11-29T08:00:00+07:00");
	assert.equal(JSON.parse(read(empty, "feed.json")).items, []);
	// The sitemap lists exactly the pages written: home, /ralat/, the (empty) rubric and author pages the menu
	// links, the indeks and the directories.
	const written = readdirSync(empty, { recursive: true, encoding: "utf8" })
		.filter((f) => f.endsWith(".html") && f !== "404.html" && f !== "terbaru/samping.html" && !f.startsWith("admin/"))
		.map((f) => `${SITE}/${f.replace(/index\.html$/, "")}`);
	const listed = xml.parse(read(empty, "sitemap.xml")).urlset.url.map((u: Record<string, string>) => u.loc);
	assert.equal([...listed].sort(), written.sort());
	assert.ok(listed.includes(`${SITE}/`) && listed.includes(`${SITE}/ralat/`));
	assert.is(page(empty, "/ralat/").querySelector("main p:last-child")!.textContent, "Belum ada ralat.");
});

test.run();
