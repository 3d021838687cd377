// The newsroom's own pages (halaman/), its masthead (_data/newsroom.json) and NewsMediaOrganization JSON-LD,
// "Terpopuler" from an analytics export (analytics/), the RSS feed of each tag, and the 1200 px social image:
// the sample site and a fixture, each built once and read back as HTML, XML and JSON.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildArchive } from "../../src/content/archive.ts";
import { TAG_FEED_LIMIT } from "../../src/feeds/catalog.ts";
import { build, FIXED_NOW, page, read } from "../helpers/build.ts";
import { article, makeSite, REPO } from "../helpers/fixture.ts";

const SITE = "https://warta-serang.example";
const sample = await build({ root: REPO });
const sampleArchive = buildArchive({ root: REPO, now: FIXED_NOW }).archive!;
const fileOf = (out: string, url: string) => join(out, url.endsWith("/") ? `${url}index.html` : url);
const jsonLd = (doc: Document) => [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent!));
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "item" || name === "url" });

test("every footer link of the sample site resolves to a page the build wrote", () => {
	const links = [...page(sample, "/").querySelectorAll(".site-footer a[href]")].map((a) => a.getAttribute("href")!);
	for (const url of ["/tentang-kami/", "/redaksi/", "/kontak/", "/pedoman-media-siber/", "/kode-etik/", "/kebijakan-privasi/"]) {
		assert.ok(links.includes(url), `the footer links ${url}`);
	}
	for (const url of links.filter((href) => href.startsWith("/"))) assert.ok(existsSync(fileOf(sample, url)), `${url} was written`);
});

test("each page in halaman/ is built with the site's layout and its own title, and is in the sitemap", () => {
	const sitemap = xml.parse(read(sample, "sitemap.xml")).urlset.url.map((u: { loc: string }) => u.loc);
	assert.is(sampleArchive.pages.length, 6);
	for (const newsroomPage of sampleArchive.pages) {
		const doc = page(sample, newsroomPage.url);
		assert.is(doc.querySelector("h1")!.textContent, newsroomPage.title, newsroomPage.file);
		assert.is(doc.querySelector("title")!.textContent, `${newsroomPage.title} – Warta Serang`);
		assert.is(doc.querySelector('meta[name="description"]')!.getAttribute("content"), newsroomPage.summary);
		assert.ok(doc.querySelector(".site-header") && doc.querySelector(".site-footer"), "in the site's layout");
		assert.ok(sitemap.includes(`${SITE}${newsroomPage.url}`), `${newsroomPage.url} in sitemap.xml`);
	}
	const pedoman = page(sample, "/pedoman-media-siber/");
	assert.ok(pedoman.querySelector('a[href="https://dewanpers.or.id/"]'), "the Pedoman page links to the Dewan Pers");
});

test("the Redaksi page shows the masthead of _data/newsroom.json", () => {
	const newsroom = JSON.parse(read(REPO, "_data/newsroom.json"));
	const masthead = page(sample, "/redaksi/").querySelector(".masthead")!;
	const roles = [...masthead.querySelectorAll("dt")].map((dt) => dt.textContent);
	const names = [...masthead.querySelectorAll("dd")].map((dd) => dd.textContent);
	assert.equal(
		roles,
		newsroom.people.map((p: { role: string }) => p.role),
	);
	assert.equal(
		names,
		newsroom.people.map((p: { name: string }) => p.name),
	);
	assert.match(masthead.textContent!, newsroom.legalName);
	assert.ok(masthead.querySelector(`a[href="mailto:${newsroom.contact.email}"]`));
	assert.not.ok(page(sample, "/kontak/").querySelector(".masthead"), "only the page with masthead: true");
});

test("the home page publishes NewsMediaOrganization JSON-LD pointing at pages that exist", () => {
	const graph = jsonLd(page(sample, "/"))[0]["@graph"];
	const org = graph.find((node: { "@type": string }) => node["@type"] === "NewsMediaOrganization");
	assert.is(org.legalName, "PT Warta Serang Media");
	assert.is(org.address["@type"], "PostalAddress");
	assert.is(org.contactPoint.email, "redaksi@warta-serang.example");
	for (const field of ["publishingPrinciples", "correctionsPolicy", "ethicsPolicy", "masthead"]) {
		assert.type(org[field], "string", field);
		assert.ok(org[field].startsWith(`${SITE}/`), field);
		assert.ok(existsSync(fileOf(sample, org[field].slice(SITE.length))), `${field} ${org[field]} was written`);
	}
});

test("Terpopuler on the front page and on articles lists the sample export's stories, most views first", () => {
	const expected = [
		"/2026/10/27/perbaikan-jalan-raya-anyer-dikebut/",
		"/2026/09/21/bupati-tetapkan-siaga-kekeringan/",
		"/2026/08/04/pemkab-serang-buka-kanal-aduan-jalan-rusak-lewat-whatsapp/",
		"/2026/06/09/kejari-musnahkan-barang-bukti-narkoba/",
		"/2026/05/16/perserang-perkenalkan-pelatih-baru/",
	];
	for (const url of ["/", sampleArchive.articles.at(-1)!.url]) {
		const block = page(sample, url).querySelector(".popular")!;
		assert.is(block.querySelector("h2")!.id, "terpopuler");
		assert.equal(
			[...block.querySelectorAll("a")].map((a) => a.getAttribute("href")),
			expected,
			url,
		);
	}
});

test("og:image and the JSON-LD image of a story with a photo are the 1200 px rendition", () => {
	const story = sampleArchive.articles.find((a) => a.image && a.image.src.startsWith("/") && (a.image.width ?? 0) >= 1200)!;
	assert.ok(story, "the sample has a story with a photo at least 1200 px wide");
	const doc = page(sample, story.url);
	const meta = (property: string) => doc.querySelector(`meta[property="${property}"]`)?.getAttribute("content");
	assert.match(meta("og:image")!, new RegExp(`^${SITE}/media/img/[^/]+-1200\\.jpeg$`));
	assert.is(meta("og:image:width"), "1200");
	assert.is(meta("og:image:type"), "image/jpeg");
	assert.is(Number(meta("og:image:height")), Math.round((1200 * story.image!.height!) / story.image!.width!));
	assert.ok(existsSync(join(sample, meta("og:image")!.slice(SITE.length))), "the rendition was written");
	const ld = jsonLd(doc)[0]["@graph"].find((node: { "@type": string }) => node["@type"] === "NewsArticle");
	assert.is(ld.image[0].url, meta("og:image"));
	assert.is(ld.image[0].width, 1200);
});

// A fixture: 25 stories tagged "Banjir Pontang" (more than a tag feed holds), the sample's pages, and an
// analytics export in Umami's shape ({ x: path, y: views }) naming one page the site does not have.
const stories: Record<string, string> = {};
for (let i = 1; i <= 25; i++) {
	const day = String(i).padStart(2, "0");
	stories[`articles/2026/10/banjir-${day}.md`] = article({
		title: `Banjir hari ke-${i}`,
		date: `2026-10-${day} 08:00`,
		tags: i % 2 ? ["Banjir Pontang", "Tanara"] : ["banjir pontang"],
	});
}
const root = makeSite(
	{
		...stories,
		"analytics/umami.json": JSON.stringify([
			{ x: "/2026/10/03/banjir-03/", y: 40 },
			{ x: "https://warta-serang.example/2026/10/07/banjir-07/?utm_source=wa", y: 90 },
			{ x: "/2026/10/03/banjir-03/?ref=x", y: 70 },
			{ x: "/tag/tanara/", y: 500 },
			{ x: "/hilang/", y: 9 },
		]),
	},
	{},
);
const fixture = await build({ root });
const fixtureResult = buildArchive({ root, now: FIXED_NOW });

test("a tag's RSS feed is valid, holds its newest stories only, summaries without the text, and its page links it", () => {
	const text = read(fixture, "tag/banjir-pontang/feed.xml");
	assert.is(XMLValidator.validate(text), true);
	const channel = xml.parse(text).rss.channel;
	assert.is(channel.link, `${SITE}/tag/banjir-pontang/`);
	assert.is(channel.item.length, TAG_FEED_LIMIT);
	assert.equal(
		channel.item.map((item: { title: string }) => item.title),
		Array.from({ length: TAG_FEED_LIMIT }, (_, i) => `Banjir hari ke-${25 - i}`),
	);
	assert.not.match(text, "<content:encoded>");
	assert.is(channel.item[0].description, "Ringkasan berita.");
	const tagPage = page(fixture, "/tag/banjir-pontang/");
	const alternate = tagPage.querySelector('link[rel="alternate"][href="/tag/banjir-pontang/feed.xml"]')!;
	assert.is(alternate.getAttribute("type"), "application/rss+xml");
	assert.ok(tagPage.querySelector('.listing__feed a[href="/tag/banjir-pontang/feed.xml"]'), "a visible link");
	assert.is(xml.parse(read(fixture, "tag/tanara/feed.xml")).rss.channel.item.length, 13);
});

test("Terpopuler adds up an export's rows of one story and warns, naming the row, about a page the site lacks", () => {
	const links = [...page(fixture, "/").querySelectorAll(".popular a")].map((a) => a.getAttribute("href"));
	assert.equal(links, ["/2026/10/03/banjir-03/", "/2026/10/07/banjir-07/"]);
	const warnings = fixtureResult.problems.filter((p) => p.file === "analytics/umami.json");
	assert.is(warnings.length, 1);
	assert.is(warnings[0]!.severity, "warning");
	assert.match(warnings[0]!.message, 'item 5 "/hilang/"');
});

test("without an analytics export there is no Terpopuler block", async () => {
	const plain = await build({ root: makeSite({ "articles/2026/10/satu.md": article({ date: "2026-10-01 08:00" }) }) });
	assert.is(page(plain, "/").querySelector("#terpopuler"), null);
	assert.is(page(plain, "/2026/10/01/satu/").querySelector("#terpopuler"), null);
});

test("bad pages, a bad export and a masthead link to a missing page are all reported in one run, naming file and field", () => {
	const bad = makeSite(
		{
			"articles/2026/10/satu.md": article({ date: "2026-10-01 08:00" }),
			"halaman/tanpa-ringkasan.md": "---\ntitle: Tentang Kami\n---\nIsi.\n",
			"halaman/ralat.md": "---\ntitle: Ralat Kami\nsummary: Tabrakan.\n---\nIsi.\n",
			"analytics/ga.csv": "# Google Analytics\nPage path and screen class,Views\n/2026/10/01/satu/,12\n/2026/10/01/satu/,banyak\n",
			"_data/newsroom.json": JSON.stringify({ legalName: "PT Contoh", masthead: "/redaksi/" }),
		},
		{ newsroom: false },
	);
	const result = buildArchive({ root: bad, now: FIXED_NOW });
	assert.is(result.archive, undefined);
	const errors = result.problems
		.filter((p) => p.severity === "error")
		.map((p) => `${p.file}:${p.line ?? ""}: ${p.field ?? ""}: ${p.message}`);
	const has = (pattern: RegExp) =>
		assert.ok(
			errors.some((e) => pattern.test(e)),
			`${pattern}\n${errors.join("\n")}`,
		);
	has(/^halaman\/tanpa-ringkasan\.md:: summary: is required/);
	has(/^halaman\/ralat\.md:: permalink: \/ralat\/ is the corrections page's address/);
	has(/^analytics\/ga\.csv:4: Views: expected a whole number of views, e\.g\. 1520, found "banyak"/);
	has(/^_data\/newsroom\.json:: masthead: "\/redaksi\/" is not a page of the site/);
});

test.run();
