// Search records from the content archive (src/search/records.ts): what is searched, what results show, and
// nothing of the markup.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { articleText, searchRecord } from "../../src/search/records.ts";
import { synthetic } from "../helpers/synthetic.ts";

const RECORDS = { language: "id", locale: "id" };

test("a record: site path, language, headline and text searched, title, date and summary shown", () => {
	const article = {
		...synthetic({ title: "Jalan Rusak di Cikande", date: "2019-02-21 07:30", body: "Warga **mengeluh**.\n\nSopir truk *protes*." }),
		dateline: "Cikande",
	};
	const record = searchRecord(article, RECORDS);
	assert.equal(record, {
		url: "/2019/02/21/jalan-rusak-di-cikande/",
		content: "Jalan Rusak di Cikande\nCIKANDE – Warga mengeluh.\nSopir truk protes.",
		language: "id",
		meta: { title: "Jalan Rusak di Cikande", date: article.published.dateTime, datetime: article.published.iso, summary: article.summary },
	});
	assert.equal(searchRecord(article, RECORDS), record, "deterministic");
});

test("markup is not text: link targets, image alt text and HTML tags are left out; code and typography stay", () => {
	const text = articleText(
		[
			'Kata "kutipan" dan [tautan](https://contoh.id/rahasia) di sini.',
			"",
			"![keterangan foto tersembunyi](/media/x.jpg)",
			"",
			"## Kronologi",
			"",
			"- satu `kode`",
			"- dua",
			"",
			"```",
			"blok kode",
			"```",
			"",
			'<div class="kotak"><p>Isi &amp; kotak &#8220;HTML&#8221;</p><script>jangan()</script></div>',
		].join("\n"),
	);
	assert.is(text, "Kata “kutipan” dan tautan di sini.\nKronologi\nsatu kode\ndua\nblok kode\nIsi & kotak “HTML”");
	assert.not.match(text, /rahasia|tersembunyi|jangan|<|href/);
});

test("escaping-safe: markup in headline, summary and text stays literal text (the page shows it with textContent)", () => {
	const hostile = '<img src=x onerror=alert(1)> & "kutip" {{ x }}';
	const article = {
		...synthetic({ title: hostile, date: "2020-01-01 10:00", body: "Teks \\<b>bukan tag\\</b> & {% raw %}" }),
		summary: hostile,
	};
	const record = searchRecord(article, RECORDS);
	assert.is(record.meta.title, hostile);
	assert.is(record.meta.summary, hostile);
	assert.is(record.content, `${hostile}\nTeks <b>bukan tag</b> & {% raw %}`);
	assert.not.ok(JSON.stringify(record).includes("&amp;"), "no HTML entities in records: Pagefind takes plain text");
});

test("the language and the dateline's case follow the site settings", () => {
	const article = { ...synthetic({ title: "Istanbul", date: "2020-01-01 10:00", body: "Teks." }), dateline: "istanbul" };
	assert.is(searchRecord(article, { language: "tr", locale: "tr" }).content, "Istanbul\nİSTANBUL – Teks.");
	assert.is(searchRecord(article, { language: "en", locale: "en" }).language, "en");
});

test.run();
