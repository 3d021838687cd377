// Eleventy adapter for the content layer: builds the index once per build (and once per rebuild in
// `npm start`) and hands it to the page templates as global data.
// https://www.11ty.dev/docs/events/#eleventy.before  https://www.11ty.dev/docs/data-global-custom/
import { join } from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { buildArchive } from "../content/archive.ts";
import { extraDataNames } from "../content/data.ts";
import { newsroomOf } from "../content/newsroom.ts";
import { ContentError, formatProblem } from "../content/problems.ts";
import type { Archive } from "../content/types.ts";

export interface ContentOptions {
	/** Site root holding articles/ and _data/ */
	root: string;
	/** Injectable "now" for embargo decisions (tests, previews); default: the clock at build time */
	now?: string;
	/** Show drafts (preview); default: only when Eleventy runs with --serve or --watch */
	includeDrafts?: boolean;
}

export default function contentPlugin(eleventyConfig: UserConfig, options: ContentOptions): void {
	let archive: Archive | undefined;

	eleventyConfig.on("eleventy.before", ({ runMode }: { runMode: string }) => {
		const result = buildArchive({
			root: options.root,
			now: options.now,
			includeDrafts: options.includeDrafts ?? runMode !== "build",
		});
		const warnings = result.problems.filter((p) => p.severity === "warning");
		for (const warning of warnings) console.warn(`[warta] ${formatProblem(warning)}`);
		if (!result.archive) throw new ContentError(result.problems);
		archive = result.archive;
	});

	const current = (): Archive => {
		if (!archive) throw new Error("Warta's content index was read before the eleventy.before event built it.");
		return archive;
	};
	eleventyConfig.addGlobalData("warta", () => current());
	// Listings, front page, indeks and per-article extras, derived once per build (src/content/newsroom.ts).
	eleventyConfig.addGlobalData("views", () => newsroomOf(current()));
	for (const key of ["site", "authors", "categories", "navigation", "strings"] as const) {
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
