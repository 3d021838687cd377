// Warta's Eleventy configuration. It only wires: each concern lives in its own module under src/.
// Run through `node --import tsx` (Node 20 has no TypeScript loader; Node ≥ 22.18 needs none: docs/toolchain.md §1).
import { readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { HtmlBasePlugin } from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import rssPlugin from "@11ty/eleventy-plugin-rss";
import assetsPlugin from "./src/plugins/assets.ts";
import contentPlugin, { type ContentOptions } from "./src/plugins/content.ts";
import filtersPlugin from "./src/plugins/filters.ts";
import seoPlugin from "./src/plugins/seo.ts";
import publicDirPlugin from "./src/plugins/public-dir.ts";
import imagesPlugin from "./src/plugins/images.ts";
import searchPlugin from "./src/plugins/search.ts";
import cmsPlugin from "./src/plugins/cms.ts";
import { devOverlay } from "./src/plugins/dev-overlay.ts";
import { rejectMalformedUrls } from "./src/cli/static-server.ts";

const here = dirname(fileURLToPath(import.meta.url));

/** Where Warta's own page templates live; Eleventy's input directory. */
export const PAGES_DIR = join(here, "src/pages");

/** The page templates whose pages are divided between the parts of a large build (src/views/render-plan.ts). */
const SPLIT_TEMPLATES = new Set(
	["article", "home", "rubric", "tag", "author", "indeks-day", "indeks-month", "section-feeds", "newsroom-page"].map(
		(name) => `${name}.11ty.ts`,
	),
);

/** How long a saved file must keep its size before `npm start` rebuilds (chokidar's awaitWriteFinish). */
export const WATCH_SETTLE = { stabilityThreshold: 50, pollInterval: 10 };

export type WartaOptions = Partial<ContentOptions> & {
	/** Build the search index once after the first build of `npm start` (src/plugins/search.ts) */
	indexPreview?: boolean;
	/** Where the CMS's local proxy answers (src/plugins/cms.ts); tests start one on a free port */
	cmsProxyUrl?: string;
};

/** The whole configuration, callable from tests with a fixture site root and an injected "now". */
export function configure(eleventyConfig: UserConfig, options: WartaOptions = {}): void {
	const root = resolve(options.root ?? here);

	// Page templates are TypeScript modules (src/pages/*.11ty.ts) run as JavaScript templates.
	// https://www.11ty.dev/docs/languages/typescript/
	eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js" });
	eleventyConfig.setTemplateFormats(["11ty.ts"]);
	// Layouts and partials: _includes/ at the project root (relative to the input dir, as Eleventy wants).
	eleventyConfig.setIncludesDirectory(relative(PAGES_DIR, join(here, "_includes")));
	// A large full build renders its pages in parts, one Eleventy run each (src/cli/build.ts); only the first part
	// renders the templates that are not split (feeds, sitemaps, the indeks, directories) and copies static files.
	const singletons = options.plan?.rendersSingletons ?? true;
	if (!singletons) {
		for (const template of readdirSync(PAGES_DIR)) {
			if (template.endsWith(".11ty.ts") && !SPLIT_TEMPLATES.has(template))
				eleventyConfig.ignores.add(relative(process.cwd(), join(PAGES_DIR, template)));
		}
	}
	// Articles and _data/ are read and validated by Warta's content layer, not by Eleventy. In `npm start` its errors
	// also replace the pages in the browser until they are fixed (src/plugins/dev-overlay.ts).
	const overlay = devOverlay();
	eleventyConfig.addPlugin(contentPlugin, { ...options, root, onProblems: overlay.update });
	eleventyConfig.addPlugin(assetsPlugin, { root, copy: singletons });
	eleventyConfig.addPlugin(filtersPlugin);
	eleventyConfig.addPlugin(imagesPlugin, { root });
	eleventyConfig.addPlugin(searchPlugin, { indexPreview: options.indexPreview });
	eleventyConfig.addPlugin(cmsPlugin, { proxyUrl: options.cmsProxyUrl, copy: singletons });
	// Eleventy's HTML <base> plugin puts the path prefix (--pathprefix, docs/deploy.md) in front of every
	// root-relative URL of every HTML page. Registered here, not left to the RSS plugin (which adds it too, but
	// only if no one did: the plugin is "unique", the first registration wins).
	// https://www.11ty.dev/docs/plugins/html-base/
	eleventyConfig.addPlugin(HtmlBasePlugin);
	// The RSS plugin for its Nunjucks feed filters (dateToRfc822, dateToRfc3339, getNewestCollectionItemDate), which
	// a newsroom's own templates may use; Warta's feeds import its dateToRfc822 directly (src/feeds/rss.ts).
	eleventyConfig.addPlugin(rssPlugin);
	eleventyConfig.addPlugin(publicDirPlugin, { root });
	eleventyConfig.addPlugin(seoPlugin);

	// `npm start`'s dev server (Eleventy Dev Server) would crash on a URL that is not valid percent-encoding
	// (`/%E0%A4%A`): answer 400 instead. https://www.11ty.dev/docs/dev-server/ (middleware option)
	eleventyConfig.setServerOptions({ middleware: [rejectMalformedUrls, overlay.middleware] });
	// Eleventy's watcher reports a saved file only once its size held still for 150 ms (chokidar's awaitWriteFinish),
	// which every save in `npm start` waited for. Editors and the CMS write a story in one go; 50 ms still covers a
	// file written in a few pieces. https://www.11ty.dev/docs/watch-serve/#advanced-chokidar-configuration
	eleventyConfig.setChokidarConfig({ awaitWriteFinish: WATCH_SETTLE });

	eleventyConfig.setQuietMode(true);
}

/** For Eleventy's own command (`npx @11ty/eleventy --config=.eleventy.ts --serve`). `npm start` runs src/cli/start.ts
 *  instead, which renders a large archive's first build in parts (Eleventy's command renders it in one run). */
export default function (eleventyConfig: UserConfig): void {
	configure(eleventyConfig, {
		root: process.env.WARTA_ROOT,
		now: process.env.WARTA_NOW,
		indexPreview: true,
	});
}

export const config = {
	// Output is not set here, because a config value would override the output directory given to
	// `new Eleventy()` (src/cli/build.ts builds into a staging directory, src/cli/start.ts into .cache/preview/):
	// the preview (drafts included) never lands in the production `_site/`.
	dir: { input: "src/pages" },
	// Eleventy's command under a path prefix: SITE_PATH_PREFIX=/berita/ (src/cli/start.ts reads it too).
	pathPrefix: process.env.SITE_PATH_PREFIX || "/",
	// Markdown never passes through a template engine: `{{` in a story stays literal.
	markdownTemplateEngine: false,
	htmlTemplateEngine: "njk",
};
