// Eleventy adapter for responsive photos (src/images/): one ImageService per configuration, told where each
// build writes and given every article's photos before any page is written, then handed to the page templates
// as global data `images`.
// https://www.11ty.dev/docs/events/
import { join } from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { ImageService } from "../images/service.ts";
import { currentArchive } from "./content.ts";

export interface ImagesOptions {
	root: string;
	/** Where encoded photos are kept between builds; default <root>/.cache/img */
	cacheDir?: string;
}

export default function imagesPlugin(eleventyConfig: UserConfig, options: ImagesOptions): void {
	const service = new ImageService(options.root, options.cacheDir ?? join(options.root, ".cache/img"));
	// After the content plugin's eleventy.before (registered earlier, so called first) has built the archive.
	eleventyConfig.on("eleventy.before", async ({ directories }: { directories: { output: string } }) => {
		service.startBuild(directories.output);
		const archive = currentArchive(eleventyConfig);
		if (!archive) throw new Error("The images plugin must be added after the content plugin (.eleventy.ts).");
		await service.prepare(archive.articles);
	});
	eleventyConfig.on("eleventy.after", () => service.finishBuild());
	eleventyConfig.addGlobalData("images", () => service);
}
