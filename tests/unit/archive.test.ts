import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildArchive } from "../../src/content/archive.ts";
import { formatProblem } from "../../src/content/problems.ts";
import { article, makeSite } from "../helpers/fixture.ts";

const NOW = "2026-11-29 08:00";
const messages = (root: string) => buildArchive({ root, now: NOW }).problems.map(formatProblem);

test("reads articles newest first with URLs from the date in the site zone", () => {
	const root = makeSite({
		"articles/2018/04/a.md": article({ title: "A", date: "2018-04-17 23:30" }),
		"articles/2019/01/b.md": article({ title: "B", date: "2019-01-02 06:00" }),
	});
	const { archive, problems } = buildArchive({ root, now: NOW });
	assert.equal(problems, []);
	assert.equal(
		archive!.articles.map((a) => a.title),
		["B", "A"],
	);
	assert.is(archive!.articles[1]!.url, "/2018/04/17/a/");
});

test("every problem of a run is reported at once, naming file and field", () => {
	const root = makeSite({
		"articles/x.md": article({ author: "budi", rubric: "cuaca" }),
		"articles/y.md": article({ date: "2018-02-30 10:00", tags: 5 as unknown as string[] }),
		"articles/z.md": "",
	});
	const found = messages(root);
	assert.ok(
		found.some((m) => /^articles\/x\.md: author: "budi" is not in _data\/authors\.json \(known: andi, /.test(m)),
		found.join("\n"),
	);
	assert.ok(found.some((m) => /^articles\/x\.md: rubric: "cuaca" is not in _data\/rubrics\.json/.test(m)));
	assert.ok(found.some((m) => /^articles\/y\.md: date: "2018-02-30 10:00" is not a real date/.test(m)));
	assert.ok(found.some((m) => /^articles\/y\.md: tags: expected a list of tags.*found number 5/.test(m)));
	assert.ok(found.some((m) => /^articles\/z\.md: the file is empty/.test(m)));
});

test("the old front-matter field category: still works, with a warning naming the file and the new name", () => {
	const root = makeSite({ "articles/x.md": article({ rubric: undefined, category: "hukum" }) });
	const { archive, problems } = buildArchive({ root, now: NOW });
	assert.is(archive!.articles[0]!.rubric.key, "hukum");
	assert.equal(problems.map(formatProblem), [
		'articles/x.md: warning: category: "category" is the old name of this field; write rubric: instead',
	]);
	const both = makeSite({ "articles/x.md": article({ rubric: "hukum", category: "hukum" }) });
	assert.ok(
		messages(both).some((m) => m.startsWith('articles/x.md: category: has both "rubric" and "category"')),
		messages(both).join("\n"),
	);
});

test("the old data file _data/categories.json still works, with a warning that gives the new name", () => {
	const root = makeSite({ "articles/x.md": article({ rubric: "hukum" }) });
	renameSync(join(root, "_data/rubrics.json"), join(root, "_data/categories.json"));
	const { archive, problems } = buildArchive({ root, now: NOW });
	assert.is(archive!.articles[0]!.rubric.key, "hukum");
	assert.equal(problems.map(formatProblem), [
		"_data/categories.json: warning: is the old name of this file; rename it to _data/rubrics.json",
	]);
	assert.not.ok("categories" in archive!.data.extra, "not passed on as extra global data");
});

test("unknown fields are errors, never silently dropped", () => {
	const root = makeSite({ "articles/x.md": article({ judul: "Salah eja" }) });
	assert.ok(
		messages(root).some((m) => m.startsWith("articles/x.md: judul: is not a field Warta knows") && m.includes("known fields: title")),
	);
});

test("two articles publishing to one URL fail with both file names", () => {
	const root = makeSite({
		"articles/a/rapat.md": article({ date: "2020-01-01 08:00" }),
		"articles/b/rapat.md": article({ date: "2020-01-01 09:00" }),
	});
	assert.ok(messages(root).some((m) => m.includes("articles/b/rapat.md") && m.includes("same URL as articles/a/rapat.md")));
});

test("future articles are embargoed until now passes their date; drafts only in preview", () => {
	const root = makeSite({
		"articles/future.md": article({ title: "Nanti", date: "2026-12-01 08:00" }),
		"articles/draft.md": article({ title: "Draf", draft: true }),
		"articles/now.md": article({ title: "Kini" }),
	});
	const before = buildArchive({ root, now: NOW }).archive!;
	assert.equal(
		before.articles.map((a) => a.title),
		["Kini"],
	);
	assert.is(before.embargoed, 1);
	assert.is(before.draftsHidden, 1);
	const after = buildArchive({ root, now: "2026-12-01 08:00", includeDrafts: true }).archive!;
	assert.equal(after.articles.map((a) => a.title).sort(), ["Draf", "Kini", "Nanti"]);
});

test("a broken data file is reported with its name", () => {
	const root = makeSite({});
	writeFileSync(join(root, "_data/site.json"), '{ "title": "x", }');
	assert.ok(messages(root).some((m) => m.startsWith("_data/site.json:1: is not valid JSON") && m.includes("remove the comma")));
	writeFileSync(
		join(root, "_data/site.json"),
		JSON.stringify({ title: "x", tagline: "y", description: "z", url: "warta", timezone: "Mars/Base" }),
	);
	const found = messages(root);
	assert.ok(
		found.some((m) => m.startsWith("_data/site.json: url: expected a full address")),
		found.join("\n"),
	);
	assert.ok(found.some((m) => m.startsWith("_data/site.json: timezone: expected an IANA time zone")));
});

test("a YAML or JavaScript data file in _data/ is an error naming the file, never silently ignored", () => {
	const root = makeSite({});
	writeFileSync(join(root, "_data/newsletter.yaml"), "judul: Kabar Pekan Ini\n");
	writeFileSync(join(root, "_data/sponsors.js"), "export default [];\n");
	writeFileSync(join(root, "_data/Partners.JSON"), "{}");
	writeFileSync(join(root, "_data/notes.txt"), "catatan");
	writeFileSync(join(root, "_data/i18n/jv.yml"), "goToTop: Bali menyang dhuwur\n");
	mkdirSync(join(root, "_data/extra"));
	writeFileSync(join(root, "_data/extra/links.json"), "[]");
	writeFileSync(join(root, "_data/.DS_Store"), "");
	const result = buildArchive({ root, now: "2026-12-01 08:00" });
	assert.is(result.archive, undefined, "the build stops");
	const found = result.problems.map(formatProblem).filter((m) => m.startsWith("_data/"));
	assert.equal(found, [
		"_data/extra/: Warta reads no folder in _data/ except i18n/, so the files in it would be ignored; move them out of _data/, or write their data as JSON files in _data/ itself",
		"_data/newsletter.yaml: Warta reads only JSON data files, not YAML, so this file would be ignored; write its data as _data/newsletter.json, or move the file out of _data/",
		"_data/notes.txt: Warta reads only JSON data files (*.json) in _data/, so this file would be ignored; move it out of _data/",
		'_data/Partners.JSON: data files end in ".json" in lowercase, so this file would be ignored; rename it to _data/Partners.json',
		"_data/sponsors.js: Warta reads only JSON data files, not JavaScript, so this file would be ignored; write its data as _data/sponsors.json, or move the file out of _data/",
		"_data/i18n/jv.yml: Warta reads only JSON data files, not YAML, so this file would be ignored; write its data as _data/i18n/jv.json, or move the file out of _data/i18n/",
	]);
});

test("case and spacing variants of a tag in one article collapse to one tag", () => {
	const root = makeSite({ "articles/x.md": article({ tags: ["Banten", " banten ", "BANTEN", "Serang"] }) });
	const { archive } = buildArchive({ root, now: NOW });
	assert.equal(
		archive!.articles[0]!.tags.map((t) => t.slug),
		["banten", "serang"],
	);
});

test.run();
