// Author pages: /penulis/<key>/ with photo, role and bio from _data/authors.json, then their stories.
import type { AuthorTerm } from "../views/listings.ts";
import { authorFeedLink } from "../feeds/catalog.ts";
import { listingData } from "./listing-page.ts";

export const data = listingData<AuthorTerm>(
	"views.pages.author",
	(data) => data.listing.term.author.name,
	undefined,
	(data) => [authorFeedLink(data.listing.term.author, data)],
);
export { render } from "./listing-page.ts";
