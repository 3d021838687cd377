// Rubric pages: /kategori/<slug>/, /kategori/<slug>/2/, … (20 stories a page).
import type { RubricTerm } from "../views/listings.ts";
import { rubricFeedLink } from "../feeds/catalog.ts";
import { listingData } from "./listing-page.ts";

export const data = listingData<RubricTerm>(
	"views.pages.rubric",
	(data) => data.listing.term.rubric.name,
	undefined,
	(data) => [rubricFeedLink(data.listing.term.rubric, data)],
);
export { render } from "./listing-page.ts";
