// The newsroom's own pages (halaman/*.md, src/content/pages.ts): one paginated template over archive.pages,
// like articles, so they are never Eleventy templates themselves. A page re-renders when its file changes (its
// signature is the file's hash); _data/newsroom.json, shown on the Redaksi page, is in the build fingerprint.
import { renderMarkdown } from "../markdown/markdown.ts";
import type { NewsroomPage } from "../content/types.ts";
import type { PageData } from "./types.ts";

type NewsroomPageData = PageData & { newsroomPage: NewsroomPage };

export const data = {
	pagination: {
		data: "archive.pages",
		size: 1,
		alias: "newsroomPage",
		before: (pages: NewsroomPage[], data: PageData) =>
			data.renderPlan.select(
				pages,
				(p) => p.url,
				(p) => p.version,
			),
	},
	permalink: (data: NewsroomPageData) => data.newsroomPage.url,
	layout: "layouts/page.njk",
	eleventyExcludeFromCollections: true,
	eleventyComputed: {
		title: (data: NewsroomPageData) => data.newsroomPage.title,
		description: (data: NewsroomPageData) => data.newsroomPage.summary,
	},
};

export function render(data: NewsroomPageData): string {
	return renderMarkdown(data.newsroomPage.body);
}
