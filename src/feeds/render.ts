// Renders one feed source in one format: the feed model from the site data, entries from the archive, then
// the pure builder of that format. Used by the feed page templates in src/pages/.
import type { Archive } from "../content/types.ts";
import { absoluteUrl } from "../site/urls.ts";
import { buildAtom } from "./atom.ts";
import type { FeedFormat, FeedSource } from "./catalog.ts";
import { feedEntry, type EntryContext } from "./entries.ts";
import { buildJsonFeed } from "./jsonfeed.ts";
import type { FeedMeta } from "./model.ts";
import { buildRss } from "./rss.ts";

export function feedMeta(source: FeedSource, format: FeedFormat, archive: Archive): FeedMeta {
	const { site } = archive.data;
	const path = source.paths[format];
	if (!path) throw new Error(`The ${source.kind} feed "${source.key}" is not published as ${format}.`);
	return {
		title: source.title,
		description: source.description,
		language: site.language,
		homeUrl: absoluteUrl(site.base, source.pageUrl),
		selfUrl: absoluteUrl(site.base, path),
		publisher: site.title,
		logo: site.logo && { url: absoluteUrl(site.base, site.logo.src), width: site.logo.width, height: site.logo.height },
		icon: site.icon && absoluteUrl(site.base, site.icon.src),
		generator: "Warta (Eleventy)",
		timeZone: site.timezone,
		emptyUpdated: archive.now,
	};
}

export async function renderFeed(
	source: FeedSource,
	format: FeedFormat,
	archive: Archive,
	context: Omit<EntryContext, "site" | "strings">,
): Promise<string> {
	const { site, strings } = archive.data;
	const meta = feedMeta(source, format, archive);
	const entries = await Promise.all(
		source.articles.map((article) => feedEntry(article, { site, strings, ...context }, source.summaryOnly ? "summary" : "full")),
	);
	if (format === "atom") return buildAtom(meta, entries);
	if (format === "json") return buildJsonFeed(meta, entries);
	return buildRss(meta, entries);
}
