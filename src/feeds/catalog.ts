// Which feeds the site publishes and what each holds: the site feed (RSS, Atom, JSON Feed), one RSS feed per
// rubric and per author, and a small one per tag. The per-section lists are filled in ONE pass over the
// newest-first index, each capped at the feed limit, so the cost does not depend on how many sections there
// are (docs/architecture.md); the pass stops as soon as every list is full.
// Tag feeds are cut from the tag groups (src/views/groups.ts, already newest first) and kept small: the newest
// TAG_FEED_LIMIT stories, summaries without the full text. An archive of 100,000 stories has ~1,000 tags, and a
// full-content feed of 50 stories per tag would multiply the output for little use.
import type { SiteData, Article } from "../content/types.ts";
import { atomFeedUrl, authorFeedUrl, rubricFeedUrl, jsonFeedUrl, tagFeedUrl } from "../site/urls.ts";
import type { TagGroup } from "../views/groups.ts";
import { fill } from "../site/text.ts";

export type FeedFormat = "rss" | "atom" | "json";

export interface FeedSource {
	kind: "site" | "rubric" | "author" | "tag";
	/** Rubric or author key; "" for the site feed */
	key: string;
	title: string;
	description: string;
	/** Site paths of the feed in each format it is published in */
	paths: { rss: string; atom?: string; json?: string };
	/** Site path of the page the feed belongs to */
	pageUrl: string;
	/** Newest first, at most `site.feed.limit` (TAG_FEED_LIMIT for a tag) */
	articles: Article[];
	/** Items carry the summary only, without the story's full text (tag feeds) */
	summaryOnly?: boolean;
}

/** How many stories a tag's feed holds, at most. */
export const TAG_FEED_LIMIT = 20;

/** A <link rel="alternate"> for a page's <head>. */
export interface FeedLink {
	title: string;
	/** Site path */
	url: string;
	type: string;
}

/** THE list of feed formats and their registered media types: head links and host headers (src/deploy/headers.ts) use it. */
export const FEED_TYPES: Record<FeedFormat, string> = {
	rss: "application/rss+xml",
	atom: "application/atom+xml",
	json: "application/feed+json",
};

/** Site paths of the site feed in every format. */
export function siteFeedPaths(site: { feed: { path: string } }): Record<FeedFormat, string> {
	return { rss: site.feed.path, atom: atomFeedUrl, json: jsonFeedUrl };
}

type Data = Pick<SiteData, "site" | "strings" | "rubrics" | "authors">;

export function siteFeed({ site, strings }: Data, articles: readonly Article[]): FeedSource {
	return {
		kind: "site",
		key: "",
		title: site.title,
		description: site.description,
		paths: siteFeedPaths(site),
		pageUrl: "/",
		articles: articles.slice(0, site.feed.limit),
	};
}

/** One RSS feed per rubric and per author in the data files (empty ones too: their pages link to them). */
export function sectionFeeds(data: Data, articles: readonly Article[]): FeedSource[] {
	const { site, strings } = data;
	const limit = site.feed.limit;
	const byRubric = new Map<string, FeedSource>();
	for (const rubric of Object.values(data.rubrics)) {
		byRubric.set(rubric.key, {
			kind: "rubric",
			key: rubric.key,
			title: fill(strings.feedRubricTitle, { site: site.title, name: rubric.name }),
			description: rubric.description ?? fill(strings.feedRubricDescription, { site: site.title, name: rubric.name }),
			paths: { rss: rubricFeedUrl(rubric.slug) },
			pageUrl: rubric.url,
			articles: [],
		});
	}
	const byAuthor = new Map<string, FeedSource>();
	for (const author of Object.values(data.authors)) {
		byAuthor.set(author.key, {
			kind: "author",
			key: author.key,
			title: fill(strings.feedAuthorTitle, { site: site.title, name: author.name }),
			description: fill(strings.feedAuthorDescription, { site: site.title, name: author.name }),
			paths: { rss: authorFeedUrl(author.key) },
			pageUrl: author.url,
			articles: [],
		});
	}
	const total = byRubric.size + byAuthor.size;
	let full = 0;
	const add = (feed: FeedSource | undefined, article: Article) => {
		// The at(-1) check keeps an author listed twice on one article from giving two items with one guid.
		if (!feed || feed.articles.length >= limit || feed.articles.at(-1) === article) return;
		feed.articles.push(article);
		if (feed.articles.length === limit) full++;
	};
	for (const article of articles) {
		if (full === total) break;
		add(byRubric.get(article.rubric.key), article);
		for (const author of article.authors) add(byAuthor.get(author.key), article);
	}
	return [...byRubric.values(), ...byAuthor.values()];
}

/** One RSS feed per tag in use: its newest stories (at most TAG_FEED_LIMIT and the site's feed limit), summaries only. */
export function tagFeeds({ site, strings }: Pick<SiteData, "site" | "strings">, tags: readonly TagGroup[]): FeedSource[] {
	const limit = Math.min(TAG_FEED_LIMIT, site.feed.limit);
	return tags.map(({ tag, articles }) => ({
		kind: "tag",
		key: tag.slug,
		title: fill(strings.feedTagTitle, { site: site.title, name: tag.name }),
		description: fill(strings.feedTagDescription, { site: site.title, name: tag.name }),
		paths: { rss: tagFeedUrl(tag.slug) },
		pageUrl: tag.url,
		articles: articles.slice(0, limit),
		summaryOnly: true,
	}));
}

/** For a tag page's `feeds` data. */
export function tagFeedLink(tag: { name: string; slug: string }, { site, strings }: Pick<SiteData, "site" | "strings">): FeedLink {
	const title = fill(strings.feedTagTitle, { site: site.title, name: tag.name });
	return { title, url: tagFeedUrl(tag.slug), type: FEED_TYPES.rss };
}

/** The site feeds every page advertises. */
export function siteFeedLinks({ site, strings }: Pick<SiteData, "site" | "strings">): FeedLink[] {
	return [
		{ title: fill(strings.feedTitle, { site: site.title }), url: site.feed.path, type: FEED_TYPES.rss },
		{ title: fill(strings.feedAtomTitle, { site: site.title }), url: atomFeedUrl, type: FEED_TYPES.atom },
		{ title: fill(strings.feedJsonTitle, { site: site.title }), url: jsonFeedUrl, type: FEED_TYPES.json },
	];
}

/** For a rubric page's `feeds` data: `feeds: [rubricFeedLink(rubric, data)]`. */
export function rubricFeedLink(rubric: { name: string; slug: string }, { site, strings }: Pick<SiteData, "site" | "strings">): FeedLink {
	const title = fill(strings.feedRubricTitle, { site: site.title, name: rubric.name });
	return { title, url: rubricFeedUrl(rubric.slug), type: FEED_TYPES.rss };
}

/** For an author page's `feeds` data: `feeds: [authorFeedLink(author, data)]`. */
export function authorFeedLink(author: { name: string; key: string }, { site, strings }: Pick<SiteData, "site" | "strings">): FeedLink {
	const title = fill(strings.feedAuthorTitle, { site: site.title, name: author.name });
	return { title, url: authorFeedUrl(author.key), type: FEED_TYPES.rss };
}
