// The search page's script under its content-hashed URL (src/search/script.ts).
import { readSearchScript } from "../search/script.ts";

export const data = {
	permalink: () => readSearchScript().url,
	eleventyExcludeFromCollections: true,
};

export function render(): string {
	return readSearchScript().text;
}
