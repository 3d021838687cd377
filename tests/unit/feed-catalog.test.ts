import { test } from "uvu";
import * as assert from "uvu/assert";
import { authorFeedLink, rubricFeedLink, sectionFeeds, siteFeed, siteFeedLinks } from "../../src/feeds/catalog.ts";
import { archiveOf } from "../helpers/archive.ts";
import { article } from "../helpers/fixture.ts";

// 7 articles, newest first by day: a1 … a7 (a1 newest). Rubrics and authors vary; a3 has two authors.
const files: Record<string, string> = {};
const plan: [string, string | string[]][] = [
	["hukum", "rudi"],
	["hukum", "andi"],
	["pendidikan", ["sari", "andi"]],
	["hukum", "rudi"],
	["olahraga", "rudi"],
	["hukum", "sari"],
	["pendidikan", "sari"],
];
plan.forEach(([rubric, author], i) => {
	files[`articles/a${i + 1}.md`] = article({
		title: `A${i + 1}`,
		date: `2020-01-${String(20 - i).padStart(2, "0")} 08:00`,
		rubric,
		author,
	});
});
const archive = archiveOf(files);
const data = { ...archive.data, site: { ...archive.data.site, feed: { ...archive.data.site.feed, limit: 2 } } };
const feeds = sectionFeeds(data, archive.articles);
const byPath = Object.fromEntries(feeds.map((f) => [f.paths.rss, f]));
const titles = (path: string) => byPath[path]!.articles.map((a) => a.title);

test("one RSS feed per rubric and per author in the data files, empty ones included", () => {
	const expected = [
		...Object.values(archive.data.rubrics).map((c) => `/kategori/${c.slug}/feed.xml`),
		...Object.values(archive.data.authors).map((a) => `/penulis/${a.key}/feed.xml`),
	];
	assert.equal(Object.keys(byPath).sort(), expected.sort());
	assert.equal(titles("/kategori/infrastruktur/feed.xml"), []);
});

test("each list is newest first and capped at the feed limit", () => {
	assert.equal(titles("/kategori/hukum/feed.xml"), ["A1", "A2"]);
	assert.equal(titles("/kategori/pendidikan/feed.xml"), ["A3", "A7"]);
	assert.equal(titles("/kategori/olahraga/feed.xml"), ["A5"]);
	assert.equal(titles("/penulis/rudi/feed.xml"), ["A1", "A4"]);
});

test("an article with two authors is in both authors' feeds", () => {
	assert.equal(titles("/penulis/andi/feed.xml"), ["A2", "A3"]);
	assert.equal(titles("/penulis/sari/feed.xml"), ["A3", "A6"]);
});

test("an author listed twice on one article gives one item, not two with one guid", () => {
	const twice = archiveOf({ "articles/x.md": article({ author: ["andi", "andi"] }) });
	const andi = sectionFeeds(twice.data, twice.articles).find((f) => f.key === "andi")!;
	assert.is(andi.articles.length, 1);
});

test("the pass stops reading once every list is full", () => {
	const full = archiveOf({});
	let reads = 0;
	const many = Array.from({ length: 1000 }, (_, i) => ({
		...archive.articles[0]!,
		get rubric() {
			reads++;
			return archive.articles[i % 2]!.rubric;
		},
		authors: Object.values(full.data.authors),
	}));
	const small = { ...full.data, site: { ...full.data.site, feed: { ...full.data.site.feed, limit: 1 } } };
	// Only rubrics that appear can fill; give every rubric one article first, then the long tail.
	const seed = Object.values(full.data.rubrics).map((rubric) => ({
		...archive.articles[0]!,
		rubric,
		authors: Object.values(full.data.authors),
	}));
	const result = sectionFeeds(small, [...seed, ...many]);
	assert.ok(result.every((f) => f.articles.length === 1));
	assert.is(reads, 0, "no article after the lists were full was looked at");
});

test("the site feed holds the newest `limit` articles in RSS, Atom and JSON", () => {
	const site = siteFeed(data, archive.articles);
	assert.equal(
		site.articles.map((a) => a.title),
		["A1", "A2"],
	);
	assert.equal(site.paths, { rss: "/feed.xml", atom: "/atom.xml", json: "/feed.json" });
});

test("feed links for <head>: the three site feeds; a rubric's and an author's RSS", () => {
	assert.equal(
		siteFeedLinks(archive.data).map((l) => [l.type, l.url]),
		[
			["application/rss+xml", "/feed.xml"],
			["application/atom+xml", "/atom.xml"],
			["application/feed+json", "/feed.json"],
		],
	);
	const hukum = archive.data.rubrics.hukum!;
	assert.equal(rubricFeedLink(hukum, archive.data), {
		title: "Warta Serang: Rubrik Hukum & Kriminal",
		url: "/kategori/hukum/feed.xml",
		type: "application/rss+xml",
	});
	assert.equal(authorFeedLink(archive.data.authors.andi!, archive.data).url, "/penulis/andi/feed.xml");
});

test.run();
