// The whole newsroom on a generated archive of several hundred articles (tests/helpers/newsroom-fixture.ts):
// page counts per rubric, tag, author and day against the arithmetic, every link resolving, case-variant
// tags merged, drafts only in preview, and an embargoed story nowhere until the build's "now" passes it.
// Three builds of the same fixture: production now, preview (`npm start`) now, production after the embargo.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { build, FIXED_NOW, page } from "../helpers/build.ts";
import { makeSite } from "../helpers/fixture.ts";
import {
	BANTEN_VARIANTS,
	BUSY_DAY,
	BUSY_DAY_COUNT,
	DRAFTS,
	EMBARGO_LIFTS,
	generateNewsroom,
	newestFirst,
	tagKey,
	TWENTY,
	TWENTY_ONE,
	type GeneratedArticle,
} from "../helpers/newsroom-fixture.ts";

const SIZE = 20;
const newsroom = generateNewsroom();
const root = makeSite(newsroom.files);
const out = await build({ root });
const preview = await build({ root, runMode: "serve" });
const later = await build({ root, now: EMBARGO_LIFTS });

const published = newestFirst(newsroom.articles.filter((a) => !a.draft && !a.future));
const drafts = newsroom.articles.filter((a) => a.draft);
const future = newsroom.articles.filter((a) => a.future);

function files(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => statSync(join(dir, f)).isFile());
}
const htmlFiles = (dir: string) => files(dir).filter((f) => f.endsWith(".html"));
const exists = (dir: string, url: string) => existsSync(url.endsWith("/") ? join(dir, url, "index.html") : join(dir, url));
const pageUrl = (base: string, n: number) => (n === 1 ? base : base === "/" ? `/terbaru/${n}/` : `${base}${n}/`);
const cardTitles = (doc: Document) =>
	[...doc.querySelectorAll(".listing__items .card__title a, .latest .card__title a")].map((a) => a.textContent);

/** Every story the front page (page 1) shows, top to bottom: headline, latest, rubric blocks, compact list. */
const frontTitles = (doc: Document) =>
	[...doc.querySelectorAll(".headline__title a, .front__latest .card__title a, .rubric-block .card__title a, .latest .compact-list a")].map(
		(a) => a.textContent,
	);

/** Expected listings, computed from the generator's record of what it wrote. */
function groupBy(key: (a: GeneratedArticle) => string[]): Map<string, GeneratedArticle[]> {
	const groups = new Map<string, GeneratedArticle[]>();
	for (const a of published) for (const k of new Set(key(a))) groups.set(k, [...(groups.get(k) ?? []), a]);
	return groups;
}
const byRubric = groupBy((a) => [a.rubric]);
const byTag = groupBy((a) => a.tags.map(tagKey));
const byAuthor = groupBy((a) => a.authors);
const byDay = groupBy((a) => [a.date.slice(0, 10)]);

/** Pages 1..ceil(n/20) exist with 20, 20, …, rest stories newest first; page ceil(n/20)+1 does not. */
function assertPaginated(base: string, expected: GeneratedArticle[]): void {
	const pages = Math.max(1, Math.ceil(expected.length / SIZE));
	for (let n = 1; n <= pages; n++) {
		const doc = page(out, pageUrl(base, n));
		const titles = expected.slice((n - 1) * SIZE, n * SIZE).map((a) => a.title);
		if (pageUrl(base, n) === "/") {
			// The front page shows the archive's page 1 too, once each, spread over its blocks; its compact
			// "Berita terbaru" holds the rest of them in order (src/views/listings.ts buildFrontPage).
			const front = frontTitles(doc);
			assert.is(new Set(front).size, front.length, "no story twice on the front page");
			for (const title of titles) assert.ok(front.includes(title), `the front page shows ${title}`);
			const compact = [...doc.querySelectorAll(".latest .compact-list a")].map((a) => a.textContent);
			const above = front.slice(0, front.length - compact.length);
			assert.equal(
				compact,
				titles.filter((t) => !above.includes(t)),
			);
		} else assert.equal(cardTitles(doc), titles, `${pageUrl(base, n)}`);
		const prev = doc.querySelector("head link[rel=prev]")?.getAttribute("href");
		const next = doc.querySelector("head link[rel=next]")?.getAttribute("href");
		assert.is(prev, n > 1 ? pageUrl(base, n - 1) : undefined, `${pageUrl(base, n)} rel=prev`);
		assert.is(next, n < pages ? pageUrl(base, n + 1) : undefined, `${pageUrl(base, n)} rel=next`);
		if (pages > 1) assert.is(doc.querySelector(".pagination [aria-current=page]")!.textContent, String(n));
	}
	assert.not.ok(exists(out, pageUrl(base, pages + 1)), `${pageUrl(base, pages + 1)} should not exist`);
}

test("the fixture is big enough to matter", () => {
	assert.ok(newsroom.articles.length >= 400);
	assert.ok(published.length > 20 * 15, "home archive of 15+ pages");
	assert.ok([...byRubric.values()].some((list) => list.length > 100));
	assert.is(byTag.get(tagKey(TWENTY))!.length, 20);
	assert.is(byTag.get(tagKey(TWENTY_ONE))!.length, 21);
	assert.ok(byDay.get(BUSY_DAY)!.length >= BUSY_DAY_COUNT);
});

test("home archive: ceil(n/20) pages at /, /terbaru/2/, …, newest first", () => {
	assertPaginated("/", published);
});

test("every rubric, tag, author and day has exactly ceil(count/20) pages of the right stories", () => {
	for (const [key, list] of byRubric) assertPaginated(`/kategori/${key}/`, list);
	for (const [key, list] of byTag) assertPaginated(`/tag/${key}/`, list);
	for (const [key, list] of byAuthor) assertPaginated(`/penulis/${key}/`, list);
	for (const [key, list] of byDay) assertPaginated(`/indeks/${key.replace(/-/g, "/")}/`, list);
	// Boundaries: 20 stories are one page, 21 are two, the busy day three.
	assert.ok(exists(out, `/tag/${tagKey(TWENTY)}/`) && !exists(out, `/tag/${tagKey(TWENTY)}/2/`));
	assert.ok(exists(out, `/tag/${tagKey(TWENTY_ONE)}/2/`) && !exists(out, `/tag/${tagKey(TWENTY_ONE)}/3/`));
	assert.ok(exists(out, `/indeks/${BUSY_DAY.replace(/-/g, "/")}/3/`));
});

test("no listing page exists beyond those: the built page count is the arithmetic", () => {
	const pages = (groups: Map<string, GeneratedArticle[]>) => [...groups.values()].reduce((sum, l) => sum + Math.ceil(l.length / SIZE), 0);
	// terbaru/samping.html is the side column's list beside stories, not a page of the archive.
	const count = (prefix: string) =>
		htmlFiles(out).filter((f) => f.startsWith(prefix) && f !== `${prefix}index.html` && f !== "terbaru/samping.html").length;
	assert.is(count("terbaru/") + 1, Math.ceil(published.length / SIZE), "the front page is page 1");
	assert.is(count("kategori/"), pages(byRubric));
	assert.is(count("tag/"), pages(byTag));
	assert.is(count("penulis/"), pages(byAuthor));
	const months = new Set(published.map((a) => a.date.slice(0, 7))).size;
	assert.is(count("indeks/"), pages(byDay) + months);
});

test("the directories list every rubric, tag and author once, with their counts", () => {
	const listed = (url: string) =>
		new Map(
			[...page(out, url).querySelectorAll(".directory__entry")].map((li) => [
				li.querySelector("a")!.getAttribute("href"),
				li.querySelector(".directory__count")!.textContent,
			]),
		);
	const expect = (groups: Map<string, GeneratedArticle[]>, prefix: string) =>
		new Map([...groups].map(([key, list]) => [`${prefix}${key}/`, `${list.length} berita`]));
	assert.equal(listed("/kategori/"), expect(byRubric, "/kategori/"));
	assert.equal(listed("/tag/"), expect(byTag, "/tag/"));
	assert.equal(listed("/penulis/"), expect(byAuthor, "/penulis/"));
});

test("Banten, banten, BANTEN and Bantén are one tag with one page, listed once", () => {
	const withBanten = published.filter((a) => a.tags.some((t) => BANTEN_VARIANTS.includes(t)));
	assert.ok(withBanten.length > 20);
	assert.is(byTag.get("banten")!.length, withBanten.length);
	assert.equal(
		readdirSync(join(out, "tag")).filter((d) => d.includes("banten")),
		["banten"],
	);
	const index = page(out, "/tag/");
	const entries = [...index.querySelectorAll(".directory__entry")].filter((li) => /^bant[eé]n$/i.test(li.querySelector("a")!.textContent!));
	assert.is(entries.length, 1);
	assert.is(entries[0]!.querySelector("a")!.getAttribute("href"), "/tag/banten/");
	assert.is(entries[0]!.querySelector(".directory__count")!.textContent, `${withBanten.length} berita`);
	// Article pages show the one canonical spelling, whatever the article wrote.
	const spelled = published.find((a) => a.tags.includes(" BANTEN "))!;
	const tagLink = page(out, spelled.url).querySelector(".tags a[href='/tag/banten/']")!;
	assert.is(tagLink.textContent, page(out, "/tag/banten/").querySelector("h1")!.textContent!.replace("Tag: ", ""));
});

test("every internal link on every page resolves to a built page (pagination, menus, breadcrumbs, related)", () => {
	const checked = new Set<string>();
	let paginationLinks = 0;
	for (const file of htmlFiles(out)) {
		const { document } = parseHTML(readFileSync(join(out, file), "utf8"));
		paginationLinks += document.querySelectorAll(".pagination a, link[rel=prev], link[rel=next]").length;
		for (const el of document.querySelectorAll("a[href^='/'], link[href^='/']")) {
			const url = el.getAttribute("href")!.split("#")[0]!;
			if (checked.has(url)) continue;
			checked.add(url);
			assert.ok(exists(out, url), `${file} links to missing ${url}`);
		}
	}
	assert.ok(paginationLinks > 500, `${paginationLinks} pagination links checked`);
});

test("indeks: month pages list their days newest first, day pages link neighbouring days", () => {
	const days = [...byDay.keys()].sort().reverse();
	const i = days.indexOf(BUSY_DAY);
	const doc = page(out, `/indeks/${BUSY_DAY.replace(/-/g, "/")}/`);
	assert.is(doc.querySelector(".date-nav__newer a")!.getAttribute("href"), `/indeks/${days[i - 1]!.replace(/-/g, "/")}/`);
	assert.is(doc.querySelector(".date-nav__older a")!.getAttribute("href"), `/indeks/${days[i + 1]!.replace(/-/g, "/")}/`);
	const march = page(out, "/indeks/2026/03/");
	const listed = [...march.querySelectorAll(".indeks__day-title a")].map((a) => a.getAttribute("href"));
	assert.equal(
		listed,
		days.filter((d) => d.startsWith("2026-03")).map((d) => `/indeks/${d.replace(/-/g, "/")}/`),
	);
	const overview = page(out, "/indeks/");
	assert.equal(
		[...overview.querySelectorAll(".indeks__months a")].map((a) => a.getAttribute("href")),
		["/indeks/2026/04/", "/indeks/2026/03/", "/indeks/2026/02/", "/indeks/2026/01/"],
	);
});

test("article pages: Baca juga has 3–5 other stories, rubric neighbours are the adjacent stories of the rubric", () => {
	for (const a of published.filter((_, i) => i % 7 === 0)) {
		const doc = page(out, a.url);
		const related = [...doc.querySelectorAll(".related__item a")].map((l) => l.getAttribute("href"));
		assert.ok(related.length >= 3 && related.length <= 5, a.url);
		assert.not.ok(related.includes(a.url), `${a.url} lists itself`);
		const rubric = byRubric.get(a.rubric)!;
		const at = rubric.indexOf(a);
		assert.is(doc.querySelector(".rubric-nav__newer a")?.getAttribute("href"), rubric[at - 1]?.url);
		assert.is(doc.querySelector(".rubric-nav__older a")?.getAttribute("href"), rubric[at + 1]?.url);
		// The menu marks the story's rubric as the current section.
		assert.is(doc.querySelector(`.site-nav a[href='/kategori/${a.rubric}/']`)!.getAttribute("aria-current"), "true");
	}
});

test("drafts: never in a production build, listed and marked in preview (npm start)", () => {
	assert.is(drafts.length, DRAFTS);
	for (const draft of drafts) {
		assert.not.ok(exists(out, draft.url), `${draft.url} built in production`);
		assert.ok(exists(preview, draft.url), `${draft.url} missing in preview`);
		assert.ok(page(preview, draft.url).querySelector(".notice--draft"));
	}
	const everything = files(out)
		.map((f) => readFileSync(join(out, f), "utf8"))
		.join("\n");
	assert.not.ok(everything.includes("Draf Rahasia"), "a draft's title leaked into a production page or feed");
	const first = page(preview, `/kategori/${drafts[0]!.rubric}/`);
	assert.ok([...first.querySelectorAll(".card--draft .badge")].length >= 1, "drafts are marked in preview listings");
});

test("an embargoed story is absent from every page, list and feed, in production and preview", () => {
	for (const dir of [out, preview]) {
		for (const file of files(dir)) {
			const text = readFileSync(join(dir, file), "utf8");
			for (const a of future) {
				assert.not.ok(text.includes(a.title) || text.includes(a.url), `${a.title} appears in ${file}`);
			}
		}
		for (const a of future) assert.not.ok(exists(dir, a.url));
	}
});

test("a build at the embargo's time publishes it everywhere; a later one stays hidden", () => {
	const [lifted, still] = future as [GeneratedArticle, GeneratedArticle];
	assert.is(lifted.date, EMBARGO_LIFTS);
	assert.ok(exists(later, lifted.url));
	const top = [...page(later, "/").querySelectorAll(".front .headline__title a, .front .card__title a")].map((a) => a.textContent);
	assert.ok(top.includes(lifted.title), "at the top of the home page");
	assert.is(page(later, "/terbaru/samping.html").querySelector(".compact-list a")!.textContent, lifted.title, "newest beside every story");
	assert.is(cardTitles(page(later, `/kategori/${lifted.rubric}/`))[0], lifted.title);
	assert.is(cardTitles(page(later, "/tag/banten/"))[0], lifted.title);
	assert.ok(exists(later, "/indeks/2026/12/05/"));
	assert.match(readFileSync(join(later, "feed.xml"), "utf8"), lifted.title);
	for (const file of files(later)) {
		const text = readFileSync(join(later, file), "utf8");
		assert.not.ok(text.includes(still.title), `${still.title} appears in ${file}`);
	}
	assert.ok(FIXED_NOW < EMBARGO_LIFTS);
});

test.after(() => {
	for (const dir of [root, out, preview, later]) rmSync(dir, { recursive: true, force: true });
});

test.run();
