// How many rendering parts a large build needs. Eleventy keeps every page it rendered until its run ends, so a
// full build (src/cli/build.ts) and `npm start`'s first build (src/cli/start.ts) render a large archive in parts,
// one Eleventy run each: memory then holds the archive and one part's pages, not the whole site's.
//
// How large a part may be depends on the heap this process may use, and Node sets that from the machine's memory
// unless told otherwise (`--max-old-space-size`): about a quarter of it, at most ~4 GB. Measured here
// (docs/performance.md): 4.1 GB of heap with 16 GB or more, 2.1 GB (Node 20) and 2.2 GB (Node 24) in a 7 GB
// container, the memory of a private CI runner. Parts of 15,000 articles fit both at 100,000 articles (the 7 GB
// container's build peaked at 1.7 GB of heap); a smaller heap, or a larger archive, gets smaller parts instead of
// running out of memory. Pure but for `renderingParts`, which reads this process's heap limit.
import { getHeapStatistics } from "node:v8";

/** The most articles a part covers: on a 4 GB heap, 100,000 articles render in 7 parts. */
export const PART_SIZE = 15_000;
/** The fewest: every part pays Eleventy's setup and signs every page, so smaller parts only cost time. */
export const MIN_PART_SIZE = 2_000;

/**
 * What the heap of a full build holds, in bytes, from `--trace-gc` of a 100,000-article build (docs/performance.md):
 * between parts, after a full collection, 535–560 MB (the code, the archive and its views: `base` and
 * `perArchiveArticle`); at the end of a part of ~14,300 articles up to 1.36 GB (its pages as Eleventy holds them:
 * `perPartArticle`, ~56 KB measured, rounded up).
 */
export const HEAP_MODEL = { base: 100 * 2 ** 20, perArchiveArticle: 4.5 * 2 ** 10, perPartArticle: 64 * 2 ** 10 };
/** The share of the heap limit a build plans to hold live; the rest is room for garbage not yet collected
 *  (the measured build peaked at 1.3× what it held live). */
export const HEADROOM = 0.7;

/**
 * Articles per part for an archive of `articles` on a heap of `heapLimit` bytes (v8.getHeapStatistics()). Never
 * below MIN_PART_SIZE: a heap too small even for that is `heapShortfall`'s to report.
 */
export function partSize(articles: number, heapLimit: number): number {
	if (!Number.isFinite(heapLimit)) return PART_SIZE;
	const free = heapLimit * HEADROOM - HEAP_MODEL.base - articles * HEAP_MODEL.perArchiveArticle;
	return Math.max(MIN_PART_SIZE, Math.min(PART_SIZE, Math.floor(free / HEAP_MODEL.perPartArticle)));
}

/** How many parts render an archive of `articles`: `size` articles each (tests), or as many as the heap allows. */
export function partCount(articles: number, heapLimit: number, size?: number): number {
	return Math.max(1, Math.ceil(articles / Math.max(1, size ?? partSize(articles, heapLimit))));
}

/**
 * Bytes of heap limit missing for the smallest parts of an archive of `articles` (0 when they fit): 100,000
 * articles need ~950 MB, what Node gives on a machine of ~4 GB.
 */
export function heapShortfall(articles: number, heapLimit: number): number {
	const needed =
		(HEAP_MODEL.base + articles * HEAP_MODEL.perArchiveArticle + Math.min(articles, MIN_PART_SIZE) * HEAP_MODEL.perPartArticle) / HEADROOM;
	return Number.isFinite(heapLimit) ? Math.max(0, Math.ceil(needed - heapLimit)) : 0;
}

/**
 * The parts of this process's render of `articles` (`size` each when given: tests), and the warning to print before
 * rendering when even the smallest parts may not fit its heap.
 */
export function renderingParts(articles: number, size?: number): { count: number; warning?: string } {
	const heapLimit = getHeapStatistics().heap_size_limit;
	return { count: partCount(articles, heapLimit, size), warning: heapWarning(articles, heapLimit) };
}

/** The warning a build prints before rendering when even its smallest parts may not fit the heap. */
export function heapWarning(articles: number, heapLimit: number): string | undefined {
	const missing = heapShortfall(articles, heapLimit);
	if (!missing) return undefined;
	const mb = (bytes: number) => Math.ceil(bytes / 2 ** 20);
	return (
		`Node gives this build ${mb(heapLimit)} MB of heap; rendering ${articles.toLocaleString("en")} articles needs about ${mb(heapLimit + missing)} MB, ` +
		`so it may run out of memory. Give Node more, e.g. NODE_OPTIONS=--max-old-space-size=${Math.ceil(mb(heapLimit + missing) / 256) * 256}.`
	);
}
