import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseFrontMatter } from "../../src/content/frontmatter.ts";

test("splits YAML front matter from the body, keeping dates as strings", () => {
	const result = parseFrontMatter("---\ntitle: Rapat DPRD\ndate: 2018-04-17 10:15\n---\nIsi berita.\n");
	assert.ok(result.ok);
	if (!result.ok) return;
	assert.equal(result.data, { title: "Rapat DPRD", date: "2018-04-17 10:15" });
	assert.is(result.body, "Isi berita.\n");
});

test("tolerates a UTF-8 BOM and CRLF line endings", () => {
	const result = parseFrontMatter("\uFEFF---\r\ntitle: Rapat\r\n---\r\nBaris satu.\r\nBaris dua.\r\n");
	assert.ok(result.ok);
	if (result.ok) {
		assert.is(result.data.title, "Rapat");
		assert.is(result.body, "Baris satu.\nBaris dua.\n");
	}
});

test("an empty file, a file without front matter and an unclosed block are explained", () => {
	const empty = parseFrontMatter("  \n");
	assert.ok(!empty.ok && /empty/.test(empty.message));
	const none = parseFrontMatter("Hanya teks.\n");
	assert.ok(!none.ok && /no front matter/.test(none.message));
	const open = parseFrontMatter("---\ntitle: x\n");
	assert.ok(!open.ok && /not closed/.test(open.message));
});

test("malformed YAML reports the line in the file", () => {
	const result = parseFrontMatter("---\ntitle: ok\ntags: [a, b\nsummary: x\n---\nbody\n");
	assert.ok(!result.ok);
	if (!result.ok) {
		assert.match(result.message, /not valid YAML/);
		assert.ok(result.line !== undefined && result.line >= 3 && result.line <= 5, `line ${result.line}`);
	}
});

test("a YAML quote left open is reported at the line where it opened, not at the closing ---", () => {
	const cases: [string, number, RegExp][] = [
		// file line 3 opens a double quote that never closes; js-yaml alone said line 7 (the closing ---)
		[
			'---\ntitle: Rapat\nsummary: "DPRD meminta anggaran\nauthor: andi\nrubric: pemerintahan\ntags: [Banjir]\n---\nIsi.\n',
			3,
			/opened with "/,
		],
		// inside a list, after a field with an escaped quote and a comment holding a quote
		['---\ntitle: "Kata \\"Aman\\" Dulu" # it\'s fine\ntags: [Banjir, "Tanara]\ndate: 2018-04-17 10:15\n---\nIsi.\n', 3, /opened with "/],
		// a single quote: '' inside is an escaped quote, not the end
		["---\ntitle: Rapat\ndateline: 'Kota ''Lama\nauthor: andi\n---\nIsi.\n", 3, /opened with '/],
		// a list item under a group
		['---\ncorrections:\n  - date: "2018-04-18 09:00\n    text: salah\n---\nIsi.\n', 3, /opened with "/],
	];
	for (const [source, line, message] of cases) {
		const result = parseFrontMatter(source);
		assert.ok(!result.ok, source);
		if (!result.ok) {
			assert.is(result.line, line, `${JSON.stringify(source)}: ${result.message}`);
			assert.match(result.message, message);
		}
	}
	// Quotes inside plain values (an apostrophe, a quoted word mid-sentence) do not open anything.
	const plain = parseFrontMatter('---\ntitle: Jum\'at Bersih di "Kampung" Baru\nsummary: ok\n---\nIsi.\n');
	assert.ok(plain.ok, plain.ok ? "" : plain.message);
});

test("front matter that is not a mapping is rejected", () => {
	const result = parseFrontMatter("---\n- a\n- b\n---\n");
	assert.ok(!result.ok && /field: value/.test(result.message));
});

test.run();

test("a YAML alias bomb in front matter is refused before it expands, naming the anchor's line", () => {
	const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
	for (let i = 1; i < 9; i++) {
		const [before, name] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
		lines.push(`${name}: &${name} [${Array(9).fill(`*${before}`).join(", ")}]`);
	}
	const started = performance.now();
	const result = parseFrontMatter(`---\ntitle: Judul\n${lines.join("\n")}\n---\nIsi.\n`);
	assert.ok(performance.now() - started < 1000, "refused without expanding 9⁹ values");
	assert.ok(!result.ok && result.line === 3 && /YAML anchor "&a"/.test(result.message));
	const scalar = parseFrontMatter("---\nsummary: &s Ringkasan\ntitle: *s\n---\n");
	assert.ok(!scalar.ok && /anchors \(&name\) and aliases \(\*name\) are not allowed/.test(scalar.message));
	const plain = parseFrontMatter('---\ntitle: Tom & Jerry * 2\nsummary: "&x *y"\n---\n');
	assert.ok(plain.ok, "& and * inside values are text");
});

test("a file saved as UTF-16 is reported as UTF-16, with or without its byte order mark", () => {
	for (const bytes of [Buffer.from("\uFEFF---\ntitle: x\n---\n", "utf16le"), Buffer.from("---\ntitle: x\n---\n", "utf16le")]) {
		const result = parseFrontMatter(bytes.toString("utf8"));
		assert.ok(!result.ok && /is saved as UTF-16/.test(result.message), result.ok ? "" : result.message);
	}
});
