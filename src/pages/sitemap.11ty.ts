// sitemap.xml from the registry of public pages (src/seo/pages.ts); split into an index and parts of at
// most 50,000 URLs on large sites. https://www.sitemaps.org/protocol.html
import { publicPages } from "../seo/pages.ts";
import { renderSitemapFile, sitemapFiles, type SitemapFile } from "../seo/sitemap.ts";
import type { PageData } from "./types.ts";

type SitemapData = PageData & { sitemap: SitemapFile };

export const data = {
	pagination: {
		data: "archive.articles",
		size: 1,
		alias: "sitemap",
		// One list of pages per build, cut into files: the pagination items are the files, not the articles.
		before: (_articles: unknown[], data: PageData) => sitemapFiles(publicPages(data.archive)),
	},
	permalink: (data: SitemapData) => data.sitemap.path,
	eleventyExcludeFromCollections: true,
};

export function render(data: SitemapData): string {
	return renderSitemapFile(data.site.base, data.sitemap);
}
