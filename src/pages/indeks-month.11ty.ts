// The indeks of one month: /indeks/2018/04/ lists its days (newest first) with their first stories.
// Not paginated by number: "/indeks/2018/04/10/" is the tenth of April, so a month has one page, bounded
// by its days (MONTH_DAY_PREVIEW stories each), and each day page paginates its own stories.
import type { MonthPage } from "../views/listings.ts";
import { fill } from "../site/text.ts";
import type { PageData } from "./types.ts";

type MonthData = PageData & { listing: MonthPage };

export const data = {
	pagination: { data: "views.pages.month", size: 1, alias: "listing" },
	permalink: (data: MonthData) => data.listing.url,
	layout: "layouts/indeks-month.njk",
	eleventyExcludeFromCollections: true,
	eleventyComputed: {
		title: (data: MonthData) => fill(data.strings.indeksMonth, { month: data.listing.term.label }),
	},
};
export { render } from "./listing-page.ts";
