// The site's public/ folder as global data `publicDir` (feeds read enclosure byte lengths from it) and a
// fresh media-size cache per build. The feeds themselves are page templates over the archive
// (src/pages/feed.11ty.ts, src/pages/section-feeds.11ty.ts) built by the pure modules in src/feeds/.
import { join } from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { clearMediaCache } from "../feeds/media.ts";

export default function publicDirPlugin(eleventyConfig: UserConfig, options: { root: string }): void {
	eleventyConfig.addGlobalData("publicDir", () => join(options.root, "public"));
	eleventyConfig.on("eleventy.before", () => clearMediaCache());
}
