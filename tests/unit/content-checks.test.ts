// The checks beyond the schema, one by one: hints for YAML, JSON and date mistakes, "did you mean", warnings
// that do not stop a build, files that must exist, UI strings, and URLs that would overwrite another page.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildArchive } from "../../src/content/archive.ts";
import { parseFrontMatter } from "../../src/content/frontmatter.ts";
import { parseJson } from "../../src/content/json.ts";
import { formatProblem } from "../../src/content/problems.ts";
import { suggest } from "../../src/content/checks/suggest.ts";
import { themeStringKeys } from "../../src/content/checks/strings.ts";
import { articleTemplate, shortenSlug } from "../../src/cli/new.ts";
import { countCharacters } from "../../src/content/schema.ts";
import { article, makeSite, REPO } from "../helpers/fixture.ts";

const NOW = "2026-11-29 08:00";
const run = (root: string) => buildArchive({ root, now: NOW });
const messages = (root: string) => run(root).problems.map(formatProblem);
const editJson = (root: string, path: string, change: (json: any) => void) => {
	const json = JSON.parse(readFileSync(join(root, path), "utf8"));
	change(json);
	writeFileSync(join(root, path), JSON.stringify(json));
};
const yamlError = (yaml: string) => {
	const result = parseFrontMatter(`---\n${yaml}\n---\nIsi.\n`);
	return result.ok ? "" : `${result.line}: ${result.message}`;
};

test("YAML mistakes get the fix: quotes, spaces, duplicates, tabs, lists", () => {
	assert.match(yamlError("title: Pemilu: hasil akhir"), /^2: .*put the whole value in double quotes/);
	assert.match(yamlError("title: 'Jum'at Bersih'"), /^2: .*double quotes/);
	assert.match(yamlError("title: A\nsummary: B\n  dateline: C"), /^4: .*remove the spaces before the field name/);
	assert.match(yamlError("title: A\ntitle: B"), /^3: .*the same field is written twice/);
	assert.match(yamlError("title: A\n\ttags: [a]"), /^3: .*indent with spaces, not tabs/);
	assert.match(yamlError("tags: [Banjir, Tanara\nsummary: x"), /a list in \[ \] needs a comma between items and a closing \]/);
	assert.match(yamlError('title: "Banjir\nsummary: x'), /a value opened with " must end with "/);
});

test('an unquoted " #" that silently cuts text is a warning naming the line and the lost words', () => {
	const root = makeSite({
		"articles/x.md":
			"---\ntitle: Aksi #SaveSerang di Alun-alun\ndate: 2020-01-01 08:00\nauthor: andi\nrubric: hukum\ntags: [Aksi]\nsummary: Ringkasan.\n---\nIsi.\n",
	});
	const { archive, problems } = run(root);
	assert.is(archive!.articles[0]!.title, "Aksi", "YAML's reading, which the warning explains");
	assert.equal(problems.map(formatProblem), [
		'articles/x.md:2: warning: title: "#SaveSerang di Alun-alun" was read as a YAML comment and left out (a " #" starts a comment); put the whole value in double quotes',
	]);
});

test("JSON mistakes name the line and the fix", () => {
	const trailing = parseJson('{\n  "a": 1,\n}\n');
	assert.ok(!trailing.ok && trailing.line === 3 && /remove the comma after the last item/.test(trailing.message));
	const single = parseJson("{ 'a': 1 }");
	assert.ok(!single.ok && /double quotes/.test(single.message));
	const comment = parseJson('{\n  "a": 1 // x\n}');
	assert.ok(!comment.ok && comment.line === 2 && /no comments/.test(comment.message));
	const missing = parseJson('{\n  "a": 1\n  "b": 2\n}');
	assert.ok(!missing.ok && missing.line === 3 && /a comma is missing/.test(missing.message));
	const empty = parseJson(" \n");
	assert.ok(!empty.ok && /the file is empty/.test(empty.message));
	assert.ok(parseJson('\uFEFF{"a": 1}').ok, "a byte order mark is fine");
});

test("did you mean: case, Indonesian field names, small typos; nothing for far-off words", () => {
	const fields = ["title", "date", "author", "rubric", "tags", "summary", "image"];
	assert.is(suggest("Title", fields), "title");
	assert.is(suggest("judul", fields), "title");
	assert.is(suggest("penulis", fields), "author");
	assert.is(suggest("rubrik", fields), "rubric");
	assert.is(suggest("titel", fields), "title");
	assert.is(suggest("sumary", fields), "summary");
	assert.is(suggest("zzz", fields), undefined);
	assert.is(suggest("Andi Saputra", ["andi", "sari"], { "andi saputra": "andi" }), "andi");
});

test("dates in newsroom formats get the fix", () => {
	const root = makeSite({
		"articles/a.md": article({ date: "17/04/2018" }),
		"articles/b.md": article({ date: "2018-04-17 10.15" }),
		"articles/c.md": article({ date: "2018-4-7 9:05" }),
		"articles/d.md": article({ date: "2018-04-31 10:00" }),
		"articles/e.md": article({ date: "2018-04-17 24:00" }),
	});
	const found = messages(root).join("\n");
	assert.match(found, /a\.md: date: .*found "17\/04\/2018"; write the year first: YYYY-MM-DD/);
	assert.match(found, /b\.md: date: .*write the time with a colon, "10:15", not "10\.15"/);
	assert.match(found, /c\.md: date: .*two digits each/);
	assert.match(found, /d\.md: date: "2018-04-31 10:00" is not a real date and time: April 2018 has 30 days, there is no day 31/);
	assert.match(found, /e\.md: date: .*hours go from 00 to 23, found 24/);
});

test("warnings publish but are said: long headline or summary, no tags, no text, a scheduled date", () => {
	const root = makeSite({
		"articles/a.md": article({ title: "Kata ".repeat(25).trim(), summary: "Ringkasan ".repeat(21).trim(), tags: [] }, ""),
		"articles/b.md": article({ date: "2027-01-01 08:00" }),
		"articles/c.md": article({ date: "2027-01-01 08:00", draft: true }),
		// A draft without tags, as `npm run new` writes it: no warning until it is meant for readers.
		"articles/d.md": article({ draft: true, tags: [] }),
	});
	const { archive, problems } = run(root);
	assert.ok(archive, "warnings do not stop the build");
	assert.equal(problems.map(formatProblem), [
		"articles/a.md: warning: title: is 124 characters; search results and shared links cut headlines after about 110",
		"articles/a.md: warning: summary: is 209 characters; keep it to one or two sentences (up to 200)",
		"articles/a.md: warning: tags: the article has no tags; add one to five, e.g. tags: [Pemkab Serang, Banjir]",
		'articles/a.md: warning: the article has no text after the closing "---"',
		"articles/b.md: warning: date: 2027-01-01 08:00 is in the future: the article is held back until the first build after that time",
	]);
});

test("files in articles/ that are not .md are warned about, never dropped silently", () => {
	const root = makeSite({
		"articles/a.md": article(),
		"articles/b.markdown": article(),
		"articles/c.MD": article(),
		"articles/d.docx": "x",
		"articles/e.jpg": "x",
		"articles/.f.md.swp": "x",
	});
	const found = messages(root);
	assert.equal(found, [
		'articles/b.markdown: warning: is not read: only files ending in ".md" are articles; save it as markdown with a .md name',
		'articles/c.MD: warning: is not read: only files ending in ".md" are articles; save it as markdown with a .md name',
		'articles/d.docx: warning: is not read: only files ending in ".md" are articles; save it as markdown with a .md name',
	]);
});

test("image: the file must exist under public/; width and height come together; addresses elsewhere are allowed", () => {
	const root = makeSite({
		"articles/a.md": article({ image: { src: "/media/ada.jpg", alt: "Ada" } }),
		"articles/b.md": article({ image: { src: "/media/ada.jpg", alt: "Ada", width: 800 } }),
		"articles/c.md": article({ image: { src: "https://foto.example/x.jpg", alt: "Luar" } }),
		"articles/d.md": article({ image: { src: "media/ada.jpg", alt: "Relatif" } }),
		"articles/e.md": article({ date: "2018-02-30", image: { src: "/media/hilang.jpg" } }),
		"public/media/ada.jpg": "JPEG",
	});
	assert.equal(messages(root), [
		"articles/b.md: image.height: give both width and height (in pixels), or neither",
		'articles/d.md: image.src: expected the image path, e.g. "/media/2018/04/pelantikan.jpg": a path starting with "/" under public/, or a full "https://…" address, without spaces, found text "media/ada.jpg"',
		// Every mistake of one article in one run, the missing photo included.
		"articles/e.md: image.alt: is required: a short description of the photo for readers who cannot see it",
		'articles/e.md: date: "2018-02-30" is not a real date and time: February 2018 has 28 days, there is no day 30',
		'articles/e.md: image.src: the photo "/media/hilang.jpg" is not in the site: expected the file public/media/hilang.jpg',
	]);
});

test("permalinks may not overwrite Warta's own pages, sections or public files; case differences collide", () => {
	const root = makeSite({
		"articles/a.md": article({ permalink: "/404.html" }),
		"articles/b.md": article({ permalink: "/kategori/hukum/" }),
		"articles/c.md": article({ permalink: "/media/halaman.html" }),
		"articles/d.md": article({ permalink: "/Berita/Lama/" }),
		"articles/e.md": article({ permalink: "/berita/lama/index.html" }),
		"public/media/halaman.html": "<p>x</p>",
	});
	assert.equal(messages(root), [
		"articles/a.md: permalink: /404.html is the not-found page's address; choose another permalink",
		"articles/b.md: permalink: /kategori/hukum/ is inside /kategori/, where Warta makes its own pages (the rubric pages); choose another permalink",
		"articles/c.md: permalink: /media/halaman.html is the address of the file public/media/halaman.html; choose another permalink",
		"articles/e.md: publishes to /berita/lama/index.html, the same file as /Berita/Lama/ of articles/d.md; give one of them another `slug` or `permalink`",
	]);
});

test("a permalink on, inside or above any address Warta writes is refused by the checks, not by Eleventy", () => {
	// Every kind of page, feed and file Warta writes (src/site/reserved.ts), and a folder above each file.
	const taken = [
		"/",
		"/terbaru/2/",
		"/404.html",
		"/ralat/",
		"/cari/",
		"/kategori/",
		"/kategori/hukum/2/",
		"/tag/banjir/",
		"/penulis/andi/",
		"/penulis/",
		"/indeks/2020/01/",
		"/css/x/",
		"/js/x/",
		"/pagefind/",
		"/media/img/x/",
		"/feed.xml/",
		"/atom.xml/",
		"/feed.json/",
		"/sitemap.xml/",
		"/sitemap-2.xml/",
		"/sitemap-news.xml/",
		"/robots.txt/",
		"/_headers/",
		"/kategori/hukum/feed.xml/",
	];
	const files = Object.fromEntries(taken.map((permalink, i) => [`articles/p${i}.md`, article({ permalink })]));
	const root = makeSite({
		...files,
		"articles/x.md": article({ permalink: "/lama/x.html" }),
		"articles/y.md": article({ permalink: "/lama/x.html/" }),
		"articles/z.md": article({ permalink: "/media/foto.jpg/" }),
		"public/media/foto.jpg": "x",
	});
	const found = messages(root);
	taken.forEach((permalink, i) => {
		const line = found.find((m) => m.startsWith(`articles/p${i}.md: permalink: ${permalink} `));
		assert.ok(
			line && / is .*'s address; | is inside \/[a-z/]+\/, where Warta makes its own pages | would need a folder /.test(line),
			permalink,
		);
	});
	assert.ok(
		found.includes(
			"articles/y.md: permalink: /lama/x.html/ would need a folder /lama/x.html/ where the article articles/x.md is a file; choose another permalink",
		),
		found.join("\n"),
	);
	assert.ok(
		found.includes(
			"articles/z.md: permalink: /media/foto.jpg/ would need a folder /media/foto.jpg/ where public/media/foto.jpg is a file; choose another permalink",
		),
	);
	assert.is(found.length, taken.length + 2, found.join("\n"));
});

test("a title of only a zero-width space is refused: text fields must contain visible characters", () => {
	const root = makeSite({
		"articles/a.md": article({ title: "\u200B" }),
		"articles/b.md": article({ summary: "\u200B\u200D \u3164" }),
		"articles/c.md": article({ title: "Judul\u200B" }),
	});
	assert.equal(messages(root), [
		"articles/a.md: title: must contain visible characters: the headline; found only invisible ones (U+200B)",
		"articles/b.md: summary: must contain visible characters: a one or two sentence summary; found only invisible ones (U+200B U+200D U+0020 U+3164)",
	]);
	const data = makeSite({});
	editJson(data, "_data/authors.json", (authors) => (authors.andi.name = "\u2060"));
	assert.equal(messages(data), [
		"_data/authors.json: andi.name: must contain visible characters: the author's full name; found only invisible ones (U+2060)",
	]);
});

test("5,000 tags on one story or a 20 MB story are refused, with the numbers; over 10 tags or 1 MB is a warning", () => {
	const tags = (n: number) => Array.from({ length: n }, (_, i) => `Tag ${i}`);
	const root = makeSite({
		"articles/a.md": article({ tags: tags(5000) }),
		"articles/b.md": article({ tags: tags(11) }),
		"articles/c.md": article({}, "Isi berita. ".repeat((20 * 1024 * 1024) / 12)),
		"articles/d.md": article({}, "Isi berita. ".repeat((2 * 1024 * 1024) / 12)),
	});
	assert.equal(messages(root), [
		"articles/a.md: tags: has 5000 tags; at most 50 are allowed (each tag is a page); keep the one to five that matter",
		"articles/b.md: warning: tags: has 11 tags; more than 10 rarely help readers, keep the one to five that matter",
		"articles/c.md: the text is 20.0 MB; at most 10 MB is allowed: remove pasted files or data, or split the story",
		"articles/d.md: warning: the text is 2.0 MB, more than 1 MB; it slows the build and readers' phones: check for pasted files or data",
	]);
});

test("tags C++, C# and C do not silently merge into one /tag/c/: + and # after a letter are spelt out", () => {
	const root = makeSite({
		"articles/a.md": article({ title: "A", tags: ["C++", "C#", "C", "#SaveSerang"] }),
		"articles/b.md": article({ title: "B", date: "2020-01-02 08:00", tags: ["c++", "Google+", "Bantén", " banten"] }),
	});
	const { archive, problems } = run(root);
	assert.equal(problems, []);
	const [b, a] = archive!.articles;
	assert.equal(
		a!.tags.map((t) => t.url),
		["/tag/c-plus-plus/", "/tag/c-sharp/", "/tag/c/", "/tag/saveserang/"],
	);
	assert.equal(
		b!.tags.map((t) => t.slug),
		["c-plus-plus", "google-plus", "banten"],
	);
});

test("UI strings: the site language needs every key the theme uses; other languages every key of id.json", () => {
	assert.ok(themeStringKeys().has("goToTop") && themeStringKeys().has("skipToContent"));
	const root = makeSite({ "articles/a.md": article() });
	editJson(root, "_data/i18n/en.json", (en) => {
		delete en.latestNews;
		en.copyright = "© {tahun}";
	});
	editJson(root, "_data/i18n/id.json", (id) => (id.by = " "));
	assert.equal(messages(root), [
		"_data/i18n/id.json: warning: by: is empty; readers will see a blank label",
		'_data/i18n/en.json: warning: latestNews: is missing; translate "Berita terbaru" from _data/i18n/id.json',
		"_data/i18n/en.json: warning: copyright: uses the placeholders {tahun} but _data/i18n/id.json uses {site,year}; keep the same {…} names",
	]);
	editJson(root, "_data/site.json", (site) => (site.language = "en"));
	assert.ok(
		messages(root).includes('_data/i18n/en.json: latestNews: is missing; translate "Berita terbaru" from _data/i18n/id.json'),
		"an error for the site's own language",
	);
});

test("data files: menu links may point elsewhere; logo and author photos must exist", () => {
	const root = makeSite({ "articles/a.md": article() });
	editJson(root, "_data/navigation.json", (nav) =>
		nav.footer.push(
			{ text: "Instagram", url: "https://instagram.com/wartaserang" },
			{ text: "Surat", url: "mailto:redaksi@warta.example" },
		),
	);
	editJson(root, "_data/site.json", (site) => (site.logo = { src: "/logo-baru.png", width: 200, height: 60 }));
	editJson(root, "_data/authors.json", (authors) => (authors.andi.photo = "/media/andi.jpg"));
	assert.equal(messages(root), [
		'_data/site.json: logo.src: "/logo-baru.png" is not in the site: expected the file public/logo-baru.png',
		'_data/authors.json: andi.photo: "/media/andi.jpg" is not in the site: expected the file public/media/andi.jpg',
	]);
	mkdirSync(join(root, "public/media"), { recursive: true });
	writeFileSync(join(root, "public/logo-baru.png"), "PNG");
	writeFileSync(join(root, "public/media/andi.jpg"), "JPEG");
	assert.equal(messages(root), []);
});

test("length limits count characters as readers do: an emoji or accented letter is one", () => {
	assert.is(countCharacters("Kafé 🎉 👨‍👩‍👧"), 8);
	const root = makeSite({
		"articles/a.md": article({ title: "🎉".repeat(160) }),
		"articles/b.md": article({ title: "👨‍👩‍👧".repeat(161) }),
	});
	const errors = run(root)
		.problems.filter((p) => p.severity === "error")
		.map(formatProblem);
	assert.equal(errors, ["articles/b.md: title: must be at most 160 characters, found 161 characters"]);
});

test("`npm run new` writes any title and key as valid YAML", () => {
	const text = articleTemplate({
		title: 'Rapat "Darurat": #1 — 50% \\ selesai',
		date: "2026-11-29 08:00",
		authors: ["2024", "andi"],
		rubric: "true",
	});
	const parsed = parseFrontMatter(text);
	assert.ok(parsed.ok);
	if (!parsed.ok) return;
	assert.is(parsed.data.title, 'Rapat "Darurat": #1 — 50% \\ selesai');
	assert.equal(parsed.data.author, ["2024", "andi"]);
	assert.is(parsed.data.rubric, "true");
	assert.equal(parsed.warnings, []);
});

test("long slugs from `npm run new` are cut at a word boundary", () => {
	const slug = "bupati-serang-minta-aparatur-sipil-negara-generasi-milenial-berani-membawa-cara-kerja-baru";
	assert.is(shortenSlug(slug), "bupati-serang-minta-aparatur-sipil-negara-generasi-milenial-berani-membawa-cara");
	assert.ok(shortenSlug(slug).length <= 80);
	assert.is(shortenSlug("pendek"), "pendek");
});

test("the sample site and its UI strings pass every check without a warning", () => {
	assert.equal(run(REPO).problems.map(formatProblem), []);
});

test.run();
