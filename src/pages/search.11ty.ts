// The search page, /cari/. Results come from the static Pagefind index written by `npm run build`
// (src/search/pagefind.ts) and are shown by the page's one script; without JavaScript the page offers links
// to browse the news instead (_includes/layouts/search.njk).
import { searchUrl } from "../site/urls.ts";
import { readSearchScript } from "../search/script.ts";
import type { PageData } from "./types.ts";

export const data = {
	permalink: () => searchUrl(),
	layout: "layouts/search.njk",
	eleventyExcludeFromCollections: true,
	eleventyComputed: {
		title: (data: PageData) => data.strings.searchTitle,
		searchScript: () => readSearchScript().url,
	},
};

export function render(): string {
	return "";
}
