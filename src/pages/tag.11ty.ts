// Tag pages: /tag/<slug>/, /tag/<slug>/2/, … One page per normalised tag ("Banten", "banten", " BANTEN ").
import type { TagTerm } from "../views/listings.ts";
import { fill } from "../site/text.ts";
import { listingData } from "./listing-page.ts";
import { tagFeedLink } from "../feeds/catalog.ts";

export const data = listingData<TagTerm>(
	"views.pages.tag",
	(data) => fill(data.strings.tagTitle, { name: data.listing.term.tag.name }),
	undefined,
	(data) => [tagFeedLink(data.listing.term.tag, data)],
);
export { render } from "./listing-page.ts";
