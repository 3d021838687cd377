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

test("front matter that is not a mapping is rejected", () => {
	const result = parseFrontMatter("---\n- a\n- b\n---\n");
	assert.ok(!result.ok && /field: value/.test(result.message));
});

test.run();
