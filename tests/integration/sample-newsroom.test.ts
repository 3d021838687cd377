// The sample site (this repo's articles/ and _data/) as a newsroom: front page, menu, breadcrumb, byline,
// reading time, author pages, pagination of the "Berita terbaru" archive, and the sample draft.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildArchive } from "../../src/content/archive.ts";
import { build, FIXED_NOW, page } from "../helpers/build.ts";
import { REPO } from "../helpers/fixture.ts";

const out = await build({ root: REPO });
const { archive } = buildArchive({ root: REPO, now: FIXED_NOW });
const articles = archive!.articles;
const authors = JSON.parse(readFileSync(join(REPO, "_data/authors.json"), "utf8")) as Record<
	string,
	{ name: string; role: string; bio: string; photo: string }
>;
const navigation = JSON.parse(readFileSync(join(REPO, "_data/navigation.json"), "utf8")) as { main: { text: string; url: string }[] };

test("the sample archive fills more than one page of 20", () => {
	assert.ok(articles.length > 20, `${articles.length} published articles`);
	const second = page(out, "/terbaru/2/");
	assert.equal(
		[...second.querySelectorAll(".latest .card__title a")].map((a) => a.textContent),
		articles.slice(20, 40).map((a) => a.title),
	);
	assert.is(page(out, "/").querySelector("link[rel=next]")!.getAttribute("href"), "/terbaru/2/");
});

test("front page: the featured story leads, then the latest, then one block per rubric in data order", () => {
	const doc = page(out, "/");
	const featured = articles.slice(0, 20).find((a) => a.featured)!;
	assert.ok(featured, "the sample has a featured story among the newest 20");
	assert.is(doc.querySelector(".headline__title a")!.getAttribute("href"), featured.url);
	const latest = [...doc.querySelectorAll(".front__latest .card__title a")].map((a) => a.getAttribute("href"));
	assert.equal(
		latest,
		articles
			.filter((a) => a !== featured)
			.slice(0, 4)
			.map((a) => a.url),
	);
	const blocks = [...doc.querySelectorAll(".rubric-block .section-title a")].map((a) => a.getAttribute("href"));
	assert.equal(
		blocks,
		Object.keys(archive!.data.rubrics).map((key) => `/kategori/${key}/`),
	);
	assert.is(doc.querySelectorAll("h1").length, 1);
});

test("the menu lists the rubrics from _data/navigation.json and every entry has a page", () => {
	assert.ok(navigation.main.length >= 6);
	for (const item of navigation.main) {
		const doc = page(out, item.url);
		const current = doc.querySelector(".site-nav a[aria-current=page]")!;
		assert.is(current.getAttribute("href"), item.url);
	}
});

test("article: breadcrumb as an ordered list in a labelled nav, current page last", () => {
	const article = articles.find((a) => a.authors.length > 1)!;
	const doc = page(out, article.url);
	const nav = doc.querySelector("nav.breadcrumb")!;
	assert.is(nav.getAttribute("aria-label"), "Jejak halaman");
	const items = [...nav.querySelectorAll("ol > li")];
	assert.equal(
		items.map((li) => li.textContent!.trim()),
		["Beranda", article.rubric.name, article.title],
	);
	assert.is(items[2]!.querySelector("a")!.getAttribute("aria-current"), "page");
	assert.is(items[1]!.querySelector("a")!.getAttribute("href"), article.rubric.url);
	assert.is(doc.querySelector(".article__rubric a")!.getAttribute("href"), article.rubric.url);
	const byline = doc.querySelector(".byline")!;
	assert.equal(
		[...byline.querySelectorAll("a")].map((a) => a.getAttribute("href")),
		article.authors.map((a) => a.url),
	);
	assert.is(byline.textContent, `Oleh ${article.authors.map((a) => a.name).join(" dan ")}`);
	assert.match(doc.querySelector(".article__reading")!.textContent!, /^\d+ menit baca$/);
	assert.equal(
		[...doc.querySelectorAll(".tags a")].map((a) => a.getAttribute("href")),
		article.tags.map((t) => t.url),
	);
});

test("article: Baca juga lists 3–5 other stories", () => {
	for (const article of articles) {
		// The "Baca juga" block itself: "Terpopuler" is styled with the same classes.
		const block = page(out, article.url).querySelector('[aria-labelledby="baca-juga"]')!;
		const related = [...block.querySelectorAll(".related__item a")].map((a) => a.getAttribute("href"));
		assert.ok(related.length >= 3 && related.length <= 5, article.url);
		assert.not.ok(related.includes(article.url));
	}
});

test("author pages: photo, role and bio from _data/authors.json, then their stories", () => {
	for (const [key, author] of Object.entries(authors)) {
		const doc = page(out, `/penulis/${key}/`);
		assert.is(doc.querySelector("h1")!.textContent, author.name);
		assert.is(doc.querySelector(".author-card__photo")!.getAttribute("src"), author.photo);
		assert.ok(existsSync(join(out, author.photo)), `${author.photo} is published`);
		assert.is(doc.querySelector(".author-card__role")!.textContent, author.role);
		assert.is(doc.querySelector(".author-card__bio")!.textContent, author.bio);
		const listed = [...doc.querySelectorAll(".card__title a")].map((a) => a.getAttribute("href"));
		assert.equal(
			listed,
			articles
				.filter((a) => a.authors.some((x) => x.key === key))
				.slice(0, 20)
				.map((a) => a.url),
		);
	}
	const directory = page(out, "/penulis/");
	assert.is(directory.querySelectorAll(".directory__entry").length, Object.keys(authors).length);
});

test("the sample draft is in the archive's files but not in the production build", () => {
	const withDrafts = buildArchive({ root: REPO, now: FIXED_NOW, includeDrafts: true }).archive!.articles;
	const drafts = withDrafts.filter((a) => a.draft);
	assert.ok(drafts.length >= 1);
	for (const draft of drafts) assert.not.ok(existsSync(join(out, draft.url)), draft.url);
});

test("the 404 page and the footer carry the site's information", () => {
	const doc = page(out, "/404.html");
	assert.is(doc.querySelector("h1")!.textContent, "Halaman tidak ditemukan");
	assert.ok(doc.querySelector("link[rel=stylesheet]"));
	assert.is(doc.querySelector(".site-footer__about")!.textContent, archive!.data.site.description);
	assert.ok(doc.querySelectorAll(".site-footer__links a").length >= 4);
});

test.run();
