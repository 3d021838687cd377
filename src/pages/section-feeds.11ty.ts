// One RSS feed per rubric (/kategori/<slug>/feed.xml) and per author (/penulis/<key>/feed.xml). The lists
// are grouped once per build from the archive (src/feeds/catalog.ts), not filtered per feed.
// https://www.11ty.dev/docs/pagination/#the-before-callback
import { sectionFeeds, type FeedSource } from "../feeds/catalog.ts";
import { renderFeed } from "../feeds/render.ts";
import { articleVersion } from "../views/render-plan.ts";
import type { Article } from "../content/types.ts";
import type { PageData, TemplateContext } from "./types.ts";

type SectionFeedData = PageData & { feed: FeedSource; publicDir: string };

/** Everything a section feed shows that can change when articles are saved. */
const feedSignature = (feed: FeedSource): string => feed.articles.map(articleVersion).join(" ");

export const data = {
	pagination: {
		data: "archive.articles",
		size: 1,
		alias: "feed",
		// In `npm start`, only the feeds whose stories changed are written again (src/views/render-plan.ts).
		before: (articles: Article[], data: PageData) =>
			data.renderPlan.select(sectionFeeds(data, articles), (feed) => feed.paths.rss, feedSignature),
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
