// /ralat/: every correction, hak jawab (reply) and withdrawal in the archive, newest first, each linked to its
// article (src/views/corrections.ts). The lists are made
// once per build from the archive, through pagination's `before` callback (one page whose one item is the
// list), not eleventyComputed, whose dependency pass would run it over proxied data.
import { editorialLog } from "../views/corrections.ts";
import type { Article } from "../content/types.ts";
import { correctionsUrl } from "../site/urls.ts";
import type { PageData } from "./types.ts";

export const data = {
	pagination: {
		data: "archive.articles",
		size: 1,
		alias: "log",
		before: (_: Article[], data: PageData) => [editorialLog(data.archive)],
	},
	permalink: correctionsUrl,
	layout: "layouts/corrections.njk",
	eleventyExcludeFromCollections: true,
	eleventyComputed: {
		title: (data: PageData) => data.strings.correctionsTitle,
		description: (data: PageData) => data.strings.correctionsIntro,
	},
};

export function render(): string {
	return "";
}
