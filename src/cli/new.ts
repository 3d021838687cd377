// `npm run new -- "Judul berita" [--rubric …] [--author …]`: starts an article with correct front matter,
// dated now in the site's time zone, at articles/YYYY/MM/<slug>.md. It never overwrites a file. The article
// starts as a draft with placeholder text, which the checks refuse to publish (src/content/checks/article-checks.ts).
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { loadSiteData } from "../content/data.ts";
import { PLACEHOLDER_BODY, PLACEHOLDER_SUMMARY } from "../content/checks/placeholders.ts";
import { ProblemList } from "../content/problems.ts";
import { slugify } from "../site/slug.ts";
import { didYouMean } from "../content/checks/suggest.ts";
import { siteNow } from "../time/dates.ts";
import { isMain, parseCli } from "./args.ts";
import { DOCS, printProblems } from "./report.ts";

const USAGE = `Usage: npm run new -- "Judul berita" [--rubric <rubric>] [--author <key>[,<key>]] [--slug <words-with-dashes>]

Creates articles/YYYY/MM/<slug>.md, dated now in the site's time zone, as a draft. Prints its path.
  --rubric     a rubric key from _data/rubrics.json (default: the first one; --category, its old name, works too)
  --author     an author key from _data/authors.json, or several separated by commas (default: the first one)
  --slug       the file name and URL part (default: made from the title)
  --root       the site folder (default: $WARTA_ROOT, else Warta's folder)
  --now        the date to use instead of the clock, e.g. "2018-04-17 10:15"`;

/** Long headlines give long URLs; cut at a word boundary. */
export const SLUG_MAX = 80;

export function shortenSlug(slug: string, max = SLUG_MAX): string {
	if (slug.length <= max) return slug;
	const cut = slug.slice(0, max + 1);
	const at = cut.lastIndexOf("-");
	return (at >= max / 2 ? cut.slice(0, at) : slug.slice(0, max)).replace(/-+$/, "");
}

/** A key as YAML text; keys YAML would read as a number, true/false or null are quoted. */
const key = (value: string) => (/^(true|false|null|~|[-+.\d].*)$/i.test(value) ? JSON.stringify(value) : value);

/** The text of a new article. JSON strings are valid YAML double-quoted strings, so any title is safe. */
export function articleTemplate(fields: { title: string; date: string; authors: string[]; rubric: string }): string {
	const authors = fields.authors.map(key);
	const author = authors.length === 1 ? authors[0] : `[${authors.join(", ")}]`;
	return `---
title: ${JSON.stringify(fields.title)}
date: ${fields.date}
author: ${author}
rubric: ${key(fields.rubric)}
tags: []
summary: ${JSON.stringify(PLACEHOLDER_SUMMARY)}
# dateline: Serang
# image:
#   src: /media/${fields.date.slice(0, 4)}/${fields.date.slice(5, 7)}/foto.jpg
#   alt: Apa yang terlihat di foto, untuk pembaca yang tidak bisa melihatnya
#   caption: Keterangan foto
#   credit: "Foto: Nama Fotografer"
draft: true
---
${PLACEHOLDER_BODY}
`;
}

export function main(argv: string[]): number {
	const cli = parseCli(
		argv,
		{ rubric: { type: "string" }, category: { type: "string" }, author: { type: "string" }, slug: { type: "string" } },
		USAGE,
		true,
	);
	if (typeof cli === "number") return cli;
	const title = cli.positionals.join(" ").trim();
	if (!title) {
		console.error(`[warta] Give the headline in quotes.\n\n${USAGE}`);
		return 2;
	}

	const problems = new ProblemList();
	const data = loadSiteData(cli.root, problems);
	if (!data) {
		printProblems(problems.items);
		console.error(`[warta] The site's data files have errors (above); fix them first. ${DOCS} explains every message.`);
		return 1;
	}

	const fail = (message: string) => {
		console.error(`[warta] ${message}`);
		return 1;
	};
	const pick = (given: string | undefined, known: Record<string, { name: string }>, option: string, file: string): string[] | string => {
		const keys = Object.keys(known);
		if (given === undefined) {
			if (keys.length === 0) return `_data/${file} has no entries; add one first`;
			console.error(`[warta] ${option}: using "${keys[0]}" (the first in _data/${file}); change it in the file if needed.`);
			return [keys[0]!];
		}
		const wanted = given
			.split(",")
			.map((k) => k.trim())
			.filter(Boolean);
		const unknown = wanted.find((k) => !known[k]);
		if (unknown !== undefined || wanted.length === 0) {
			return `${option} "${unknown ?? given}" is not in _data/${file} (known: ${keys.join(", ")})${didYouMean(unknown ?? given, keys)}`;
		}
		return wanted;
	};
	const authors = pick(cli.values.author as string | undefined, data.authors, "--author", "authors.json");
	const rubric = pick((cli.values.rubric ?? cli.values.category) as string | undefined, data.rubrics, "--rubric", "rubrics.json");
	// Every mistake of the command line at once, as for content.
	const mistakes = [
		typeof authors === "string" ? authors : undefined,
		typeof rubric === "string" ? rubric : rubric.length > 1 ? "--rubric takes one rubric" : undefined,
	].filter((mistake): mistake is string => mistake !== undefined);
	if (mistakes.length || typeof authors === "string" || typeof rubric === "string") {
		for (const mistake of mistakes) console.error(`[warta] ${mistake}`);
		return 1;
	}

	const given = cli.values.slug as string | undefined;
	if (given !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(given)) {
		return fail(`--slug "${given}": use lowercase letters, digits and dashes, e.g. "rapat-dprd-serang"`);
	}
	const slug = given ?? shortenSlug(slugify(title));
	if (!slug) return fail(`the headline "${title}" has no letters or digits to make a file name from; add --slug some-words`);

	const now = siteNow(data.site.timezone, cli.now);
	const file = `articles/${now.toFormat("yyyy/MM")}/${slug}.md`;
	const text = articleTemplate({ title, date: now.toFormat("yyyy-MM-dd HH:mm"), authors, rubric: rubric[0]! });
	try {
		mkdirSync(dirname(join(cli.root, file)), { recursive: true });
		// "wx": fail if the file exists, in the same step as creating it.
		writeFileSync(join(cli.root, file), text, { flag: "wx" });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === "EEXIST") {
			return fail(`${file} already exists and was left as it is; choose another headline or pass --slug other-words`);
		}
		throw error;
	}
	console.log(file);
	console.error(`[warta] Created ${file} as a draft. Write the summary and the story, preview with npm start,`);
	console.error("[warta] then remove the line `draft: true` to publish it with the next build.");
	return 0;
}

if (isMain(import.meta.url)) process.exitCode = main(process.argv.slice(2));
