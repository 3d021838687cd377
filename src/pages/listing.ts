// Shared shape of the paginated listing templates (rubric, tag, author, indeks day, home archive): each
// paginates with `size: 1` over a precomputed array of page objects (src/content/listings.ts), so one
// template builds every page of every term (https://www.11ty.dev/docs/pagination/, no double pagination).
import type { Listing } from "../content/paginate.ts";
import { fill } from "../plugins/filters.ts";
import type { PageData } from "./types.ts";

export type ListingData<M> = PageData & { listing: Listing<unknown, M> };

/** Template data for listing pages; `heading` names the term ("Pemerintahan", "Tag: Banten"). */
export function listingData<M>(pages: string, heading: (data: ListingData<M>) => string, layout = "layouts/listing.njk") {
	return {
		pagination: { data: pages, size: 1, alias: "listing" },
		permalink: (data: ListingData<M>) => data.listing.url,
		layout,
		eleventyExcludeFromCollections: true,
		eleventyComputed: {
			heading,
			// "Pemerintahan – Halaman 2": page n of a listing is a different document for readers and crawlers.
			title: (data: ListingData<M>) => pageTitle(heading(data), data),
		},
	};
}

export function pageTitle(heading: string, data: ListingData<unknown>): string {
	const { number } = data.listing;
	return number > 1 ? `${heading} – ${fill(data.strings.pageNumber!, { page: number })}` : heading;
}

export function render(): string {
	return "";
}
