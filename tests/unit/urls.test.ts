import { DateTime } from "luxon";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { articleUrl, authorUrl, categoryUrl, homePageUrl, indeksUrl, pageUrl, tagUrl } from "../../src/content/urls.ts";

test("article URLs come from the date in the site zone", () => {
	const date = DateTime.fromISO("2018-04-17T23:30:00", { zone: "Asia/Jakarta" });
	assert.is(articleUrl(date, "rapat-dprd"), "/2018/04/17/rapat-dprd/");
});

test("listing pages: page 1 has no number", () => {
	assert.is(pageUrl(categoryUrl("hukum"), 1), "/kategori/hukum/");
	assert.is(pageUrl(categoryUrl("hukum"), 3), "/kategori/hukum/3/");
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

test.run();
