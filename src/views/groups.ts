// Derived views of the archive: articles grouped by rubric, tag, author, day and month, built in ONE pass
// over the newest-first articles, so every group is already newest first and the cost grows linearly with
// the archive (docs/architecture.md: never one scan per term or per page).
import type { DateTime } from "luxon";
import { indeksUrl, tagUrl } from "../site/urls.ts";
import type { Article, Author, Rubric, SiteData, Tag } from "../content/types.ts";

export interface RubricGroup {
	rubric: Rubric;
	articles: Article[];
}

export interface TagGroup {
	/** The canonical tag: the spelling most articles use (ties: the newest article's spelling) */
	tag: Tag;
	articles: Article[];
}

export interface AuthorGroup {
	author: Author;
	articles: Article[];
}

export interface DayGroup {
	/** "2018-04-17" in the site zone */
	key: string;
	year: number;
	month: number;
	day: number;
	/** "/indeks/2018/04/17/" */
	url: string;
	/** Midnight of that day in the site zone, for formatting */
	start: DateTime;
	articles: Article[];
}

export interface MonthGroup {
	/** "2018-04" */
	key: string;
	year: number;
	month: number;
	/** "/indeks/2018/04/" */
	url: string;
	start: DateTime;
	/** Days of the month that have articles, newest first */
	days: DayGroup[];
	count: number;
}

export interface Groups {
	/** Every rubric of _data/rubrics.json, in that file's order, empty ones too (the menu links them) */
	rubrics: RubricGroup[];
	/** Every tag in use, by slug */
	tags: TagGroup[];
	/** Every author of _data/authors.json, in that file's order, including those without articles yet */
	authors: AuthorGroup[];
	/** Days and months with articles, newest first */
	days: DayGroup[];
	months: MonthGroup[];
	rubricByKey: Map<string, RubricGroup>;
	tagBySlug: Map<string, TagGroup>;
	/** An article's index in its rubric's list: its neighbours there are the previous/next story of the rubric */
	rubricPosition: Map<Article, number>;
}

const pad = (n: number) => String(n).padStart(2, "0");

export function groupArticles(articles: readonly Article[], data: Pick<SiteData, "rubrics" | "authors">): Groups {
	const rubrics = Object.values(data.rubrics).map((rubric) => ({ rubric, articles: [] as Article[] }));
	const rubricByKey = new Map(rubrics.map((group) => [group.rubric.key, group]));
	const authors = Object.values(data.authors).map((author) => ({ author, articles: [] as Article[] }));
	const authorByKey = new Map(authors.map((group) => [group.author.key, group]));
	const tagArticles = new Map<string, Article[]>();
	// How often each spelling of a tag is used, in first-seen (newest) order.
	const spellings = new Map<string, Map<string, number>>();
	const days: DayGroup[] = [];
	const months: MonthGroup[] = [];
	const rubricPosition = new Map<Article, number>();

	for (const article of articles) {
		const rubric = rubricByKey.get(article.rubric.key)!;
		rubricPosition.set(article, rubric.articles.length);
		rubric.articles.push(article);
		for (const author of article.authors) authorByKey.get(author.key)!.articles.push(article);
		for (const tag of article.tags) {
			let list = tagArticles.get(tag.slug);
			if (!list) {
				list = [];
				tagArticles.set(tag.slug, list);
				spellings.set(tag.slug, new Map());
			}
			list.push(article);
			const names = spellings.get(tag.slug)!;
			names.set(tag.name, (names.get(tag.name) ?? 0) + 1);
		}
		// Articles arrive newest first, so a new day or month starts whenever the key changes.
		const { year, month, day } = article.date;
		const dayKey = `${year}-${pad(month)}-${pad(day)}`;
		let today = days[days.length - 1];
		if (!today || today.key !== dayKey) {
			today = { key: dayKey, year, month, day, url: indeksUrl(year, month, day), start: article.date.startOf("day"), articles: [] };
			days.push(today);
			const monthKey = dayKey.slice(0, 7);
			let thisMonth = months[months.length - 1];
			if (!thisMonth || thisMonth.key !== monthKey) {
				thisMonth = { key: monthKey, year, month, url: indeksUrl(year, month), start: article.date.startOf("month"), days: [], count: 0 };
				months.push(thisMonth);
			}
			thisMonth.days.push(today);
		}
		today.articles.push(article);
		months[months.length - 1]!.count++;
	}

	const tags: TagGroup[] = [];
	for (const [slug, list] of tagArticles) {
		tags.push({ tag: { name: canonicalName(spellings.get(slug)!), slug, url: tagUrl(slug) }, articles: list });
	}
	tags.sort((a, b) => (a.tag.slug < b.tag.slug ? -1 : a.tag.slug > b.tag.slug ? 1 : 0));
	const tagBySlug = new Map(tags.map((group) => [group.tag.slug, group]));
	return { rubrics, tags, authors, days, months, rubricByKey, tagBySlug, rubricPosition };
}

/** The most used spelling; Map order is first-seen, and only a strictly higher count replaces it. */
function canonicalName(spellings: Map<string, number>): string {
	let best = "";
	let bestCount = 0;
	for (const [name, count] of spellings) {
		if (count > bestCount) {
			best = name;
			bestCount = count;
		}
	}
	return best;
}
