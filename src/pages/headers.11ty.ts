// `_headers` at the root of the output: cache lifetimes and feed media types for Netlify and Cloudflare Pages
// (src/deploy/headers.ts). Other hosts ignore the file; docs/deploy.md has their recipes.
import { headersUrl } from "../site/urls.ts";
import { feedFiles, headersFile } from "../deploy/headers.ts";
import type { PageData } from "./types.ts";

export const data = {
	permalink: headersUrl,
	eleventyExcludeFromCollections: true,
};

export function render(data: PageData): string {
	return headersFile(feedFiles(data.site));
}
