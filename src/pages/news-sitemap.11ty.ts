// The Google News sitemap: the articles of the 48 hours before the build (src/seo/news-sitemap.ts).
import { newsSitemapUrl } from "../site/urls.ts";
import { buildNewsSitemap, newsArticles } from "../seo/news-sitemap.ts";
import type { PageData } from "./types.ts";

export const data = {
	permalink: newsSitemapUrl,
	eleventyExcludeFromCollections: true,
};

export function render(data: PageData): string {
	return buildNewsSitemap(data.site, newsArticles(data.archive.articles, data.archive.now));
}
