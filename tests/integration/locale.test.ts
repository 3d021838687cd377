// A second locale: a site whose _data/site.json says "language": "en" gets every label from
// _data/i18n/en.json, on listings, pagination, article pages, the indeks and the 404 page.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { build, page } from "../helpers/build.ts";
import { article, makeSite, REPO } from "../helpers/fixture.ts";

const files: Record<string, string> = {};
for (let i = 1; i <= 25; i++) {
	const day = String(1 + (i % 9)).padStart(2, "0");
	files[`articles/2018/04/story-${i}.md`] = article(
		{
			title: `Story ${i}`,
			date: `2018-04-${day} ${String(6 + (i % 12)).padStart(2, "0")}:00`,
			tags: ["Banten"],
			author: i === 1 ? ["andi", "sari"] : "andi",
		},
		"Word ".repeat(450) + "\n",
	);
}
const root = makeSite(files);
const site = JSON.parse(readFileSync(join(REPO, "_data/site.json"), "utf8"));
writeFileSync(join(root, "_data/site.json"), JSON.stringify({ ...site, language: "en", locale: "en-GB" }));
const out = await build({ root });
const en = JSON.parse(readFileSync(join(REPO, "_data/i18n/en.json"), "utf8")) as Record<string, string>;
const id = JSON.parse(readFileSync(join(REPO, "_data/i18n/id.json"), "utf8")) as Record<string, string>;

test("en.json has every key of id.json", () => {
	assert.equal(Object.keys(en).sort(), Object.keys(id).sort());
});

test("listings: English pagination, counts and titles", () => {
	const home2 = page(out, "/terbaru/2/");
	assert.is(home2.documentElement.getAttribute("lang"), "en");
	assert.is(home2.querySelector(".pagination")!.getAttribute("aria-label"), "More pages");
	assert.match(home2.querySelector(".pagination a[rel=prev]")!.textContent!, "Previous");
	assert.is(home2.querySelector("title")!.textContent, `Latest news – Page 2 – ${site.title}`);
	assert.match(page(out, "/").querySelector(".pagination a[rel=next]")!.textContent!, "Next");
	const tag = page(out, "/tag/banten/");
	assert.is(tag.querySelector("h1")!.textContent, "Tag: Banten");
	assert.is(tag.querySelector(".listing__count")!.textContent, "25 stories · Page 1 of 2");
	assert.match(page(out, "/penulis/sari/").querySelector(".listing__count")!.textContent!, /^1 story$/);
});

test("article page: breadcrumb, byline, reading time and related stories in English", () => {
	const doc = page(out, "/2018/04/02/story-1/");
	assert.is(doc.querySelector(".breadcrumb")!.getAttribute("aria-label"), "Breadcrumb");
	assert.is(doc.querySelector(".breadcrumb li a")!.textContent, "Home");
	assert.is(doc.querySelector(".byline")!.textContent, "By Andi Saputra and Sari Wulandari");
	assert.is(doc.querySelector(".article__reading")!.textContent, "3 min read");
	assert.is(doc.querySelector(".related h2")!.textContent, "Read also");
	assert.match(doc.querySelector(".article__meta time")!.textContent!, /^Monday, 2 April 2018 · /);
});

test("indeks and 404 in English", () => {
	assert.is(page(out, "/indeks/").querySelector("h1")!.textContent, "News index");
	assert.is(page(out, "/indeks/2018/04/").querySelector("h1")!.textContent, "Stories of April 2018");
	assert.is(page(out, "/indeks/2018/04/02/").querySelector("h1")!.textContent, "Stories of Monday, 2 April 2018");
	assert.is(page(out, "/404.html").querySelector("h1")!.textContent, "Page not found");
});

test.after(() => {
	for (const dir of [root, out]) rmSync(dir, { recursive: true, force: true });
});

test.run();
