// Eleventy adapter for responsive photos (src/images/): one ImageService per configuration, told where each
// build writes, handed to the page templates as global data `images`.
// https://www.11ty.dev/docs/events/
import { join } from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { ImageService } from "../images/service.ts";

export interface ImagesOptions {
	root: string;
	/** Where encoded photos are kept between builds; default <root>/.cache/img */
	cacheDir?: string;
}

export default function imagesPlugin(eleventyConfig: UserConfig, options: ImagesOptions): void {
	const service = new ImageService(options.root, options.cacheDir ?? join(options.root, ".cache/img"));
	eleventyConfig.on("eleventy.before", ({ directories }: { directories: { output: string } }) => service.startBuild(directories.output));
	eleventyConfig.on("eleventy.after", () => service.finishBuild());
	eleventyConfig.addGlobalData("images", () => service);
}
