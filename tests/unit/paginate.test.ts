import { test } from "uvu";
import * as assert from "uvu/assert";
import { pageLinks, paginate, paginateAll, PAGE_SIZE, type PageLink } from "../../src/views/paginate.ts";

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const show = (links: PageLink[]) => links.map((l) => (l.gap ? "…" : l.current ? `[${l.number}]` : String(l.number))).join(" ");

test("20 items a page; page 1 at the base URL, then …/2/, …/3/", () => {
	assert.is(PAGE_SIZE, 20);
	const pages = paginate("/kategori/hukum/", range(45), "hukum");
	assert.equal(
		pages.map((p) => p.url),
		["/kategori/hukum/", "/kategori/hukum/2/", "/kategori/hukum/3/"],
	);
	assert.equal(
		pages.map((p) => p.items.length),
		[20, 20, 5],
	);
	assert.equal(pages[2]!.items, [41, 42, 43, 44, 45]);
	assert.ok(pages.every((p) => p.total === 3 && p.count === 45 && p.term === "hukum" && p.base === "/kategori/hukum/"));
	assert.equal(
		pages.map((p) => [p.prev, p.next]),
		[
			[undefined, "/kategori/hukum/2/"],
			["/kategori/hukum/", "/kategori/hukum/3/"],
			["/kategori/hukum/2/", undefined],
		],
	);
});

test("exactly 20 items is one page; 21 is two; an empty term still has page 1", () => {
	assert.is(paginate("/a/", range(20), null).length, 1);
	assert.is(paginate("/a/", range(21), null).length, 2);
	const empty = paginate("/a/", [], null);
	assert.is(empty.length, 1);
	assert.equal(empty[0]!.items, []);
	assert.equal(empty[0]!.links, [], "no page numbers on a single page");
});

test("page numbers: first, last and two either side, a gap only where pages are left out", () => {
	const at = (current: number, total: number) => show(pageLinks("/t/", current, total));
	assert.is(at(1, 3), "[1] 2 3");
	assert.is(at(1, 10), "[1] 2 3 … 10");
	assert.is(at(6, 20), "1 … 4 5 [6] 7 8 … 20");
	assert.is(at(4, 20), "1 2 3 [4] 5 6 … 20", "a gap of one page shows that page instead of …");
	assert.is(at(20, 20), "1 … 18 19 [20]");
	const links = pageLinks("/t/", 2, 3);
	assert.equal(links[0], { number: 1, url: "/t/", current: false });
	assert.equal(links[2], { number: 3, url: "/t/3/", current: false });
});

test("page numbers stay few on a huge listing, so pages cost O(1) each", () => {
	for (const current of [1, 2, 2500, 4999, 5000]) assert.ok(pageLinks("/t/", current, 5000).length <= 9);
});

test("a URL function serves other schemes: the front page's archive", () => {
	const pages = paginate((n) => (n === 1 ? "/" : `/terbaru/${n}/`), range(41), null);
	assert.equal(
		pages.map((p) => [p.url, p.base, p.prev, p.next]),
		[
			["/", "/", undefined, "/terbaru/2/"],
			["/terbaru/2/", "/", "/", "/terbaru/3/"],
			["/terbaru/3/", "/", "/terbaru/2/", undefined],
		],
	);
	assert.equal(
		pages[2]!.links.map((l) => (l.gap ? "…" : l.url)),
		["/", "/terbaru/2/", "/terbaru/3/"],
	);
});

test("every term × page flattens into one array, in term order", () => {
	const pages = paginateAll([
		{ base: "/tag/a/", items: range(41), term: "a" },
		{ base: "/tag/b/", items: range(3), term: "b" },
	]);
	assert.equal(
		pages.map((p) => p.url),
		["/tag/a/", "/tag/a/2/", "/tag/a/3/", "/tag/b/"],
	);
	assert.equal(
		pages.map((p) => p.term),
		["a", "a", "a", "b"],
	);
});

test.run();
