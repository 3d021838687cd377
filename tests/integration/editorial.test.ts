// Editorial integrity through a real build (docs/authoring.md: type of work, credits, hak jawab, pencabutan): the type
// of work labelled on the page, on cards and in JSON-LD; an advertorial marked in feeds, out of the news sitemap
// and never leading the front page; a right of reply and its original linking each other, dated, in every output;
// a withdrawn story answering with a notice and nothing else of it anywhere; editor, source and photo credits.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildArchive } from "../../src/content/archive.ts";
import { JENIS } from "../../src/content/schema.ts";
import { recordOptions, searchRecord } from "../../src/search/records.ts";
import { build, FIXED_NOW, page, read } from "../helpers/build.ts";
import { readFeed } from "../helpers/feed-reader.ts";
import { article, makeSite, TINY_JPEG } from "../helpers/fixture.ts";

const SITE = "https://warta-serang.example";
const SECRET = "Kalimat rahasia dari berita yang dicabut";
const LABELS: Record<string, string> = {
	opini: "Opini",
	analisis: "Analisis",
	wawancara: "Wawancara",
	"cek-fakta": "Cek Fakta",
	advertorial: "Advertorial",
};
const TYPES: Record<string, string> = {
	berita: "NewsArticle",
	opini: "OpinionNewsArticle",
	analisis: "AnalysisNewsArticle",
	wawancara: "ReportageNewsArticle",
	"cek-fakta": "NewsArticle",
	advertorial: "AdvertiserContentArticle",
};

// One story per jenis on 2026-11-28 (inside the news sitemap's 48 hours), the advertorial the newest and featured.
const kinds = Object.fromEntries(
	JENIS.map((jenis, i) => [
		`articles/2026/11/${jenis}.md`,
		article({
			title: `Tulisan ${jenis}`,
			date: jenis === "advertorial" ? "2026-11-29 07:00" : `2026-11-28 0${i}:30`,
			jenis,
			rubric: "pemerintahan",
			tags: ["Serang"],
			...(jenis === "advertorial" ? { featured: true } : {}),
			...(jenis === "cek-fakta" ? { claimReview: { claim: "Jembatan Ciujung ambruk", rating: "Salah" } } : {}),
		}),
	]),
);
const root = makeSite({
	...kinds,
	"articles/2026/07/asli.md": article({
		title: "Berita asli pasar",
		date: "2026-07-14 10:00",
		rubric: "infrastruktur",
		tags: ["Pasar"],
		editor: "rudi",
		source: "Siaran pers Pemkab Serang",
		image: { src: "/media/pasar.jpg", alt: "Pasar", width: 32, height: 18, caption: "Pasar sementara", credit: "Foto: Sari Wulandari" },
	}),
	"articles/2026/07/jawab.md": article({
		title: "Hak jawab pelaksana proyek",
		date: "2026-07-17 15:00",
		rubric: "infrastruktur",
		tags: ["Pasar"],
		replyTo: "/2026/07/14/asli/",
	}),
	"articles/2026/04/dicabut.md": article(
		{
			title: "Berita yang dicabut",
			date: "2026-04-08 13:20",
			rubric: "infrastruktur",
			tags: ["Pasar", "Pungutan"],
			summary: "Ringkasan berita yang dicabut.",
			withdrawn: { date: "2026-04-10 18:00", reason: "Narasumber menarik keterangannya." },
		},
		`${SECRET}.\n`,
	),
	"public/media/pasar.jpg": TINY_JPEG,
});
const out = await build({ root });
const archive = buildArchive({ root, now: FIXED_NOW }).archive!;
const xml = new XMLParser({ ignoreAttributes: false });

const ASLI = "/2026/07/14/asli/";
const JAWAB = "/2026/07/17/jawab/";
const DICABUT = "/2026/04/08/dicabut/";
const urlOf = (jenis: string) => archive.articles.find((a) => a.jenis === jenis)!.url;
const jsonLd = (url: string) =>
	JSON.parse(page(out, url).querySelector('script[type="application/ld+json"]')!.textContent!)["@graph"] as Record<string, unknown>[];
const text = (url: string) => page(out, url).querySelector("main")!.textContent!.replace(/\s+/g, " ");
const everyFile = () => readFileSync(join(out, "feed.xml"), "utf8") + read(out, "atom.xml") + read(out, "feed.json");

test("each jenis: its label above the headline and on cards, none for plain news; its JSON-LD type", () => {
	const rubricPage = page(out, "/kategori/pemerintahan/");
	for (const jenis of JENIS) {
		const doc = page(out, urlOf(jenis));
		const label = doc.querySelector(".article__header .article__rubric .jenis")?.textContent;
		assert.is(label, LABELS[jenis], `label on ${jenis}`);
		const card = [...rubricPage.querySelectorAll(".card")].find(
			(c) => c.querySelector(".card__title")!.textContent === `Tulisan ${jenis}`,
		)!;
		assert.is(card.querySelector(".jenis")?.textContent, LABELS[jenis], `card label of ${jenis}`);
		assert.is(jsonLd(urlOf(jenis))[0]!["@type"], TYPES[jenis], `JSON-LD type of ${jenis}`);
	}
});

test("the English labels come from en.json", () => {
	const en = JSON.parse(readFileSync(join(root, "_data/i18n/en.json"), "utf8"));
	assert.equal(
		[en.jenisOpini, en.jenisAnalisis, en.jenisWawancara, en.jenisCekFakta, en.jenisAdvertorial],
		["Opinion", "Analysis", "Interview", "Fact check", "Advertorial"],
	);
});

test("a fact check shows its claim and verdict and carries a ClaimReview", () => {
	const box = page(out, urlOf("cek-fakta")).querySelector(".claim-review")!;
	assert.match(box.textContent!, "Jembatan Ciujung ambruk");
	assert.is(box.querySelector("strong")!.textContent, "Salah");
	const review = jsonLd(urlOf("cek-fakta")).find((node) => node["@type"] === "ClaimReview")!;
	assert.is(review.claimReviewed, "Jembatan Ciujung ambruk");
});

test("an advertorial never leads the front page, even featured and newest; it stays listed, labelled", () => {
	const home = page(out, "/");
	assert.is(home.querySelector(".headline__title a")!.getAttribute("href"), urlOf("cek-fakta"), "the newest non-advertorial leads");
	const cards = [...home.querySelectorAll(".card")].filter((c) => c.querySelector(".card__title")!.textContent === "Tulisan advertorial");
	assert.ok(cards.length > 0, "still listed");
	assert.is(cards[0]!.querySelector(".jenis")!.textContent, "Advertorial");
});

test("an advertorial is left out of the news sitemap; the other stories of the 48 hours are in it", () => {
	const news = read(out, "sitemap-news.xml");
	assert.not.match(news, urlOf("advertorial"));
	for (const jenis of JENIS.filter((j) => j !== "advertorial")) assert.match(news, `${SITE}${urlOf(jenis)}`, jenis);
	assert.match(read(out, "sitemap.xml"), `${SITE}${urlOf("advertorial")}`, "the normal sitemap lists it");
});

test("an advertorial is marked in every feed: the title a reader shows, and the jenis as first category", () => {
	const rss = readFeed(read(out, "feed.xml"));
	assert.ok(rss.items.some((item) => item.title === "Advertorial: Tulisan advertorial"));
	assert.ok(readFeed(read(out, "atom.xml")).items.some((item) => item.title === "Advertorial: Tulisan advertorial"));
	const json = JSON.parse(read(out, "feed.json")).items.find((item: { url: string }) => item.url === `${SITE}${urlOf("advertorial")}`);
	assert.is(json.title, "Advertorial: Tulisan advertorial");
	assert.is(json.tags[0], "Advertorial");
	const item = xml.parse(read(out, "feed.xml")).rss.channel.item.find((i: { link: string }) => i.link === `${SITE}${urlOf("opini")}`);
	assert.is(item.category[0], "Opini", "other kinds keep their title and carry the label as a category");
	assert.is(item.title, "Tulisan opini");
});

test("hak jawab: both pages show a dated notice linking to the other", () => {
	const reply = page(out, JAWAB).querySelector(".notice--reply")!;
	assert.is(reply.querySelector("a")!.getAttribute("href"), ASLI);
	assert.is(reply.querySelector("time")!.getAttribute("datetime"), "2026-07-14T10:00:00+07:00");
	const original = page(out, ASLI).querySelector(".notice--reply")!;
	assert.is(original.querySelector("a")!.getAttribute("href"), JAWAB);
	assert.is(original.querySelector("a")!.textContent, "Hak jawab pelaksana proyek");
	assert.is(original.querySelector("time")!.getAttribute("datetime"), "2026-07-17T15:00:00+07:00");
});

test("hak jawab in every output: feeds, search records, sitemap lastmod, /ralat/", () => {
	const json = JSON.parse(read(out, "feed.json")).items as { url: string; content_html: string; date_modified?: string }[];
	const original = json.find((item) => item.url === `${SITE}${ASLI}`)!;
	assert.match(original.content_html, `<a href="${SITE}${JAWAB}">Hak jawab pelaksana proyek</a>`);
	assert.is(original.date_modified, "2026-07-17T15:00:00+07:00", "the reply changed the original");
	assert.match(json.find((item) => item.url === `${SITE}${JAWAB}`)!.content_html, `<a href="${SITE}${ASLI}">Berita asli pasar</a>`);
	assert.match(read(out, "atom.xml"), `${SITE}${JAWAB}`);

	const records = recordOptions(archive.data);
	const byUrl = (url: string) => [...archive.articles].find((a) => a.url === url)!;
	assert.match(searchRecord(byUrl(JAWAB), records).content, "Hak jawab atas berita Berita asli pasar");
	assert.match(searchRecord(byUrl(ASLI), records).content, "Hak jawab atas berita ini: Hak jawab pelaksana proyek");

	assert.match(read(out, "sitemap.xml"), `<loc>${SITE}${ASLI}</loc>\n<lastmod>2026-07-17T15:00:00+07:00</lastmod>`);
	const ralat = page(out, "/ralat/").querySelector(".replies-log")!;
	assert.equal(
		[...ralat.querySelectorAll("a")].map((a) => a.getAttribute("href")),
		[JAWAB, ASLI],
	);
});

test("a withdrawn story answers with a notice, date and reason, and none of its text, photo or summary", () => {
	const doc = page(out, DICABUT);
	const notice = doc.querySelector(".notice--withdrawn")!;
	assert.match(notice.textContent!, "Narasumber menarik keterangannya.");
	assert.is(notice.querySelector("time")!.getAttribute("datetime"), "2026-04-10T18:00:00+07:00");
	assert.is(doc.querySelector("h1")!.textContent, "Berita yang dicabut");
	const html = read(out, `${DICABUT}index.html`);
	assert.not.match(html, SECRET);
	assert.not.match(html, "Ringkasan berita yang dicabut");
	assert.is(doc.querySelector(".article__body"), null);
	assert.is(doc.querySelector('meta[name="robots"]')!.getAttribute("content"), "noindex");
	const ld = jsonLd(DICABUT)[0]!;
	assert.is(ld.creativeWorkStatus, "Withdrawn");
	assert.not.ok("articleBody" in ld || "image" in ld);
});

test("a withdrawn story is in no feed, listing, sitemap, search record or 'Baca juga'; /ralat/ lists it", () => {
	assert.not.match(everyFile(), DICABUT);
	assert.not.match(everyFile(), SECRET);
	for (const path of ["sitemap.xml", "sitemap-news.xml", "index.html", "kategori/infrastruktur/index.html", "tag/pasar/index.html"]) {
		assert.not.match(read(out, path), DICABUT, path);
	}
	assert.not.ok(existsSync(join(out, "indeks/2026/04/08/index.html")), "no indeks day of its own");
	assert.not.ok(existsSync(join(out, "tag/pungutan/index.html")), "no tag page of its own");
	assert.not.ok(
		archive.articles.some((a) => a.url === DICABUT),
		"no search record: not among the indexed articles",
	);
	for (const url of [ASLI, JAWAB]) {
		const links = [...page(out, url).querySelectorAll(".related a, .rubric-nav a")].map((a) => a.getAttribute("href"));
		assert.not.ok(links.includes(DICABUT), `related of ${url}`);
	}
	const item = page(out, "/ralat/").querySelector(".withdrawals-log li")!;
	assert.is(item.querySelector("a")!.getAttribute("href"), DICABUT);
	assert.match(item.textContent!, "Narasumber menarik keterangannya.");
	assert.is(item.querySelector("time")!.getAttribute("datetime"), "2026-04-10T18:00:00+07:00");
});

test("credits: Editor and Sumber beside the byline, the photo credit under the photo and in the feeds", () => {
	const meta = text(ASLI);
	assert.match(meta, "Editor: Rudi Hartono");
	assert.match(meta, "Sumber: Siaran pers Pemkab Serang");
	assert.is(page(out, ASLI).querySelector(".article__figure .credit")!.textContent, "Foto: Sari Wulandari");
	const item = xml.parse(read(out, "feed.xml")).rss.channel.item.find((i: { link: string }) => i.link === `${SITE}${ASLI}`);
	assert.is(item["media:content"]["media:credit"], "Foto: Sari Wulandari");
	assert.match(item["content:encoded"], "Sumber: Siaran pers Pemkab Serang");
	const ld = jsonLd(ASLI)[0]!;
	assert.is((ld.editor as { name: string }[])[0]!.name, "Rudi Hartono");
	assert.equal(ld.isBasedOn, { "@type": "CreativeWork", name: "Siaran pers Pemkab Serang" });
	assert.is((ld.image as { creditText: string }[])[0]!.creditText, "Foto: Sari Wulandari");
});

test("bad values stop the build with messages naming the file and the field, all in one run", () => {
	const bad = makeSite({
		"articles/2026/07/asli.md": article({ title: "Asli", date: "2026-07-14 10:00" }),
		"articles/2026/07/draf.md": article({ title: "Draf", date: "2026-07-10 10:00", draft: true }),
		"articles/2026/07/jenis.md": article({ title: "Jenis", date: "2026-07-15 10:00", jenis: "gosip" }),
		"articles/2026/07/klaim.md": article({ title: "Klaim", date: "2026-07-15 10:00", claimReview: { claim: "X", rating: "Salah" } }),
		"articles/2026/07/klaim-kosong.md": article({
			title: "Klaim kosong",
			date: "2026-07-15 10:00",
			jenis: "cek-fakta",
			claimReview: { claim: "X" },
		}),
		"articles/2026/07/editor.md": article({ title: "Editor", date: "2026-07-15 10:00", editor: "budi" }),
		"articles/2026/07/hilang.md": article({ title: "Hilang", date: "2026-07-15 10:00", replyTo: "/2026/07/01/tidak-ada/" }),
		"articles/2026/07/sendiri.md": article({ title: "Sendiri", date: "2026-07-15 10:00", replyTo: "articles/2026/07/sendiri.md" }),
		"articles/2026/07/ke-draf.md": article({ title: "Ke draf", date: "2026-07-15 10:00", replyTo: "articles/2026/07/draf.md" }),
		"articles/2026/07/terlalu-awal.md": article({ title: "Terlalu awal", date: "2026-07-13 10:00", replyTo: "articles/2026/07/asli.md" }),
		"articles/2026/07/cabut-tanpa-alasan.md": article({
			title: "Cabut",
			date: "2026-07-15 10:00",
			withdrawn: { date: "2026-07-16 10:00" },
		}),
		"articles/2026/07/cabut-sebelum.md": article({
			title: "Cabut sebelum",
			date: "2026-07-15 10:00",
			withdrawn: { date: "2026-07-14 10:00", reason: "Salah." },
		}),
		"articles/2026/07/cabut-tanggal.md": article({
			title: "Cabut tanggal",
			date: "2026-07-15 10:00",
			withdrawn: { date: "kemarin", reason: "Salah." },
		}),
	});
	const result = buildArchive({ root: bad, now: FIXED_NOW });
	assert.is(result.archive, undefined);
	const said = (file: string, field: string, words: string | RegExp) =>
		assert.ok(
			result.problems.some(
				(p) => p.file === `articles/2026/07/${file}.md` && p.field === field && p.severity === "error" && p.message.match(words),
			),
			`${file}.md ${field}: ${words}\n${result.problems.map((p) => `${p.file} ${p.field}: ${p.message}`).join("\n")}`,
		);
	said("jenis", "jenis", "one of berita, opini, analisis, wawancara, cek-fakta, advertorial");
	said("klaim", "claimReview", "only a fact check carries a claim review");
	said("klaim-kosong", "claimReview.rating", "is required: the verdict");
	said("editor", "editor", '"budi" is not in _data/authors.json');
	said("hilang", "replyTo", '"/2026/07/01/tidak-ada/" is not an article of this site');
	said("sendiri", "replyTo", "is this article itself");
	said("ke-draf", "replyTo", "is a draft");
	said("terlalu-awal", "replyTo", "dated before the story it answers");
	said("cabut-tanpa-alasan", "withdrawn.reason", "is required: why the story was withdrawn");
	said("cabut-sebelum", "withdrawn.date", "before the publication date");
	said("cabut-tanggal", "withdrawn.date", 'found "kemarin"');
});

test.run();
