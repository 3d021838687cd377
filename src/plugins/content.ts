// Eleventy adapter for the content layer: builds the index once per build (and once per rebuild in
// `npm start`) and hands it to the page templates as global data.
// https://www.11ty.dev/docs/events/#eleventy.before  https://www.11ty.dev/docs/data-global-custom/
import { join, resolve, sep } from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { withAddress, type PublicSite } from "../content/address.ts";
import { buildArchive } from "../content/archive.ts";
import { extraDataNames } from "../content/data.ts";
import { ContentError, formatProblem } from "../content/problems.ts";
import { RenderPlan } from "../content/render-plan.ts";
import type { Archive } from "../content/types.ts";

export interface ContentOptions {
	/** Site root holding articles/ and _data/ */
	root: string;
	/** Injectable "now" for embargo decisions (tests, previews); default: the clock at build time */
	now?: string;
	/** Show drafts (preview); default: only when Eleventy runs with --serve or --watch */
	includeDrafts?: boolean;
	/** An index the caller already built and reported (src/cli/build.ts validates before starting Eleventy);
	 *  used for the first build instead of reading every file a second time. */
	archive?: Archive;
}

const archives = new WeakMap<UserConfig, Archive>();

/** The index of the build in progress, for plugins registered after this one (src/plugins/images.ts). */
export const currentArchive = (eleventyConfig: UserConfig): Archive | undefined => archives.get(eleventyConfig);

/** Eleventy sets `pathPrefix` on the config before plugins run; its JSDoc does not declare it. */
export const pathPrefixOf = (eleventyConfig: UserConfig): string | undefined => (eleventyConfig as unknown as { pathPrefix?: string }).pathPrefix;

export default function contentPlugin(eleventyConfig: UserConfig, options: ContentOptions): void {
	let archive: Archive | undefined;
	const plan = new RenderPlan();
	const articlesDir = resolve(options.root, "articles");

	// In `npm start`, a rebuild caused only by saved articles renders just the pages that changed
	// (src/content/render-plan.ts); any other change (a layout, _data/, CSS) renders everything.
	// https://www.11ty.dev/docs/events/#eleventy.beforewatch
	eleventyConfig.on("eleventy.beforeWatch", (changed: string[]) => {
		plan.partial = changed.length > 0 && changed.every((file) => file.endsWith(".md") && resolve(file).startsWith(articlesDir + sep));
	});
	eleventyConfig.on("eleventy.after", () => {
		plan.partial = false;
	});
	eleventyConfig.addGlobalData("renderPlan", () => plan);
	let prebuilt = options.archive;

	eleventyConfig.on("eleventy.before", ({ runMode }: { runMode: string }) => {
		if (prebuilt) {
			archive = prebuilt;
			archives.set(eleventyConfig, archive);
			prebuilt = undefined;
			return;
		}
		const result = buildArchive({
			root: options.root,
			now: options.now,
			includeDrafts: options.includeDrafts ?? runMode !== "build",
		});
		// With errors, the ContentError's message lists warnings too (Eleventy prints it in `npm start`).
		if (!result.archive) throw new ContentError(result.problems);
		const warnings = result.problems.filter((p) => p.severity === "warning");
		for (const warning of warnings) console.warn(`[warta] ${formatProblem(warning)}`);
		archive = result.archive;
		archives.set(eleventyConfig, archive);
	});

	const current = (): Archive => {
		if (!archive) throw new Error("Warta's content index was read before the eleventy.before event built it.");
		return archive;
	};
	eleventyConfig.addGlobalData("warta", () => current());
	// `site` carries the address the build is for (src/content/address.ts): `site.base` for absolute URLs.
	// eleventyConfig.pathPrefix is Eleventy's own (--pathprefix, or the pathPrefix option of `new Eleventy`).
	let addressed: { archive: Archive; site: PublicSite } | undefined;
	eleventyConfig.addGlobalData("site", () => {
		const archive = current();
		if (addressed?.archive !== archive) addressed = { archive, site: withAddress(archive.data.site, pathPrefixOf(eleventyConfig)) };
		return addressed.site;
	});
	for (const key of ["authors", "categories", "navigation", "strings"] as const) {
		eleventyConfig.addGlobalData(key, () => current().data[key]);
	}
	// Other JSON files in _data/ become global data under their file name, as in Eleventy.
	for (const name of extraDataNames(options.root)) {
		eleventyConfig.addGlobalData(name, () => current().data.extra[name]);
	}

	// Articles and data are not Eleventy templates, so tell the dev server to watch them.
	// https://www.11ty.dev/docs/watch-serve/#add-your-own-watch-targets
	eleventyConfig.addWatchTarget(join(options.root, "articles/"));
	eleventyConfig.addWatchTarget(join(options.root, "_data/"));
}
