// 404.html at the site root: the name static hosts (Netlify, GitHub Pages, Cloudflare Pages) serve for missing pages.
import { notFoundUrl } from "../site/urls.ts";
import type { PageData } from "./types.ts";

export const data = {
	permalink: notFoundUrl,
	layout: "layouts/not-found.njk",
	eleventyExcludeFromCollections: true,
	// Not a page to index, and not in sitemap.xml (src/seo/pages.ts).
	noindex: true,
	eleventyComputed: {
		title: (data: PageData) => data.strings.notFoundTitle,
		latest: (data: PageData) => data.archive.articles.slice(0, 5),
	},
};

export function render(): string {
	return "";
}
