// Small presentation filters for the Nunjucks layouts in _includes/.
// https://www.11ty.dev/docs/filters/
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { Author } from "../content/types.ts";

// Intl formatters are costly to construct and this runs once per page: keep one per locale.
const listFormats = new Map<string, Intl.ListFormat>();

/** "Andi Saputra", "Andi Saputra dan Sari Wulandari", "A, B, dan C" in the site's locale. */
export function joinNames(names: string[], locale: string): string {
	let format = listFormats.get(locale);
	if (!format) listFormats.set(locale, (format = new Intl.ListFormat(locale, { style: "long", type: "conjunction" })));
	return format.format(names);
}

/** Replaces {name} placeholders in a UI string: t("{count} menit baca", { count: 3 }). */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

export default function filtersPlugin(eleventyConfig: UserConfig): void {
	eleventyConfig.addFilter("authorNames", (authors: Author[], locale: string) => joinNames(authors.map((a) => a.name), locale));
	eleventyConfig.addFilter("fill", fill);
	eleventyConfig.addFilter("head", <T>(items: T[], count: number): T[] => items.slice(0, count));
}
