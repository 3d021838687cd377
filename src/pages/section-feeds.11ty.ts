// One RSS feed per rubric (/kategori/<slug>/feed.xml), per author (/penulis/<key>/feed.xml) and per tag
// (/tag/<slug>/feed.xml). The lists are grouped once per build from the archive (src/feeds/catalog.ts), not
// filtered per feed; the render plan writes again only the feeds whose stories (or shown name) changed, so a
// saved story re-renders the feeds of its own rubric, authors and tags, not the ~1,000 feeds of every tag.
// https://www.11ty.dev/docs/pagination/#the-before-callback
import { sectionFeeds, tagFeeds, type FeedSource } from "../feeds/catalog.ts";
import { renderFeed } from "../feeds/render.ts";
import { articleVersion } from "../views/render-plan.ts";
import type { Article } from "../content/types.ts";
import type { PageData, TemplateContext } from "./types.ts";

type SectionFeedData = PageData & { feed: FeedSource; publicDir: string };

/** Everything a section feed shows that can change when articles are saved. A feed without stories dates
 *  itself with the build's "now" (Atom and RSS need a date), so then "now" is what it shows. */
const feedSignature = (feed: FeedSource, data: PageData): string => {
	const stories = feed.articles.length ? feed.articles.map(articleVersion).join(" ") : `empty@${data.archive.now.toMillis()}`;
	// A tag's shown name (its title) is the spelling most of its stories use: another story can change it.
	return feed.kind === "tag" ? `${feed.title}\0${stories}` : stories;
};

export const data = {
	pagination: {
		data: "archive.articles",
		size: 1,
		alias: "feed",
		// In `npm start`, only the feeds whose stories changed are written again (src/views/render-plan.ts).
		before: (articles: Article[], data: PageData) =>
			data.renderPlan.select(
				[...sectionFeeds(data, articles), ...tagFeeds(data, data.views.groups.tags)],
				(feed) => feed.paths.rss,
				(feed) => feedSignature(feed, data),
			),
	},
	permalink: (data: SectionFeedData) => data.feed.paths.rss,
	eleventyExcludeFromCollections: true,
};

export function render(this: TemplateContext, data: SectionFeedData): Promise<string> {
	// The HTML <base> transform adds the path prefix to root-relative URLs itself: give it the bare origin.
	const base = `${data.site.url}/`;
	return renderFeed(data.feed, "rss", data.archive, {
		publicDir: data.publicDir,
		absolutize: (html, pageUrl) => this.transformWithHtmlBase(html, base, pageUrl),
	});
}
