// Shared shape of the paginated listing templates (rubric, tag, author, indeks day, home archive): each
// paginates with `size: 1` over a precomputed array of page objects (src/views/listings.ts), so one
// template builds every page of every term (https://www.11ty.dev/docs/pagination/, no double pagination).
import type { Listing } from "../views/paginate.ts";
import { articleVersion } from "../views/render-plan.ts";
import { unchangedListings } from "../views/impact.ts";
import type { Article } from "../content/types.ts";
import type { FeedLink } from "../feeds/catalog.ts";
import { fill } from "../site/text.ts";
import { thumbnails } from "../images/cards.ts";
import type { PageData } from "./types.ts";

export type ListingData<M> = PageData & { listing: Listing<unknown, M> };

/** Everything a listing page shows that can change when articles are saved (src/views/render-plan.ts). */
export function listingSignature(listing: Listing<unknown, unknown>): string {
	const items = listing.items.map((item) => {
		const article = item as Article & { version?: string };
		return article.version ? articleVersion(article) : article.url;
	});
	// What the page shows of its term that other stories can change: a tag's shown name (the spelling most of
	// its stories use) and a day's links to the nearest days with stories.
	const term = listing.term as { tag?: { name: string }; newer?: { url: string }; older?: { url: string } };
	return JSON.stringify([listing.total, listing.count, items, term.tag?.name ?? "", term.newer?.url ?? "", term.older?.url ?? ""]);
}

/**
 * Template data for listing pages; `heading` names the term ("Pemerintahan", "Tag: Banten"); `feeds` are the
 * feeds that belong to the page (a rubric's, an author's), advertised in its head.
 */
export function listingData<M>(
	pages: string,
	heading: (data: ListingData<M>) => string,
	layout = "layouts/listing.njk",
	feeds?: (data: ListingData<M>) => FeedLink[],
) {
	return {
		pagination: {
			data: pages,
			size: 1,
			alias: "listing",
			// Re-render only the listing pages whose stories changed; only the terms a change can reach are signed
			// again (src/views/impact.ts).
			before: (listings: Listing<unknown, M>[], data: PageData) =>
				data.renderPlan.select(listings, (l) => l.url, listingSignature, unchangedListings(data.renderPlan, data.views.snapshot())),
		},
		permalink: (data: ListingData<M>) => data.listing.url,
		layout,
		eleventyExcludeFromCollections: true,
		eleventyComputed: {
			heading,
			// "Pemerintahan – Halaman 2": page n of a listing is a different document for readers and crawlers.
			title: (data: ListingData<M>) => pageTitle(heading(data), data),
			feeds: (data: ListingData<M>) => feeds?.(data) ?? [],
			// Card thumbnails of the stories with a photo, by URL (src/images/cards.ts).
			thumbnails: (data: ListingData<M>) => thumbnails(data.listing.items as Article[], data.images),
		},
	};
}

export function pageTitle(heading: string, data: ListingData<unknown>): string {
	const { number } = data.listing;
	return number > 1 ? `${heading} – ${fill(data.strings.pageNumber, { page: number })}` : heading;
}

export function render(): string {
	return "";
}
