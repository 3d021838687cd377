// The analytics export behind "Terpopuler" (src/content/analytics.ts): the shapes Plausible, Umami and Google
// Analytics write, every problem with file, row and column, and how rows become a ranking of stories.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { exportPath, rankPopular, readAnalytics } from "../../src/content/analytics.ts";
import { ProblemList } from "../../src/content/problems.ts";
import { archiveOf } from "../helpers/archive.ts";
import { article, makeSite } from "../helpers/fixture.ts";

function read(name: string, text: string) {
	const problems = new ProblemList();
	const result = readAnalytics(makeSite({ [`analytics/${name}`]: text }, { data: false }), problems);
	return { result, problems: problems.items };
}

test("Plausible's CSV (name, visitors, pageviews): pages and page views", () => {
	const { result, problems } = read("pages.csv", "name,visitors,pageviews,bounce_rate\n/a/,10,12,40\n/b/,3,5,80\n");
	assert.equal(problems, []);
	assert.equal(result!.rows, [
		{ row: 2, path: "/a/", views: 12 },
		{ row: 3, path: "/b/", views: 5 },
	]);
});

test("Google Analytics 4's CSV: comment lines, quoted fields with commas, thousands separators, a totals line", () => {
	const csv = [
		"# ----------------------------------------",
		"# Pages and screens",
		"Page path and screen class,Views,Users",
		'"/x/,y/","1,520",20',
		"/b/,7,1",
		"Grand total,1527,21",
		"",
	].join("\n");
	const { result, problems } = read("ga.csv", csv);
	assert.equal(problems, []);
	assert.equal(result!.rows, [
		{ row: 4, path: "/x/,y/", views: 1520 },
		{ row: 5, path: "/b/", views: 7 },
	]);
	// A line without a page is not a totals line: it is reported, not skipped.
	const blank = read("ga.csv", csv.replace("Grand total", ""));
	assert.equal(
		blank.problems.map((p) => [p.line, p.field]),
		[[6, "Page path and screen class"]],
	);
});

test("Umami's JSON ({ x, y }) and Plausible's API ({ results: [{ page, pageviews }] })", () => {
	const umami = read("umami.json", JSON.stringify([{ x: "/a/", y: 4 }]));
	assert.equal(umami.result!.rows, [{ row: 1, path: "/a/", views: 4 }]);
	const plausible = read("p.json", JSON.stringify({ results: [{ page: "/b/", visitors: 2, pageviews: 9 }] }));
	assert.equal(plausible.result!.rows, [{ row: 1, path: "/b/", views: 9 }]);
});

test("every bad row is reported with its line and column, all in one run", () => {
	const { problems } = read("bad.csv", "page,views\n/a/,-3\nhalaman,4\n/c/,1.5\n");
	assert.equal(
		problems.map((p) => [p.line, p.field]),
		[
			[2, "views"],
			[3, "page"],
			[4, "views"],
		],
	);
	assert.ok(problems.every((p) => p.file === "analytics/bad.csv" && p.severity === "error"));
});

test("a header without the needed columns, an unclosed quote, a JSON of the wrong shape, a second export", () => {
	assert.match(read("a.csv", "halaman,jumlah\n/a/,1\n").problems[0]!.message, "lacks a column of pages");
	assert.match(read("a.csv", 'page,views\n"/a/,1\n').problems[0]!.message, "a quoted field is not closed");
	assert.match(read("a.json", '{ "pages": 3 }').problems[0]!.message, "expected a list of pages");
	assert.match(read("a.json", '[{ "x": "/a/" }]').problems[0]!.message, "item 1 (fields: x) lacks");
	const problems = new ProblemList();
	readAnalytics(
		makeSite({ "analytics/a.csv": "page,views\n", "analytics/b.csv": "page,views\n", "analytics/c.txt": "" }, { data: false }),
		problems,
	);
	assert.equal(
		problems.items.map((p) => p.file),
		["analytics/c.txt", "analytics/"],
	);
});

test("no analytics/ folder: no export and no problem", () => {
	const problems = new ProblemList();
	assert.is(readAnalytics(makeSite({}, { data: false }), problems), undefined);
	assert.equal(problems.items, []);
});

test("an export's addresses become site paths: origin, query and fragment dropped", () => {
	assert.is(exportPath("https://warta.example/2026/10/01/a/?utm_source=wa#x"), "/2026/10/01/a/");
	assert.is(exportPath("https://warta.example"), "/");
	assert.is(exportPath("/a/?b=c"), "/a/");
});

test("rows of one story add up (query, full address, path prefix); the top 5 by views, ties to the newer story", () => {
	const files: Record<string, string> = {};
	for (let i = 1; i <= 7; i++) files[`articles/s${i}.md`] = article({ title: `S${i}`, date: `2026-10-0${i} 08:00` });
	const archive = archiveOf(files);
	const url = (i: number) => `/2026/10/0${i}/s${i}/`;
	const rows = [
		{ row: 2, path: url(1), views: 10 },
		{ row: 3, path: `${url(1)}?fbclid=1`, views: 50 },
		{ row: 4, path: `https://x.example/berita${url(2)}`, views: 55 },
		{ row: 5, path: url(3), views: 30 },
		{ row: 6, path: url(4), views: 30 },
		{ row: 7, path: url(5), views: 5 },
		{ row: 8, path: url(6), views: 6 },
		{ row: 9, path: url(7), views: 1 },
		{ row: 10, path: "/tag/x/", views: 900 },
		{ row: 11, path: "/lama/", views: 8 },
	];
	const problems = new ProblemList();
	const known = (path: string) => path.startsWith("/tag/");
	const popular = rankPopular({ file: "analytics/a.csv", rows }, archive.articles, known, problems);
	assert.equal(
		popular.map((p) => [p.article.title, p.views]),
		[
			["S1", 60],
			["S2", 55],
			["S4", 30],
			["S3", 30],
			["S6", 6],
		],
	);
	assert.is(problems.items.length, 1);
	assert.match(problems.items[0]!.message, '1 row names a page that this build does not publish (line 11 "/lama/")');
});

test.run();
