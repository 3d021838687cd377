// When a story last changed, the one rule for the sitemap's lastmod (src/seo/pages.ts) and the feeds' updated
// dates (src/feeds/atom.ts, rss.ts): its update or newest correction, else its publication. Takes articles and
// feed entries alike (both carry `date` and `updated`).
import type { DateTime } from "luxon";

export interface Dated {
	/** Publication */
	date: DateTime;
	/** The later of front matter `updated` and the newest correction, when there is one */
	updated?: DateTime;
}

/** A story's last change: its update or correction date, else its publication. */
export const lastChange = (story: Dated): DateTime => story.updated ?? story.date;

/** The newest change among stories (a listing's lastmod, RSS lastBuildDate, Atom <updated>); undefined when empty. */
export function newestChange(stories: Iterable<Dated>): DateTime | undefined {
	let newest: DateTime | undefined;
	for (const story of stories) {
		const change = lastChange(story);
		if (!newest || change > newest) newest = change;
	}
	return newest;
}
