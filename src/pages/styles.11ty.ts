// The site stylesheet, written under a content-hashed name so hosts can cache it for a year
// (the hash changes whenever the CSS does). Source: _includes/css/warta.css.
import type { PageData } from "./types.ts";
import { readStylesheet } from "../site/assets.ts";

export const data = {
	permalink: (data: PageData) => data.assets.css,
	eleventyExcludeFromCollections: true,
};

export function render(): string {
	return readStylesheet().text;
}
