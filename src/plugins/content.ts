// Eleventy adapter for the content layer: builds the archive once per build (and once per rebuild in
// `npm start`) and hands it to the page templates as global data.
// https://www.11ty.dev/docs/events/#eleventy.before  https://www.11ty.dev/docs/data-global-custom/
import { join, resolve, sep } from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { withAddress } from "../site/address.ts";
import { buildArchive } from "../content/archive.ts";
import { extraDataNames } from "../content/data.ts";
import { PAGES_FOLDER } from "../content/pages.ts";
import { ANALYTICS_FOLDER } from "../content/analytics.ts";
import { viewsOf } from "../views/views.ts";
import { ContentError, formatProblem, type Problem } from "../content/problems.ts";
import { RenderPlan } from "../views/render-plan.ts";
import type { Archive } from "../content/types.ts";

export interface ContentOptions {
	/** Site root holding articles/ and _data/ */
	root: string;
	/** Injectable "now" for embargo decisions (tests, previews); default: the clock at build time */
	now?: string;
	/** Show drafts (preview); default: only when Eleventy runs with --serve or --watch */
	includeDrafts?: boolean;
	/** The render plan of an incremental production build (src/build/): what the output folder already holds */
	plan?: RenderPlan;
	/** An archive the caller already built and reported (src/cli/build.ts validates before starting Eleventy);
	 *  used for the first build instead of reading every file a second time. */
	archive?: Archive;
	/** Told the problems of every build that stops on content errors, and undefined after every good one: `npm start`
	 *  shows them in the browser (src/plugins/dev-overlay.ts). */
	onProblems?: (problems: readonly Problem[] | undefined) => void;
	/** `npm start` on an archive rendered in parts (src/cli/start.ts): a rebuild for a change outside articles/
	 *  renders only the pages it would render for an article, and this is told the changed files after it, to render
	 *  the preview again in parts. Without it such a change renders every page in this run. */
	renderAgain?: (changed: string[]) => void;
}

/** The site's folders whose files are content, not Eleventy templates: `npm start` watches them. */
export const CONTENT_FOLDERS = ["articles", "_data", PAGES_FOLDER, ANALYTICS_FOLDER];

const archives = new WeakMap<UserConfig, Archive>();

/** The archive of the build in progress, for plugins registered after this one (src/plugins/images.ts). */
export const currentArchive = (eleventyConfig: UserConfig): Archive | undefined => archives.get(eleventyConfig);

/** Eleventy sets `pathPrefix` on the config before plugins run; its JSDoc does not declare it. */
export const pathPrefixOf = (eleventyConfig: UserConfig): string | undefined =>
	(eleventyConfig as unknown as { pathPrefix?: string }).pathPrefix;

export default function contentPlugin(eleventyConfig: UserConfig, options: ContentOptions): void {
	let archive: Archive | undefined;
	const plan = options.plan ?? new RenderPlan();
	const articlesDir = resolve(options.root, "articles");

	// In `npm start`, a rebuild caused only by saved articles renders just the pages that changed
	// (src/views/render-plan.ts); any other change (a layout, _data/, CSS) renders everything.
	// https://www.11ty.dev/docs/events/#eleventy.beforewatch
	// The watcher also names the articles that changed, so the others need no `stat` (20,000 articles: ~0.2 s
	// a save). Only after one rebuild has looked at every file while the watcher was running: a file saved
	// during the first build, before the watcher started, was seen by neither.
	let changedArticles: ReadonlySet<string> | undefined;
	let watching = false;
	let lookedWhileWatching = false;
	let renderAgainFor: string[] | undefined;
	eleventyConfig.on("eleventy.beforeWatch", (changed: string[]) => {
		const articlesOnly = changed.length > 0 && changed.every((file) => file.endsWith(".md") && resolve(file).startsWith(articlesDir + sep));
		renderAgainFor = !articlesOnly && options.renderAgain ? changed : undefined;
		plan.partial = articlesOnly || renderAgainFor !== undefined;
		changedArticles = articlesOnly && lookedWhileWatching ? new Set(changed.map((file) => resolve(file))) : undefined;
		watching = true;
	});
	eleventyConfig.on("eleventy.after", () => {
		plan.partial = false;
		plan.finishBuild();
		if (renderAgainFor) options.renderAgain?.(renderAgainFor);
		renderAgainFor = undefined;
	});
	eleventyConfig.on("eleventy.before", () => plan.startRebuild());
	eleventyConfig.addGlobalData("renderPlan", () => plan);
	let prebuilt = options.archive;

	/** Makes an archive this build's: the site's address for the build's path prefix, then read-only data. */
	const adopt = (built: Archive): void => {
		// `site.base` (src/site/address.ts) is what every absolute URL is built from: pages, feeds, sitemaps.
		// eleventyConfig.pathPrefix is Eleventy's own (--pathprefix, or the pathPrefix option of `new Eleventy`).
		built.data.site = withAddress(built.data.site, pathPrefixOf(eleventyConfig));
		// Validated data is read-only from here on. Frozen, Eleventy passes it to every page by reference:
		// it deep-copies unfrozen global data and wraps it in a Proxy per paginated page (100,000 article pages).
		for (const key of ["site", "authors", "rubrics", "navigation", "strings", "newsroom"] as const) deepFreeze(built.data[key]);
		// The archive itself frozen (not deep: its articles are plain objects the build never changes): else each
		// template receives a copy of it, and everything memoized per archive (the views: groups, listing pages,
		// "Baca juga") was derived again for the copy, once per build by the sitemap (~0.9 s at 100,000 articles).
		Object.freeze(built);
		archive = built;
		archives.set(eleventyConfig, built);
	};

	eleventyConfig.on("eleventy.before", ({ runMode }: { runMode: string }) => {
		if (prebuilt) {
			adopt(prebuilt);
			prebuilt = undefined;
			return;
		}
		const changed = changedArticles;
		changedArticles = undefined;
		const result = buildArchive({
			root: options.root,
			now: options.now,
			includeDrafts: options.includeDrafts ?? runMode !== "build",
			unchanged: changed && ((path) => !changed.has(path)),
		});
		lookedWhileWatching ||= watching;
		// With errors, the ContentError's message lists warnings too (Eleventy prints it in `npm start`).
		if (!result.archive) {
			options.onProblems?.(result.problems);
			throw new ContentError(result.problems);
		}
		options.onProblems?.(undefined);
		const warnings = result.problems.filter((p) => p.severity === "warning");
		for (const warning of warnings) console.warn(`[warta] ${formatProblem(warning)}`);
		adopt(result.archive);
	});

	const current = (): Archive => {
		if (!archive) throw new Error("Warta's archive was read before the eleventy.before event built it.");
		return archive;
	};
	eleventyConfig.addGlobalData("archive", () => current());
	// Listings, front page, indeks and per-article extras, derived once per build (src/views/views.ts).
	eleventyConfig.addGlobalData("views", () => viewsOf(current()));
	for (const key of ["site", "authors", "rubrics", "navigation", "strings", "newsroom"] as const) {
		eleventyConfig.addGlobalData(key, () => current().data[key]);
	}
	// Other JSON files in _data/ become global data under their file name, as in Eleventy.
	for (const name of extraDataNames(options.root)) {
		eleventyConfig.addGlobalData(name, () => current().data.extra[name]);
	}

	// Articles and data are not Eleventy templates, so tell the dev server to watch them.
	// https://www.11ty.dev/docs/watch-serve/#add-your-own-watch-targets
	for (const folder of CONTENT_FOLDERS) eleventyConfig.addWatchTarget(join(options.root, `${folder}/`));
}

/** Freezes plain objects and arrays, all the way down; validated data files hold nothing else. */
function deepFreeze(value: unknown): void {
	if (value === null || typeof value !== "object" || Object.isFrozen(value)) return;
	for (const child of Object.values(value)) deepFreeze(child);
	Object.freeze(value);
}
