// Text an editor writes is text everywhere: a title, summary, caption or author name containing < > & quotes
// or </script> must come out as those characters, never as markup, in every output format. Each output file
// is one line in OUTPUTS, naming the texts it must show; its format decides how it is read back.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseHTML } from "linkedom";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { build } from "../helpers/build.ts";
import { article, makeSite, TINY_JPEG } from "../helpers/fixture.ts";

const NASTY = `<b>tebal</b> & "kutip" 'tunggal' </script><script>alert(1)</script> <!-- -->`;
const TEXTS = {
	title: `Banjir ${NASTY}`,
	summary: `Ringkasan ${NASTY}`,
	author: `Redaksi ${NASTY}`,
	rubric: `Hukum & <Kriminal> "Serang"`,
	tag: `Tag ${NASTY}`,
	alt: `Foto ${NASTY}`,
	caption: `Keterangan ${NASTY}`,
	credit: `Foto: ${NASTY}`,
	// Printed in capitals as the first words of the story.
	dateline: `Serang & <Cilegon> "Kota"`.toLocaleUpperCase("id"),
};
type Key = keyof typeof TEXTS;
const URL = "/2020/01/01/banjir/";

/** Each output and the texts it must show exactly. Add a new output format here, one line each. */
const OUTPUTS: { file: string; format: "html" | "xml" | "json"; shows: Key[] }[] = [
	{
		file: `${URL}index.html`,
		format: "html",
		shows: ["title", "summary", "author", "rubric", "tag", "alt", "caption", "credit", "dateline"],
	},
	{ file: "/index.html", format: "html", shows: ["title", "summary", "rubric"] },
	{ file: "/404.html", format: "html", shows: ["title", "summary"] },
	{ file: "/feed.xml", format: "xml", shows: ["title", "summary", "author", "rubric", "tag", "dateline"] },
	{ file: "/atom.xml", format: "xml", shows: ["title", "summary", "author", "rubric", "tag", "dateline"] },
	{ file: "/feed.json", format: "json", shows: ["title", "summary", "author", "tag", "dateline"] },
	{ file: "/kategori/aneh/feed.xml", format: "xml", shows: ["title", "summary", "author", "rubric"] },
	{ file: "/penulis/tamu/feed.xml", format: "xml", shows: ["title", "summary", "author"] },
	{ file: "/sitemap.xml", format: "xml", shows: [] },
];

const root = makeSite({
	[`articles/2020/01/banjir.md`]: article(
		{
			title: TEXTS.title,
			date: "2020-01-01 08:00",
			author: "tamu",
			rubric: "aneh",
			tags: [TEXTS.tag],
			summary: TEXTS.summary,
			dateline: `Serang & <Cilegon> "Kota"`,
			image: { src: "/media/foto.jpg", alt: TEXTS.alt, caption: TEXTS.caption, credit: TEXTS.credit },
		},
		"Air naik setinggi lutut.\n",
	),
	"public/media/foto.jpg": TINY_JPEG,
});
const editJson = (path: string, change: (json: Record<string, unknown>) => void) => {
	const json = JSON.parse(readFileSync(join(root, path), "utf8"));
	change(json);
	writeFileSync(join(root, path), JSON.stringify(json));
};
editJson("_data/authors.json", (authors) => (authors.tamu = { name: TEXTS.author }));
editJson("_data/rubrics.json", (rubrics) => (rubrics.aneh = { name: TEXTS.rubric }));
const out = await build({ root });

/** Every piece of text a reader or a program gets from a file: text, attribute values, nested HTML and JSON. */
function readBack(raw: string, format: "html" | "xml" | "json"): string[] {
	if (format === "json") return leaves(JSON.parse(raw)).flatMap((s) => (/<\w/.test(s) ? [s, ...readBack(s, "html")] : [s]));
	if (format === "xml") {
		const parsed = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: false }).parse(raw);
		return leaves(parsed).flatMap((s) => (/<\w/.test(s) ? [s, ...readBack(s, "html")] : [s]));
	}
	const { document } = parseHTML(raw);
	const found: string[] = [];
	for (const element of document.querySelectorAll("*")) {
		found.push(element.textContent ?? "");
		for (const attribute of element.attributes) found.push(attribute.value);
		if (element.tagName === "SCRIPT" && element.getAttribute("type") === "application/ld+json")
			found.push(...readBack(element.textContent ?? "", "json"));
	}
	return found;
}

function leaves(value: unknown): string[] {
	if (typeof value === "string") return [value];
	if (typeof value === "number") return [String(value)];
	if (Array.isArray(value)) return value.flatMap(leaves);
	if (value && typeof value === "object") return Object.values(value).flatMap(leaves);
	return [];
}

for (const output of OUTPUTS) {
	test(`${output.file}: every text is shown exactly and nothing from the data became markup`, () => {
		const raw = readFileSync(join(out, output.file), "utf8");
		if (output.format === "xml") assert.is(XMLValidator.validate(raw), true, "well-formed XML");
		if (output.format === "html") {
			const { document } = parseHTML(raw);
			assert.is(document.querySelectorAll("b").length, 0, "no <b> from the data");
			// A JSON-LD block and a story's copy-link enhancement (a theme file) may be the only scripts; the data's
			// "</script><script>" must not open another.
			const own = "script:not([type='application/ld+json']):not([type=module][src^='/js/warta.'])";
			assert.is(document.querySelectorAll(own).length, 0, "no script from the data");
			const opened = (raw.match(/<script\b/g) ?? []).length;
			assert.is((raw.match(/<\/script>/gi) ?? []).length, opened, "</script> from the data is escaped");
			assert.not.match(raw, "<!-- -->", "no comment from the data");
		}
		const texts = readBack(raw, output.format);
		for (const key of output.shows) {
			assert.ok(
				texts.some((text) => text.includes(TEXTS[key])),
				`${output.file} shows the ${key} exactly: ${JSON.stringify(TEXTS[key])}`,
			);
		}
	});
}

test("the page title, description and image attributes carry the exact text", () => {
	const { document } = parseHTML(readFileSync(join(out, URL, "index.html"), "utf8"));
	assert.match(document.querySelector("title")!.textContent!, TEXTS.title);
	assert.is(document.querySelector("meta[name=description]")!.getAttribute("content"), TEXTS.summary);
	assert.is(document.querySelector("h1")!.textContent, TEXTS.title);
	assert.is(document.querySelector("figure img")!.getAttribute("alt"), TEXTS.alt);
	assert.match(document.querySelector(".byline")!.textContent!, TEXTS.author);
});

test.run();
