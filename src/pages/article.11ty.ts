// One Eleventy template for every article page: pagination over the index, one page per article.
// https://www.11ty.dev/docs/pagination/ — this is the design that builds 100,000 articles (../shared/docs/scale.md).
import { renderArticleBody } from "../markdown/article.ts";
import type { PageData } from "./types.ts";

export const data = {
	pagination: { data: "warta.articles", size: 1, alias: "article" },
	permalink: (data: PageData) => data.article!.url,
	layout: "layouts/article.njk",
	eleventyExcludeFromCollections: true,
};

export function render(data: PageData): string {
	return renderArticleBody(data.article!, data.site.locale);
}
