// /indeks/: every year and month with stories, newest first, each linking to its month page.
import { INDEKS_URL } from "../views/listings.ts";
import type { PageData } from "./types.ts";

export const data = {
	permalink: INDEKS_URL,
	layout: "layouts/indeks.njk",
	eleventyExcludeFromCollections: true,
	eleventyComputed: {
		title: (data: PageData) => data.strings.indeks,
	},
};
export { render } from "./listing-page.ts";
