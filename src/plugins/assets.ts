// Theme assets: the stylesheet's content-hashed URL, the theme's static files (_includes/static/) and the
// site's public/ folder (photos, logo, icons), both copied to the root of the output. https://www.11ty.dev/docs/copy/
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type UserConfig from "@11ty/eleventy/UserConfig";

const THEME = join(dirname(fileURLToPath(import.meta.url)), "../../_includes");

export function readStylesheet(): { text: string; url: string } {
	const text = readFileSync(join(THEME, "css/warta.css"), "utf8");
	const hash = createHash("sha256").update(text).digest("hex").slice(0, 10);
	return { text, url: `/css/warta.${hash}.css` };
}

export default function assetsPlugin(eleventyConfig: UserConfig, options: { root: string }): void {
	eleventyConfig.addGlobalData("assets", () => ({ css: readStylesheet().url }));
	// The theme's own static files (a default favicon), then the site's public/ folder, which may replace them.
	eleventyConfig.addPassthroughCopy({ [join(THEME, "static")]: "/" });
	const publicDir = join(options.root, "public");
	if (existsSync(publicDir)) eleventyConfig.addPassthroughCopy({ [publicDir]: "/" });
}
