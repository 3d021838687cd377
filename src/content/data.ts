// Reads and validates the data files in _data/. Warta owns this rather than Eleventy's data directory so
// that every file is checked against src/content/schema.ts before any page is built, with messages that
// name the file and field. JSON files we do not know are passed through as global data, never dropped; any other
// file in _data/ (YAML, JavaScript, a folder) is an error, never ignored (checkUnreadFiles).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import type { z } from "zod";
import { missingPublicFile } from "../site/public-files.ts";
import { parseJson } from "./json.ts";
import { fileErrorReason } from "./checks/files.ts";
import { ProblemList } from "./problems.ts";
import { checkStrings } from "./checks/strings.ts";
import { reportZodIssues } from "./checks/zod-issues.ts";
import {
	authorsSchema,
	rubricsSchema,
	navigationSchema,
	newsroomSchema,
	siteSchema,
	stringsSchema,
	type Navigation,
	type SiteConfig,
	type Strings,
} from "./schema.ts";
import { withAddress } from "../site/address.ts";
import { slugify } from "../site/slug.ts";
import { authorUrl, rubricUrl } from "../site/urls.ts";
import type { Author, Rubric, SiteData } from "./types.ts";

// categories.json: the old name of rubrics.json, still read (with a warning) when rubrics.json is missing.
const KNOWN = new Set(["site.json", "authors.json", "rubrics.json", "categories.json", "navigation.json", "newsroom.json"]);
export const DEFAULT_LANGUAGE = "id";

export function loadSiteData(root: string, problems: ProblemList): SiteData | undefined {
	const dataDir = join(root, "_data");
	const file = (name: string) => relative(root, join(dataDir, name)).split("\\").join("/");

	const parsedSite = readValidated(root, file("site.json"), siteSchema, problems);
	// At the domain's root until a build says otherwise (--pathprefix; src/plugins/content.ts).
	const site: SiteConfig | undefined = parsedSite && withAddress(parsedSite as SiteConfig, "/");
	const authorsRaw = readValidated(root, file("authors.json"), authorsSchema, problems);
	const rubricsRaw = readValidated(root, file(rubricsFileName(root, problems)), rubricsSchema, problems);
	const navigation = readValidated(root, file("navigation.json"), navigationSchema, problems) as Navigation | undefined;

	// Optional: a site without it publishes no masthead (docs/authoring.md).
	const newsroom = existsSync(join(dataDir, "newsroom.json"))
		? (readValidated(root, file("newsroom.json"), newsroomSchema, problems) as z.infer<typeof newsroomSchema> | undefined)
		: undefined;

	checkUnreadFiles(root, problems);

	const language = site?.language ?? DEFAULT_LANGUAGE;
	const strings = loadStrings(root, language, problems);
	if (site?.logo) checkPublicFile(root, file("site.json"), "logo.src", site.logo.src, problems);
	for (const [key, author] of Object.entries(authorsRaw ?? {})) {
		if (author.photo) checkPublicFile(root, file("authors.json"), `${key}.photo`, author.photo, problems);
	}

	const extra: Record<string, unknown> = {};
	for (const name of extraDataNames(root)) {
		const value = readJson(root, file(`${name}.json`), problems);
		if (value !== undefined) extra[name] = value;
	}

	if (!site || !authorsRaw || !rubricsRaw || !navigation || !strings) return undefined;

	const authors: Record<string, Author> = {};
	for (const [key, author] of Object.entries(authorsRaw as z.infer<typeof authorsSchema>))
		authors[key] = { key, url: authorUrl(key), ...author };
	const rubrics: Record<string, Rubric> = {};
	for (const [key, rubric] of Object.entries(rubricsRaw as z.infer<typeof rubricsSchema>)) {
		rubrics[key] = { key, slug: slugify(key), url: rubricUrl(slugify(key)), ...rubric };
	}
	// Complete: checkStrings has made every key the theme and the code read (StringKey) an error when missing.
	return { site, authors, rubrics, navigation, strings: strings as Strings, ...(newsroom ? { newsroom } : {}), extra };
}

/**
 * "rubrics.json", or "categories.json" (its old name) with a warning when only that one exists. When both do,
 * rubrics.json is read and the old file is flagged.
 */
function rubricsFileName(root: string, problems: ProblemList): string {
	const old = join(root, "_data/categories.json");
	if (!existsSync(old)) return "rubrics.json";
	if (existsSync(join(root, "_data/rubrics.json"))) {
		problems.warn("_data/categories.json", "is the old name of _data/rubrics.json, which is read instead; delete this file");
		return "rubrics.json";
	}
	problems.warn("_data/categories.json", "is the old name of this file; rename it to _data/rubrics.json");
	return "categories.json";
}

/** JSON files in _data/ other than the ones Warta validates, by name without ".json". */
export function extraDataNames(root: string): string[] {
	const dataDir = join(root, "_data");
	if (!existsSync(dataDir)) return [];
	return readdirSync(dataDir)
		.filter((name) => name.endsWith(".json") && !KNOWN.has(name))
		.map((name) => name.slice(0, -".json".length))
		.sort();
}

/** Data file extensions other static site generators read, with what to do instead (docs/authoring.md). */
const OTHER_FORMATS: [RegExp, string][] = [
	[/\.ya?ml$/i, "YAML"],
	[/\.(js|cjs|mjs|ts|cts|mts)$/i, "JavaScript"],
];

/**
 * Warta reads only JSON from _data/ (and _data/i18n/): a file or folder it would not read is an error naming it,
 * never silently ignored, since Eleventy users expect `*.yaml`, `*.js` and folders in _data/ to become data.
 * Hidden files (.DS_Store, .gitkeep, an editor's swap file) are left alone.
 */
function checkUnreadFiles(root: string, problems: ProblemList): void {
	for (const [dir, folders] of [
		["_data", ["i18n"]],
		["_data/i18n", []],
	] as const) {
		let entries;
		try {
			entries = readdirSync(join(root, dir), { withFileTypes: true });
		} catch {
			continue; // a missing folder is reported with the files it should hold
		}
		for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
			const file = `${dir}/${entry.name}`;
			if (entry.name.startsWith(".")) continue;
			if (entry.isDirectory()) {
				if (!(folders as readonly string[]).includes(entry.name)) {
					problems.error(
						`${file}/`,
						`Warta reads no folder in ${dir}/${folders.length ? ` except ${folders.map((f) => `${f}/`).join(", ")}` : ""}, so the files in it would be ignored; move them out of ${dir}/, or write their data as JSON files in ${dir}/ itself`,
					);
				}
				continue;
			}
			if (entry.name.endsWith(".json")) continue;
			const stem = entry.name.replace(/\.[^.]*$/, "");
			const format = OTHER_FORMATS.find(([pattern]) => pattern.test(entry.name))?.[1];
			if (/\.json$/i.test(entry.name)) {
				problems.error(file, `data files end in ".json" in lowercase, so this file would be ignored; rename it to ${dir}/${stem}.json`);
			} else if (format) {
				problems.error(
					file,
					`Warta reads only JSON data files, not ${format}, so this file would be ignored; write its data as ${dir}/${stem}.json, or move the file out of ${dir}/`,
				);
			} else {
				problems.error(file, `Warta reads only JSON data files (*.json) in ${dir}/, so this file would be ignored; move it out of ${dir}/`);
			}
		}
	}
}

/**
 * The UI strings of the site's language. Every file in _data/i18n/ is checked against the default language's
 * file, and the site's language against the keys the theme uses (./checks/strings.ts).
 */
function loadStrings(root: string, language: string, problems: ProblemList): Record<string, string> | undefined {
	const path = (lang: string) => `_data/i18n/${lang}.json`;
	const reference = readValidated(root, path(DEFAULT_LANGUAGE), stringsSchema, problems);
	const own = language === DEFAULT_LANGUAGE ? reference : readValidated(root, path(language), stringsSchema, problems);
	const others = languageNames(root).filter((lang) => lang !== language && lang !== DEFAULT_LANGUAGE);
	const refFile = reference && { file: path(DEFAULT_LANGUAGE), strings: reference };
	if (own) checkStrings(path(language), own, refFile, true, problems);
	for (const lang of others) {
		const strings = readValidated(root, path(lang), stringsSchema, problems);
		if (strings) checkStrings(path(lang), strings, refFile, false, problems);
	}
	return own;
}

function languageNames(root: string): string[] {
	const dir = join(root, "_data/i18n");
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => name.endsWith(".json"))
		.map((name) => name.slice(0, -".json".length))
		.sort();
}

function checkPublicFile(root: string, file: string, field: string, src: string, problems: ProblemList): void {
	const missing = missingPublicFile(root, src);
	if (missing) problems.error(file, `"${src}" is not in the site: expected the file ${missing}`, field);
}

function readJson(root: string, file: string, problems: ProblemList): unknown {
	const path = join(root, file);
	if (!existsSync(path)) {
		problems.error(file, "the file is missing; every Warta site needs it (see docs/authoring.md)");
		return undefined;
	}
	let source: string;
	try {
		source = readFileSync(path, "utf8");
	} catch (error) {
		problems.error(file, `the file could not be read (${fileErrorReason(error)}); check that the user running Warta may read it`);
		return undefined;
	}
	const result = parseJson(source);
	if (result.ok) return result.value;
	problems.error(file, result.message, undefined, result.line);
	return undefined;
}

function readValidated<T extends z.ZodType>(root: string, file: string, schema: T, problems: ProblemList): z.infer<T> | undefined {
	const value = readJson(root, file, problems);
	if (value === undefined) return undefined;
	const result = schema.safeParse(value);
	if (result.success) return result.data;
	reportZodIssues(file, result.error.issues, value, problems, schema);
	return undefined;
}
