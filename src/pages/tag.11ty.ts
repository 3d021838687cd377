// Tag pages: /tag/<slug>/, /tag/<slug>/2/, … One page per normalised tag ("Banten", "banten", " BANTEN ").
import type { TagTerm } from "../content/listings.ts";
import { fill } from "../plugins/filters.ts";
import { listingData } from "./listing.ts";

export const data = listingData<TagTerm>("views.pages.tag", (data) => fill(data.strings.tagTitle!, { name: data.listing.term.tag.name }));
export { render } from "./listing.ts";
