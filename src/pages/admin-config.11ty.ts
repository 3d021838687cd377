// admin/config.yml: the CMS's configuration, generated from the content schema and the data files (src/cms/config.ts),
// so a changed schema or a new author reaches the editor's form with the next build.
import { CMS_FOLDER } from "../cms/bundle.ts";
import { cmsConfigYaml } from "../cms/config.ts";
import type { PageData } from "./types.ts";

export const data = {
	permalink: `${CMS_FOLDER}config.yml`,
	eleventyExcludeFromCollections: true,
};

export function render(data: PageData): string {
	return cmsConfigYaml({ site: data.site, authors: data.authors, rubrics: data.rubrics, proxyUrl: data.cms.proxyUrl });
}
