// Shared shape of the three directory pages: every rubric (/kategori/), tag (/tag/) and author (/penulis/).
import type { StringKey } from "../content/schema.ts";
import type { DirectoryEntry } from "../views/listings.ts";
import type { PageData } from "./types.ts";

export function directoryData(permalink: string, kind: "rubrics" | "tags" | "authors", titleKey: StringKey) {
	return {
		permalink,
		layout: "layouts/directory.njk",
		eleventyExcludeFromCollections: true,
		kind,
		eleventyComputed: {
			title: (data: PageData) => data.strings[titleKey],
			entries: (data: PageData): DirectoryEntry[] => data.views.directories[kind],
		},
	};
}
