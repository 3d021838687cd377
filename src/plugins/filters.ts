// Small presentation filters for the Nunjucks layouts in _includes/.
// https://www.11ty.dev/docs/filters/
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { Author } from "../content/types.ts";
import { fill } from "../site/text.ts";

// Intl formatters are costly to construct (~50 µs) and every page uses them: one per locale per process.
const listFormats = new Map<string, Intl.ListFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function listFormat(locale: string): Intl.ListFormat {
	let format = listFormats.get(locale);
	if (!format) {
		format = new Intl.ListFormat(locale, { style: "long", type: "conjunction" });
		listFormats.set(locale, format);
	}
	return format;
}

export function formatNumber(value: number, locale: string): string {
	let format = numberFormats.get(locale);
	if (!format) {
		format = new Intl.NumberFormat(locale);
		numberFormats.set(locale, format);
	}
	return format.format(value);
}

/** The parts of a joined list ("A, B, dan C") as the items and the words between them, so a template can
 *  link each name without building HTML strings: [{ item: a }, { text: ", " }, { item: b }, …]. */
export function listParts<T>(items: T[], name: (item: T) => string, locale: string): ({ item: T } | { text: string })[] {
	let next = 0;
	return listFormat(locale)
		.formatToParts(items.map(name))
		.map((part) => (part.type === "element" ? { item: items[next++]! } : { text: part.value }));
}

/** "Andi Saputra" → "AS": the stand-in for an author without a photo. */
export function initials(name: string): string {
	return name
		.split(/\s+/)
		.filter(Boolean)
		.slice(0, 2)
		.map((word) => word[0]!.toLocaleUpperCase())
		.join("");
}

export default function filtersPlugin(eleventyConfig: UserConfig): void {
	eleventyConfig.addFilter("authorParts", (authors: Author[], locale: string) => listParts(authors, (a) => a.name, locale));
	eleventyConfig.addFilter("initials", initials);
	eleventyConfig.addFilter("number", formatNumber);
	eleventyConfig.addFilter("fill", fill);
	eleventyConfig.addFilter("head", <T>(items: T[], count: number): T[] => items.slice(0, count));
}
