import { test } from "uvu";
import * as assert from "uvu/assert";
import { countWords, readingMinutes, WORDS_PER_MINUTE } from "../../src/views/reading-time.ts";

test("counts words, keeping hyphenated and apostrophe words whole", () => {
	assert.is(countWords("Warga desa-desa di Ma'ruf, 17 April 2018."), 7);
	assert.is(countWords(""), 0);
	assert.is(
		countWords("SERANG – Warga\u00a0Bantén “datang” ke balai."),
		6,
		"dashes and quotes alone are not words; no-break space separates",
	);
	assert.is(countWords("  satu\n\ndua\tTIGA  "), 3);
});

test("link text counts, URLs, image sources and HTML tags do not", () => {
	assert.is(countWords("Baca [laporan lengkap](https://example.com/a/b/c) ini."), 4);
	assert.is(countWords('![foto jalan rusak](/media/x.jpg) <span class="x">Dua kata</span>'), 2);
});

test("minutes round up and are at least 1", () => {
	const words = (n: number) => Array.from({ length: n }, () => "kata").join(" ");
	assert.is(WORDS_PER_MINUTE, 200);
	assert.is(readingMinutes(""), 1);
	assert.is(readingMinutes(words(200)), 1);
	assert.is(readingMinutes(words(201)), 2);
	assert.is(readingMinutes(words(600)), 3);
});

test.run();
