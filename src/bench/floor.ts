// Bench child: the floor. The leanest Eleventy build that turns the same markdown into one page per article:
// every file read once, one trivial layout, one template paginated over the articles (docs/performance.md,
// "Why articles are one paginated template"); no listings, feeds, metadata or validation. Warta's full build is compared against it.
// Usage: node --import tsx src/bench/floor.ts <site-root> <out-dir>
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import Eleventy from "@11ty/eleventy";
import markdownIt from "markdown-it";
import { listArticleFiles } from "../content/archive.ts";
import { parseFrontMatter } from "../content/frontmatter.ts";
import { reportUsage } from "./measure.ts";

const [root, out] = process.argv.slice(2);
if (!root || !out) throw new Error("usage: floor.ts <site-root> <out-dir>");

interface FloorArticle {
	title: string;
	url: string;
	body: string;
}

const md = markdownIt({ html: true });
const articles: FloorArticle[] = listArticleFiles(root).map((file) => {
	const parsed = parseFrontMatter(readFileSync(join(root, file), "utf8"));
	if (!parsed.ok) throw new Error(`${file}: ${parsed.message}`);
	const date = String(parsed.data.date);
	return {
		title: String(parsed.data.title),
		url: `/${date.slice(0, 4)}/${date.slice(5, 7)}/${date.slice(8, 10)}/${basename(file, ".md")}/`,
		body: parsed.body,
	};
});

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
// An empty input directory: the one template is virtual.
const eleventy = new Eleventy(mkdtempSync(join(tmpdir(), "warta-floor-")), out, {
	configPath: false,
	quietMode: true,
	config(eleventyConfig) {
		eleventyConfig.addGlobalData("articles", articles);
		eleventyConfig.addTemplate("article.11ty.js", {
			data: {
				pagination: { data: "articles", size: 1, alias: "a" },
				permalink: (d: { a: FloorArticle }) => d.a.url,
				eleventyExcludeFromCollections: true,
			},
			render: (d: { a: FloorArticle }) =>
				`<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${escape(d.a.title)}</title></head><body><h1>${escape(d.a.title)}</h1>${md.render(d.a.body)}</body></html>`,
		});
	},
});
await eleventy.write();
reportUsage();
