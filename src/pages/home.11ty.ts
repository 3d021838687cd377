// The front page and its "Berita terbaru" archive: page 1 at "/" carries the headline, the latest stories
// and a block per rubric (views.front); pages 2, 3, … ("/terbaru/2/", …, urls.ts homePageUrl) continue the archive, 20 a page.
import type { HomeTerm } from "../views/listings.ts";
import type { Listing } from "../views/paginate.ts";
import type { PageData } from "./types.ts";
import { listingData, pageTitle, type ListingData } from "./listing-page.ts";
import { HEADLINE_SIZES, listImage, thumbnails } from "../images/cards.ts";

const heading = (data: ListingData<HomeTerm>) => data.strings.latestNews;
const listing = listingData<HomeTerm>("views.pages.home", heading, "layouts/home.njk");

export const data = {
	...listing,
	pagination: {
		...listing.pagination,
		// Page 1 also shows the headline and the rubric blocks, which may change with any saved story: in
		// `npm start` it is always rendered again; later pages only when their stories changed.
		before: (pages: Listing<unknown, HomeTerm>[], data: PageData) => {
			const changed = listing.pagination.before(pages, data);
			if (!pages[0]) return changed;
			if (!data.renderPlan.always(pages[0].url)) return changed;
			return changed[0] !== pages[0] ? [pages[0], ...changed] : changed;
		},
	},
	eleventyComputed: {
		...listing.eleventyComputed,
		// The front page's <title> is the site name alone.
		title: (data: ListingData<HomeTerm>) => (data.listing.number > 1 ? pageTitle(heading(data), data) : ""),
		// Page 1: the headline's photo, eager (the page's largest paint), and the thumbnails of the latest stories
		// and the rubric blocks; "Berita terbaru" below them is a compact list of headlines, without photos.
		headlineImage: (data: ListingData<HomeTerm>) => {
			const headline = data.views.front.headline;
			return data.listing.number === 1 && headline ? listImage(headline, data.images, "top", HEADLINE_SIZES) : undefined;
		},
		thumbnails: (data: ListingData<HomeTerm>) => {
			if (data.listing.number > 1) return listing.eleventyComputed.thumbnails(data);
			const { latest, blocks } = data.views.front;
			return thumbnails([...latest, ...blocks.flatMap((block) => block.articles)], data.images);
		},
	},
};
export { render } from "./listing-page.ts";
