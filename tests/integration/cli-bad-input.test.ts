// One test per kind of mistake an editor can make: the build command must exit non-zero, name the file and
// field in its message, leave the previously built _site/ exactly as it was, and leave no staging folder
// behind. docs/authoring.md must explain every message. Each case runs the command's `main` in this process
// (a process per case costs about a second of CPU); a sample runs as real child processes, as `npm run build`
// does, and must print the same.
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { digest, isKeptSibling, pool, runCli, runMain, type CliResult } from "../helpers/cli.ts";
import { article, makeSite, REPO, tempDir, TINY_JPEG } from "../helpers/fixture.ts";

const NOW = "2026-11-29 08:00";
const docs = readFileSync(join(REPO, "docs/authoring.md"), "utf8");

interface BadCase {
	name: string;
	/** Files to add (root-relative path → text or bytes) */
	files?: Record<string, string | Buffer>;
	/** Anything else to set up in the site root (links, permissions) */
	setup?: (root: string) => void;
	/** Changes to a data file: path → function of its parsed JSON */
	data?: Record<string, (json: any) => void>;
	/** The problem line the build must print */
	expect: { file: string; line?: number; field?: string; text: RegExp };
	/** The phrase of the message that docs/authoring.md must explain */
	documented: string;
	/** Also run as a child process (`npm run build`), to prove the process prints and exits the same */
	process?: true;
	/** Found only while the pages are written (decoding a photo), so `npm run check` cannot see it */
	duringBuild?: true;
}

const A = "articles/2020/02";

/** site.json's `url` set to `url` is refused with `reason` after the documented start of the message. */
function siteUrlCase(name: string, url: string, reason: RegExp, process?: true): BadCase {
	return {
		name,
		data: { "_data/site.json": (site) => (site.url = url) },
		expect: {
			file: "_data/site.json",
			field: "url",
			text: new RegExp(`expected a full address starting with "https://", found .*${reason.source}`),
		},
		documented: 'expected a full address starting with "https://"',
		process,
	};
}

/** An article with `permalink` (in ${A}/<file>.md) is refused as not a clean site path, for `reason`. */
function permalinkCase(name: string, file: string, permalink: string, reason: RegExp, process?: true): BadCase {
	return {
		name,
		files: { [`${A}/${file}.md`]: article({ permalink }) },
		expect: { file: `${A}/${file}.md`, field: "permalink", text: new RegExp(`is not a clean site path: .*${reason.source}`) },
		documented: "is not a clean site path",
		process,
	};
}

/** A symbolic link at `path` (root-relative) pointing to `target` (relative to the link's folder). */
function link(root: string, target: string, path: string): void {
	mkdirSync(dirname(join(root, path)), { recursive: true });
	symlinkSync(target, join(root, path));
}

/** Nine nested anchors, each a list of nine aliases of the one before: 9⁹ values once expanded. */
function aliasBomb(): string {
	const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
	for (let i = 1; i < 9; i++) {
		const [before, name] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
		lines.push(`${name}: &${name} [${Array(9).fill(`*${before}`).join(", ")}]`);
	}
	return lines.join("\n");
}
const CASES: BadCase[] = [
	{
		name: "malformed YAML names the file and line, and says to quote",
		files: { [`${A}/yaml.md`]: "---\ntitle: Pemilu: hasil akhir\ndate: 2020-02-01 08:00\n---\nIsi.\n" },
		expect: { file: `${A}/yaml.md`, line: 2, text: /front matter is not valid YAML .*put the whole value in double quotes/ },
		documented: "front matter is not valid YAML",
		process: true,
	},
	{
		name: "an empty file",
		files: { [`${A}/kosong.md`]: "" },
		expect: { file: `${A}/kosong.md`, text: /the file is empty/ },
		documented: "the file is empty",
	},
	{
		name: "a file without front matter",
		files: { [`${A}/teks.md`]: "Hanya teks berita tanpa judul.\n" },
		expect: { file: `${A}/teks.md`, line: 1, text: /no front matter: the file must start with a "---" line/ },
		documented: "no front matter",
	},
	{
		name: "front matter that is never closed",
		files: { [`${A}/terbuka.md`]: "---\ntitle: Judul\ndate: 2020-02-01 08:00\nIsi berita.\n" },
		expect: { file: `${A}/terbuka.md`, line: 1, text: /front matter is not closed/ },
		documented: "front matter is not closed",
	},
	{
		name: "a wrong type (tags: 5)",
		files: { [`${A}/tag.md`]: article({ tags: 5 as unknown as string[] }) },
		expect: { file: `${A}/tag.md`, field: "tags", text: /expected a list of tags, e\.g\. \[Pemkab Serang, ASN\], found number 5/ },
		documented: "expected a list of tags",
	},
	{
		name: "a number where text is expected says to quote it",
		files: { [`${A}/angka.md`]: article({ title: 2018 as unknown as string }) },
		expect: { file: `${A}/angka.md`, field: "title", text: /found number 2018; write it in double quotes, e\.g\. "2018"/ },
		documented: "write it in double quotes",
	},
	{
		name: "a required field left out",
		files: { [`${A}/tanpa-ringkasan.md`]: article({ summary: undefined }) },
		expect: { file: `${A}/tanpa-ringkasan.md`, field: "summary", text: /is required: a one or two sentence summary/ },
		documented: "is required",
	},
	{
		name: "an unknown field, with the field it probably meant",
		files: { [`${A}/judul.md`]: article({ judul: "Salah nama" }) },
		expect: {
			file: `${A}/judul.md`,
			field: "judul",
			text: /is not a field Warta knows; did you mean "title"\? \(known fields: title, date/,
		},
		documented: "is not a field Warta knows",
	},
	{
		name: "an author who is not in authors.json",
		files: { [`${A}/penulis.md`]: article({ author: "budi" }) },
		expect: { file: `${A}/penulis.md`, field: "author", text: /"budi" is not in _data\/authors\.json \(known: andi, sari, rudi\)/ },
		documented: "is not in _data/authors.json",
		process: true,
	},
	{
		name: "an unknown rubric",
		files: { [`${A}/rubrik.md`]: article({ rubric: "cuaca" }) },
		expect: {
			file: `${A}/rubrik.md`,
			field: "rubric",
			text: /"cuaca" is not in _data\/rubrics\.json \(known: pemerintahan, infrastruktur/,
		},
		documented: "is not in _data/rubrics.json",
	},
	{
		name: "an impossible month (2018-13-45) is an error, not rolled over",
		files: { [`${A}/bulan.md`]: article({ date: "2018-13-45" }) },
		expect: { file: `${A}/bulan.md`, field: "date", text: /"2018-13-45" is not a real date and time: there is no month 13/ },
		documented: "is not a real date and time",
	},
	{
		name: "an impossible day (2018-02-30) is an error, not rolled over",
		files: { [`${A}/hari.md`]: article({ date: "2018-02-30 10:00" }) },
		expect: { file: `${A}/hari.md`, field: "date", text: /February 2018 has 28 days, there is no day 30/ },
		documented: "is not a real date and time",
	},
	{
		name: "a date written the Indonesian way gets the fix",
		files: { [`${A}/jam.md`]: article({ date: "2020-02-01 10.15 WIB" }) },
		expect: {
			file: `${A}/jam.md`,
			field: "date",
			text: /expected a date like "2018-04-17 10:15".*found "2020-02-01 10\.15 WIB"; leave out the zone name/,
		},
		documented: "expected a date like",
	},
	{
		name: "an update dated before publication",
		files: { [`${A}/ralat.md`]: article({ date: "2020-02-01 08:00", updated: "2020-01-31 08:00" }) },
		expect: { file: `${A}/ralat.md`, field: "updated", text: /is before the publication date/ },
		documented: "is before the publication date",
	},
	{
		name: "a photo without alt text",
		files: { [`${A}/alt.md`]: article({ image: { src: "/media/foto.jpg" } }) },
		expect: { file: `${A}/alt.md`, field: "image.alt", text: /is required: a short description of the photo/ },
		documented: "image.alt",
	},
	{
		name: "a photo in the text whose file is not under public/",
		files: { [`${A}/foto-isi.md`]: article({}, "Isi berita.\n\n![Warga menambal jalan](/media/2020/tidak-ada.jpg)\n") },
		expect: {
			file: `${A}/foto-isi.md`,
			text: /the image "\/media\/2020\/tidak-ada\.jpg" in the text is not in the site: expected the file public\/media\/2020\/tidak-ada\.jpg/,
		},
		documented: "in the text is not in the site",
		process: true,
	},
	{
		name: "a photo in the text with a relative address",
		files: { [`${A}/foto-relatif.md`]: article({}, 'Isi berita.\n\n<img src="foto.jpg" alt="Warga">\n') },
		expect: { file: `${A}/foto-relatif.md`, text: /the image "foto\.jpg" in the text has a relative address/ },
		documented: "has a relative address",
	},
	{
		name: "a photo file that is not an image",
		files: {
			[`${A}/foto-rusak.md`]: article({ image: { src: "/media/rusak.jpg", alt: "Foto banjir" } }),
			"public/media/rusak.jpg": "bukan gambar",
		},
		expect: { file: `${A}/foto-rusak.md`, field: "image.src", text: /the photo "\/media\/rusak\.jpg" could not be read as an image/ },
		documented: "could not be read as an image",
		duringBuild: true,
	},
	{
		name: "a photo whose file is not under public/",
		files: { [`${A}/foto.md`]: article({ image: { src: "/media/2020/hilang.jpg", alt: "Foto banjir" } }) },
		expect: {
			file: `${A}/foto.md`,
			field: "image.src",
			text: /the photo "\/media\/2020\/hilang\.jpg" is not in the site: expected the file public\/media\/2020\/hilang\.jpg/,
		},
		documented: "is not in the site",
		process: true,
	},
	{
		name: "a headline over the length limit",
		files: { [`${A}/panjang.md`]: article({ title: "Panjang ".repeat(21).trim() }) },
		expect: { file: `${A}/panjang.md`, field: "title", text: /must be at most 160 characters, found 167 characters/ },
		documented: "must be at most 160 characters",
	},
	{
		name: "placeholder text from npm run new outside a draft",
		files: { [`${A}/templat.md`]: article({ summary: "Tulis ringkasan berita dalam satu atau dua kalimat." }) },
		expect: { file: `${A}/templat.md`, field: "summary", text: /still has the placeholder from `npm run new`/ },
		documented: "still has the placeholder",
	},
	{
		name: "a file that is not UTF-8",
		files: {
			[`${A}/latin1.md`]: Buffer.concat([Buffer.from(article({}, "Baris satu.\nKaf")), Buffer.from([0xe9]), Buffer.from(" Serang.\n")]),
		},
		expect: { file: `${A}/latin1.md`, line: 10, text: /the file contains characters that are not UTF-8/ },
		documented: "not UTF-8",
	},
	{
		name: "a file saved as UTF-16 with its byte order mark is reported as UTF-16, not as not UTF-8",
		files: { [`${A}/utf16.md`]: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article(), "utf16le")]) },
		expect: { file: `${A}/utf16.md`, text: /the file is saved as UTF-16; save it as "UTF-8"/ },
		documented: "the file is saved as UTF-16",
	},
	{
		name: "a YAML alias bomb in front matter is refused with the file named",
		files: { [`${A}/bom-alias.md`]: article().replace("---\n", `---\n${aliasBomb()}\n`) },
		expect: {
			file: `${A}/bom-alias.md`,
			line: 2,
			text: /front matter uses the YAML anchor "&a"; anchors \(&name\) and aliases \(\*name\) are not allowed/,
		},
		documented: "anchors (&name) and aliases (*name) are not allowed",
		process: true,
	},
	{
		name: "a YAML alias without an anchor says to quote the value",
		files: { [`${A}/bintang.md`]: article().replace("title: ", "title: *Penting* ") },
		expect: { file: `${A}/bintang.md`, line: 2, text: /unidentified alias .* a value that starts with \* is read as a YAML alias/ },
		documented: "is read as a YAML alias",
	},
	{
		name: "a dangling .md link in articles/ is a problem naming the link, not a stack trace",
		setup: (root) => link(root, "hilang.md", `${A}/tautan-putus.md`),
		expect: { file: `${A}/tautan-putus.md`, text: /is a link to "hilang\.md", which cannot be read \(it does not exist, ENOENT\)/ },
		documented: "which cannot be read",
		process: true,
	},
	{
		name: "a self-looping .md link in articles/ is a problem naming the link, not a stack trace",
		setup: (root) => link(root, "lingkar.md", `${A}/lingkar.md`),
		expect: {
			file: `${A}/lingkar.md`,
			text: /is a link to "lingkar\.md", which cannot be read \(a link that leads back to itself, ELOOP\)/,
		},
		documented: "a link that leads back to itself",
	},
	{
		name: "two articles publishing to the same URL fail with both file names",
		files: {
			"articles/a/rapat.md": article({ date: "2020-03-01 08:00" }),
			"articles/b/rapat.md": article({ date: "2020-03-01 09:00" }),
		},
		expect: { file: "articles/b/rapat.md", text: /publishes to \/2020\/03\/01\/rapat\/, the same URL as articles\/a\/rapat\.md/ },
		documented: "the same URL as",
		process: true,
	},
	{
		name: "a permalink over one of Warta's own pages",
		files: { [`${A}/beranda.md`]: article({ permalink: "/" }) },
		expect: { file: `${A}/beranda.md`, field: "permalink", text: /\/ is the home page's address/ },
		documented: "address; choose another permalink",
	},
	permalinkCase("a permalink climbing out with .. is refused", "naik", "/../../outside/index.html", /empty, "\." or "\.\." part/, true),
	permalinkCase(
		"a percent-encoded .. in a permalink is refused",
		"persen",
		"/%2e%2e/%2e%2e/enc/index.html",
		/it contains "%"; write the characters themselves/,
	),
	permalinkCase("a backslash in a permalink is refused", "miring", "/berita\\lama/", /it contains a backslash/),
	permalinkCase("a permalink starting with // is refused", "ganda", "//index.html", /it must start with one "\/"/),
	permalinkCase("a permalink with a /./ part is refused", "titik", "/./index.html", /empty, "\." or "\.\." part/),
	permalinkCase("a permalink with /x/../ is refused", "balik", "/x/../index.html", /empty, "\." or "\.\." part/),
	permalinkCase("a permalink with a query is refused", "tanya", "/berita/lama/?id=12/", /without a \?query or #fragment/),
	{
		name: "a permalink on /ralat/ is refused by the checks, not by Eleventy's Output conflict",
		files: { [`${A}/ralat.md`]: article({ permalink: "/ralat/" }) },
		expect: { file: `${A}/ralat.md`, field: "permalink", text: /\/ralat\/ is the corrections page's address/ },
		documented: "address; choose another permalink",
		process: true,
	},
	{
		name: "a permalink on /terbaru/2/ is refused by the checks, not by Eleventy's Output conflict",
		files: { [`${A}/terbaru.md`]: article({ permalink: "/terbaru/2/" }) },
		expect: { file: `${A}/terbaru.md`, field: "permalink", text: /\/terbaru\/2\/ is inside \/terbaru\/, where Warta makes its own pages/ },
		documented: "where Warta makes its own pages",
	},
	{
		name: "a permalink /feed.xml/ above Warta's feed file is refused by the checks, not by ENOTDIR",
		files: { [`${A}/umpan.md`]: article({ permalink: "/feed.xml/" }) },
		expect: {
			file: `${A}/umpan.md`,
			field: "permalink",
			text: /\/feed\.xml\/ would need a folder \/feed\.xml\/ where the RSS feed is a file/,
		},
		documented: "would need a folder",
		process: true,
	},
	{
		name: "a title of only a zero-width space is refused",
		files: { [`${A}/kosong-lebar.md`]: article({ title: "\u200B" }) },
		expect: {
			file: `${A}/kosong-lebar.md`,
			field: "title",
			text: /must contain visible characters: the headline; found only invisible ones \(U\+200B\)/,
		},
		documented: "must contain visible characters",
		process: true,
	},
	{
		name: "5,000 tags on one story are refused with the numbers",
		files: { [`${A}/tag-banyak.md`]: article({ tags: Array.from({ length: 5000 }, (_, i) => `Tag ${i}`) }) },
		expect: { file: `${A}/tag-banyak.md`, field: "tags", text: /has 5000 tags; at most 50 are allowed/ },
		documented: "at most 50 are allowed",
	},
	{
		name: "malformed JSON in a data file names the line",
		files: { "_data/authors.json": '{\n  "andi": { "name": "Andi Saputra" },\n  "sari": { "name": "Sari Wulandari" },\n}\n' },
		expect: { file: "_data/authors.json", line: 4, text: /is not valid JSON .*remove the comma after the last item/ },
		documented: "is not valid JSON",
		process: true,
	},
	{
		name: "a YAML data file in _data/ is an error, never silently ignored",
		files: { "_data/newsletter.yaml": "judul: Kabar Pekan Ini\n" },
		expect: { file: "_data/newsletter.yaml", text: /reads only JSON data files, not YAML, .*write its data as _data\/newsletter\.json/ },
		documented: "Warta reads only JSON data files, not YAML, so this file would be ignored",
		process: true,
	},
	{
		name: "site.json: a time zone that does not exist",
		data: { "_data/site.json": (site) => (site.timezone = "Asia/Serang") },
		expect: { file: "_data/site.json", field: "timezone", text: /expected an IANA time zone name such as "Asia\/Jakarta"/ },
		documented: "IANA time zone",
	},
	siteUrlCase(
		"site.json: a javascript: address is refused",
		"javascript:alert(1)",
		/"javascript:" addresses cannot serve a site; use https:\/\//,
		true,
	),
	siteUrlCase("site.json: a file: address is refused", "file:///var/www", /"file:" addresses cannot serve a site/),
	siteUrlCase("site.json: an ftp: address is refused", "ftp://warta.example", /"ftp:" addresses cannot serve a site/),
	siteUrlCase(
		"site.json: a user name and password in the address are refused",
		"https://redaksi:rahasia@warta.example",
		/leave out the user name and password/,
	),
	siteUrlCase(
		"site.json: a query in the address is refused, so it cannot end up inside every article URL",
		"https://warta.example/?x=1",
		/leave out the \?query and #fragment/,
	),
	siteUrlCase(
		"site.json: a path in the address is refused (it would double with --pathprefix)",
		"https://warta.example/berita",
		/only the domain, without a path; for a site in a subfolder, build with --pathprefix/,
	),
	{
		name: "rubrics.json: a misspelt field",
		data: { "_data/rubrics.json": (rubrics) => (rubrics.hukum = { nama: "Hukum" }) },
		expect: { file: "_data/rubrics.json", field: "hukum.nama", text: /did you mean "name"\?/ },
		documented: "is not a field Warta knows",
	},
	{
		name: "navigation.json: a link that is not a URL",
		data: { "_data/navigation.json": (nav) => (nav.main[0].url = "kategori hukum") },
		expect: { file: "_data/navigation.json", field: "main.0.url", text: /expected a path on this site starting with "\/"/ },
		documented: "expected a path on this site",
	},
	{
		name: "UI strings: a key the theme uses is missing",
		data: { "_data/i18n/id.json": (strings) => delete strings.goToTop },
		expect: {
			file: "_data/i18n/id.json",
			field: "goToTop",
			text: /is missing; the theme shows it \(_includes\/partials\/go-to-top\.njk\)/,
		},
		documented: "the theme shows it",
		process: true,
	},
	{
		name: "a type of work outside the fixed set",
		files: { [`${A}/jenis.md`]: article({ date: "2020-02-01 08:00", jenis: "gosip" }) },
		expect: {
			file: `${A}/jenis.md`,
			field: "jenis",
			text: /expected one of berita, opini, analisis, wawancara, cek-fakta, advertorial, found text "gosip"/,
		},
		documented: "expected one of berita, opini, analisis, wawancara, cek-fakta, advertorial",
	},
	{
		name: "a claim review on a story that is not a fact check",
		files: { [`${A}/klaim.md`]: article({ date: "2020-02-01 08:00", claimReview: { claim: "Jembatan ambruk", rating: "Salah" } }) },
		expect: { file: `${A}/klaim.md`, field: "claimReview", text: /only a fact check carries a claim review.*add jenis: cek-fakta/ },
		documented: "only a fact check carries a claim review",
	},
	{
		name: "a reply to a story that does not exist",
		files: { [`${A}/jawab.md`]: article({ date: "2020-02-01 08:00", replyTo: "/2020/01/05/tidak-ada/" }) },
		expect: {
			file: `${A}/jawab.md`,
			field: "replyTo",
			text: /"\/2020\/01\/05\/tidak-ada\/" is not an article of this site; name the original story by its file/,
		},
		documented: "is not an article of this site",
	},
	{
		name: "a reply to a draft",
		files: {
			[`${A}/draf-asli.md`]: article({ title: "Draf asli", date: "2020-02-01 07:00", draft: true }),
			[`${A}/jawab-draf.md`]: article({ date: "2020-02-01 08:00", replyTo: `${A}/draf-asli.md` }),
		},
		expect: {
			file: `${A}/jawab-draf.md`,
			field: "replyTo",
			text: /is a draft \(articles\/2020\/02\/draf-asli\.md\); a reply can only answer a published story/,
		},
		documented: "a reply can only answer a published story",
	},
	{
		name: "a withdrawal without a reason",
		files: { [`${A}/cabut.md`]: article({ date: "2020-02-01 08:00", withdrawn: { date: "2020-02-02 08:00" } }) },
		expect: { file: `${A}/cabut.md`, field: "withdrawn.reason", text: /is required: why the story was withdrawn/ },
		documented: "withdrawn.reason: is required: why the story was withdrawn",
	},
	{
		name: "a withdrawal dated before the story",
		files: { [`${A}/cabut-awal.md`]: article({ date: "2020-02-01 08:00", withdrawn: { date: "2020-01-31 08:00", reason: "Salah." } }) },
		expect: {
			file: `${A}/cabut-awal.md`,
			field: "withdrawn.date",
			text: /"2020-01-31 08:00" is before the publication date; a story is withdrawn after it was published/,
		},
		documented: "a story is withdrawn after it was published",
	},
	{
		name: "a newsroom page without a summary",
		files: { "halaman/tentang-kami.md": "---\ntitle: Tentang Kami\n---\nKami media lokal.\n" },
		expect: { file: "halaman/tentang-kami.md", field: "summary", text: /is required: one or two sentences about the page/ },
		documented: "halaman/x.md: title: is required",
	},
	{
		name: "a newsroom page on the address of the corrections page",
		files: { "halaman/ralat.md": "---\ntitle: Ralat Kami\nsummary: Halaman ralat kami.\n---\nIsi.\n" },
		expect: { file: "halaman/ralat.md", field: "permalink", text: /\/ralat\/ is the corrections page's address; choose another permalink/ },
		documented: "permalink: /ralat/ is the corrections page's address",
	},
	{
		name: "newsroom.json: the masthead names a page the site does not have",
		files: { "_data/newsroom.json": JSON.stringify({ legalName: "PT Contoh Media", masthead: "/susunan-redaksi/" }) },
		expect: { file: "_data/newsroom.json", field: "masthead", text: /"\/susunan-redaksi\/" is not a page of the site/ },
		documented: "is not a page of the site",
	},
	{
		name: "analytics export: a row whose views are not a number",
		files: { "analytics/pages.csv": "name,visitors,pageviews\n/2020/01/01/warga-gotong-royong/,10,12\n/,5,banyak\n" },
		expect: {
			file: "analytics/pages.csv",
			line: 3,
			field: "pageviews",
			text: /expected a whole number of views, e\.g\. 1520, found "banyak"/,
		},
		documented: "expected a whole number of views",
		process: true,
	},
	{
		name: "analytics export: two exports at once",
		files: { "analytics/a.csv": "page,views\n/,1\n", "analytics/b.json": "[]" },
		expect: { file: "analytics/", text: /holds 2 exports \(a\.csv, b\.json\), and Warta ranks stories by one; keep only the newest/ },
		documented: "and Warta ranks stories by one",
	},
];

// The site every case starts from, built once by the real CLI: its _site/ is what must survive.
const base = makeSite({
	"articles/2020/01/warga-gotong-royong.md": article({
		title: "Warga Gotong Royong",
		image: { src: "/media/foto.jpg", alt: "Warga membersihkan saluran" },
	}),
	"public/media/foto.jpg": TINY_JPEG,
});
const first = await runCli("build", ["--root", base, "--now", NOW]);
if (first.code !== 0) throw new Error(`the base fixture does not build:\n${first.stderr}`);
const before = digest(join(base, "_site"));

/** A copy of the base site (with its built _site/) plus the case's mistakes. */
function setUp(bad: Pick<BadCase, "files" | "data" | "setup">, root = tempDir("bad")): string {
	cpSync(base, root, { recursive: true });
	for (const [path, change] of Object.entries(bad.data ?? {})) {
		const json = JSON.parse(readFileSync(join(root, path), "utf8"));
		change(json);
		writeFileSync(join(root, path), JSON.stringify(json, null, 2));
	}
	for (const [path, text] of Object.entries(bad.files ?? {})) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	bad.setup?.(root);
	return root;
}

const runs: { root: string; result: CliResult }[] = [];
for (const bad of CASES) {
	const root = setUp(bad);
	runs.push({ root, result: await runMain("build", ["--root", root, "--now", NOW]) });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

CASES.forEach((bad, i) => {
	test(bad.name, () => {
		const { root, result } = runs[i]!;
		assert.is(result.code, 1, `exit code\n${result.stderr}`);
		const { file, line, field, text } = bad.expect;
		const start = `  ${escape(file)}${line ? `:${line}` : ""}: ${field ? `${escape(field)}: ` : ""}`;
		assert.match(result.stderr, new RegExp(`^${start}.*?${text.source}`, "m"), result.stderr);
		assert.match(result.stderr, /The build stopped: \d+ errors? in \d+ files?.* was left as it was\./);
		assert.equal(digest(join(root, "_site")), before, "_site/ is byte for byte as before");
		assert.equal(
			readdirSync(root).filter((name) => name.startsWith("_site.") && !isKeptSibling(name)),
			[],
			"no staging folder left",
		);
		assert.ok(docs.includes(bad.documented), `docs/authoring.md explains "${bad.documented}"`);
	});
});

test("as child processes (npm run build), a sample of the cases exits 1 with the same messages", async () => {
	const sample = CASES.map((bad, i) => ({ bad, run: runs[i]! })).filter(({ bad }) => bad.process);
	const results = await pool(
		sample.map(
			({ run }) =>
				() =>
					runCli("build", ["--root", run.root, "--now", NOW]),
		),
	);
	const lines = (out: string) => out.split("\n").filter((l) => l.startsWith("  "));
	sample.forEach(({ bad, run }, i) => {
		assert.is(results[i]!.code, 1, bad.name);
		assert.ok(lines(results[i]!.stderr).length > 0, bad.name);
		assert.equal(lines(results[i]!.stderr), lines(run.result.stderr), bad.name);
		assert.equal(digest(join(run.root, "_site")), before);
	});
});

test("an Eleventy error (not a content problem) also exits non-zero and keeps _site/", async () => {
	// Two of Warta's own pages on one URL: found by Eleventy while writing, after content validation passed.
	const root = setUp({ data: { "_data/site.json": (site) => (site.feed.path = "/404.html") } });
	const result = await runCli("build", ["--root", root, "--now", NOW]);
	assert.is(result.code, 1, result.stderr);
	assert.match(result.stderr, /Output conflict/, "Eleventy's own explanation is shown");
	assert.match(result.stderr, /The build failed .*was left as it was\./);
	assert.equal(digest(join(root, "_site")), before);
	assert.equal(
		readdirSync(root).filter((name) => name.startsWith("_site.") && !isKeptSibling(name)),
		[],
		"the staging folder was removed",
	);
});

test("two folder link loops in articles/ are not followed: a warning names each, no false duplicate URLs", async () => {
	const root = setUp({
		files: { "articles/2020/03/rapat.md": article({ date: "2020-03-01 08:00" }) },
		setup: (root) => {
			link(root, "..", "articles/2020/03/naik");
			link(root, "../2020", "articles/2020/putar");
		},
	});
	const started = performance.now();
	const result = await runMain("build", ["--root", root, "--now", NOW]);
	assert.ok(performance.now() - started < 60_000, "no endless walk");
	assert.is(result.code, 0, result.stderr);
	for (const path of ["articles/2020/03/naik", "articles/2020/putar"]) {
		assert.match(result.stderr, `${path}: warning: is a link to a folder, which Warta does not follow`);
	}
	assert.not.match(result.stderr, /same URL/);
	assert.match(result.stdout, /Built 2 articles/);
});

test("an unreadable article is a problem naming the file for check and build, not an EACCES stack trace", async () => {
	const root = setUp({ files: { [`${A}/rahasia.md`]: article() } });
	chmodSync(join(root, `${A}/rahasia.md`), 0o000);
	// root reads any file, so run the commands as an unprivileged user, who must be able to write the site root.
	for (const dir of [root, ...readdirSync(root, { recursive: true, encoding: "utf8" }).map((p) => join(root, p))]) {
		if (!dir.endsWith("rahasia.md")) chmodSync(dir, 0o777);
	}
	const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
	for (const tool of ["check", "build"] as const) {
		const result = await runCli(tool, ["--root", root, "--now", NOW], { HOME: tempDir("home") }, asUser);
		assert.is(result.code, 1, `${tool}: ${result.stderr}`);
		assert.match(result.stderr, `  ${A}/rahasia.md: the file could not be read (permission denied, EACCES)`, tool);
		assert.not.match(result.stderr, /\n\s+at /, `${tool}: no stack trace`);
	}
	assert.equal(digest(join(root, "_site")), before, "_site/ is byte for byte as before");
	assert.ok(docs.includes("the file could not be read"));
});

test("all problems of one run are reported together, and `check` prints the same lines as the build", async () => {
	const root = tempDir("bad-all");
	const checked = CASES.filter((c) => c.expect.file.startsWith("articles/") && !c.duringBuild);
	for (const bad of checked) setUp(bad, root);
	const [build, check] = await Promise.all([
		runCli("build", ["--root", root, "--now", NOW]),
		runCli("check", ["--root", root, "--now", NOW]),
	]);
	const lines = (out: string) => out.split("\n").filter((l) => l.startsWith("  "));
	for (const bad of checked) {
		assert.ok(
			lines(build.stderr).some((l) => l.includes(bad.expect.file)),
			bad.expect.file,
		);
	}
	assert.is(check.code, 1);
	assert.equal(lines(check.stderr), lines(build.stderr));
	assert.match(check.stderr, /Checked \d+ articles and the data files in .*: \d+ errors in \d+ files/);
	assert.equal(digest(join(root, "_site")), before, "neither touched _site/");
	assert.equal(
		readdirSync(root).filter((name) => name.startsWith("_site.") && !isKeptSibling(name)),
		[],
	);
});

test.after(() => {
	for (const root of [base, ...runs.map((run) => run.root)]) rmSync(root, { recursive: true, force: true });
});

test.run();
