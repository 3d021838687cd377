// The site's RSS 2.0 feed. Item HTML goes through Eleventy's HTML <base> transform
// (transformWithHtmlBase, https://www.11ty.dev/docs/plugins/html-base/) so every URL in it is absolute.
// Every absolute URL is built from `site.base` (origin + path prefix, src/content/address.ts).
import { absoluteUrl } from "../content/address.ts";
import { buildRss } from "../feeds/rss.ts";
import { renderArticleBody } from "../markdown/article.ts";
import type { PageData, TemplateContext } from "./types.ts";

export const data = {
	permalink: (data: PageData) => data.site.feed.path,
	eleventyExcludeFromCollections: true,
};

export async function render(this: TemplateContext, data: PageData): Promise<string> {
	const { site } = data;
	const home = absoluteUrl(site.base, "/");
	// The transform adds the path prefix to root-relative URLs itself, so it is given the bare origin.
	const origin = `${site.url}/`;
	const articles = data.warta.articles.slice(0, site.feed.limit);
	const items = await Promise.all(
		articles.map(async (article) => {
			const link = absoluteUrl(site.base, article.url);
			return {
				title: article.title,
				link,
				pubDate: article.date.toJSDate(),
				creators: article.authors.map((a) => a.name),
				categories: [article.category.name, ...article.tags.map((t) => t.name)],
				description: article.summary,
				contentHtml: await this.transformWithHtmlBase(renderArticleBody(article, site.locale), origin, article.url),
			};
		}),
	);
	return buildRss(
		{
			title: site.title,
			link: home,
			description: site.description,
			language: site.language,
			selfUrl: absoluteUrl(site.base, site.feed.path),
			lastBuildDate: articles[0]?.date.toJSDate(),
			generator: "Warta (Eleventy)",
		},
		items,
		site.timezone,
	);
}
