// The indeks of one month: /indeks/2018/04/ lists its days (newest first) with their first stories.
// Not paginated by number: "/indeks/2018/04/10/" is the tenth of April, so a month has one page, bounded
// by its days (MONTH_DAY_PREVIEW stories each), and each day page paginates its own stories.
import type { MonthPage } from "../views/listings.ts";
import { articleVersion } from "../views/render-plan.ts";
import { fill } from "../site/text.ts";
import type { PageData } from "./types.ts";

type MonthData = PageData & { listing: MonthPage };

/**
 * Everything a month page shows that saving articles can change (src/views/render-plan.ts): its count, each
 * day's first stories and how many more it has, and the links to the nearest months. Labels come from the
 * data files, which the build's fingerprint covers. Without it every month page was rendered on every
 * incremental build: 121 of the 193 pages one new story rendered at 20,000 articles (docs/performance.md).
 */
export function monthSignature(page: MonthPage): string {
	const { month, days, newer, older } = page.term;
	return JSON.stringify([
		month.count,
		days.map((entry) => [entry.day.url, entry.articles.map(articleVersion), entry.more]),
		newer?.url ?? "",
		older?.url ?? "",
	]);
}

export const data = {
	pagination: {
		data: "views.pages.month",
		size: 1,
		alias: "listing",
		before: (months: MonthPage[], data: PageData) => data.renderPlan.select(months, (page) => page.url, monthSignature),
	},
	permalink: (data: MonthData) => data.listing.url,
	layout: "layouts/indeks-month.njk",
	eleventyExcludeFromCollections: true,
	eleventyComputed: {
		title: (data: MonthData) => fill(data.strings.indeksMonth, { month: data.listing.term.label }),
	},
};
export { render } from "./listing-page.ts";
