// RSS 2.0 (https://www.rssboard.org/rss-specification, with the RSS Best Practices Profile): a pure
// builder from the feed model to XML through the one escaping path in src/site/xml.ts. Every namespace used is
// declared (plugin-rss's own RSS template uses <content:encoded> without declaring xmlns:content). Dates
// come from @11ty/eleventy-plugin-rss's dateToRfc822, always given the site zone (its default is the build
// machine's zone).
import { dateToRfc822 } from "@11ty/eleventy-plugin-rss";
import type { DateTime } from "luxon";
import { newestChange } from "../views/changes.ts";
import type { FeedEntry, FeedMeta } from "./model.ts";
import { element, parent, xmlDeclaration } from "../site/xml.ts";

// dateToRfc822 builds an Intl.DateTimeFormat on every call (~0.3 ms); one story appears in the site feed and in
// its rubric's and authors' feeds, so formatted dates are kept (bounded: a build formats each instant once).
const rfc822Cache = new Map<string, string>();
function rfc822(millis: number, timeZone: string): string {
	const key = `${millis} ${timeZone}`;
	let text = rfc822Cache.get(key);
	if (text === undefined) {
		if (rfc822Cache.size > 200_000) rfc822Cache.clear();
		text = dateToRfc822(new Date(millis), timeZone);
		rfc822Cache.set(key, text);
	}
	return text;
}

export const RSS_NAMESPACES = {
	"xmlns:atom": "http://www.w3.org/2005/Atom",
	"xmlns:content": "http://purl.org/rss/1.0/modules/content/",
	"xmlns:dc": "http://purl.org/dc/elements/1.1/",
	"xmlns:media": "http://search.yahoo.com/mrss/",
};

export function buildRss(meta: FeedMeta, entries: readonly FeedEntry[]): string {
	// <pubDate>Tue, 17 Apr 2018 10:15:00 +0700</pubDate>
	const date = (d: DateTime) => rfc822(d.toMillis(), meta.timeZone);
	const lastBuild = newestChange(entries);
	const channel = parent("channel", {}, [
		element("title", {}, meta.title),
		element("link", {}, meta.homeUrl),
		element("atom:link", { href: meta.selfUrl, rel: "self", type: "application/rss+xml" }),
		element("description", {}, meta.description),
		element("language", {}, meta.language),
		lastBuild && element("lastBuildDate", {}, date(lastBuild)),
		meta.generator && element("generator", {}, meta.generator),
		element("docs", {}, "https://www.rssboard.org/rss-specification"),
		// The validator wants the image's title and link to equal the channel's.
		meta.logo &&
			parent("image", {}, [
				element("url", {}, meta.logo.url),
				element("title", {}, meta.title),
				element("link", {}, meta.homeUrl),
				element("width", {}, String(meta.logo.width)),
				element("height", {}, String(meta.logo.height)),
			]),
		...entries.map((entry) =>
			parent("item", {}, [
				element("title", {}, entry.title),
				element("link", {}, entry.url),
				element("guid", { isPermaLink: "true" }, entry.id),
				element("pubDate", {}, date(entry.date)),
				// <author> must be an e-mail address; names go in dc:creator, one per author.
				...entry.authors.map((person) => element("dc:creator", {}, person.name)),
				...entry.categories.map((name) => element("category", {}, name)),
				element("description", {}, entry.summary),
				entry.contentHtml && element("content:encoded", {}, entry.contentHtml),
				// The W3C validator rejects length="0", so a photo of unknown size (not under public/) gets no enclosure.
				entry.image &&
					entry.image.length > 0 &&
					element("enclosure", { url: entry.image.url, length: entry.image.length, type: entry.image.type }),
				entry.image &&
					parent(
						"media:content",
						{
							url: entry.image.url,
							medium: "image",
							type: entry.image.type,
							fileSize: entry.image.length || undefined,
							width: entry.image.width,
							height: entry.image.height,
						},
						[
							element("media:description", { type: "plain" }, entry.image.alt),
							entry.image.credit && element("media:credit", {}, entry.image.credit),
						],
					),
			]),
		),
	]);
	return xmlDeclaration() + parent("rss", { version: "2.0", ...RSS_NAMESPACES }, [channel]) + "\n";
}
