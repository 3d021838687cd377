// Theme files served under a content-hashed name (/css/warta.<hash>.css, /js/cari.<hash>.js), so hosts may
// cache them for a year (src/deploy/headers.ts lists those folders as immutable).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The theme folder (_includes/): layouts, partials, the stylesheet, scripts and static files. */
export const THEME_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../_includes");

/** A theme file's text and its URL with the first 10 hex digits of its SHA-256 in place of `{hash}`. */
export function hashedAsset(themeFile: string, urlPattern: string): { text: string; url: string } {
	const text = readFileSync(join(THEME_DIR, themeFile), "utf8");
	const hash = createHash("sha256").update(text).digest("hex").slice(0, 10);
	return { text, url: urlPattern.replace("{hash}", hash) };
}

export function readStylesheet(): { text: string; url: string } {
	return hashedAsset("css/warta.css", "/css/warta.{hash}.css");
}
