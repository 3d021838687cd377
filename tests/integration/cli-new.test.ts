// `npm run new`: a new article file with correct front matter, dated now in the site's zone, that passes
// `npm run check` and builds; it never overwrites, and says which keys exist when given a wrong one.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseFrontMatter } from "../../src/content/frontmatter.ts";
import { page } from "../helpers/build.ts";
import { runCli, runMain } from "../helpers/cli.ts";
import { makeSite } from "../helpers/fixture.ts";

const NOW = "2026-11-29 08:00";
const TITLE = "Warga 🎉 Rayakan “HUT” Serang: Meriah! #1";
const FILE = "articles/2026/11/warga-rayakan-hut-serang-meriah-1.md";
const root = makeSite({});
const created = await runCli("new", ["--root", root, "--now", NOW, TITLE, "--rubric", "hukum", "--author", "sari,rudi"]);
const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

test("creates articles/YYYY/MM/<ascii slug>.md and prints its path", () => {
	assert.is(created.code, 0, created.stderr);
	assert.is(created.stdout.trim(), FILE);
	assert.ok(existsSync(join(root, FILE)));
});

test("the front matter is correct: the exact title, now in the site zone, keys, a draft", () => {
	const parsed = parseFrontMatter(readFileSync(join(root, FILE), "utf8"));
	assert.ok(parsed.ok);
	if (!parsed.ok) return;
	assert.equal(parsed.warnings, [], 'the title\'s " #1" is quoted, not read as a comment');
	assert.is(parsed.data.title, TITLE);
	assert.is(parsed.data.date, NOW);
	assert.equal(parsed.data.author, ["sari", "rudi"]);
	assert.is(parsed.data.rubric, "hukum");
	assert.is(parsed.data.draft, true);
});

test("the date and folder are now in the site's zone, not the machine's or UTC", async () => {
	// 23:30 UTC on 30 November is 06:30 WIB on 1 December (this suite runs under TZ=Pacific/Kiritimati, UTC+14).
	const result = await runMain("new", ["--root", root, "--now", "2026-11-30T23:30:00Z", "Rapat Pagi"]);
	assert.is(result.code, 0, result.stderr);
	assert.is(result.stdout.trim(), "articles/2026/12/rapat-pagi.md");
	const parsed = parseFrontMatter(readFileSync(join(root, "articles/2026/12/rapat-pagi.md"), "utf8"));
	assert.ok(parsed.ok && parsed.data.date === "2026-12-01 06:30");
	assert.match(result.stderr, /--author: using "andi" \(the first in _data\/authors\.json\)/);
});

test("npm run check passes cleanly on the new files: a fresh draft gives no warning (drafts are checked too)", async () => {
	const result = await runCli("check", ["--root", root, "--now", NOW]);
	assert.is(result.code, 0, result.stderr);
	// The second one is dated after NOW, so it counts as scheduled rather than as a draft.
	assert.match(result.stdout, /2 articles OK, of which 1 draft and 1 scheduled; no warnings/);
	assert.not.match(result.stderr, "warning");
});

test("it refuses to overwrite an existing article", async () => {
	const before = sha(join(root, FILE));
	const result = await runMain("new", ["--root", root, "--now", NOW, TITLE]);
	assert.is(result.code, 1);
	assert.match(result.stderr, `${FILE} already exists and was left as it is`);
	assert.is(sha(join(root, FILE)), before);
});

test("an unknown rubric or author is refused with the known keys, and no file is written", async () => {
	const before = readdirSync(join(root, "articles/2026/11"));
	const rubric = await runMain("new", ["--root", root, "--now", NOW, "Judul Lain", "--rubric", "cuaca"]);
	assert.is(rubric.code, 1);
	assert.match(
		rubric.stderr,
		'--rubric "cuaca" is not in _data/rubrics.json (known: pemerintahan, infrastruktur, pendidikan, hukum, olahraga)',
	);
	const author = await runMain("new", ["--root", root, "--now", NOW, "Judul Lain", "--author", "Sari"]);
	assert.is(author.code, 1);
	assert.match(author.stderr, /--author "Sari" is not in _data\/authors\.json \(known: andi, sari, rudi\); did you mean "sari"\?/);
	assert.equal(readdirSync(join(root, "articles/2026/11")), before);
});

test("a wrong rubric and a wrong author in one command are both reported", async () => {
	const both = await runMain("new", ["--root", root, "--now", NOW, "Judul Lain", "--rubric", "cuaca", "--author", "budi"]);
	assert.is(both.code, 1);
	assert.match(both.stderr, '--rubric "cuaca" is not in _data/rubrics.json');
	assert.match(both.stderr, '--author "budi" is not in _data/authors.json');
});

test("the draft is in a preview build; once written and published it is in the production build", async () => {
	const preview = await runMain("build", ["--root", root, "--output", join(root, "_preview"), "--drafts", "--now", NOW]);
	assert.is(preview.code, 0, preview.stderr);
	const url = "/2026/11/29/warga-rayakan-hut-serang-meriah-1/";
	assert.is(page(join(root, "_preview"), url).querySelector("h1")!.textContent, TITLE);

	// Publishing with the placeholder text still in place is refused ...
	const path = join(root, FILE);
	writeFileSync(path, readFileSync(path, "utf8").replace("draft: true\n", ""));
	const refused = await runMain("build", ["--root", root, "--now", NOW]);
	assert.is(refused.code, 1);
	assert.match(refused.stderr, `${FILE}: summary: still has the placeholder from \`npm run new\``);
	// ... and builds once the journalist has written the summary and the story.
	const written = readFileSync(path, "utf8")
		.replace(/^summary: .*$/m, "summary: Warga merayakan hari jadi Serang di alun-alun.")
		.replace("Tulis isi berita di sini.", "Ribuan warga memadati alun-alun.");
	writeFileSync(path, written);
	const built = await runMain("build", ["--root", root, "--now", NOW]);
	assert.is(built.code, 0, built.stderr);
	const doc = page(join(root, "_site"), url);
	assert.is(doc.querySelector("h1")!.textContent, TITLE);
	assert.match(doc.querySelector(".article__body")!.textContent!, "Ribuan warga memadati alun-alun.");
});

test.run();
