// The front page with pictures and the story page's share links, through real builds of a fixture: no story
// twice on the front page, thumbnails with their size and lazy loading below the headline, rubric blocks without
// the rubric's name on every card; share links carrying the story's absolute URL (path prefix included) and a
// hostile headline, encoded for the URL and escaped for HTML.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { build, page } from "../helpers/build.ts";
import { article, makeSite, TINY_JPEG } from "../helpers/fixture.ts";

const HOSTILE = `</a><b>Bom</b> & "kutip" 'tunggal' #1 ?x=1&y=2 🌊`;
const SITE = "https://warta-serang.example";
const RUBRICS = ["pemerintahan", "infrastruktur", "pendidikan", "hukum", "olahraga"];

const files: Record<string, string | Buffer> = { "public/media/foto.jpg": TINY_JPEG };
// 30 stories over five rubrics, one a day in November 2026; every third has a photo; one is featured.
for (let i = 1; i <= 30; i++) {
	const day = String(i).padStart(2, "0");
	const photo = i % 3 === 0 ? { image: { src: "/media/foto.jpg", alt: `Ilustrasi ${i}`, credit: "Ilustrasi: Warta Serang" } } : {};
	files[`articles/2026/10/s${day}.md`] = article({
		title: i === 30 ? HOSTILE : `Berita ${i}`,
		date: `2026-10-${day} 08:00`,
		rubric: RUBRICS[i % RUBRICS.length],
		featured: i === 27 ? true : undefined,
		...photo,
	});
}
const root = makeSite(files);
const out = await build({ root });
const prefixed = await build({ root, pathPrefix: "/berita/" });
const hostileUrl = "/2026/10/30/s30/";

const storyLinks = (doc: Document, selector = "main a") =>
	[...doc.querySelectorAll(selector)].map((a) => a.getAttribute("href")!).filter((href) => /^\/2026\/10\/\d\d\/s\d\d\/$/.test(href));

test("front page: no story twice (43 links for 24 stories before), each block skipping what an earlier one shows", () => {
	const doc = page(out, "/");
	const links = storyLinks(doc);
	assert.ok(links.length >= 20, `${links.length} story links`);
	assert.equal(links.length, new Set(links).size, "every story linked once");
	// Headline (photo and title link to one story) and cards each link a story once: count headings, not anchors.
	const titled = storyLinks(doc, ".headline__title a, .card__title a, .compact-list a");
	assert.equal(titled.length, new Set(titled).size);
	assert.is(doc.querySelector(".headline__title a")!.getAttribute("href"), "/2026/10/27/s27/", "the featured story leads");
	// The compact "Berita terbaru" holds the newest 20 less those shown above, newest first.
	const compact = storyLinks(doc, ".latest .compact-list a");
	const newest = Array.from({ length: 20 }, (_, i) => `/2026/10/${String(30 - i).padStart(2, "0")}/s${String(30 - i).padStart(2, "0")}/`);
	assert.equal(
		compact,
		newest.filter((url) => !titled.slice(0, titled.length - compact.length).includes(url)),
	);
	assert.is(doc.querySelector(".latest .compact-list .card__summary"), null, "compact: no summaries");
});

test("front page: rubric blocks do not repeat the rubric's name on each card", () => {
	const doc = page(out, "/");
	const blocks = [...doc.querySelectorAll(".rubric-block")];
	assert.ok(blocks.length > 0);
	for (const block of blocks) {
		assert.ok(block.querySelector(".card"), "a block has cards");
		assert.is(block.querySelector(".card__rubric"), null, block.querySelector("h2")!.textContent!);
	}
	assert.ok(doc.querySelector(".front__latest .card__rubric"), "the mixed latest stories keep their rubric");
});

test("front page: the headline's photo is eager, card thumbnails lazy, all with width, height and alt", () => {
	const doc = page(out, "/");
	const headline = doc.querySelector(".headline__image img")!;
	assert.ok(headline, "the featured story has a photo and shows it");
	assert.is(headline.getAttribute("loading"), "eager");
	assert.is(headline.getAttribute("fetchpriority"), "high");
	assert.is(headline.getAttribute("alt"), "Ilustrasi 27");
	assert.is(doc.querySelector(".headline__credit")!.textContent, "Ilustrasi: Warta Serang", "the photo's credit goes with it");
	// Two merged changes each printed the credit once: it showed twice under the headline photo.
	const credits = [...doc.querySelectorAll(".headline *")].filter(
		(e) => e.children.length === 0 && e.textContent === "Ilustrasi: Warta Serang",
	);
	assert.is(credits.length, 1, "the headline photo's credit is printed once");
	const cards = [...doc.querySelectorAll(".card")];
	let withPhoto = 0;
	for (const card of cards) {
		const href = card.querySelector(".card__title a")!.getAttribute("href")!;
		const n = Number(/s(\d\d)\/$/.exec(href)![1]);
		const img = card.querySelector(".card__image img");
		if (n % 3 !== 0) {
			assert.is(img, null, `${href} has no photo, so no thumbnail`);
			continue;
		}
		withPhoto++;
		assert.ok(img, `${href} shows its photo`);
		assert.ok(card.classList.contains("card--photo"));
		assert.is(img!.getAttribute("loading"), "lazy", href);
		assert.match(img!.getAttribute("width")!, /^\d+$/);
		assert.match(img!.getAttribute("height")!, /^\d+$/);
		assert.is(img!.getAttribute("alt"), `Ilustrasi ${n}`);
		assert.match(img!.getAttribute("sizes")!, /7rem/);
		assert.ok(card.querySelector("picture source[type='image/avif']"), "responsive: AVIF and WebP sources");
	}
	assert.ok(withPhoto >= 3, `${withPhoto} cards with a photo`);
});

test("listings show thumbnails too; a rubric's page does not repeat its name on each card, a tag's page does name it", () => {
	const doc = page(out, "/kategori/pemerintahan/");
	const img = doc.querySelector(".card__image img");
	assert.ok(img);
	assert.is(img!.getAttribute("loading"), "lazy");
	assert.ok(img!.getAttribute("width") && img!.getAttribute("height"));
	assert.is(doc.querySelector(".card__rubric"), null);
	const tag = page(out, "/tag/pemkab-serang/");
	assert.ok(tag.querySelector(".card__image img"));
	assert.ok(tag.querySelector(".card__rubric"));
});

/** The share links of a built story page, by network. */
function shares(dir: string, url: string): Record<string, URL> {
	const doc = page(dir, url);
	const links = [...doc.querySelectorAll(".share a.share__link")];
	return Object.fromEntries(links.map((a) => [a.className.replace(/.*share__link--/, ""), new URL(a.getAttribute("href")!)]));
}

for (const [name, dir, base] of [
	["no prefix", () => out, SITE],
	["path prefix /berita/", () => prefixed, `${SITE}/berita`],
] as const) {
	test(`share links (${name}): the story's absolute URL and its hostile headline, encoded and escaped`, () => {
		const absolute = `${base}${hostileUrl}`;
		const links = shares(dir(), hostileUrl);
		assert.equal(Object.keys(links), ["whatsapp", "facebook", "x", "telegram", "email"]);
		assert.is(links.whatsapp!.origin + links.whatsapp!.pathname, "https://wa.me/");
		assert.is(links.whatsapp!.searchParams.get("text"), `${HOSTILE} ${absolute}`);
		assert.is(links.facebook!.origin + links.facebook!.pathname, "https://www.facebook.com/sharer/sharer.php");
		assert.is(links.facebook!.searchParams.get("u"), absolute);
		assert.is(links.x!.origin + links.x!.pathname, "https://x.com/intent/post");
		assert.is(links.x!.searchParams.get("url"), absolute);
		assert.is(links.x!.searchParams.get("text"), HOSTILE);
		assert.is(links.telegram!.origin + links.telegram!.pathname, "https://t.me/share/url");
		assert.is(links.telegram!.searchParams.get("url"), absolute);
		assert.is(links.telegram!.searchParams.get("text"), HOSTILE);
		assert.is(links.email!.protocol, "mailto:");
		// mailto: has no searchParams in WHATWG URL: read the query by hand.
		const query = new URLSearchParams(links.email!.href.slice(links.email!.href.indexOf("?") + 1));
		assert.is(query.get("subject"), HOSTILE);
		assert.is(query.get("body"), absolute);
		// Nothing of the headline became markup, and the raw href carries no bare "&" or "<".
		const raw = readFileSync(join(dir(), hostileUrl, "index.html"), "utf8");
		assert.is(page(dir(), hostileUrl).querySelectorAll("main b").length, 0);
		for (const href of raw.match(/class="share__link share__link--\w+" href="[^"]*"/g)!) assert.not.match(href, /&(?!amp;|#39;)|</);
		// The copy-link button holds the same address and stays hidden until the enhancement shows it.
		const copy = page(dir(), hostileUrl).querySelector("[data-copy-link]")!;
		assert.is(copy.getAttribute("data-copy-link"), absolute);
		assert.ok(copy.closest("li")!.hasAttribute("hidden"));
	});
}

test("every story has share links", () => {
	for (let i = 1; i <= 30; i++) {
		const day = String(i).padStart(2, "0");
		assert.is(page(out, `/2026/10/${day}/s${day}/`).querySelectorAll(".share a.share__link").length, 5);
	}
});

test("the side column's shared page lists the newest stories, links open in the page around it", () => {
	const doc = page(out, "/terbaru/samping.html");
	assert.is(doc.querySelector("base")!.getAttribute("target"), "_top");
	assert.is(doc.querySelector('meta[name="robots"]')!.getAttribute("content"), "noindex");
	assert.equal(storyLinks(doc, ".compact-list a").slice(0, 2), ["/2026/10/30/s30/", "/2026/10/29/s29/"]);
	const story = page(out, "/2026/10/01/s01/");
	assert.is(story.querySelector(".story__aside iframe")!.getAttribute("src"), "/terbaru/samping.html");
	assert.is(story.querySelector(".story__aside iframe")!.getAttribute("loading"), "lazy");
	assert.is(page(prefixed, "/2026/10/01/s01/").querySelector(".story__aside iframe")!.getAttribute("src"), "/berita/terbaru/samping.html");
});

test.run();
