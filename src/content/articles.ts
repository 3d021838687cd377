// Turns one markdown file into a validated Article, or into problems that say what to fix.
import { basename } from "node:path";
import type { DateTime } from "luxon";
import { formatSiteDate, parseSiteDate, type DateFormats } from "../time/dates.ts";
import { reportZodIssues } from "./data.ts";
import { parseFrontMatter } from "./frontmatter.ts";
import { ProblemList } from "./problems.ts";
import { ARTICLE_FIELDS, articleSchema } from "./schema.ts";
import { slugify } from "./slug.ts";
import { articleUrl, tagUrl } from "./urls.ts";
import type { Article, SiteData, Tag } from "./types.ts";

export function dateFormats(data: SiteData): DateFormats {
	return {
		date: data.strings.dateFormat ?? "cccc, d LLLL yyyy",
		time: data.strings.timeFormat ?? "HH.mm",
		dateTime: data.strings.dateTimeFormat ?? "{date} · {time} {zone}",
	};
}

export function readArticle(file: string, source: string, data: SiteData, problems: ProblemList, version = ""): Article | undefined {
	const parsed = parseFrontMatter(source);
	if (!parsed.ok) {
		problems.error(file, parsed.message, undefined, parsed.line);
		return undefined;
	}
	const result = articleSchema.safeParse(parsed.data);
	if (!result.success) {
		reportZodIssues(file, result.error.issues, parsed.data, problems, ARTICLE_FIELDS);
	}
	const fm = result.success ? result.data : undefined;
	const raw = parsed.data;
	const zone = data.site.timezone;
	const before = problems.items.length;

	// Cross-checks that need the data files run even when other fields failed, so one run reports all.
	const date = checkDate(file, "date", raw.date, zone, problems);
	const updated = raw.updated === undefined ? undefined : checkDate(file, "updated", raw.updated, zone, problems);
	const authorKeys = typeof raw.author === "string" ? [raw.author] : Array.isArray(raw.author) ? raw.author : [];
	for (const key of authorKeys) {
		if (typeof key === "string" && !data.authors[key.trim()]) {
			problems.error(file, `"${key}" is not in _data/authors.json (known: ${Object.keys(data.authors).join(", ")})`, "author");
		}
	}
	if (typeof raw.category === "string" && !data.categories[raw.category.trim()]) {
		problems.error(file, `"${raw.category}" is not in _data/categories.json (known: ${Object.keys(data.categories).join(", ")})`, "category");
	}
	if (date && updated && updated < date) {
		problems.error(file, `"${raw.updated}" is before the publication date "${raw.date}"`, "updated");
	}
	if (!fm || !date || problems.items.length > before) return undefined;

	const slug = fm.slug ?? slugify(basename(file, ".md"));
	if (!slug) {
		problems.error(file, 'the file name gives an empty URL slug; add `slug: some-words` or rename the file', "slug");
		return undefined;
	}
	const formats = dateFormats(data);
	const tags: Tag[] = [];
	const seenTags = new Set<string>();
	for (const name of fm.tags) {
		const tagSlug = slugify(name);
		if (!tagSlug) {
			problems.error(file, `the tag "${name}" has no letters or digits to make a URL from`, "tags");
			continue;
		}
		if (!seenTags.has(tagSlug)) tags.push({ name, slug: tagSlug, url: tagUrl(tagSlug) });
		seenTags.add(tagSlug);
	}
	const authors = (typeof fm.author === "string" ? [fm.author] : fm.author).map((key) => data.authors[key]!);
	return {
		file,
		url: fm.permalink ?? articleUrl(date, slug),
		slug,
		title: fm.title,
		summary: fm.summary,
		dateline: fm.dateline,
		date,
		updated,
		published: formatSiteDate(date, data.site.locale, formats, data.site.timezoneLabel),
		modified: updated && formatSiteDate(updated, data.site.locale, formats, data.site.timezoneLabel),
		authors,
		category: data.categories[fm.category]!,
		tags,
		image: fm.image,
		draft: fm.draft,
		featured: fm.featured,
		body: parsed.body,
		version,
	};
}

function checkDate(file: string, field: string, value: unknown, zone: string, problems: ProblemList): DateTime | undefined {
	if (value === undefined) return undefined; // the schema already reported it as required
	const result = parseSiteDate(value, zone);
	if (result.ok) return result.value;
	problems.error(file, result.reason, field);
	return undefined;
}
