// Theme assets: the stylesheet's content-hashed URL (src/site/assets.ts), the theme's static files
// (_includes/static/) and the site's public/ folder (photos, logo, icons), both copied to the root of the
// output. https://www.11ty.dev/docs/copy/
import { existsSync } from "node:fs";
import { join } from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { readEnhanceScript, readStylesheet, THEME_DIR } from "../site/assets.ts";

export default function assetsPlugin(eleventyConfig: UserConfig, options: { root: string; copy?: boolean }): void {
	eleventyConfig.addGlobalData("assets", () => ({ css: readStylesheet().url, js: readEnhanceScript().url }));
	if (options.copy === false) return; // a later part of a large build: the first part copied them
	// The theme's own static files (a default favicon; src/site/reserved.ts lists them via themeStaticFiles), then the site's public/ folder, which may replace them.
	eleventyConfig.addPassthroughCopy({ [join(THEME_DIR, "static")]: "/" });
	const publicDir = join(options.root, "public");
	if (existsSync(publicDir)) eleventyConfig.addPassthroughCopy({ [publicDir]: "/" });
}
