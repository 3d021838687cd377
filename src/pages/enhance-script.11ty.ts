// The progressive-enhancement script every page loads, under its content-hashed URL (src/site/assets.ts).
import { readEnhanceScript } from "../site/assets.ts";

export const data = {
	permalink: () => readEnhanceScript().url,
	eleventyExcludeFromCollections: true,
};

export function render(): string {
	return readEnhanceScript().text;
}
