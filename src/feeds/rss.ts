// RSS 2.0 (https://www.rssboard.org/rss-specification, with the RSS Best Practices Profile): a pure
// builder from plain objects to XML through the one escaping path in ./xml.ts. Every namespace used is
// declared. Dates come from @11ty/eleventy-plugin-rss's dateToRfc822, always given the site zone (its
// default is the build machine's zone).
import { dateToRfc822 } from "@11ty/eleventy-plugin-rss";
import { element, parent } from "./xml.ts";

export const RSS_NAMESPACES = {
	"xmlns:atom": "http://www.w3.org/2005/Atom",
	"xmlns:content": "http://purl.org/rss/1.0/modules/content/",
	"xmlns:dc": "http://purl.org/dc/elements/1.1/",
};

export interface RssChannel {
	title: string;
	/** Absolute URL of the site */
	link: string;
	description: string;
	language: string;
	/** Absolute URL the feed is served from (atom:link rel=self) */
	selfUrl: string;
	/** Newest item's date; absent for an empty feed */
	lastBuildDate?: Date;
	generator?: string;
}

export interface RssItem {
	title: string;
	/** Absolute URL; also the permanent guid */
	link: string;
	pubDate: Date;
	creators: string[];
	categories: string[];
	/** Plain-text summary */
	description: string;
	/** Full HTML with absolute URLs only */
	contentHtml: string;
}

export function buildRss(channel: RssChannel, items: RssItem[], timeZone: string): string {
	const date = (d: Date) => dateToRfc822(d, timeZone);
	const channelXml = parent("channel", {}, [
		element("title", {}, channel.title),
		element("link", {}, channel.link),
		element("atom:link", { href: channel.selfUrl, rel: "self", type: "application/rss+xml" }),
		element("description", {}, channel.description),
		element("language", {}, channel.language),
		channel.lastBuildDate && element("lastBuildDate", {}, date(channel.lastBuildDate)),
		channel.generator && element("generator", {}, channel.generator),
		...items.map((item) =>
			parent("item", {}, [
				element("title", {}, item.title),
				element("link", {}, item.link),
				element("guid", { isPermaLink: "true" }, item.link),
				element("pubDate", {}, date(item.pubDate)),
				...item.creators.map((name) => element("dc:creator", {}, name)),
				...item.categories.map((name) => element("category", {}, name)),
				element("description", {}, item.description),
				element("content:encoded", {}, item.contentHtml),
			]),
		),
	]);
	return `<?xml version="1.0" encoding="utf-8"?>\n${parent("rss", { version: "2.0", ...RSS_NAMESPACES }, [channelXml])}\n`;
}
