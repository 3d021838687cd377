// UI strings (_data/i18n/<language>.json): a key missing from the file renders as an empty label on every
// page, with no error from Nunjucks. So the site language's file must hold every key the theme uses (found
// by reading the theme's templates, so a new template string needs no second list), and every language file
// the keys of the default one.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { ProblemList } from "../problems.ts";

const REPO = join(dirname(fileURLToPath(import.meta.url)), "../../..");
// The templates and every module that reads a string (src/feeds/, src/seo/, src/views/, …).
const THEME_DIRS = ["_includes", "src"];
const USE = /(?<![\w/])strings\.([A-Za-z_]\w*)/g;

let themeKeys: Map<string, string> | undefined;

/** Every `strings.<key>` the theme's templates read, with the first file that reads it. */
export function themeStringKeys(): Map<string, string> {
	if (themeKeys) return themeKeys;
	themeKeys = new Map();
	for (const dir of THEME_DIRS) {
		for (const name of readdirSync(join(REPO, dir), { recursive: true, encoding: "utf8" }).sort()) {
			if (!/\.(njk|ts)$/.test(name)) continue;
			const file = join(REPO, dir, name);
			for (const match of readFileSync(file, "utf8").matchAll(USE)) {
				if (!themeKeys.has(match[1]!)) themeKeys.set(match[1]!, relative(REPO, file).split("\\").join("/"));
			}
		}
	}
	return themeKeys;
}

const placeholders = (text: string) =>
	[...text.matchAll(/\{(\w+)\}/g)]
		.map((m) => m[1])
		.sort()
		.join(",");

/**
 * Checks one language file against the default language's strings (`reference`) and the theme.
 * Missing keys are errors in the site's own language (readers would see blank labels), warnings in others.
 */
export function checkStrings(
	file: string,
	strings: Record<string, string>,
	reference: { file: string; strings: Record<string, string> } | undefined,
	isSiteLanguage: boolean,
	problems: ProblemList,
): void {
	const report = (message: string, key: string) =>
		isSiteLanguage ? problems.error(file, message, key) : problems.warn(file, message, key);
	const checked = new Set<string>();
	if (reference && reference.file !== file) {
		for (const [key, text] of Object.entries(reference.strings)) {
			checked.add(key);
			if (!(key in strings)) {
				report(`is missing; translate "${text}" from ${reference.file}`, key);
			} else if (placeholders(text) !== placeholders(strings[key]!)) {
				problems.warn(
					file,
					`uses the placeholders {${placeholders(strings[key]!)}} but ${reference.file} uses {${placeholders(text)}}; keep the same {…} names`,
					key,
				);
			}
		}
	}
	if (!isSiteLanguage) return;
	for (const [key, template] of themeStringKeys()) {
		if (!(key in strings) && !checked.has(key)) report(`is missing; the theme shows it (${template}), so add a text for it`, key);
	}
	for (const [key, text] of Object.entries(strings)) {
		if (text.trim() === "") problems.warn(file, "is empty; readers will see a blank label", key);
	}
}
