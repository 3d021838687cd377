// Reads and validates the data files in _data/. Warta owns this rather than Eleventy's data directory so
// that every file is checked against src/content/schema.ts before any page is built, with messages that
// name the file and field. JSON files we do not know are passed through as global data, never dropped.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import type { z } from "zod";
import { ProblemList } from "./problems.ts";
import {
	authorsSchema,
	categoriesSchema,
	navigationSchema,
	siteSchema,
	show,
	stringsSchema,
	type Navigation,
	type SiteConfig,
} from "./schema.ts";
import { slugify } from "./slug.ts";
import { authorUrl, categoryUrl } from "./urls.ts";
import type { Author, Category, SiteData } from "./types.ts";

const KNOWN = new Set(["site.json", "authors.json", "categories.json", "navigation.json"]);
export const DEFAULT_LANGUAGE = "id";

export function loadSiteData(root: string, problems: ProblemList): SiteData | undefined {
	const dataDir = join(root, "_data");
	const file = (name: string) => relative(root, join(dataDir, name)).split("\\").join("/");

	const site = readValidated(root, file("site.json"), siteSchema, problems) as SiteConfig | undefined;
	const authorsRaw = readValidated(root, file("authors.json"), authorsSchema, problems);
	const categoriesRaw = readValidated(root, file("categories.json"), categoriesSchema, problems);
	const navigation = readValidated(root, file("navigation.json"), navigationSchema, problems) as Navigation | undefined;

	const language = site?.language ?? DEFAULT_LANGUAGE;
	const defaultStrings = readValidated(root, file(`i18n/${DEFAULT_LANGUAGE}.json`), stringsSchema, problems);
	let strings = defaultStrings;
	if (language !== DEFAULT_LANGUAGE) {
		strings = readValidated(root, file(`i18n/${language}.json`), stringsSchema, problems);
		if (strings && defaultStrings) {
			const missing = Object.keys(defaultStrings).filter((key) => !(key in strings!));
			for (const key of missing) {
				problems.error(file(`i18n/${language}.json`), `is missing; translate "${defaultStrings[key]}" from i18n/${DEFAULT_LANGUAGE}.json`, key);
			}
		}
	}

	const extra: Record<string, unknown> = {};
	for (const name of extraDataNames(root)) {
		const value = readJson(root, file(`${name}.json`), problems);
		if (value !== undefined) extra[name] = value;
	}

	if (!site || !authorsRaw || !categoriesRaw || !navigation || !strings) return undefined;

	const authors: Record<string, Author> = {};
	for (const [key, author] of Object.entries(authorsRaw as z.infer<typeof authorsSchema>)) authors[key] = { key, url: authorUrl(key), ...author };
	const categories: Record<string, Category> = {};
	for (const [key, category] of Object.entries(categoriesRaw as z.infer<typeof categoriesSchema>)) {
		categories[key] = { key, slug: slugify(key), url: categoryUrl(slugify(key)), ...category };
	}
	return { site, authors, categories, navigation, strings, extra };
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

function readJson(root: string, file: string, problems: ProblemList): unknown {
	const path = join(root, file);
	if (!existsSync(path)) {
		problems.error(file, "the file is missing; every Warta site needs it (see docs/authoring.md)");
		return undefined;
	}
	const source = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
	try {
		return JSON.parse(source);
	} catch (error) {
		problems.error(file, `is not valid JSON: ${(error as Error).message}`);
		return undefined;
	}
}

function readValidated<T extends z.ZodType>(root: string, file: string, schema: T, problems: ProblemList): z.infer<T> | undefined {
	const value = readJson(root, file, problems);
	if (value === undefined) return undefined;
	const result = schema.safeParse(value);
	if (result.success) return result.data;
	reportZodIssues(file, result.error.issues, value, problems);
	return undefined;
}

/** Turns zod issues into problems with a field path and a message that says what is expected. */
export function reportZodIssues(
	file: string,
	issues: readonly z.core.$ZodIssue[],
	input: unknown,
	problems: ProblemList,
	knownFields?: readonly string[],
): void {
	for (const issue of issues) {
		const path = issue.path.map(String);
		if (issue.code === "unrecognized_keys") {
			for (const key of issue.keys) {
				// The known-field list names top-level fields; a nested group's own message says what it holds.
				const known = path.length === 0 ? (knownFields ?? []) : [];
				const hint = known.length ? ` (known fields: ${known.join(", ")})` : "";
				problems.error(file, `is not a field Warta knows; check the spelling${hint}`, [...path, key].join("."));
			}
			continue;
		}
		let message = issue.message;
		if (issue.code === "too_small" || issue.code === "too_big" || issue.code === "invalid_format") {
			message = `${message}, found ${show(valueAt(input, path))}`;
		}
		problems.error(file, message, path.join(".") || undefined);
	}
}

function valueAt(input: unknown, path: string[]): unknown {
	let value = input;
	for (const key of path) value = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
	return value;
}
