// The search index: Pagefind (https://pagefind.app/) reads the finished HTML and writes a static index to
// <site>/pagefind/, which the /cari/ page queries in the reader's browser. No server code is involved.
//
// What is indexed is decided in the templates: article pages mark their headline and body with
// `data-pagefind-body`, so only articles enter the index (once any page has that attribute, Pagefind skips pages
// without it), and carry `data-pagefind-meta` for the date and summary the results show. Words are stemmed in
// the page's language, read from <html lang> ("id": Indonesian).
// Pagefind's binary comes from an optional npm dependency (@pagefind/<platform>) and needs no network.
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { close, createIndex } from "pagefind";
import { searchIndexFolder } from "../site/urls.ts";

/** The folder under the site root that holds the index and pagefind.js; linked from the search page. */
export const SEARCH_BUNDLE = searchIndexFolder.replace(/^\/|\/$/g, "");

export interface SearchIndexResult {
	/** Pages in the index: the articles (Pagefind reads every page, but keeps only those marked for it) */
	pages: number;
	seconds: number;
}

export class SearchIndexError extends Error {
	override name = "SearchIndexError";
}

/** Indexes every HTML page under `dir` and writes the bundle to `dir/pagefind/`. */
export async function buildSearchIndex(dir: string): Promise<SearchIndexResult> {
	const started = performance.now();
	try {
		const { index, errors } = await createIndex({});
		if (!index) throw new SearchIndexError(`Pagefind could not start: ${errors.join("; ")}`);
		const added = await index.addDirectory({ path: dir });
		if (added.errors.length) throw new SearchIndexError(`Pagefind could not index ${dir}: ${added.errors.join("; ")}`);
		const written = await index.writeFiles({ outputPath: join(dir, SEARCH_BUNDLE) });
		if (written.errors.length) throw new SearchIndexError(`Pagefind could not write its index: ${written.errors.join("; ")}`);
		removeUnusedUi(join(dir, SEARCH_BUNDLE));
		return { pages: indexedPages(join(dir, SEARCH_BUNDLE)), seconds: (performance.now() - started) / 1000 };
	} finally {
		// Pagefind runs as a child process; without this the Node process would not exit.
		await close();
	}
}

/** Pages in a written index, from its entry file (one entry per language). */
function indexedPages(bundle: string): number {
	const entry = JSON.parse(readFileSync(join(bundle, "pagefind-entry.json"), "utf8")) as {
		languages: Record<string, { page_count: number }>;
	};
	return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/**
 * Pagefind also writes its ready-made search interfaces (about 440 KB); Warta's search page uses only the
 * search API (pagefind.js, its worker and wasm), so those are not published.
 */
function removeUnusedUi(bundle: string): void {
	for (const name of readdirSync(bundle)) {
		if (/^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/.test(name)) rmSync(join(bundle, name));
	}
}
