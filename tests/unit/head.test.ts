import { test } from "uvu";
import * as assert from "uvu/assert";
import { headMeta } from "../../src/seo/head.ts";
import { archiveOf } from "../helpers/archive.ts";
import { article } from "../helpers/fixture.ts";

const archive = archiveOf({
	"articles/a.md": article({
		title: "Jembatan & Jalan",
		date: "2024-05-06 16:20",
		author: ["andi", "sari"],
		rubric: "infrastruktur",
		tags: ["Tanara", "Jembatan"],
		summary: "Ringkasan jembatan.",
		image: { src: "/media/jembatan.jpg", alt: "Jembatan bambu", width: 1200, height: 675 },
		corrections: [{ date: "2024-05-07 09:00", text: "Nama desa diperbaiki." }],
	}),
	"articles/b.md": article({ title: "Tanpa Foto", date: "2023-01-01 08:00" }),
	"public/media/jembatan.jpg": "(a photo)",
});
const { site, strings } = archive.data;
const [withPhoto, withoutPhoto] = [archive.articles[0]!, archive.articles[1]!];
const tags = (meta: ReturnType<typeof headMeta>, key: string) =>
	meta.meta.filter((t) => t.property === key || t.name === key).map((t) => t.content);

test("an article: title, summary as description, canonical URL, large image previews", () => {
	const head = headMeta({ url: withPhoto.url, article: withPhoto }, site, strings);
	assert.is(head.title, "Jembatan & Jalan – Warta Serang");
	assert.is(head.description, "Ringkasan jembatan.");
	assert.is(head.canonical, `https://warta-serang.example${withPhoto.url}`);
	assert.match(head.robots, "max-image-preview:large");
});

test("an article: Open Graph article with times, section, tags, authors and the photo with its size", () => {
	const head = headMeta({ url: withPhoto.url, article: withPhoto }, site, strings);
	assert.equal(tags(head, "og:type"), ["article"]);
	assert.equal(tags(head, "og:url"), [head.canonical]);
	assert.equal(tags(head, "article:published_time"), ["2024-05-06T16:20:00+07:00"]);
	assert.equal(tags(head, "article:modified_time"), ["2024-05-07T09:00:00+07:00"]);
	assert.equal(tags(head, "article:section"), ["Infrastruktur"]);
	assert.equal(tags(head, "article:tag"), ["Tanara", "Jembatan"]);
	assert.equal(tags(head, "article:author"), ["https://warta-serang.example/penulis/andi/", "https://warta-serang.example/penulis/sari/"]);
	assert.equal(tags(head, "og:image"), ["https://warta-serang.example/media/jembatan.jpg"]);
	assert.equal(tags(head, "og:image:width"), ["1200"]);
	assert.equal(tags(head, "og:image:height"), ["675"]);
	assert.equal(tags(head, "og:image:alt"), ["Jembatan bambu"]);
	assert.equal(tags(head, "og:locale"), ["id_ID"]);
});

test("Twitter: a large card for a photo; the small card with the site icon when there is none", () => {
	const photo = headMeta({ url: withPhoto.url, article: withPhoto }, site, strings);
	assert.equal(tags(photo, "twitter:card"), ["summary_large_image"]);
	assert.equal(tags(photo, "twitter:image:alt"), ["Jembatan bambu"]);
	// Title, description and image come from Open Graph, which Twitter/X reads; no duplicates.
	assert.equal(tags(photo, "twitter:title"), []);
	const none = headMeta({ url: withoutPhoto.url, article: withoutPhoto }, site, strings);
	assert.equal(tags(none, "twitter:card"), ["summary"]);
	assert.equal(tags(none, "og:image"), ["https://warta-serang.example/icon-512.png"]);
	assert.equal(tags(none, "og:image:width"), ["512"]);
});

test("an article carries NewsArticle JSON-LD; the home page WebSite + organization; other pages none", () => {
	const articleLd = JSON.parse(headMeta({ url: withPhoto.url, article: withPhoto }, site, strings).jsonLd!);
	assert.equal(
		articleLd["@graph"].map((n: Record<string, string>) => n["@type"]),
		["NewsArticle", "BreadcrumbList"],
	);
	const home = headMeta({ url: "/" }, site, strings);
	assert.equal(
		JSON.parse(home.jsonLd!)["@graph"].map((n: Record<string, string>) => n["@type"]),
		["WebSite", "NewsMediaOrganization"],
	);
	assert.equal(tags(home, "og:type"), ["website"]);
	assert.is(home.title, "Warta Serang");
	assert.is(headMeta({ url: "/ralat/", title: "Ralat" }, site, strings).jsonLd, undefined);
});

test("feeds: the site's three, then the page's own (a rubric page's RSS)", () => {
	const rubric = { title: "Warta Serang: Rubrik Hukum", url: "/kategori/hukum/feed.xml", type: "application/rss+xml" };
	const head = headMeta({ url: "/kategori/hukum/", title: "Hukum", feeds: [rubric] }, site, strings);
	assert.equal(
		head.feeds.map((f) => f.url),
		["/feed.xml", "/atom.xml", "/feed.json", "/kategori/hukum/feed.xml"],
	);
	assert.is(head.title, "Hukum – Warta Serang");
	assert.is(head.description, site.description);
});

test("noindex pages and drafts are kept out of search results", () => {
	assert.is(headMeta({ url: "/404.html", noindex: true }, site, strings).robots, "noindex");
	assert.is(headMeta({ url: withPhoto.url, article: { ...withPhoto, draft: true } }, site, strings).robots, "noindex");
});

test.run();
