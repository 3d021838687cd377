// The Google News sitemap (developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap):
// only articles first published in the 48 hours before the build, at most 1,000, no advertorial, with the publication's
// name and language. "48 hours" is measured from the build's "now", so a newsroom must rebuild at least every
// few hours for it to stay fresh (README, Publish).
import type { SiteConfig } from "../content/schema.ts";
import type { Article } from "../content/types.ts";
import { absoluteUrl } from "../site/urls.ts";
import { element, parent, xmlDeclaration } from "../site/xml.ts";
import { rfc3339 } from "../time/dates.ts";
import type { DateTime } from "luxon";
import { SITEMAP_NAMESPACE } from "./sitemap.ts";

export const NEWS_NAMESPACE = "http://www.google.com/schemas/sitemap-news/0.9";
export const NEWS_WINDOW_HOURS = 48;
export const NEWS_MAX_URLS = 1000;

/**
 * Articles published in (now − 48 h, now], newest first, at most 1,000, advertorials left out (withdrawn
 * stories are not in the archive's list at all). The archive is newest first, so this
 * reads only the head of it and stops at the first older article.
 */
export function newsArticles(articles: readonly Article[], now: DateTime): Article[] {
	const since = now.minus({ hours: NEWS_WINDOW_HOURS });
	const recent: Article[] = [];
	for (const article of articles) {
		if (article.date > now) continue; // a `now` before the archive's own must not list later articles
		if (article.date <= since || recent.length === NEWS_MAX_URLS) break;
		// Paid content is not news: Google News' content policies keep advertorials out (docs/authoring.md#type-of-work-jenis).
		if (article.jenis !== "advertorial") recent.push(article);
	}
	return recent;
}

export function buildNewsSitemap(site: SiteConfig, articles: readonly Article[]): string {
	const body = articles.map((article) =>
		parent("url", {}, [
			element("loc", {}, absoluteUrl(site.base, article.url)),
			element("lastmod", {}, rfc3339(article.updated ?? article.date)),
			parent("news:news", {}, [
				parent("news:publication", {}, [element("news:name", {}, site.title), element("news:language", {}, site.language)]),
				element("news:publication_date", {}, rfc3339(article.date)),
				element("news:title", {}, article.title),
			]),
		]),
	);
	return xmlDeclaration() + parent("urlset", { xmlns: SITEMAP_NAMESPACE, "xmlns:news": NEWS_NAMESPACE }, body) + "\n";
}
