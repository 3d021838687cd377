// Bench child, for reference: plain Eleventy with one template per article file (articles as markdown
// templates, tags as Eleventy collections, one Nunjucks layout). This is the design Warta does NOT use,
// because Eleventy 3's template map makes it grow quadratically (docs/performance.md#why-articles-are-one-paginated-template).
// Usage: node --import tsx src/bench/per-file.ts <site-root> <out-dir>
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import Eleventy from "@11ty/eleventy";
import { DateTime } from "luxon";
import { reportUsage } from "./measure.ts";

const [root, out] = process.argv.slice(2);
if (!root || !out) throw new Error("usage: per-file.ts <site-root> <out-dir>");
const input = join(root, "articles");
const includes = mkdtempSync(join(tmpdir(), "warta-perfile-"));
writeFileSync(
	join(includes, "article.njk"),
	`<!doctype html><html lang="id"><head><meta charset="utf-8"><title>{{ title }}</title></head><body><h1>{{ title }}</h1>{{ content | safe }}</body></html>`,
);

const eleventy = new Eleventy(input, out, {
	configPath: false,
	quietMode: true,
	config(eleventyConfig) {
		eleventyConfig.setIncludesDirectory(relative(input, includes));
		eleventyConfig.addGlobalData("layout", "article.njk");
		eleventyConfig.addGlobalData(
			"permalink",
			() => (data: { page: { date: Date; fileSlug: string } }) =>
				`/${DateTime.fromJSDate(data.page.date, { zone: "Asia/Jakarta" }).toFormat("yyyy/MM/dd")}/${data.page.fileSlug}/`,
		);
		eleventyConfig.addDateParsing((value: unknown) =>
			typeof value === "string" ? DateTime.fromSQL(value, { zone: "Asia/Jakarta" }) : undefined,
		);
		eleventyConfig.setTemplateFormats(["md"]);
		// Markdown keeps Eleventy's default Liquid pre-processing (no setter exists outside a config file);
		// the generated bodies contain no "{", so it changes no output.
	},
});
await eleventy.write();
reportUsage();
