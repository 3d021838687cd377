// The site's latest stories as one small page (/terbaru/samping.html) that every article page shows in an iframe
// beside the story on wide screens (_includes/partials/latest-aside.njk). Kept out of the article pages so that a
// new story changes this page only, not the signature of every article page (docs/architecture.md#front-page-header-share-links-side-column).
// Rendered on every build, like the other pages that are not paginated; not indexed and not in the sitemap.
import { latestFrameUrl } from "../site/urls.ts";
import type { PageData } from "./types.ts";

/** How many stories the side column lists */
export const LATEST_FRAME_SIZE = 8;

export const data = {
	permalink: latestFrameUrl,
	layout: "layouts/latest-frame.njk",
	eleventyExcludeFromCollections: true,
	eleventyComputed: {
		latest: (data: PageData) => data.archive.articles.slice(0, LATEST_FRAME_SIZE),
	},
};

export function render(): string {
	return "";
}
