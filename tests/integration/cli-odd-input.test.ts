// Odd but valid input must build and read correctly: CRLF line endings, a UTF-8 byte order mark, emoji and
// accents in titles and file names (the URL stays readable ASCII), a 5 MB article, an article of one line,
// and template syntax in the text. One fixture, built once by the real build CLI (`npm run build` as a child
// process); then one test per case on the written pages.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { page } from "../helpers/build.ts";
import { runCli } from "../helpers/cli.ts";
import { article, makeSite } from "../helpers/fixture.ts";

const NOW = "2026-11-29 08:00";
const BIG_END = "Akhir berita yang sangat panjang.";
const paragraph = `${"Warga Kecamatan Cikande kembali mengeluhkan jalan rusak yang belum juga diperbaiki. ".repeat(12).trim()}\n\n`;
const bigBody = `${paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length))}${BIG_END}\n`;

const root = makeSite({
	"articles/2020/01/crlf.md": article(
		{ title: "Jalan Berlubang di Cikande", date: "2020-01-02 08:00" },
		"Paragraf pertama.\n\nParagraf kedua.\n",
	).replace(/\n/g, "\r\n"),
	"articles/2020/01/bom.md": `\uFEFF${article({ title: "Berkas dengan BOM", date: "2020-01-03 08:00" }, "Isi berkas dengan BOM.\n")}`,
	"articles/2020/01/warga-🎉-rayakan-hut-café-ñandu.md": article(
		{ title: "Warga 🎉 Rayakan HUT “Kafé” Serang — Meriah!", date: "2020-01-04 08:00", tags: ["Pesta 🎉", "Kafé"] },
		"Perayaan berlangsung meriah 🎊 di alun-alun.\n",
	),
	"articles/2020/01/panjang.md": article({ title: "Berita Sangat Panjang", date: "2020-01-05 08:00" }, bigBody),
	"articles/2020/01/satu-baris.md": article({ title: "Satu Baris", date: "2020-01-06 08:00" }, "Hanya satu baris."),
	"articles/2020/01/kode.md": article(
		{ title: "Kurung Kurawal {{ site.title }} dan {% raw %}", date: "2020-01-07 08:00", summary: "Ringkasan dengan {{ x }} dan {% if %}." },
		'Tulisan {{ site.title }} dan {% include "x.njk" %} serta {# komentar #} tetap tampil apa adanya.\n',
	),
});
const result = await runCli("build", ["--root", root, "--now", NOW]);
const out = join(root, "_site");

test("the build succeeds and reports every article", () => {
	assert.is(result.code, 0, result.stderr);
	assert.match(result.stdout, /Built 6 articles into .*_site\//);
});

test("CRLF line endings: front matter read, paragraphs kept, no stray carriage returns", () => {
	const doc = page(out, "/2020/01/02/crlf/");
	assert.is(doc.querySelector("h1")!.textContent, "Jalan Berlubang di Cikande");
	const paragraphs = [...doc.querySelectorAll(".article__body p")].map((p) => p.textContent);
	assert.equal(paragraphs, ["Paragraf pertama.", "Paragraf kedua."]);
	assert.not.match(readFileSync(join(out, "2020/01/02/crlf/index.html"), "utf8"), "\r");
});

test("a UTF-8 byte order mark: the article reads normally, the mark is not in the page", () => {
	const doc = page(out, "/2020/01/03/bom/");
	assert.is(doc.querySelector("h1")!.textContent, "Berkas dengan BOM");
	assert.is(doc.querySelector(".article__body p")!.textContent, "Isi berkas dengan BOM.");
	assert.not.match(readFileSync(join(out, "2020/01/03/bom/index.html"), "utf8"), "\uFEFF");
});

test("emoji and accents: shown as written; the URL is readable ASCII", () => {
	const url = "/2020/01/04/warga-rayakan-hut-cafe-nandu/";
	const doc = page(out, url);
	assert.is(doc.querySelector("h1")!.textContent, "Warga 🎉 Rayakan HUT “Kafé” Serang — Meriah!");
	assert.match(doc.querySelector("title")!.textContent!, "Warga 🎉 Rayakan HUT “Kafé” Serang — Meriah!");
	assert.match(doc.querySelector(".article__body")!.textContent!, "Perayaan berlangsung meriah 🎊 di alun-alun.");
	assert.equal(
		[...doc.querySelectorAll(".tag")].map((t) => t.textContent),
		["Pesta 🎉", "Kafé"],
	);
	const rss = new XMLParser({ isArray: (name) => name === "item" }).parse(readFileSync(join(out, "feed.xml"), "utf8")).rss;
	const item = rss.channel.item.find((i: { link: string }) => i.link.endsWith(url));
	assert.is(item.title, "Warga 🎉 Rayakan HUT “Kafé” Serang — Meriah!");
});

test("a 5 MB article builds whole, to its last line", () => {
	assert.ok(bigBody.length >= 5 * 1024 * 1024);
	const html = readFileSync(join(out, "2020/01/05/panjang/index.html"), "utf8");
	assert.ok(html.length > 5 * 1024 * 1024, `${html.length} characters`);
	assert.match(page(out, "/2020/01/05/panjang/").querySelector(".article__body p:last-child")!.textContent!, BIG_END);
	assert.is(XMLValidator.validate(readFileSync(join(out, "feed.xml"), "utf8")), true);
});

test("front matter and one line without a final newline", () => {
	const doc = page(out, "/2020/01/06/satu-baris/");
	assert.is(doc.querySelector("h1")!.textContent, "Satu Baris");
	assert.is(doc.querySelector(".article__body p")!.textContent, "Hanya satu baris.");
});

test("{{ and {% in title, summary and text are printed, never run as a template", () => {
	const doc = page(out, "/2020/01/07/kode/");
	assert.is(doc.querySelector("h1")!.textContent, "Kurung Kurawal {{ site.title }} dan {% raw %}");
	assert.is(doc.querySelector(".article__summary")!.textContent, "Ringkasan dengan {{ x }} dan {% if %}.");
	// Straight quotes become Indonesian curly quotes (markdown typographer); the braces stay exactly as written.
	assert.is(
		doc.querySelector(".article__body p")!.textContent,
		"Tulisan {{ site.title }} dan {% include “x.njk” %} serta {# komentar #} tetap tampil apa adanya.",
	);
	assert.ok(existsSync(join(out, "index.html")));
	const homeTitles = [...page(out, "/").querySelectorAll("main h2 a, main h3 a")].map((a) => a.textContent);
	assert.ok(homeTitles.includes("Kurung Kurawal {{ site.title }} dan {% raw %}"), homeTitles.join(" | "));
});

// The 5 MB article and its pages take some 16 MB of the temp folder.
test.after(() => rmSync(root, { recursive: true, force: true }));

test.run();
