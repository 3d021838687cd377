// "Baca juga": 3–5 related stories per article. Shared tags weigh most, then the same rubric, then recency.
// Comparing every article with every other is quadratic (100,000² = 10¹⁰ pairs). Instead an inverted index
// (tag → articles, rubric → articles, newest first) is built once, and each article only looks at a bounded
// window of its nearest neighbours in each of its tag and rubric lists. A huge tag such as "Pemkab Serang"
// then costs `window` candidates per article, not the whole tag, so the total work is O(articles × tags).
import type { Article } from "../content/types.ts";

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
	/** Related stories of an article of the archive, best first; never the article itself */
	relatedTo(article: Article): Article[];
	/** Units of work done so far: one per list entry indexed, one per candidate examined. Tests assert it
	 *  grows linearly with the archive (measuring work, not time, keeps the test deterministic). */
	readonly work: number;
}

/** Builds the index over newest-first articles in one pass; `relatedTo` is then cheap per article. */
export function buildRelatedIndex(articles: readonly Article[], options: Partial<RelatedOptions> = {}): RelatedIndex {
	const { max, min, window } = { ...RELATED_DEFAULTS, ...options };
	const position = new Map<Article, number>();
	// Tags and rubrics as small integers, so comparing two articles needs no string hashing.
	const tagIdOf = new Map<string, number>();
	const rubricIdOf = new Map<string, number>();
	const byTag: number[][] = [];
	const byRubric: number[][] = [];
	const tagIds: number[][] = [];
	const rubricIds: number[] = [];
	// Where each article sits in each of its lists, so its neighbours there are found without a search.
	const tagSlots: number[][] = [];
	const rubricSlots: number[] = [];
	let work = 0;

	articles.forEach((article, index) => {
		position.set(article, index);
		const ids = article.tags.map((tag) => idFor(tagIdOf, byTag, tag.slug));
		tagIds.push(ids);
		tagSlots.push(ids.map((id) => byTag[id]!.push(index) - 1));
		const rubric = idFor(rubricIdOf, byRubric, article.rubric.key);
		rubricIds.push(rubric);
		rubricSlots.push(byRubric[rubric]!.push(index) - 1);
		work += ids.length + 1;
	});

	// seenBy[i] === self + 1 marks article i as already examined for `self`: no per-call Set to allocate.
	const seenBy = new Int32Array(articles.length);

	function relatedTo(article: Article): Article[] {
		const self = position.get(article);
		if (self === undefined) throw new Error(`relatedTo: ${article.file} is not in the index`);
		const mine = tagIds[self]!;
		const myRubric = rubricIds[self]!;
		const stamp = self + 1;
		seenBy[self] = stamp;
		// The best `max` so far, best first: higher score, then newer (lower index).
		const best: number[] = [];
		const scores: number[] = [];

		const consider = (index: number): void => {
			if (seenBy[index] === stamp) return;
			seenBy[index] = stamp;
			work++;
			let shared = 0;
			for (const id of tagIds[index]!) if (mine.includes(id)) shared++;
			// Lexicographic: any shared tag outweighs the rubric (rubric adds 1, each tag 2).
			const score = shared * 2 + (rubricIds[index] === myRubric ? 1 : 0);
			let at = best.length;
			while (at > 0 && (scores[at - 1]! < score || (scores[at - 1] === score && best[at - 1]! > index))) at--;
			if (at >= max) return;
			best.splice(at, 0, index);
			scores.splice(at, 0, score);
			if (best.length > max) {
				best.pop();
				scores.pop();
			}
		};
		mine.forEach((id, k) => scanWindow(byTag[id]!, tagSlots[self]![k]!, window, consider));
		scanWindow(byRubric[myRubric]!, rubricSlots[self]!, window, consider);

		if (best.length < min) {
			// Nothing much in common with anything: fill with the stories nearest in time, newest first.
			const nearby: number[] = [];
			for (let d = 1; nearby.length < min - best.length && (self - d >= 0 || self + d < articles.length); d++) {
				for (const index of [self - d, self + d]) {
					if (index < 0 || index >= articles.length || best.includes(index)) continue;
					work++;
					nearby.push(index);
				}
			}
			best.push(...nearby.sort((a, b) => a - b).slice(0, min - best.length));
		}
		return best.map((index) => articles[index]!);
	}

	return {
		relatedTo,
		get work() {
			return work;
		},
	};
}

function idFor(ids: Map<string, number>, lists: number[][], key: string): number {
	let id = ids.get(key);
	if (id === undefined) {
		id = lists.length;
		ids.set(key, id);
		lists.push([]);
	}
	return id;
}

/** Visits up to `size` entries of `list` nearest to position `at` (excluding it), shifted inward at the ends. */
function scanWindow(list: readonly number[], at: number, size: number, visit: (index: number) => void): void {
	const span = Math.min(list.length, size + 1);
	const start = Math.max(0, Math.min(at - Math.floor(size / 2), list.length - span));
	for (let i = start; i < start + span; i++) if (i !== at) visit(list[i]!);
}
