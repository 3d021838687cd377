// The front page and its "Berita terbaru" archive: page 1 at "/" carries the headline, the latest stories
// and a block per rubric (views.front); pages 2, 3, … ("/terbaru/2/", …, urls.ts homePageUrl) continue the archive, 20 a page.
import type { HomeTerm } from "../content/listings.ts";
import { listingData, pageTitle, type ListingData } from "./listing.ts";

const heading = (data: ListingData<HomeTerm>) => data.strings.latestNews!;
const listing = listingData<HomeTerm>("views.pages.home", heading, "layouts/home.njk");

export const data = {
	...listing,
	eleventyComputed: {
		...listing.eleventyComputed,
		// The front page's <title> is the site name alone.
		title: (data: ListingData<HomeTerm>) => (data.listing.number > 1 ? pageTitle(heading(data), data) : ""),
	},
};
export { render } from "./listing.ts";
