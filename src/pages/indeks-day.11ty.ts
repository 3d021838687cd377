// The indeks of one day: /indeks/2018/04/17/ (and /2/, … on busy days), newest first.
import type { DayTerm } from "../content/listings.ts";
import { fill } from "../plugins/filters.ts";
import { listingData } from "./listing.ts";

export const data = listingData<DayTerm>("views.pages.day", (data) => fill(data.strings.indeksDay!, { date: data.listing.term.label }));
export { render } from "./listing.ts";
