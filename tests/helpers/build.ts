// Builds a site through Eleventy's programmatic API into a temp dir, the way Eleventy's own tests do.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Eleventy from "@11ty/eleventy";
import { parseHTML } from "linkedom";
import { configure, PAGES_DIR, type WartaOptions } from "../../.eleventy.ts";
import { tempDir } from "./fixture.ts";
import { quietly } from "./quiet.ts";

export const FIXED_NOW = "2026-11-29 08:00";

/**
 * `pathPrefix`: build for a subfolder, as `npm run build -- --pathprefix=/berita/` does (docs/deploy.md).
 * What the build prints (Eleventy's summary, warnings about future dates) is kept out of the test output; when the
 * build fails, the error carries it as `output` (tests/helpers/quiet.ts).
 */
export async function build(
	options: WartaOptions & { out?: string; runMode?: "build" | "serve"; pathPrefix?: string } = {},
): Promise<string> {
	const out = options.out ?? tempDir("out");
	const eleventy = new Eleventy(PAGES_DIR, out, {
		configPath: false,
		quietMode: true,
		runMode: options.runMode ?? "build",
		pathPrefix: options.pathPrefix,
		config: (eleventyConfig) => configure(eleventyConfig, { now: FIXED_NOW, ...options }),
	});
	await quietly(() => eleventy.write());
	return out;
}

/** The parsed document of a built page, by its URL ("/2018/04/17/x/" → …/index.html). */
export function page(out: string, url: string): Document {
	const file = url.endsWith("/") ? join(out, url, "index.html") : join(out, url);
	return parseHTML(readFileSync(file, "utf8")).document as unknown as Document;
}

export function read(out: string, path: string): string {
	return readFileSync(join(out, path), "utf8");
}
