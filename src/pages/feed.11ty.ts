// The site feed in three formats: RSS 2.0 at `site.feed.path`, Atom at /atom.xml, JSON Feed 1.1 at
// /feed.json, each with the newest `site.feed.limit` articles. Item HTML goes through Eleventy's HTML
// <base> transform (transformWithHtmlBase, https://www.11ty.dev/docs/plugins/html-base/) so every URL in
// it is absolute.
import { siteFeed, type FeedFormat } from "../feeds/catalog.ts";
import { renderFeed } from "../feeds/render.ts";
import type { PageData, TemplateContext } from "./types.ts";

type FeedPageData = PageData & { format: FeedFormat; publicDir: string };

export const data = {
	formats: ["rss", "atom", "json"] satisfies FeedFormat[],
	pagination: { data: "formats", size: 1, alias: "format" },
	permalink: (data: FeedPageData) => siteFeed(data, []).paths[data.format],
	eleventyExcludeFromCollections: true,
};

export function render(this: TemplateContext, data: FeedPageData): Promise<string> {
	const source = siteFeed(data, data.archive.articles);
	// The HTML <base> transform adds the path prefix to root-relative URLs itself: give it the bare origin.
	const base = `${data.site.url}/`;
	return renderFeed(source, data.format, data.archive, {
		publicDir: data.publicDir,
		absolutize: (html, pageUrl) => this.transformWithHtmlBase(html, base, pageUrl),
	});
}
