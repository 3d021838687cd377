// The indeks of one day: /indeks/2018/04/17/ (and /2/, … on busy days), newest first.
import type { DayTerm } from "../views/listings.ts";
import { fill } from "../site/text.ts";
import { listingData } from "./listing-page.ts";

export const data = listingData<DayTerm>("views.pages.day", (data) => fill(data.strings.indeksDay, { date: data.listing.term.label }));
export { render } from "./listing-page.ts";
