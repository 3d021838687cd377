// Turns one markdown file into a validated Article, or into problems that say what to fix.
import { basename } from "node:path";
import type { DateTime } from "luxon";
import { markdownImageSources } from "../markdown/markdown.ts";
import { formatSiteDate, parseSiteDate, type DateFormats } from "../time/dates.ts";
import { checkArticle } from "./checks/article-checks.ts";
import { reportZodIssues } from "./checks/zod-issues.ts";
import { parseFrontMatter } from "./frontmatter.ts";
import { ProblemList } from "./problems.ts";
import { articleSchema, JENIS_LABELS, show } from "./schema.ts";
import { slugify, tagSlug as slugTag } from "../site/slug.ts";
import { didYouMean } from "./checks/suggest.ts";
import { articleUrl, tagUrl } from "../site/urls.ts";
import type { Article, Correction, SiteData, Tag } from "./types.ts";

export function dateFormats(data: SiteData): DateFormats {
	return {
		date: data.strings.dateFormat,
		time: data.strings.timeFormat,
		dateTime: data.strings.dateTimeFormat,
	};
}

/**
 * A front-matter field under its old name (`category:`, now `rubric:`) still works, with a warning that names the
 * new one; both names at once are an error, since they could disagree.
 */
function renameOldField(file: string, fields: Record<string, unknown>, old: string, name: string, problems: ProblemList): void {
	if (!(old in fields)) return;
	if (name in fields) {
		problems.error(file, `has both "${name}" and "${old}", its old name; keep only ${name}:`, old);
	} else {
		problems.warn(file, `"${old}" is the old name of this field; write ${name}: instead`, old);
		fields[name] = fields[old];
	}
	delete fields[old];
}

/** `root` is the site root, for checks of files under public/; `version` identifies the file's state (archive.ts). */
export function readArticle(
	file: string,
	source: string,
	data: SiteData,
	problems: ProblemList,
	root: string,
	version = "",
): Article | undefined {
	const parsed = parseFrontMatter(source);
	if (!parsed.ok) {
		problems.error(file, parsed.message, undefined, parsed.line);
		return undefined;
	}
	renameOldField(file, parsed.data, "category", "rubric", problems);
	const result = articleSchema.safeParse(parsed.data);
	if (!result.success) {
		reportZodIssues(file, result.error.issues, parsed.data, problems, articleSchema);
	}
	const fm = result.success ? result.data : undefined;
	const raw = parsed.data;
	const zone = data.site.timezone;
	const before = problems.errorCount;

	// Cross-checks that need the data files run even when other fields failed, so one run reports all.
	const date = checkDate(file, "date", raw.date, zone, problems);
	const updated = raw.updated === undefined ? undefined : checkDate(file, "updated", raw.updated, zone, problems);
	for (const field of ["author", "editor"]) {
		const value = raw[field];
		const keys = typeof value === "string" ? [value] : Array.isArray(value) ? value : [];
		for (const key of keys) {
			if (typeof key === "string" && !data.authors[key.trim()]) {
				const hint = didYouMean(key, Object.keys(data.authors), nameWords(data.authors));
				problems.error(file, `"${key}" is not in _data/authors.json (known: ${Object.keys(data.authors).join(", ")})${hint}`, field);
			}
		}
	}
	if (typeof raw.rubric === "string" && !data.rubrics[raw.rubric.trim()]) {
		const hint = didYouMean(raw.rubric, Object.keys(data.rubrics), nameWords(data.rubrics));
		problems.error(file, `"${raw.rubric}" is not in _data/rubrics.json (known: ${Object.keys(data.rubrics).join(", ")})${hint}`, "rubric");
	}
	if (date && updated && updated < date) {
		problems.error(file, `"${raw.updated}" is before the publication date "${raw.date}"`, "updated");
	}
	checkArticle({ file, root, raw, fm, body: parsed.body, warnings: parsed.warnings }, problems);
	const correctionDates = checkCorrectionDates(file, raw.corrections, date, zone, problems);
	const withdrawnAt = checkWithdrawal(file, raw.withdrawn, date, zone, problems);
	const claimDate = checkClaimReview(file, raw, zone, problems);
	if (!fm || !date || problems.errorCount > before) return undefined;

	const slug = fm.slug ?? slugify(basename(file, ".md"));
	if (!slug) {
		problems.error(file, "the file name gives an empty URL slug; add `slug: some-words` or rename the file", "slug");
		return undefined;
	}
	const formats = dateFormats(data);
	const tags: Tag[] = [];
	const seenTags = new Set<string>();
	for (const name of fm.tags) {
		const tagSlug = slugTag(name);
		if (!tagSlug) {
			problems.error(file, `the tag "${name}" has no letters or digits to make a URL from`, "tags");
			continue;
		}
		if (!seenTags.has(tagSlug)) tags.push({ name, slug: tagSlug, url: tagUrl(tagSlug) });
		seenTags.add(tagSlug);
	}
	const authors = (typeof fm.author === "string" ? [fm.author] : fm.author).map((key) => data.authors[key]!);
	const corrections = fm.corrections
		.map((c, i) => ({ date: correctionDates[i]!, text: c.text }))
		.sort((a, b) => a.date.toMillis() - b.date.toMillis())
		.map((c) => ({ ...c, when: formatSiteDate(c.date, data.site.locale, formats, data.site.timezoneLabel) }));
	const { modifiedAt, modified } = modification(updated, corrections, data);
	const when = (at: DateTime) => formatSiteDate(at, data.site.locale, formats, data.site.timezoneLabel);
	const editorKeys = fm.editor === undefined ? [] : typeof fm.editor === "string" ? [fm.editor] : fm.editor;
	return {
		file,
		url: fm.permalink ?? articleUrl(date, slug),
		slug,
		title: fm.title,
		summary: fm.summary,
		dateline: fm.dateline,
		date,
		updated: modifiedAt,
		editedAt: updated,
		published: formatSiteDate(date, data.site.locale, formats, data.site.timezoneLabel),
		modified,
		authors,
		rubric: data.rubrics[fm.rubric]!,
		tags,
		image: fm.image,
		jenis: fm.jenis,
		jenisLabel: fm.jenis === "berita" ? undefined : data.strings[JENIS_LABELS[fm.jenis]],
		claimReview: fm.claimReview && {
			claim: fm.claimReview.claim,
			rating: fm.claimReview.rating,
			claimant: fm.claimReview.claimant,
			claimDate: claimDate && when(claimDate),
			appearance: fm.claimReview.appearance,
		},
		editors: editorKeys.map((key) => data.authors[key]!),
		source: fm.source,
		replyToRef: fm.replyTo,
		withdrawn: fm.withdrawn && withdrawnAt && { date: withdrawnAt, when: when(withdrawnAt), reason: fm.withdrawn.reason },
		draft: fm.draft,
		featured: fm.featured,
		corrections,
		body: parsed.body,
		bodyImages: markdownImageSources(parsed.body),
		version,
	};
}

// A correction is a modification: it moves the article's updated date (sitemaps, feeds, dateModified).
function modification(updated: DateTime | undefined, corrections: readonly Correction[], data: SiteData) {
	const lastCorrection = corrections.at(-1)?.date;
	const modifiedAt = lastCorrection && (!updated || lastCorrection > updated) ? lastCorrection : updated;
	const modified = modifiedAt && formatSiteDate(modifiedAt, data.site.locale, dateFormats(data), data.site.timezoneLabel);
	return { modifiedAt, modified };
}

/**
 * A correction dated after the build's "now" is held back like an embargoed article: left out of the page,
 * /ralat/ and the updated date (so no future lastmod) until the first build after its time, with a warning
 * each build so a mistyped year is noticed. Returns the article as published now (a copy when anything is held).
 */
export function holdFutureCorrections(article: Article, now: DateTime, data: SiteData, problems: ProblemList): Article {
	if (!article.corrections.some((c) => c.date > now)) return article;
	const corrections = article.corrections.filter((c) => {
		if (c.date <= now) return true;
		const when = c.date.toFormat("yyyy-MM-dd HH:mm");
		problems.warn(
			article.file,
			`${when} is in the future: the correction is held back until the first build after that time`,
			"corrections",
		);
		return false;
	});
	const { modifiedAt, modified } = modification(article.editedAt, corrections, data);
	// A new version once a held correction appears, so `npm start` renders the page again.
	return { ...article, corrections, updated: modifiedAt, modified, version: `${article.version}:${corrections.length}` };
}

/** Display names and first names as words for "did you mean": "Andi Saputra" and "andi" → the key. */
function nameWords(entries: Record<string, { name: string }>): Record<string, string> {
	const words: Record<string, string> = {};
	for (const [key, { name }] of Object.entries(entries)) {
		words[name.toLowerCase()] = key;
		words[name.toLowerCase().split(/\s+/)[0]!] ??= key;
	}
	return words;
}

function checkDate(file: string, field: string, value: unknown, zone: string, problems: ProblemList): DateTime | undefined {
	if (value === undefined) return undefined; // the schema already reported it as required
	const result = parseSiteDate(value, zone);
	if (result.ok) return result.value;
	problems.error(file, result.reason, field);
	return undefined;
}

/** Correction dates in the site zone, by position; each must be on or after the publication date. */
function checkCorrectionDates(
	file: string,
	value: unknown,
	published: DateTime | undefined,
	zone: string,
	problems: ProblemList,
): (DateTime | undefined)[] {
	if (!Array.isArray(value)) return [];
	return value.map((item: unknown, i) => {
		const raw = item && typeof item === "object" ? (item as Record<string, unknown>).date : undefined;
		if (typeof raw !== "string") return undefined; // the schema reports a missing or non-text date
		const date = checkDate(file, `corrections.${i}.date`, raw, zone, problems);
		if (date && published && date < published) {
			problems.error(file, `"${raw}" is before the publication date; a correction follows publication`, `corrections.${i}.date`);
		}
		return date;
	});
}

/** The withdrawal's date in the site zone; on or after publication, since only a published story can be withdrawn. */
function checkWithdrawal(
	file: string,
	value: unknown,
	published: DateTime | undefined,
	zone: string,
	problems: ProblemList,
): DateTime | undefined {
	const raw = value && typeof value === "object" ? (value as Record<string, unknown>).date : undefined;
	if (typeof raw !== "string") return undefined; // the schema reports a missing or non-text date
	const date = checkDate(file, "withdrawn.date", raw, zone, problems);
	if (date && published && date < published) {
		problems.error(file, `"${raw}" is before the publication date; a story is withdrawn after it was published`, "withdrawn.date");
	}
	return date;
}

/** A claim review belongs to a fact check only; its claim date is read in the site zone. */
function checkClaimReview(file: string, raw: Record<string, unknown>, zone: string, problems: ProblemList): DateTime | undefined {
	const review = raw.claimReview;
	if (!review || typeof review !== "object") return undefined;
	if (raw.jenis !== "cek-fakta") {
		problems.error(
			file,
			`only a fact check carries a claim review, and this story is ${raw.jenis === undefined ? "berita (the default)" : show(raw.jenis)}; add jenis: cek-fakta, or remove claimReview`,
			"claimReview",
		);
	}
	const claimDate = (review as Record<string, unknown>).claimDate;
	return typeof claimDate === "string" ? checkDate(file, "claimReview.claimDate", claimDate, zone, problems) : undefined;
}
