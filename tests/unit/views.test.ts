// Grouping, listing pages and the front page, on in-memory articles.
import { test } from "uvu";
import * as assert from "uvu/assert";
import {
	buildDirectories,
	buildFrontPage,
	buildIndeksOverview,
	buildListingPages,
	FRONT_LATEST,
	type DateLabels,
} from "../../src/views/listings.ts";
import { groupArticles } from "../../src/views/groups.ts";
import { author, rubric, minutesAfter, newestFirst, siteData, synthetic } from "../helpers/synthetic.ts";

const pem = rubric("pemerintahan", "Pemerintahan");
const huk = rubric("hukum", "Hukum");
const ola = rubric("olahraga", "Olahraga");
const andi = author("andi", "Andi");
const sari = author("sari", "Sari");
const rudi = author("rudi", "Rudi");
const data = siteData([pem, huk, ola], [andi, sari, rudi]);
const labels: DateLabels = { day: (d) => `day ${d.key}`, month: (m) => `month ${m.key}` };

const articles = newestFirst([
	synthetic({ title: "A", date: "2018-04-17 10:15", rubric: pem, tags: ["Banten", "ASN"] }),
	synthetic({ title: "B", date: "2018-04-17 23:59", rubric: huk, authors: [andi, sari], tags: ["banten"] }),
	synthetic({ title: "C", date: "2018-04-18 00:00", rubric: pem, authors: [sari], tags: [" BANTEN "] }),
	synthetic({ title: "D", date: "2018-05-02 08:00", rubric: pem, tags: ["Bantén", "Pemkab Serang"] }),
	synthetic({ title: "E", date: "2019-01-01 07:00", rubric: huk, authors: [sari], tags: ["Pemkab Serang", "Banten"] }),
]);
const groups = groupArticles(articles, data);
const titles = (list: { title: string }[]) => list.map((a) => a.title).join("");

test("rubrics and authors keep the data files' order, every entry even without articles, newest first", () => {
	assert.equal(
		groups.rubrics.map((g) => [g.rubric.key, titles(g.articles)]),
		[
			["pemerintahan", "DCA"],
			["hukum", "EB"],
			["olahraga", ""],
		],
	);
	assert.equal(
		groups.authors.map((g) => [g.author.key, titles(g.articles)]),
		[
			["andi", "DBA"],
			["sari", "ECB"],
			["rudi", ""],
		],
	);
});

test("tags differing in case, accents or spacing are one tag with the most used spelling", () => {
	assert.equal(
		groups.tags.map((g) => g.tag.slug),
		["asn", "banten", "pemkab-serang"],
	);
	const banten = groups.tagBySlug.get("banten")!;
	assert.is(titles(banten.articles), "EDCBA");
	assert.equal(banten.tag, { name: "Banten", slug: "banten", url: "/tag/banten/" }, "Banten twice; banten, BANTEN, Bantén once");
});

test("a tie between spellings goes to the newest article's", () => {
	const tie = newestFirst([
		synthetic({ date: "2018-01-01 08:00", tags: ["banten"] }),
		synthetic({ date: "2018-01-02 08:00", tags: ["BANTEN"] }),
	]);
	assert.is(groupArticles(tie, data).tags[0]!.tag.name, "BANTEN");
});

test("days and months in the site zone, newest first; 23:59 and 00:00 fall on different days", () => {
	assert.equal(
		groups.days.map((d) => [d.key, titles(d.articles), d.url]),
		[
			["2019-01-01", "E", "/indeks/2019/01/01/"],
			["2018-05-02", "D", "/indeks/2018/05/02/"],
			["2018-04-18", "C", "/indeks/2018/04/18/"],
			["2018-04-17", "BA", "/indeks/2018/04/17/"],
		],
	);
	assert.equal(
		groups.months.map((m) => [m.key, m.count, m.days.map((d) => d.day), m.url]),
		[
			["2019-01", 1, [1], "/indeks/2019/01/"],
			["2018-05", 1, [2], "/indeks/2018/05/"],
			["2018-04", 3, [18, 17], "/indeks/2018/04/"],
		],
	);
	assert.is(groups.days[3]!.start.toISO(), "2018-04-17T00:00:00.000+07:00");
});

test("listing pages per rubric, tag, author and day, with neighbouring days", () => {
	const pages = buildListingPages(articles, groups, labels);
	assert.equal(
		pages.home.map((p) => [p.url, p.items.length]),
		[["/", 5]],
	);
	assert.equal(
		pages.rubric.map((p) => [p.url, p.count]),
		[
			["/kategori/pemerintahan/", 3],
			["/kategori/hukum/", 2],
			["/kategori/olahraga/", 0],
		],
	);
	assert.equal(
		pages.tag.map((p) => p.url),
		["/tag/asn/", "/tag/banten/", "/tag/pemkab-serang/"],
	);
	assert.equal(
		pages.author.map((p) => [p.url, p.term.section]),
		[
			["/penulis/andi/", "/penulis/andi/"],
			["/penulis/sari/", "/penulis/sari/"],
			["/penulis/rudi/", "/penulis/rudi/"],
		],
	);
	const day = pages.day.find((p) => p.url === "/indeks/2018/04/18/")!;
	assert.equal(
		[day.term.newer, day.term.older, day.term.month],
		[
			{ url: "/indeks/2018/05/02/", label: "day 2018-05-02" },
			{ url: "/indeks/2018/04/17/", label: "day 2018-04-17" },
			{ url: "/indeks/2018/04/", label: "month 2018-04" },
		],
	);
	assert.is(day.term.section, "/indeks/");
	assert.is(pages.day[0]!.term.newer, undefined);
	assert.is(pages.day[3]!.term.older, undefined);
	const april = pages.month.find((p) => p.url === "/indeks/2018/04/")!;
	assert.equal(
		april.term.days.map((d) => [d.label, titles(d.articles), d.more]),
		[
			["day 2018-04-18", "C", 0],
			["day 2018-04-17", "BA", 0],
		],
	);
	assert.equal([april.term.newer?.url, april.term.older], ["/indeks/2018/05/", undefined]);
});

test("a busy day paginates; its month page previews 5 stories a day", () => {
	const busy = newestFirst(
		Array.from({ length: 45 }, (_, i) => synthetic({ title: `S${i}`, date: minutesAfter("2020-02-03 00:00", i * 20) })),
	);
	const busyGroups = groupArticles(busy, data);
	const pages = buildListingPages(busy, busyGroups, labels);
	assert.equal(
		pages.day.map((p) => [p.url, p.items.length]),
		[
			["/indeks/2020/02/03/", 20],
			["/indeks/2020/02/03/2/", 20],
			["/indeks/2020/02/03/3/", 5],
		],
	);
	assert.equal(
		pages.month[0]!.term.days.map((d) => [d.articles.length, d.more]),
		[[5, 40]],
	);
});

test("indeks overview: years newest first with their months and counts", () => {
	const indeks = buildIndeksOverview(groups, labels);
	assert.equal(
		indeks.years.map((y) => [y.year, y.count, y.months.map((m) => m.label)]),
		[
			[2019, 1, ["month 2019-01"]],
			[2018, 4, ["month 2018-05", "month 2018-04"]],
		],
	);
	assert.equal(indeks.latestDay, { url: "/indeks/2019/01/01/", label: "day 2019-01-01" });
});

test("front page: the newest featured story leads, else the newest; it is not repeated below", () => {
	const plain = buildFrontPage(articles, groups);
	assert.is(plain.headline!.title, "E");
	assert.is(titles(plain.latest), "DCBA".slice(0, FRONT_LATEST));
	const withFeatured = newestFirst([...articles, synthetic({ title: "F", date: "2017-01-01 08:00", featured: true })]);
	const front = buildFrontPage(withFeatured, groupArticles(withFeatured, data));
	assert.is(front.headline!.title, "F");
	assert.ok(!front.latest.some((a) => a.title === "F"));
	assert.equal(
		front.blocks.map((b) => b.articles.map((a) => a.title)),
		[["A"]],
		"only the story not shown above gets a block; rubrics with nothing new have none",
	);
	assert.is(buildFrontPage([], groupArticles([], data)).headline, undefined);
});

test("front page: no story in two places; a rubric block with nothing new is left out; the rest of the newest follow", () => {
	const front = buildFrontPage(articles, groups);
	const shown = [front.headline!, ...front.latest, ...front.blocks.flatMap((b) => b.articles), ...front.more];
	assert.is(new Set(shown).size, shown.length);
	for (const block of front.blocks) assert.ok(block.articles.length > 0 && block.articles.every((a) => a.rubric.key === block.rubric.key));
	const above = new Set(shown.slice(0, shown.length - front.more.length));
	assert.equal(
		front.more,
		articles.slice(0, 20).filter((a) => !above.has(a)),
	);
});

test("directories list every rubric, tag and author with counts", () => {
	const dirs = buildDirectories(groups);
	assert.equal(
		dirs.rubrics.map((e) => [e.name, e.count]),
		[
			["Pemerintahan", 3],
			["Hukum", 2],
			["Olahraga", 0],
		],
	);
	assert.equal(
		dirs.tags.map((e) => [e.name, e.count, e.url]),
		[
			["ASN", 1, "/tag/asn/"],
			["Banten", 5, "/tag/banten/"],
			["Pemkab Serang", 2, "/tag/pemkab-serang/"],
		],
	);
	assert.equal(
		dirs.authors.map((e) => [e.name, e.count]),
		[
			["Andi", 3],
			["Sari", 3],
			["Rudi", 0],
		],
	);
});

test.run();
