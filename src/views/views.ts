// Everything derived from the archive for pages — groups, listing pages, front page, indeks, per-article
// extras — computed once per Archive (so once per build and per `npm start` rebuild) and memoized on it.
// Templates receive it as the global data `views` (src/plugins/content.ts).
import { formatLocal } from "../time/dates.ts";
import { dateFormats } from "../content/articles.ts";
import {
	buildDirectories,
	buildFrontPage,
	buildIndeksOverview,
	buildListingPages,
	type DateLabels,
	type Directories,
	type FrontPage,
	type IndeksOverview,
	type ListingPages,
} from "./listings.ts";
import { readingMinutes } from "./reading-time.ts";
import { buildRelatedIndex, type RelatedIndex } from "./related.ts";
import { takeSnapshot, type Snapshot } from "./impact.ts";
import { groupArticles, type DayGroup, type Groups, type MonthGroup } from "./groups.ts";
import type { Archive, Article, Tag } from "../content/types.ts";

export interface ArticleView {
	/** Reading time in whole minutes, at least 1 */
	minutes: number;
	/** "Baca juga": 3–5 related stories, never the article itself */
	related: Article[];
	/** The next newer and next older story of the same rubric (none for a withdrawn story) */
	newer?: Article;
	older?: Article;
	/** The article's tags under their canonical spelling (one spelling per tag page) */
	tags: Tag[];
}

export interface Views {
	groups: Groups;
	pages: ListingPages;
	front: FrontPage;
	indeks: IndeksOverview;
	directories: Directories;
	/** Per-article extras for the article layout. A closure, not a method: Nunjucks calls functions
	 *  without their object as `this`. */
	article: (article: Article) => ArticleView;
	/** What article pages are signed against (src/views/impact.ts); taken once, when first asked for */
	snapshot: () => Snapshot;
}

const built = new WeakMap<Archive, Views>();

export function viewsOf(archive: Archive): Views {
	let views = built.get(archive);
	if (!views) {
		views = buildViews(archive);
		built.set(archive, views);
		viewsBuilt++;
	}
	return views;
}

let viewsBuilt = 0;
/** How many times views were derived in this process: once per archive (tests/integration/site.test.ts). */
export const viewsDerived = (): number => viewsBuilt;

function buildViews(archive: Archive): Views {
	const { articles, data } = archive;
	const locale = data.site.locale;
	const dayPattern = dateFormats(data).date;
	const monthPattern = data.strings.monthFormat;
	// Each day's label is shown on its page, its month's page and its neighbours' pages: formatted once (luxon's
	// formatting is slow, ~0.1 ms a call, and there are ~3,600 days in ten years).
	const dayLabels = new Map<DayGroup, string>();
	const monthLabels = new Map<MonthGroup, string>();
	const labels: DateLabels = {
		day: (day) => dayLabels.get(day) ?? dayLabels.set(day, formatLocal(day.start, locale, dayPattern)).get(day)!,
		month: (month) => monthLabels.get(month) ?? monthLabels.set(month, formatLocal(month.start, locale, monthPattern)).get(month)!,
	};
	const groups = groupArticles(articles, data);
	let related: RelatedIndex | undefined;
	let snapshot: Snapshot | undefined;

	// Asked for twice per article page (npm start's render plan, then the layout): computed once.
	const views = new Map<Article, ArticleView>();
	const article = (article: Article): ArticleView => {
		const known = views.get(article);
		if (known) return known;
		// A withdrawn story's page is a notice: no text, no tags, nothing to read next (src/content/replies.ts).
		if (article.withdrawn) return { minutes: 0, related: [], tags: [] };
		related ??= buildRelatedIndex(articles);
		const rubric = groups.rubricByKey.get(article.rubric.key)!.articles;
		const at = groups.rubricPosition.get(article)!;
		let minutes: number | undefined;
		const view = {
			// Counted when a page shows it: page signatures (src/views/render-plan.ts) ask for the view of every
			// article, and an article from the build cache reads its body from the file.
			get minutes() {
				return (minutes ??= readingMinutes(article.body));
			},
			related: related.relatedTo(article),
			newer: rubric[at - 1],
			older: rubric[at + 1],
			tags: article.tags.map((tag) => groups.tagBySlug.get(tag.slug)!.tag),
		};
		views.set(article, view);
		return view;
	};

	// Frozen: Eleventy deep-copies plain global data objects into every template's data, except frozen ones
	// (@11ty/eleventy-utils Merge.js), and this object is the same for every page.
	return Object.freeze({
		groups,
		pages: buildListingPages(articles, groups, labels, data.site.maxListingPages),
		front: buildFrontPage(articles, groups),
		indeks: buildIndeksOverview(groups, labels),
		directories: buildDirectories(groups),
		article,
		snapshot: () => (snapshot ??= takeSnapshot(archive, groups)),
	});
}
