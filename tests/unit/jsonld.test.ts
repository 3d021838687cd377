import { test } from "uvu";
import * as assert from "uvu/assert";
import { articleGraph, homeGraph, JSONLD_TYPES, newsArticle, serializeJsonLd } from "../../src/seo/jsonld.ts";
import { JENIS } from "../../src/content/schema.ts";
import { archiveOf } from "../helpers/archive.ts";
import { article } from "../helpers/fixture.ts";

const HOSTILE = "</script><script>alert(1)</script> & “kutipan” 🌊";
const archive = archiveOf({
	"articles/2025/02/vonis.md": article(
		{
			title: HOSTILE,
			date: "2025-02-11 15:45",
			author: ["rudi", "sari"],
			rubric: "hukum",
			tags: ["Dana Desa", "Korupsi"],
			dateline: "Serang",
			summary: "Ringkasan vonis.",
			image: { src: "/media/vonis.jpg", alt: "Ruang sidang", width: 1200, height: 675, caption: "Sidang putusan" },
			corrections: [
				{ date: "2025-02-13 10:00", text: "Ralat kedua." },
				{ date: "2025-02-12 09:20", text: "Ralat pertama." },
			],
		},
		"Isi.\n",
	),
	"articles/2019/01/polos.md": article({ title: "Polos", date: "2019-01-02 06:00" }),
	"public/media/vonis.jpg": "(a photo)",
});
const corrected = archive.articles[0]!;
const plain = archive.articles[1]!;
const { site, strings } = archive.data;

test("NewsArticle carries headline, description, dates with +07:00, canonical url and mainEntityOfPage", () => {
	const ld = newsArticle(corrected, site);
	assert.is(ld["@type"], "NewsArticle");
	assert.is(ld.headline, HOSTILE);
	assert.is(ld.description, "Ringkasan vonis.");
	assert.is(ld.datePublished, "2025-02-11T15:45:00+07:00");
	assert.is(ld.dateModified, "2025-02-13T10:00:00+07:00", "the newest correction is the modification date");
	const url = "https://warta-serang.example/2025/02/11/vonis/";
	assert.is(ld.url, url);
	assert.equal(ld.mainEntityOfPage, { "@type": "WebPage", "@id": url });
});

test("one Person per author, name only, linked to the author's page", () => {
	assert.equal(newsArticle(corrected, site).author, [
		{ "@type": "Person", name: "Rudi Hartono", url: "https://warta-serang.example/penulis/rudi/" },
		{ "@type": "Person", name: "Sari Wulandari", url: "https://warta-serang.example/penulis/sari/" },
	]);
});

test("publisher NewsMediaOrganization with logo; image, section, keywords, language, dateline, free access", () => {
	const ld = newsArticle(corrected, site);
	const publisher = ld.publisher as Record<string, any>;
	assert.is(publisher["@type"], "NewsMediaOrganization");
	assert.is(publisher.name, "Warta Serang");
	assert.equal(publisher.logo, { "@type": "ImageObject", url: "https://warta-serang.example/icon-512.png", width: 512, height: 512 });
	assert.equal(ld.image, [
		{ "@type": "ImageObject", url: "https://warta-serang.example/media/vonis.jpg", width: 1200, height: 675, caption: "Sidang putusan" },
	]);
	assert.is(ld.articleSection, "Hukum & Kriminal");
	assert.equal(ld.keywords, ["Dana Desa", "Korupsi"]);
	assert.is(ld.inLanguage, "id");
	assert.is(ld.dateline, "Serang");
	assert.is(ld.isAccessibleForFree, true);
});

test("corrections become schema.org CorrectionComment, oldest first", () => {
	assert.equal(newsArticle(corrected, site).correction, [
		{ "@type": "CorrectionComment", text: "Ralat pertama.", datePublished: "2025-02-12T09:20:00+07:00" },
		{ "@type": "CorrectionComment", text: "Ralat kedua.", datePublished: "2025-02-13T10:00:00+07:00" },
	]);
});

test("an article without updates: dateModified = datePublished; no image, dateline or correction keys", () => {
	const ld = newsArticle(plain, site);
	assert.is(ld.dateModified, ld.datePublished);
	for (const key of ["image", "dateline", "correction"]) assert.not.ok(key in ld, key);
});

test("the article graph: NewsArticle + BreadcrumbList Beranda › rubric › article", () => {
	const graph = articleGraph(corrected, site, strings);
	assert.is(graph["@context"], "https://schema.org");
	const [, crumbs] = graph["@graph"] as Record<string, any>[];
	assert.is(crumbs!["@type"], "BreadcrumbList");
	assert.equal(
		crumbs!.itemListElement.map((c: Record<string, unknown>) => [c.position, c.name, c.item]),
		[
			[1, "Beranda", "https://warta-serang.example/"],
			[2, "Hukum & Kriminal", "https://warta-serang.example/kategori/hukum/"],
			[3, HOSTILE, "https://warta-serang.example/2025/02/11/vonis/"],
		],
	);
});

test("the home graph: WebSite published by the NewsMediaOrganization", () => {
	const [websiteLd, organizationLd] = homeGraph(site)["@graph"] as Record<string, any>[];
	assert.is(websiteLd!["@type"], "WebSite");
	assert.is(websiteLd!.url, "https://warta-serang.example/");
	assert.is(websiteLd!.inLanguage, "id");
	assert.equal(websiteLd!.publisher, { "@id": organizationLd!["@id"] });
	assert.is(organizationLd!["@type"], "NewsMediaOrganization");
	assert.ok(organizationLd!.logo.url);
});

// Editorial integrity (docs/authoring.md: type of work, credits, pencabutan): one article per jenis, with credits.
const kinds = archiveOf({
	...Object.fromEntries(
		JENIS.map((jenis, i) => [
			`articles/2026/03/${jenis}.md`,
			article({
				title: `Tulisan ${jenis}`,
				date: `2026-03-0${i + 1} 08:00`,
				jenis,
				...(jenis === "cek-fakta"
					? {
							claimReview: {
								claim: "Jembatan Ciujung ambruk",
								rating: "Salah",
								claimant: "Akun Info Serang",
								claimDate: "2026-03-01",
								appearance: "https://contoh.example/unggahan/1",
							},
						}
					: {}),
			}),
		]),
	),
	"articles/2026/04/kredit.md": article({
		title: "Kredit",
		date: "2026-04-01 08:00",
		editor: ["rudi", "sari"],
		source: "Siaran pers Pemkab Serang",
		image: { src: "/media/benih.jpg", alt: "Benih padi", credit: "Foto: Humas Pemkab Serang" },
	}),
	"articles/2026/04/dicabut.md": article({
		title: "Dicabut",
		date: "2026-04-02 08:00",
		summary: "Ringkasan yang tidak boleh muncul lagi.",
		tags: ["Pungutan"],
		image: { src: "/media/benih.jpg", alt: "Benih padi" },
		withdrawn: { date: "2026-04-03 09:00", reason: "Narasumber menarik keterangannya." },
	}),
	"public/media/benih.jpg": "(a photo)",
});
const byTitle = (title: string) => [...kinds.articles, ...kinds.withdrawn].find((a) => a.title === title)!;

test("each jenis has its schema.org type: opinion, analysis, reportage for interviews, advertiser content", () => {
	const types = Object.fromEntries(JENIS.map((jenis) => [jenis, newsArticle(byTitle(`Tulisan ${jenis}`), site)["@type"]]));
	assert.equal(types, {
		berita: "NewsArticle",
		opini: "OpinionNewsArticle",
		analisis: "AnalysisNewsArticle",
		wawancara: "ReportageNewsArticle",
		"cek-fakta": "NewsArticle",
		advertorial: "AdvertiserContentArticle",
	});
	assert.equal(types, JSONLD_TYPES);
});

test("a fact check carries a ClaimReview: claim, claimant, where and when it appeared, the verdict in words", () => {
	const graph = articleGraph(byTitle("Tulisan cek-fakta"), site, strings)["@graph"] as Record<string, unknown>[];
	const review = graph.find((node) => node["@type"] === "ClaimReview")!;
	const url = "https://warta-serang.example/2026/03/05/cek-fakta/";
	assert.equal(review, {
		"@type": "ClaimReview",
		"@id": `${url}#claimreview`,
		url,
		claimReviewed: "Jembatan Ciujung ambruk",
		itemReviewed: {
			"@type": "Claim",
			author: { "@type": "Person", name: "Akun Info Serang" },
			datePublished: "2026-03-01T00:00:00+07:00",
			appearance: { "@type": "CreativeWork", url: "https://contoh.example/unggahan/1" },
		},
		reviewRating: { "@type": "Rating", alternateName: "Salah" },
		author: { "@id": "https://warta-serang.example/#organization" },
		datePublished: "2026-03-05T08:00:00+07:00",
		isPartOf: { "@id": `${url}#article` },
	});
	const others = articleGraph(byTitle("Tulisan opini"), site, strings)["@graph"] as Record<string, unknown>[];
	assert.not.ok(
		others.some((node) => node["@type"] === "ClaimReview"),
		"no ClaimReview without a claim",
	);
});

test("credits: editors as editor, the wire or press release as isBasedOn, the photo credit as creditText", () => {
	const ld = newsArticle(byTitle("Kredit"), site);
	assert.equal(ld.editor, [
		{ "@type": "Person", name: "Rudi Hartono", url: "https://warta-serang.example/penulis/rudi/" },
		{ "@type": "Person", name: "Sari Wulandari", url: "https://warta-serang.example/penulis/sari/" },
	]);
	assert.equal(ld.isBasedOn, { "@type": "CreativeWork", name: "Siaran pers Pemkab Serang" });
	assert.is(ld.sourceOrganization, undefined);
	assert.is((ld.image as Record<string, unknown>[])[0]!.creditText, "Foto: Humas Pemkab Serang");
	const none = newsArticle(plain, site);
	assert.not.ok("editor" in none || "isBasedOn" in none, "no credit keys when there are no credits");
});

test("a withdrawn story: status Withdrawn, the reason as description, no summary, photo or keywords", () => {
	const withdrawn = byTitle("Dicabut");
	const ld = newsArticle(withdrawn, site);
	assert.is(ld.creativeWorkStatus, "Withdrawn");
	assert.is(ld.description, "Narasumber menarik keterangannya.");
	assert.is(ld.dateModified, "2026-04-03T09:00:00+07:00", "the withdrawal changed the page");
	assert.not.ok("image" in ld || "keywords" in ld || "articleBody" in ld);
	assert.not.match(serializeJsonLd(articleGraph(withdrawn, site, strings)), "Ringkasan yang tidak boleh");
});

test("serialization escapes every < so </script> cannot end the element; JSON.parse gives the text back", () => {
	const json = serializeJsonLd(articleGraph(corrected, site, strings));
	assert.not.match(json, "<");
	assert.match(json, "\\u003c/script>");
	assert.is((JSON.parse(json)["@graph"][0] as Record<string, unknown>).headline, HOSTILE);
});

test.run();
