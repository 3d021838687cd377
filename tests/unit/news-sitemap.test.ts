import { XMLParser, XMLValidator } from "fast-xml-parser";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildNewsSitemap, NEWS_MAX_URLS, NEWS_NAMESPACE, newsArticles } from "../../src/seo/news-sitemap.ts";
import { siteNow } from "../../src/time/dates.ts";
import { archiveOf } from "../helpers/archive.ts";
import { article } from "../helpers/fixture.ts";

const NOW = "2026-11-29 08:00";
const archive = archiveOf(
	{
		"articles/now.md": article({ title: "Tepat sekarang", date: "2026-11-29 08:00" }),
		"articles/recent.md": article({
			title: "Kemarin & <hari> ini",
			date: "2026-11-28 09:00",
			corrections: [{ date: "2026-11-28 12:00", text: "Ralat." }],
		}),
		"articles/edge-in.md": article({ title: "Tepi dalam", date: "2026-11-27 08:01" }),
		"articles/edge-out.md": article({ title: "Tepat 48 jam", date: "2026-11-27 08:00" }),
		"articles/old.md": article({ title: "Lama", date: "2026-11-20 08:00" }),
	},
	NOW,
);
const { site } = archive.data;

test("exactly the articles published in the 48 hours before the build's now", () => {
	const now = siteNow(site.timezone, NOW);
	assert.equal(
		newsArticles(archive.articles, now).map((a) => a.title),
		["Tepat sekarang", "Kemarin & <hari> ini", "Tepi dalam"],
	);
});

test("an injected now moves the window both ways", () => {
	const later = siteNow(site.timezone, "2026-11-30 08:30");
	assert.equal(
		newsArticles(archive.articles, later).map((a) => a.title),
		["Tepat sekarang", "Kemarin & <hari> ini"],
	);
	const earlier = siteNow(site.timezone, "2026-11-28 10:00");
	assert.equal(
		newsArticles(archive.articles, earlier).map((a) => a.title),
		["Kemarin & <hari> ini", "Tepi dalam", "Tepat 48 jam"],
	);
});

test("at most 1,000 URLs, the newest", () => {
	const many = Array.from({ length: 1500 }, () => archive.articles[0]!);
	assert.is(newsArticles(many, siteNow(site.timezone, NOW)).length, NEWS_MAX_URLS);
});

test("news:news with the publication's name and language, first publication date and title; lastmod follows corrections", () => {
	const xml = buildNewsSitemap(site, newsArticles(archive.articles, siteNow(site.timezone, NOW)));
	assert.is(XMLValidator.validate(xml), true);
	const urlset = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === "url" }).parse(xml).urlset;
	assert.is(urlset["@_xmlns:news"], NEWS_NAMESPACE);
	const recent = urlset.url[1];
	assert.is(recent.loc, "https://warta-serang.example/2026/11/28/recent/");
	assert.is(recent.lastmod, "2026-11-28T12:00:00+07:00");
	assert.equal(recent["news:news"], {
		"news:publication": { "news:name": "Warta Serang", "news:language": "id" },
		"news:publication_date": "2026-11-28T09:00:00+07:00",
		"news:title": "Kemarin & <hari> ini",
	});
});

test.run();
