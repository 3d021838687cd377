// Which pages a build must render. A production build, and the first build of `npm start`, render every
// page. When `npm start` rebuilds because only articles were saved, Warta renders just the pages whose inputs
// changed (the saved article's page, the listings that show it) and leaves the rest of _site/ as written:
// Eleventy's pagination re-renders every page of a template on each rebuild, which at 4,000 articles took
// 5 s per save (docs/performance.md). A page's "signature" is a string naming everything it shows.
import type { Article } from "../content/types.ts";

/** Identifies an article's content as of its file's last change; the part of every signature naming a story. */
export const articleVersion = (article: Article | undefined): string => (article ? `${article.file}@${article.version}` : "");

export class RenderPlan {
	/** Signature of every page as last rendered, by URL */
	#rendered = new Map<string, string>();
	/** True while a rebuild may skip unchanged pages */
	partial = false;

	/** The pages to render now: all of them, or in a partial rebuild those whose signature changed. */
	select<T>(pages: T[], url: (page: T) => string, signature: (page: T) => string): T[] {
		const selected: T[] = [];
		for (const page of pages) {
			const key = url(page);
			const sig = signature(page);
			if (!this.partial || this.#rendered.get(key) !== sig) selected.push(page);
			this.#rendered.set(key, sig);
		}
		return selected;
	}
}
