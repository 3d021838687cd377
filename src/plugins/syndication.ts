// Feeds: the data their page templates need (the site's public/ directory, for enclosure byte lengths)
// and a fresh media cache per build. The feeds themselves are page templates over the index
// (src/pages/feed.11ty.ts, src/pages/section-feeds.11ty.ts) built by the pure modules in src/feeds/.
import { join } from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { clearMediaCache } from "../feeds/media.ts";

export default function syndicationPlugin(eleventyConfig: UserConfig, options: { root: string }): void {
	eleventyConfig.addGlobalData("publicDir", () => join(options.root, "public"));
	eleventyConfig.on("eleventy.before", () => clearMediaCache());
}
