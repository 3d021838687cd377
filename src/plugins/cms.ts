// Eleventy adapter for the CMS at /admin/ (docs/architecture.md#the-cms-at-admin): copies Decap CMS's bundle from
// node_modules into the output and tells admin/config.yml where the local proxy (`npm run cms`) listens.
// https://www.11ty.dev/docs/copy/
import type UserConfig from "@11ty/eleventy/UserConfig";
import { CMS_FOLDER, cmsBundleFiles } from "../cms/bundle.ts";
import { CMS_PROXY_PORT } from "../cms/config.ts";

export interface CmsOptions {
	/** Where the local proxy answers; default http://127.0.0.1:$WARTA_CMS_PORT/api/v1 (8081, Decap's default) */
	proxyUrl?: string;
	/** false in the later parts of a large build: the first part copied the files */
	copy?: boolean;
}

export default function cmsPlugin(eleventyConfig: UserConfig, options: CmsOptions): void {
	const proxyUrl = options.proxyUrl ?? `http://127.0.0.1:${process.env.WARTA_CMS_PORT || CMS_PROXY_PORT}/api/v1`;
	eleventyConfig.addGlobalData("cms", () => ({ proxyUrl }));
	if (options.copy === false) return;
	for (const [source, name] of cmsBundleFiles()) eleventyConfig.addPassthroughCopy({ [source]: `${CMS_FOLDER}${name}` });
}
