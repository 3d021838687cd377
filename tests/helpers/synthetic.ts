// In-memory articles for unit tests of the derived views: no files, no markdown, just the fields the
// grouping, listing and related-article code reads.
import { DateTime } from "luxon";
import { slugify } from "../../src/site/slug.ts";
import { articleUrl, authorUrl, rubricUrl, tagUrl } from "../../src/site/urls.ts";
import type { Article, Author, Rubric, SiteData } from "../../src/content/types.ts";

export const ZONE = "Asia/Jakarta";

export function rubric(key: string, name = key): Rubric {
	return { key, slug: key, url: rubricUrl(key), name };
}

export function author(key: string, name = key): Author {
	return { key, name, url: authorUrl(key) };
}

export interface SyntheticFields {
	title?: string;
	/** "2018-04-17 10:15" in the site zone, or a DateTime (faster when making thousands) */
	date: string | DateTime;
	rubric?: Rubric;
	authors?: Author[];
	tags?: string[];
	featured?: boolean;
	body?: string;
	jenis?: Article["jenis"];
}

export function synthetic(fields: SyntheticFields): Article {
	const date = typeof fields.date === "string" ? DateTime.fromFormat(fields.date, "yyyy-MM-dd HH:mm", { zone: ZONE }) : fields.date;
	if (!date.isValid) throw new Error(`bad test date ${fields.date}`);
	const title = fields.title ?? `Berita ${fields.date}`;
	const slug = slugify(title);
	const formatted = { iso: String(date.toMillis()), date: title, dateTime: title };
	return {
		file: `articles/${date.year}/${slug}.md`,
		url: articleUrl(date, slug),
		slug,
		title,
		summary: `Ringkasan ${title}`,
		date,
		published: formatted,
		authors: fields.authors ?? [author("andi")],
		rubric: fields.rubric ?? rubric("pemerintahan"),
		tags: (fields.tags ?? []).map((name) => ({ name, slug: slugify(name), url: tagUrl(slugify(name)) })),
		jenis: fields.jenis ?? "berita",
		editors: [],
		draft: false,
		featured: fields.featured ?? false,
		corrections: [],
		body: fields.body ?? "Isi berita.",
		bodyImages: [],
		version: "1",
	};
}

/** Newest first, as the archive orders them. */
export function newestFirst(articles: Article[]): Article[] {
	return [...articles].sort((a, b) => b.date.toMillis() - a.date.toMillis() || (a.file < b.file ? -1 : 1));
}

export function siteData(rubrics: Rubric[], authors: Author[]): Pick<SiteData, "rubrics" | "authors"> {
	return {
		rubrics: Object.fromEntries(rubrics.map((c) => [c.key, c])),
		authors: Object.fromEntries(authors.map((a) => [a.key, a])),
	};
}

/** "2018-04-17 10:15" (site zone) plus `minutes` minutes, for generating many distinct dates. */
export function minutesAfter(start: string, minutes: number): DateTime {
	let base = starts.get(start);
	if (!base) {
		base = DateTime.fromFormat(start, "yyyy-MM-dd HH:mm", { zone: ZONE });
		starts.set(start, base);
	}
	// From epoch milliseconds: luxon's calendar arithmetic is ~100× slower, and WIB has no DST.
	return DateTime.fromMillis(base.toMillis() + minutes * 60_000, { zone: ZONE });
}
const starts = new Map<string, DateTime>();
