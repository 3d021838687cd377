// The search index in `npm start`: `npm run build` indexes every production build (src/cli/build.ts), but the
// dev server builds through Eleventy alone. So the preview is indexed once, after its first build, with the same
// shards as a production build (src/search/); a restart refreshes it. Re-indexing on every save would cost
// seconds per save on a large archive. The index is written in the background: the dev server answers as soon
// as the pages are there (at 100,000 articles the index takes minutes), and search on the preview works once
// the message says so.
// https://www.11ty.dev/docs/events/#eleventy.after
import type UserConfig from "@11ty/eleventy/UserConfig";
import { buildSearchIndex } from "../search/pagefind.ts";
import { currentArchive } from "./content.ts";

export interface SearchOptions {
	/** Index the output once in watch/serve mode (the `npm start` configuration sets this) */
	indexPreview?: boolean;
}

export default function searchPlugin(eleventyConfig: UserConfig, options: SearchOptions): void {
	if (!options.indexPreview) return;
	let indexed = false;
	eleventyConfig.on("eleventy.after", ({ directories, runMode }: { directories: { output: string }; runMode: string }) => {
		const archive = currentArchive(eleventyConfig);
		if (indexed || runMode === "build" || !archive) return;
		indexed = true;
		buildSearchIndex(directories.output, archive).then(
			({ pages, shards, seconds }) =>
				console.log(
					`[warta] Search index for the preview: ${pages} articles in ${shards} shards, ${seconds.toFixed(2)} s (restart \`npm start\` to refresh it).`,
				),
			(error: unknown) => {
				const message = error instanceof Error ? error.message : String(error);
				// Ctrl+C in the terminal reaches the Pagefind process too: `npm start` is stopping, nothing failed.
				if (/\bSIGINT\b/.test(message)) return;
				console.error(
					`[warta] The preview's search index could not be written: ${message}. Search in the preview stays empty until \`npm start\` is restarted.`,
				);
			},
		);
	});
}
