// The search index in `npm start`: `npm run build` indexes every production build (src/cli/build.ts), but the
// dev server builds through Eleventy alone. So the preview is indexed once, after its first build; a restart
// refreshes it. Re-indexing on every save would cost seconds per save on a large archive.
// https://www.11ty.dev/docs/events/#eleventy.after
import type UserConfig from "@11ty/eleventy/UserConfig";
import { buildSearchIndex } from "../search/pagefind.ts";

export interface SearchOptions {
	/** Index the output once in watch/serve mode (the `npm start` configuration sets this) */
	indexPreview?: boolean;
}

export default function searchPlugin(eleventyConfig: UserConfig, options: SearchOptions): void {
	if (!options.indexPreview) return;
	let indexed = false;
	eleventyConfig.on("eleventy.after", async ({ directories, runMode }: { directories: { output: string }; runMode: string }) => {
		if (indexed || runMode === "build") return;
		indexed = true;
		const { pages, seconds } = await buildSearchIndex(directories.output);
		console.log(
			`[warta] Search index for the preview: ${pages} articles in ${seconds.toFixed(2)} s (restart \`npm start\` to refresh it).`,
		);
	});
}
