// /ralat/: every correction in the archive, newest first, each linked to its article.
import { allCorrections } from "../content/corrections.ts";
import { correctionsUrl } from "../content/urls.ts";
import type { PageData } from "./types.ts";

export const data = {
	permalink: correctionsUrl,
	layout: "layouts/corrections.njk",
	eleventyExcludeFromCollections: true,
	eleventyComputed: {
		title: (data: PageData) => data.strings.correctionsTitle,
		description: (data: PageData) => data.strings.correctionsIntro,
		corrections: (data: PageData) => allCorrections(data.warta.articles),
	},
};

export function render(): string {
	return "";
}
