// What an incremental build cannot see in page signatures is in the fingerprint (src/build/fingerprint.ts):
// a change to a template, the theme, a data file or public/ must change it and name what changed, and a fresh
// checkout (same bytes, new mtimes) must not.
import { cpSync, mkdirSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { changedParts, fingerprint } from "../../src/build/fingerprint.ts";
import { tempDir } from "../helpers/fixture.ts";

function project(): string {
	const dir = tempDir("fp");
	for (const [path, text] of Object.entries({
		"src/content/articles.ts": "export const read = 1;\n",
		"src/pages/article.11ty.ts": "export const data = {};\n",
		"_includes/layouts/article.njk": "<article>{{ content }}</article>\n",
		"_includes/css/warta.css": "body { color: black }\n",
		".eleventy.ts": "export default () => {};\n",
		"package.json": "{}\n",
		"package-lock.json": "{}\n",
		"_data/site.json": '{"title":"Warta"}\n',
		"public/logo.png": "png",
		"articles/2024/a.md": "---\ntitle: A\n---\n",
	})) {
		mkdirSync(join(dir, path, ".."), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}

const of = (dir: string, options: Record<string, unknown> = { pathPrefix: "/" }) =>
	fingerprint({ projectRoot: dir, siteRoot: dir, options });

test("the same files give the same fingerprint; articles are not part of it", () => {
	const dir = project();
	const before = of(dir);
	writeFileSync(join(dir, "articles/2024/a.md"), "---\ntitle: B\n---\n");
	assert.is(of(dir).value, before.value);
});

for (const [what, path, part] of [
	["a template", "_includes/layouts/article.njk", "code"],
	["the stylesheet", "_includes/css/warta.css", "code"],
	["a page module", "src/pages/article.11ty.ts", "code"],
	["the lock file", "package-lock.json", "code"],
	["a data file", "_data/site.json", "site"],
	["a file in public/", "public/logo.png", "site"],
] as const) {
	test(`a change to ${what} changes the fingerprint and names it`, () => {
		const dir = project();
		const before = of(dir);
		writeFileSync(join(dir, path), "changed\n");
		const after = of(dir, { pathPrefix: "/" });
		assert.is.not(after.value, before.value);
		assert.ok(changedParts(before.parts, after.parts).includes(part), changedParts(before.parts, after.parts).join());
	});
}

test("the reading code has its own part, so the article store outlives a template change", () => {
	const dir = project();
	const before = of(dir);
	writeFileSync(join(dir, "_includes/layouts/article.njk"), "<main>{{ content }}</main>\n");
	assert.equal(changedParts(before.parts, of(dir).parts), ["code"]);
	writeFileSync(join(dir, "src/content/articles.ts"), "export const read = 2;\n");
	assert.equal(changedParts(before.parts, of(dir).parts).sort(), ["code", "reader"]);
});

test("build options are part of it", () => {
	const dir = project();
	assert.equal(changedParts(of(dir).parts, of(dir, { pathPrefix: "/berita/" }).parts), ["options"]);
});

test("a fresh checkout (same bytes, new mtimes) keeps the fingerprint, and the memo spares re-reading", () => {
	const dir = project();
	const first = of(dir);
	const copy = tempDir("fp-copy");
	cpSync(dir, copy, { recursive: true });
	utimesSync(join(copy, "_data/site.json"), new Date(), new Date(2031, 0, 1));
	assert.is(fingerprint({ projectRoot: copy, siteRoot: copy, options: { pathPrefix: "/" } }).value, first.value);
	const again = fingerprint({ projectRoot: dir, siteRoot: dir, options: { pathPrefix: "/" }, memo: first.memo });
	assert.equal(again.memo, first.memo);
});

test.run();
