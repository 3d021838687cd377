import { test } from "uvu";
import * as assert from "uvu/assert";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildArchive } from "../../src/content/archive.ts";
import {
	authorFeedLink,
	rubricFeedLink,
	sectionFeeds,
	siteFeed,
	siteFeedLinks,
	TAG_FEED_LIMIT,
	tagFeedLink,
	tagFeeds,
	type FeedSource,
} from "../../src/feeds/catalog.ts";
import * as sectionFeedsPage from "../../src/pages/section-feeds.11ty.ts";
import type { PageData } from "../../src/pages/types.ts";
import { RenderPlan } from "../../src/views/render-plan.ts";
import { viewsOf } from "../../src/views/views.ts";
import { archiveOf } from "../helpers/archive.ts";
import { article, makeSite } from "../helpers/fixture.ts";

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

test("tag feeds: one per tag in use, its newest stories up to TAG_FEED_LIMIT and the feed limit, summaries only", () => {
	const files: Record<string, string> = {};
	for (let i = 1; i <= 25; i++) {
		const day = String(i).padStart(2, "0");
		files[`articles/t${day}.md`] = article({
			title: `T${i}`,
			date: `2020-02-${day} 08:00`,
			tags: i <= 3 ? ["Banjir", "Pontang"] : ["Banjir"],
		});
	}
	const tagged = archiveOf(files);
	const tags = viewsOf(tagged).groups.tags;
	const feedsOf = (limit: number) =>
		Object.fromEntries(
			tagFeeds({ ...tagged.data, site: { ...tagged.data.site, feed: { ...tagged.data.site.feed, limit } } }, tags).map((f) => [
				f.paths.rss,
				f,
			]),
		);
	const wide = feedsOf(50);
	assert.equal(Object.keys(wide).sort(), ["/tag/banjir/feed.xml", "/tag/pontang/feed.xml"]);
	assert.equal(
		wide["/tag/banjir/feed.xml"]!.articles.map((a) => a.title),
		Array.from({ length: TAG_FEED_LIMIT }, (_, i) => `T${25 - i}`),
	);
	assert.equal(
		wide["/tag/pontang/feed.xml"]!.articles.map((a) => a.title),
		["T3", "T2", "T1"],
	);
	assert.ok(wide["/tag/banjir/feed.xml"]!.summaryOnly);
	assert.is(feedsOf(5)["/tag/banjir/feed.xml"]!.articles.length, 5);
	assert.equal(tagFeedLink({ name: "Banjir", slug: "banjir" }, tagged.data), {
		title: "Warta Serang: Tag Banjir",
		url: "/tag/banjir/feed.xml",
		type: "application/rss+xml",
	});
});

test("a saved story re-renders the feeds of its own tags, rubric and authors, not every tag's feed", () => {
	const files: Record<string, string> = {};
	for (let i = 1; i <= 40; i++) {
		const day = String((i % 28) + 1).padStart(2, "0");
		files[`articles/s${i}.md`] = article({
			title: `S${i}`,
			date: `2020-03-${day} ${String(i % 24).padStart(2, "0")}:00`,
			tags: [`Tag ${i}`, "Umum"],
		});
	}
	const root = makeSite(files);
	const before = buildArchive({ root, now: "2026-11-29 08:00" }).archive!;
	const plan = new RenderPlan();
	const select = (archive: typeof before) =>
		(
			sectionFeedsPage.data.pagination.before(archive.articles, {
				...archive.data,
				archive,
				views: viewsOf(archive),
				renderPlan: plan,
			} as unknown as PageData) as FeedSource[]
		).map((f) => f.paths.rss);
	const all = select(before);
	assert.ok(all.length > 40, `${all.length} feeds`);
	plan.partial = true;
	assert.equal(select(before), [], "nothing changed: nothing renders");
	// An older story: its own tag's feed, not "Umum", whose 20 newest stories it is not among.
	writeFileSync(join(root, "articles/s7.md"), article({ title: "S7 diperbarui", date: "2020-03-08 07:00", tags: ["Tag 7", "Umum"] }));
	assert.equal(select(buildArchive({ root, now: "2026-11-29 08:00" }).archive!).sort(), [
		"/kategori/pemerintahan/feed.xml",
		"/penulis/andi/feed.xml",
		"/tag/tag-7/feed.xml",
	]);
	// The newest story: "Umum" too.
	writeFileSync(join(root, "articles/s27.md"), article({ title: "S27 diperbarui", date: "2020-03-28 03:00", tags: ["Tag 27", "Umum"] }));
	assert.equal(select(buildArchive({ root, now: "2026-11-29 08:00" }).archive!).sort(), [
		"/kategori/pemerintahan/feed.xml",
		"/penulis/andi/feed.xml",
		"/tag/tag-27/feed.xml",
		"/tag/umum/feed.xml",
	]);
});

test.run();
