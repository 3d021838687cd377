import { XMLParser, XMLValidator } from "fast-xml-parser";
import { DateTime } from "luxon";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { addPublicPages, publicPages } from "../../src/seo/pages.ts";
import {
	buildUrlset,
	renderSitemapFile,
	SITEMAP_MAX_URLS,
	SITEMAP_NAMESPACE,
	sitemapFiles,
	type SitemapUrl,
} from "../../src/seo/sitemap.ts";
import { absoluteUrl } from "../../src/site/urls.ts";
import { element, parent, xmlDeclaration } from "../../src/site/xml.ts";
import { rfc3339 } from "../../src/time/dates.ts";
import { archiveOf } from "../helpers/archive.ts";
import { article } from "../helpers/fixture.ts";

const SITE = "https://warta.example";
const day = (n: number) => DateTime.fromISO("2020-01-01T08:00:00", { zone: "Asia/Jakarta" }).plus({ days: n });
const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, isArray: (n) => n === "url" || n === "sitemap" }).parse(xml);

test("a urlset: absolute <loc>, W3C <lastmod> with the site offset, the sitemaps.org namespace", () => {
	const xml = buildUrlset(SITE, [{ url: "/", lastmod: day(3) }, { url: "/2020/01/02/a&b/" }]);
	assert.is(XMLValidator.validate(xml), true);
	const urlset = parse(xml).urlset;
	assert.is(urlset["@_xmlns"], SITEMAP_NAMESPACE);
	assert.equal(urlset.url, [
		{ loc: "https://warta.example/", lastmod: "2020-01-04T08:00:00+07:00" },
		{ loc: "https://warta.example/2020/01/02/a&b/" },
	]);
});

// buildUrlset writes its markup out instead of using the XML builders (src/site/xml.ts), for speed: the bytes
// must be those the builders make.
test("a urlset is byte for byte what the XML builders make, escapes and a URL without lastmod included", () => {
	const urls: SitemapUrl[] = [{ url: "/", lastmod: day(3) }, { url: "/2020/01/02/a&b/" }, { url: "/tag/<x>/", lastmod: day(400) }];
	const body = urls.map((u) =>
		parent("url", {}, [element("loc", {}, absoluteUrl(SITE, u.url)), u.lastmod && element("lastmod", {}, rfc3339(u.lastmod))]),
	);
	assert.is(buildUrlset(SITE, urls), xmlDeclaration() + parent("urlset", { xmlns: SITEMAP_NAMESPACE }, body) + "\n");
	assert.is(buildUrlset(SITE, []), xmlDeclaration() + parent("urlset", { xmlns: SITEMAP_NAMESPACE }, []) + "\n");
});

test("up to 50,000 URLs: one /sitemap.xml", () => {
	const urls: SitemapUrl[] = Array.from({ length: SITEMAP_MAX_URLS }, (_, i) => ({ url: `/a/${i}/` }));
	const files = sitemapFiles(urls);
	assert.is(files.length, 1);
	assert.equal([files[0]!.kind, files[0]!.path], ["urlset", "/sitemap.xml"]);
});

test("100,001 URLs: /sitemap.xml becomes an index over three files of at most 50,000, lastmod = newest in each", () => {
	const days = Array.from({ length: 1000 }, (_, i) => day(i));
	const urls: SitemapUrl[] = Array.from({ length: 100_001 }, (_, i) => ({ url: `/a/${i}/`, lastmod: days[i % 1000] }));
	const files = sitemapFiles(urls);
	assert.equal(
		files.map((f) => f.path),
		["/sitemap.xml", "/sitemap-1.xml", "/sitemap-2.xml", "/sitemap-3.xml"],
	);
	const parts = files.slice(1).map((f) => (f.kind === "urlset" ? f.urls.length : -1));
	assert.equal(parts, [50_000, 50_000, 1]);
	const index = parse(renderSitemapFile(SITE, files[0]!)).sitemapindex;
	assert.is(index["@_xmlns"], SITEMAP_NAMESPACE);
	assert.equal(
		index.sitemap.map((s: Record<string, string>) => s.loc),
		["https://warta.example/sitemap-1.xml", "https://warta.example/sitemap-2.xml", "https://warta.example/sitemap-3.xml"],
	);
	assert.is(index.sitemap[0].lastmod, "2022-09-26T08:00:00+07:00"); // day(999)
	assert.is(index.sitemap[2].lastmod, "2020-01-01T08:00:00+07:00"); // URL 100,000 → day(0)
	const second = renderSitemapFile(SITE, files[2]!);
	assert.ok(Buffer.byteLength(second) < 50 * 1024 * 1024, "under 50 MB");
	assert.is(second.split("<url>").length - 1, 50_000);
});

const archive = archiveOf({
	"articles/a.md": article({ title: "A", date: "2024-05-06 16:20", corrections: [{ date: "2024-06-01 09:00", text: "Ralat." }] }),
	"articles/b.md": article({ title: "B", date: "2024-05-01 08:00", updated: "2024-05-02 10:00" }),
	"articles/c.md": article({ title: "C", date: "2023-01-01 08:00" }),
});

test("public pages: home, every article, /ralat/, then the listings and the newsroom's pages; lastmod follows updates and corrections", () => {
	const pages = publicPages(archive);
	const lastmod = Object.fromEntries(pages.map((p) => [p.url, p.lastmod?.toISO({ suppressMilliseconds: true })]));
	const isListing = (url: string) => /^\/(kategori|tag|penulis|indeks|terbaru|cari)\//.test(url);
	assert.equal(
		Object.keys(lastmod).filter((u) => !isListing(u)),
		["/", "/2024/05/06/a/", "/2024/05/01/b/", "/2023/01/01/c/", "/ralat/", ...archive.pages.map((p) => p.url)],
	);
	// The fixture has the sample's pages (halaman/); those with `updated` carry it as lastmod.
	assert.ok(archive.pages.length > 0);
	for (const page of archive.pages) assert.is(lastmod[page.url], page.updated?.toISO({ suppressMilliseconds: true }), page.url);
	assert.ok(Object.keys(lastmod).filter(isListing).length > 0, "listing pages are registered");
	assert.is(lastmod["/indeks/"], "2024-06-01T09:00:00+07:00", "the indeks changed with the newest change");
	assert.is(lastmod["/2024/05/06/a/"], "2024-06-01T09:00:00+07:00", "the correction date, not publication");
	assert.is(lastmod["/2024/05/01/b/"], "2024-05-02T10:00:00+07:00");
	assert.is(lastmod["/2023/01/01/c/"], "2023-01-01T08:00:00+07:00");
	assert.is(lastmod["/"], "2024-06-01T09:00:00+07:00", "the home page changed with the newest change");
	assert.is(lastmod["/ralat/"], "2024-06-01T09:00:00+07:00");
});

test("a registered source adds its pages once; registering the same name again replaces it", () => {
	addPublicPages("test-listing", () => [{ url: "/contoh/" }, { url: "/" }]);
	addPublicPages("test-listing", () => [{ url: "/contoh/" }, { url: "/contoh/2/" }, { url: "/" }]);
	const urls = publicPages(archive).map((p) => p.url);
	assert.equal(urls.slice(-2), ["/contoh/", "/contoh/2/"]);
	assert.is(urls.filter((u) => u === "/").length, 1);
	addPublicPages("test-listing", () => []);
});

test.run();
