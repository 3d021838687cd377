// robots.txt at the site root, announcing both sitemaps.
import { robotsUrl } from "../site/urls.ts";
import { buildRobots } from "../seo/robots.ts";
import type { PageData } from "./types.ts";

export const data = {
	permalink: robotsUrl,
	eleventyExcludeFromCollections: true,
};

export function render(data: PageData): string {
	return buildRobots(data.site.base);
}
