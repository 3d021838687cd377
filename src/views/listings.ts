// The page objects of every listing (home archive, rubric, tag, author, indeks day and month), the front
// page's blocks and the indeks overview, all from the groups of groups.ts. Each page object carries
// everything its template shows, so templates only present (docs/architecture.md).
import { PAGE_SIZE, paginate, paginateAll, type Listing, type ListingSource } from "./paginate.ts";
import type { DayGroup, Groups, MonthGroup } from "./groups.ts";
import { homePageUrl, indeksUrl } from "../site/urls.ts";
import type { Article, Author, Rubric, Tag } from "../content/types.ts";

/** `section` is the menu entry the page belongs to (aria-current in _includes/partials/nav.njk). */
export interface HomeTerm {
	kind: "home";
	section: string;
}
export interface RubricTerm {
	kind: "rubric";
	section: string;
	rubric: Rubric;
}
export interface TagTerm {
	kind: "tag";
	section: string;
	tag: Tag;
}
export interface AuthorTerm {
	kind: "author";
	section: string;
	author: Author;
}
export interface DayTerm {
	kind: "day";
	section: string;
	day: DayGroup;
	/** "Selasa, 17 April 2018" */
	label: string;
	/** The day's month page */
	month: DateLink;
	/** The nearest days with articles after and before this one */
	newer?: DateLink;
	older?: DateLink;
}

export interface DateLink {
	url: string;
	label: string;
}

export interface MonthDay {
	day: DayGroup;
	label: string;
	/** The day's first stories; the day page has them all */
	articles: Article[];
	more: number;
}

export interface MonthPage {
	url: string;
	term: {
		kind: "month";
		section: string;
		month: MonthGroup;
		indeksUrl: string;
		/** "April 2018" */
		label: string;
		days: MonthDay[];
		newer?: DateLink;
		older?: DateLink;
	};
}

export interface IndeksOverview {
	years: { year: number; count: number; months: { month: MonthGroup; label: string }[] }[];
	latestDay?: DateLink;
}

export interface FrontPage {
	/** The newest story marked `featured: true` among the newest PAGE_SIZE, else the newest story; never an advertorial */
	headline?: Article;
	latest: Article[];
	/** One block per rubric, in _data/rubrics.json order, of stories not shown above; a rubric with none is left out */
	blocks: { rubric: Rubric; articles: Article[] }[];
	/** "Berita terbaru" on page 1: the newest PAGE_SIZE stories (the archive's page 1) less those shown above */
	more: Article[];
}

/** One line of the rubric, tag or author directory */
export interface DirectoryEntry {
	name: string;
	url: string;
	count: number;
	description?: string;
	/** Authors only */
	role?: string;
	photo?: string;
}

export interface Directories {
	rubrics: DirectoryEntry[];
	/** By slug, so variants of one tag never appear twice */
	tags: DirectoryEntry[];
	authors: DirectoryEntry[];
}

export interface ListingPages {
	home: Listing<Article, HomeTerm>[];
	rubric: Listing<Article, RubricTerm>[];
	tag: Listing<Article, TagTerm>[];
	author: Listing<Article, AuthorTerm>[];
	day: Listing<Article, DayTerm>[];
	month: MonthPage[];
}

export interface DateLabels {
	day(day: DayGroup): string;
	month(month: MonthGroup): string;
}

export const FRONT_LATEST = 4;
export const FRONT_BLOCK = 3;
export const MONTH_DAY_PREVIEW = 5;
export const INDEKS_URL = indeksUrl();

/** `maxPages`: how deep the front page archive and the rubric, tag and author listings go (site.maxListingPages). */
export function buildListingPages(articles: Article[], groups: Groups, labels: DateLabels, maxPages = Infinity): ListingPages {
	const monthOfDay = new Map<DayGroup, DateLink>();
	for (const month of groups.months) {
		const link = { url: month.url, label: labels.month(month) };
		for (const day of month.days) monthOfDay.set(day, link);
	}
	const dayLink = (day: DayGroup | undefined): DateLink | undefined => day && { url: day.url, label: labels.day(day) };
	const monthLink = (month: MonthGroup | undefined): DateLink | undefined => month && { url: month.url, label: labels.month(month) };
	// Listings a reader pages through stop at `maxPages`; day pages are already bounded by the day.
	const cut = <M>(sources: ListingSource<Article, M>[]) => paginateAll(sources, PAGE_SIZE, maxPages);
	return {
		home: paginate<Article, HomeTerm>(homePageUrl, articles, { kind: "home", section: homePageUrl(1) }, PAGE_SIZE, maxPages),
		rubric: cut(
			groups.rubrics.map(({ rubric, articles }) => ({
				base: rubric.url,
				items: articles,
				term: { kind: "rubric" as const, section: rubric.url, rubric },
			})),
		),
		tag: cut(
			groups.tags.map(({ tag, articles }) => ({ base: tag.url, items: articles, term: { kind: "tag" as const, section: tag.url, tag } })),
		),
		author: cut(
			groups.authors.map(({ author, articles }) => ({
				base: author.url,
				items: articles,
				term: { kind: "author" as const, section: author.url, author },
			})),
		),
		day: paginateAll(
			groups.days.map((day, i) => ({
				base: day.url,
				items: day.articles,
				term: {
					kind: "day" as const,
					section: INDEKS_URL,
					day,
					label: labels.day(day),
					month: monthOfDay.get(day)!,
					newer: dayLink(groups.days[i - 1]),
					older: dayLink(groups.days[i + 1]),
				},
			})),
		),
		month: groups.months.map((month, i) => {
			return {
				url: month.url,
				term: {
					kind: "month" as const,
					section: INDEKS_URL,
					month,
					indeksUrl: INDEKS_URL,
					label: labels.month(month),
					days: month.days.map((day) => ({
						day,
						label: labels.day(day),
						articles: day.articles.slice(0, MONTH_DAY_PREVIEW),
						more: Math.max(0, day.articles.length - MONTH_DAY_PREVIEW),
					})),
					newer: monthLink(groups.months[i - 1]),
					older: monthLink(groups.months[i + 1]),
				},
			};
		}),
	};
}

/** Paid content is labelled and may be listed, but never leads the front page (Pedoman Pemberitaan Media Siber). */
const mayLead = (article: Article) => article.jenis !== "advertorial";

export function buildFrontPage(articles: Article[], groups: Groups): FrontPage {
	const headline = articles.slice(0, PAGE_SIZE).find((a) => a.featured && mayLead(a)) ?? articles.find(mayLead);
	const latest = articles.filter((a) => a !== headline).slice(0, FRONT_LATEST);
	// No story twice on the front page: each block skips what an earlier one shows (tests/integration/front-page.test.ts).
	const shown = new Set([headline, ...latest]);
	const blocks: FrontPage["blocks"] = [];
	for (const { rubric, articles: list } of groups.rubrics) {
		// Scanning stops after a handful, whatever the rubric's size.
		const picked: Article[] = [];
		for (const article of list) {
			if (picked.length === FRONT_BLOCK) break;
			if (!shown.has(article)) picked.push(article);
		}
		for (const article of picked) shown.add(article);
		if (picked.length) blocks.push({ rubric, articles: picked });
	}
	const more = articles.slice(0, PAGE_SIZE).filter((a) => !shown.has(a));
	return { headline, latest, blocks, more };
}

export function buildIndeksOverview(groups: Groups, labels: DateLabels): IndeksOverview {
	const years: IndeksOverview["years"] = [];
	for (const month of groups.months) {
		let year = years[years.length - 1];
		if (!year || year.year !== month.year) {
			year = { year: month.year, count: 0, months: [] };
			years.push(year);
		}
		year.count += month.count;
		year.months.push({ month, label: labels.month(month) });
	}
	const latest = groups.days[0];
	return { years, latestDay: latest && { url: latest.url, label: labels.day(latest) } };
}

export function buildDirectories(groups: Groups): Directories {
	return {
		rubrics: groups.rubrics.map(({ rubric, articles }) => ({
			name: rubric.name,
			url: rubric.url,
			count: articles.length,
			description: rubric.description,
		})),
		tags: groups.tags.map(({ tag, articles }) => ({ name: tag.name, url: tag.url, count: articles.length })),
		authors: groups.authors.map(({ author, articles }) => ({
			name: author.name,
			url: author.url,
			count: articles.length,
			description: author.bio,
			role: author.role,
			photo: author.photo,
		})),
	};
}
