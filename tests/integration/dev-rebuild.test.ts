// `npm start` after a save: the saved article's page and the home page update; other article pages are
// not rewritten; a change outside articles/ (a data file) renders everything again.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Eleventy from "@11ty/eleventy";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { configure, PAGES_DIR } from "../../.eleventy.ts";
import { FIXED_NOW } from "../helpers/build.ts";
import { article, makeSite, tempDir } from "../helpers/fixture.ts";

const root = makeSite({
	"articles/2020/01/satu.md": article({ title: "Berita satu", date: "2020-01-01 08:00" }),
	"articles/2020/01/dua.md": article({ title: "Berita dua", date: "2020-01-02 08:00" }),
});
const out = tempDir("dev");
const pageFile = (slug: string, day: string) => join(out, `2020/01/${day}/${slug}/index.html`);
const read = (file: string) => {
	try {
		return readFileSync(file, "utf8");
	} catch {
		return "";
	}
};

async function until(check: () => boolean, what: string): Promise<void> {
	const deadline = Date.now() + 15_000;
	while (!check()) {
		if (Date.now() > deadline) assert.unreachable(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 25));
	}
}

const eleventy = new Eleventy(PAGES_DIR, out, {
	configPath: false,
	quietMode: true,
	runMode: "watch",
	config: (eleventyConfig) => configure(eleventyConfig, { root, now: FIXED_NOW }),
});
await eleventy.init();
await eleventy.watch();
await until(() => read(pageFile("dua", "02")).includes("Berita dua"), "the first build");
await new Promise((r) => setTimeout(r, 500));

test("saving one article re-renders its page and the home page, not the other articles", async () => {
	const untouched = statSync(pageFile("satu", "01")).mtimeMs;
	writeFileSync(join(root, "articles/2020/01/dua.md"), article({ title: "Berita dua diperbarui", date: "2020-01-02 08:00" }));
	await until(() => read(pageFile("dua", "02")).includes("Berita dua diperbarui"), "the saved article's page");
	await until(() => read(join(out, "index.html")).includes("Berita dua diperbarui"), "the home page");
	assert.is(statSync(pageFile("satu", "01")).mtimeMs, untouched, "the other article's page was not rewritten");
	await new Promise((r) => setTimeout(r, 300));
});

test("changing a data file renders every page again", async () => {
	const before = statSync(pageFile("satu", "01")).mtimeMs;
	const authorsFile = join(root, "_data/authors.json");
	const authors = JSON.parse(readFileSync(authorsFile, "utf8"));
	authors.andi.name = "Andi S. Saputra";
	writeFileSync(authorsFile, JSON.stringify(authors));
	await until(() => read(pageFile("satu", "01")).includes("Andi S. Saputra"), "the unchanged article's page after a data change");
	assert.ok(statSync(pageFile("satu", "01")).mtimeMs > before);
});

test.after(async () => {
	await eleventy.stopWatch();
});

test.run();
