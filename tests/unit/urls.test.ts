import { DateTime } from "luxon";
import { test } from "uvu";
import * as assert from "uvu/assert";
import {
	absoluteUrl,
	articleUrl,
	authorFeedUrl,
	authorUrl,
	rubricFeedUrl,
	rubricUrl,
	homePageUrl,
	indeksUrl,
	pageUrl,
	tagUrl,
} from "../../src/site/urls.ts";

test("article URLs come from the date in the site zone", () => {
	const date = DateTime.fromISO("2018-04-17T23:30:00", { zone: "Asia/Jakarta" });
	assert.is(articleUrl(date, "rapat-dprd"), "/2018/04/17/rapat-dprd/");
});

test("listing pages: page 1 has no number", () => {
	assert.is(pageUrl(rubricUrl("hukum"), 1), "/kategori/hukum/");
	assert.is(pageUrl(rubricUrl("hukum"), 3), "/kategori/hukum/3/");
	assert.is(tagUrl("pemkab-serang"), "/tag/pemkab-serang/");
	assert.is(authorUrl("andi"), "/penulis/andi/");
});

test("the front page's archive continues under /terbaru/, never at a bare number like /2018/", () => {
	assert.is(homePageUrl(1), "/");
	assert.is(homePageUrl(2), "/terbaru/2/");
	assert.is(homePageUrl(2018), "/terbaru/2018/");
});

test("indeks URLs pad months and days", () => {
	assert.is(indeksUrl(), "/indeks/");
	assert.is(indeksUrl(2018, 4), "/indeks/2018/04/");
	assert.is(indeksUrl(2018, 4, 7), "/indeks/2018/04/07/");
});

test("feeds live next to the pages they belong to", () => {
	assert.is(rubricFeedUrl("hukum"), "/kategori/hukum/feed.xml");
	assert.is(authorFeedUrl("andi"), "/penulis/andi/feed.xml");
});

test("absolute URLs: under the site address, also one with a path; encoded; full URLs pass through", () => {
	const site = "https://warta.example";
	assert.is(absoluteUrl(site, "/"), "https://warta.example/");
	assert.is(absoluteUrl(site, "/2018/04/17/rapat-dprd/"), "https://warta.example/2018/04/17/rapat-dprd/");
	assert.is(absoluteUrl(`${site}/`, "/feed.xml"), "https://warta.example/feed.xml");
	assert.is(absoluteUrl("https://example.org/warta", "/feed.xml"), "https://example.org/warta/feed.xml");
	assert.is(absoluteUrl(site, "/berita/kabar warga/"), "https://warta.example/berita/kabar%20warga/");
	assert.is(absoluteUrl(site, "/media/foto é.jpg"), "https://warta.example/media/foto%20%C3%A9.jpg");
	assert.is(absoluteUrl(site, "/a/../b/"), "https://warta.example/b/");
	assert.is(absoluteUrl(site, "/a/./b/"), "https://warta.example/a/b/");
	assert.is(absoluteUrl(site, "https://cdn.example/x.jpg"), "https://cdn.example/x.jpg");
	// The fast path and the URL parser agree on simple paths.
	for (const path of ["/", "/a/", "/a/b.c-d_e~f/", "/media/2019/x.jpg", "/%C3%A9/", "/a.b/"]) {
		assert.is(absoluteUrl(site, path), new URL(path.slice(1), `${site}/`).href, path);
	}
});

test.run();
