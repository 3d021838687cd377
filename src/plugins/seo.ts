// Head metadata for every page: the head partial calls `headMeta` once and prints what it returns
// (src/seo/head.ts). Sitemaps and robots.txt are page templates in src/pages/ over src/seo/.
// https://www.11ty.dev/docs/filters/
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { SiteConfig, Strings } from "../content/schema.ts";
import type { Newsroom } from "../content/types.ts";
import { headMeta, type HeadInput } from "../seo/head.ts";

export default function seoPlugin(eleventyConfig: UserConfig): void {
	eleventyConfig.addFilter("headMeta", (input: HeadInput, site: SiteConfig, strings: Strings, newsroom?: Newsroom) =>
		headMeta(input, site, strings, newsroom),
	);
}
