// JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): built as an object and serialized with
// toJson (src/site/json.ts), never from a string template, so any title or body stays valid JSON and no "<" is raw.
import { toJson } from "../site/json.ts";
import { rfc3339 } from "../time/dates.ts";
import type { FeedEntry, FeedMeta, FeedPerson } from "./model.ts";

export const JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1";

const person = (p: FeedPerson) => (p.url ? { name: p.name, url: p.url } : { name: p.name });

export function jsonFeedObject(meta: FeedMeta, entries: readonly FeedEntry[]): Record<string, unknown> {
	return {
		version: JSON_FEED_VERSION,
		title: meta.title,
		home_page_url: meta.homeUrl,
		feed_url: meta.selfUrl,
		description: meta.description,
		language: meta.language,
		...(meta.icon ? { icon: meta.icon } : {}),
		...(meta.logo ? { favicon: meta.logo.url } : {}),
		authors: [person({ name: meta.publisher, url: meta.homeUrl })],
		items: entries.map((entry) => ({
			id: entry.id,
			url: entry.url,
			title: entry.title,
			summary: entry.summary,
			content_html: entry.contentHtml,
			...(entry.image ? { image: entry.image.url } : {}),
			date_published: rfc3339(entry.date),
			...(entry.updated ? { date_modified: rfc3339(entry.updated) } : {}),
			authors: entry.authors.map(person),
			tags: entry.categories,
			language: meta.language,
		})),
	};
}

export function buildJsonFeed(meta: FeedMeta, entries: readonly FeedEntry[]): string {
	return `${toJson(jsonFeedObject(meta, entries), "\t")}\n`;
}
