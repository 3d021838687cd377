// The sample site built for a subfolder (`npm run build -- --pathprefix=/berita/`), as on GitHub project pages:
// every internal link resolves under the prefix, and every absolute URL (canonical, feeds, sitemaps, JSON-LD)
// carries it. Built once through the real command (in this process), with the search index.
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildArchive } from "../../src/content/archive.ts";
import { feedFiles, headersFile, IMMUTABLE, IMMUTABLE_DIRS } from "../../src/deploy/headers.ts";
import { FIXED_NOW, page } from "../helpers/build.ts";
import { runMain } from "../helpers/cli.ts";
import { REPO, tempDir } from "../helpers/fixture.ts";
import { checkLinks, htmlPages } from "../helpers/links.ts";

const PREFIX = "/berita/";
const dir = tempDir("prefix");
const out = join(dir, "_site");
const result = await runMain("build", ["--root", REPO, "--output", out, "--now", FIXED_NOW, "--pathprefix", "berita"]);
if (result.code !== 0) throw new Error(`the prefixed build failed:\n${result.stderr}`);
const { archive } = buildArchive({ root: REPO, now: FIXED_NOW });
const articles = archive!.articles;
const origin = archive!.data.site.url;
const base = `${origin}/berita`;

/** Every text file of the output except Pagefind's bundle. */
const textFiles = readdirSync(out, { recursive: true, encoding: "utf8" })
	.map((f) => f.split("\\").join("/"))
	.filter((f) => /\.(html|xml|json|txt|xsl)$/.test(f) && !f.startsWith("pagefind/"));

test("the command builds for the prefix and says so", () => {
	assert.match(
		result.stdout,
		/Built \d+ articles into .* for \/berita\/ in [\d.]+ s \((full build \([^)]*\): \d+ pages|incremental: rendered \d+ pages? of [\d,]+); no warnings; search index: \d+ articles in [\d.]+ s(; left out: [^)]*)?\)/,
	);
});

test("every internal link, image, stylesheet, script, form and feed URL resolves under /berita/", () => {
	assert.ok(htmlPages(out).length > articles.length);
	const broken = checkLinks(out, `${base}/`, PREFIX);
	assert.equal(
		broken.map((b) => `${b.page}: ${b.url} (${b.reason})`),
		[],
	);
});

test("the link check does fail for a link that leaves the prefix", () => {
	// The same pages checked as if served at the root: every root-relative link now points outside it.
	const broken = checkLinks(out, `${base}/`, "/kabar/");
	assert.ok(
		broken.some((b) => b.reason === "outside the path prefix /kabar/"),
		JSON.stringify(broken.slice(0, 3)),
	);
});

test("every absolute URL of the site, in every page, feed and sitemap, carries the prefix", () => {
	let count = 0;
	const wrong: string[] = [];
	for (const file of textFiles) {
		const text = readFileSync(join(out, file), "utf8");
		for (const m of text.matchAll(new RegExp(`${origin.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[^"'<>\\s]*`, "g"))) {
			count++;
			if (!m[0].startsWith(`${base}/`)) wrong.push(`${file}: ${m[0]}`);
		}
	}
	assert.equal(wrong, []);
	assert.ok(count >= articles.length * 3, `${count} absolute URLs checked`);
});

test("canonical links are the prefixed absolute URLs", () => {
	assert.is(page(out, "/").querySelector("link[rel=canonical]")!.getAttribute("href"), `${base}/`);
	for (const article of articles) {
		assert.is(page(out, article.url).querySelector("link[rel=canonical]")!.getAttribute("href"), `${base}${article.url}`);
	}
});

test("the RSS feed: channel, self link and items carry the prefix", () => {
	const rss = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "item" }).parse(
		readFileSync(join(out, "feed.xml"), "utf8"),
	).rss;
	assert.is(rss.channel.link, `${base}/`);
	assert.is(rss.channel["atom:link"]["@_href"], `${base}/feed.xml`);
	const items = rss.channel.item as { link: string; guid: string | { "#text": string } }[];
	assert.equal(
		items.map((i) => i.link),
		articles.map((a) => `${base}${a.url}`),
	);
	assert.equal(
		items.map((i) => (typeof i.guid === "string" ? i.guid : i.guid["#text"])),
		articles.map((a) => `${base}${a.url}`),
	);
	const head = page(out, "/").querySelector("link[rel=alternate][type='application/rss+xml']")!;
	assert.is(head.getAttribute("href"), "/berita/feed.xml");
});

test("the search page and its index work under the prefix", () => {
	const search = page(out, "/cari/");
	assert.is(search.querySelector("form[role=search]")!.getAttribute("action"), "/berita/cari/");
	assert.match(search.querySelector("script[type=module]")!.getAttribute("src")!, /^\/berita\/js\/cari\.[0-9a-f]{10}\.js$/);
	// The index is in shards listed by a manifest (src/search/pagefind.ts); together they hold every article, in
	// Indonesian, whose stemmer ships as wasm.id.pagefind.
	const manifest = JSON.parse(readFileSync(join(out, "pagefind/shards.json"), "utf8")) as { shards: { id: string }[] };
	let pages = 0;
	for (const { id } of manifest.shards) {
		const entry = JSON.parse(readFileSync(join(out, `pagefind/${id}/pagefind-entry.json`), "utf8"));
		assert.is(entry.languages.id.wasm, "id");
		pages += entry.languages.id.page_count;
	}
	assert.is(pages, articles.length);
	assert.ok(existsSync(join(out, "pagefind/pagefind.js")));
	assert.ok(existsSync(join(out, "pagefind/wasm.id.pagefind")));
});

test("files in the immutable folders carry a content hash; _headers marks those folders and the feed types", () => {
	const hashed: Record<string, RegExp> = {
		"/css/": /^warta\.[0-9a-f]{10}\.css$/,
		"/js/": /^(cari|warta)\.[0-9a-f]{10}\.js$/,
		"/media/img/": /^[\w-]{10}-\d+\.(avif|webp|jpeg)$/,
	};
	assert.equal(Object.keys(hashed), [...IMMUTABLE_DIRS]);
	for (const [folder, pattern] of Object.entries(hashed)) {
		const names = readdirSync(join(out, folder));
		assert.ok(names.length > 0, folder);
		for (const name of names) assert.match(name, pattern, `${folder}${name}`);
	}
	const headers = readFileSync(join(out, "_headers"), "utf8");
	assert.is(headers, headersFile(feedFiles(archive!.data.site)));
	for (const folder of IMMUTABLE_DIRS) assert.match(headers, `${folder}*\n  Cache-Control: ${IMMUTABLE}\n`);
	assert.match(headers, "/feed.xml\n  Content-Type: application/rss+xml; charset=utf-8\n");
});

test("SITE_PATH_PREFIX is read too, and a prefix that is not a path is refused before anything is built", async () => {
	const saved = process.env.SITE_PATH_PREFIX;
	process.env.SITE_PATH_PREFIX = "../berita";
	try {
		const bad = join(dir, "bad");
		const refused = await runMain("build", ["--root", REPO, "--output", bad, "--now", FIXED_NOW]);
		assert.is(refused.code, 1);
		assert.match(refused.stderr, /--pathprefix \/ SITE_PATH_PREFIX: the path prefix "\.\.\/berita" is not a URL path/);
		assert.not.ok(existsSync(bad));
	} finally {
		if (saved === undefined) delete process.env.SITE_PATH_PREFIX;
		else process.env.SITE_PATH_PREFIX = saved;
	}
});

test.after(() => rmSync(dir, { recursive: true, force: true }));

test.run();
