// "Baca juga": 3–5 related stories per article. Shared tags weigh most, then the same rubric, then recency.
// Comparing every article with every other is quadratic (100,000² = 10¹⁰ pairs). Instead an inverted index
// (tag → articles, rubric → articles, newest first) is built once, and each article only looks at a bounded
// window of its nearest neighbours in each of its tag and rubric lists. A huge tag such as "Pemkab Serang"
// then costs `window` candidates per article, not the whole tag, so the total work is O(articles × tags).
import type { Article } from "./types.ts";

export interface RelatedOptions {
	/** At most this many related stories */
	max: number;
	/** Fill up to this many with the nearest stories in time when too few share a tag or the rubric */
	min: number;
	/** Candidates examined per tag or rubric list of an article */
	window: number;
}

export const RELATED_DEFAULTS: RelatedOptions = { max: 5, min: 3, window: 24 };

export interface RelatedIndex {
	/** Related stories of an article of the index, best first; never the article itself */
	relatedTo(article: Article): Article[];
	/** Units of work done so far: one per list entry indexed, one per candidate examined. Tests assert it
	 *  grows linearly with the archive (measuring work, not time, keeps the test deterministic). */
	readonly work: number;
}

interface Candidate {
	index: number;
	shared: number;
	sameRubric: boolean;
}

/** Builds the index over newest-first articles in one pass; `relatedTo` is then cheap per article. */
export function buildRelatedIndex(articles: readonly Article[], options: Partial<RelatedOptions> = {}): RelatedIndex {
	const { max, min, window } = { ...RELATED_DEFAULTS, ...options };
	const position = new Map<Article, number>();
	const byTag = new Map<string, number[]>();
	const byRubric = new Map<string, number[]>();
	// Where each article sits in each of its lists, so its neighbours there are found without a search.
	const tagSlots: number[][] = [];
	const rubricSlots: number[] = [];
	let work = 0;

	articles.forEach((article, index) => {
		position.set(article, index);
		tagSlots.push(article.tags.map((tag) => append(byTag, tag.slug, index)));
		rubricSlots.push(append(byRubric, article.category.key, index));
		work += article.tags.length + 1;
	});

	// seenBy[i] === self + 1 marks article i as already a candidate of `self`: no per-call Set to allocate.
	const seenBy = new Int32Array(articles.length);

	function relatedTo(article: Article): Article[] {
		const self = position.get(article);
		if (self === undefined) throw new Error(`relatedTo: ${article.file} is not in the index`);
		const own = new Set(article.tags.map((tag) => tag.slug));
		const found: Candidate[] = [];
		seenBy[self] = self + 1;
		const consider = (index: number) => {
			if (seenBy[index] === self + 1) return;
			seenBy[index] = self + 1;
			work++;
			const other = articles[index]!;
			let shared = 0;
			for (const tag of other.tags) if (own.has(tag.slug)) shared++;
			found.push({ index, shared, sameRubric: other.category.key === article.category.key });
		};
		article.tags.forEach((tag, k) => scanWindow(byTag.get(tag.slug)!, tagSlots[self]![k]!, window, consider));
		scanWindow(byRubric.get(article.category.key)!, rubricSlots[self]!, window, consider);

		const ranked = found.sort(
			(a, b) => b.shared - a.shared || Number(b.sameRubric) - Number(a.sameRubric) || a.index - b.index,
		);
		const chosen = ranked.slice(0, max).map((c) => c.index);
		if (chosen.length < min) {
			// Nothing much in common with anything: show the stories nearest in time, newest first.
			const taken = new Set([self, ...chosen]);
			const nearby: number[] = [];
			for (let d = 1; nearby.length < min - chosen.length && (self - d >= 0 || self + d < articles.length); d++) {
				for (const index of [self - d, self + d]) {
					if (index < 0 || index >= articles.length || taken.has(index)) continue;
					work++;
					nearby.push(index);
				}
			}
			chosen.push(...nearby.sort((a, b) => a - b).slice(0, min - chosen.length));
		}
		return chosen.map((index) => articles[index]!);
	}

	return {
		relatedTo,
		get work() {
			return work;
		},
	};
}

function append(map: Map<string, number[]>, key: string, index: number): number {
	let list = map.get(key);
	if (!list) {
		list = [];
		map.set(key, list);
	}
	list.push(index);
	return list.length - 1;
}

/** Visits up to `size` entries of `list` nearest to position `at` (excluding it), shifted inward at the ends. */
function scanWindow(list: readonly number[], at: number, size: number, visit: (index: number) => void): void {
	const span = Math.min(list.length, size + 1);
	const start = Math.max(0, Math.min(at - Math.floor(size / 2), list.length - span));
	for (let i = start; i < start + span; i++) if (i !== at) visit(list[i]!);
}
