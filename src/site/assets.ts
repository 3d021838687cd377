// Theme files served under a content-hashed name (/css/warta.<hash>.css, /js/cari.<hash>.js), so hosts may
// cache them for a year (src/deploy/headers.ts lists those folders as immutable).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cssFolder, jsFolder } from "./urls.ts";

/** The theme folder (_includes/): layouts, partials, the stylesheet, scripts and static files. */
export const THEME_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../_includes");

/** A theme file's text and its URL with the first 10 hex digits of its SHA-256 in place of `{hash}`. */
export function hashedAsset(themeFile: string, urlPattern: string): { text: string; url: string } {
	const text = readFileSync(join(THEME_DIR, themeFile), "utf8");
	const hash = createHash("sha256").update(text).digest("hex").slice(0, 10);
	return { text, url: urlPattern.replace("{hash}", hash) };
}

export function readStylesheet(): { text: string; url: string } {
	const { text } = hashedAsset("css/warta.css", `${cssFolder}warta.{hash}.css`);
	const css = minifyCss(text);
	const hash = createHash("sha256").update(css).digest("hex").slice(0, 10);
	return { text: css, url: `${cssFolder}warta.${hash}.css` };
}

/**
 * The stylesheet as served: without comments and indentation (the source explains itself; readers download a
 * quarter less). Whitespace inside quoted strings (`content: " ("`) is kept, and so is a space before a colon,
 * which can be a descendant combinator (`.a :focus`).
 */
export function minifyCss(source: string): string {
	let out = "";
	const parts = source.replace(/\/\*[\s\S]*?\*\//g, "").split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/);
	for (let i = 0; i < parts.length; i++) {
		const part = parts[i]!;
		out +=
			i % 2
				? part
				: part
						.replace(/\s+/g, " ")
						.replace(/ ?([{};,>]) ?/g, "$1")
						.replace(/: /g, ":");
	}
	return out.replace(/;}/g, "}").trim() + "\n";
}

/** The theme's static files (_includes/static/), copied to the site root: their site paths ("/favicon.svg"). */
export function themeStaticFiles(): string[] {
	const dir = join(THEME_DIR, "static");
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, encoding: "utf8" })
		.filter((entry) => statSync(join(dir, entry)).isFile())
		.map((entry) => `/${entry.split("\\").join("/")}`)
		.sort();
}

/** The progressive enhancements every page loads (_includes/js/enhance.js): the menu's start, copy-link. */
export function readEnhanceScript(): { text: string; url: string } {
	return hashedAsset("js/enhance.js", `${jsFolder}warta.{hash}.js`);
}
