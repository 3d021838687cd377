// The front page: the newest stories first.
import type { PageData } from "./types.ts";

export const HOME_LIMIT = 20;

export const data = {
	permalink: "/",
	layout: "layouts/home.njk",
	eleventyExcludeFromCollections: true,
	eleventyComputed: {
		latest: (data: PageData) => data.warta.articles.slice(0, HOME_LIMIT),
	},
};

export function render(): string {
	return "";
}
