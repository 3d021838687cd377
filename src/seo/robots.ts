// robots.txt (RFC 9309): everything may be crawled; the sitemaps are announced with absolute URLs.
import { absoluteUrl, newsSitemapUrl, sitemapUrl } from "../site/urls.ts";

export function buildRobots(siteUrl: string): string {
	return [
		"User-agent: *",
		"Allow: /",
		"",
		`Sitemap: ${absoluteUrl(siteUrl, sitemapUrl)}`,
		`Sitemap: ${absoluteUrl(siteUrl, newsSitemapUrl)}`,
		"",
	].join("\n");
}
