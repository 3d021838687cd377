// "Baca juga": ranking rules, and linear growth of the work done, measured by the index's own counter
// (deterministic, unlike timing on a shared 2-core machine).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildRelatedIndex, RELATED_DEFAULTS } from "../../src/views/related.ts";
import type { Article } from "../../src/content/types.ts";
import { rubric, minutesAfter, newestFirst, synthetic } from "../helpers/synthetic.ts";

const pem = rubric("pemerintahan");
const huk = rubric("hukum");
const ola = rubric("olahraga");
const titles = (list: Article[]) => list.map((a) => a.title);

test("shared tags weigh most, then the same rubric, then recency; never the article itself", () => {
	const articles = newestFirst([
		synthetic({ title: "self", date: "2020-05-01 08:00", rubric: pem, tags: ["Banjir", "Pontang"] }),
		synthetic({ title: "two tags", date: "2018-01-01 08:00", rubric: huk, tags: ["Banjir", "Pontang"] }),
		synthetic({ title: "one tag, same rubric", date: "2019-01-01 08:00", rubric: pem, tags: ["Banjir"] }),
		synthetic({ title: "one tag, newer", date: "2021-01-01 08:00", rubric: ola, tags: ["Pontang"] }),
		synthetic({ title: "one tag, older", date: "2017-01-01 08:00", rubric: ola, tags: ["banjir"] }),
		synthetic({ title: "same rubric only", date: "2022-01-01 08:00", rubric: pem, tags: ["Sekolah"] }),
		synthetic({ title: "nothing shared", date: "2020-05-01 09:00", rubric: huk, tags: ["Sekolah"] }),
	]);
	const index = buildRelatedIndex(articles);
	const self = articles.find((a) => a.title === "self")!;
	assert.equal(titles(index.relatedTo(self)), ["two tags", "one tag, same rubric", "one tag, newer", "one tag, older", "same rubric only"]);
});

test("3 to 5 stories, no duplicates, never itself, for every article of a mixed archive", () => {
	const tags = ["Banjir", "Pontang", "Tanara", "Sekolah", "Perserang", "Jalan Rusak"];
	const rubrics = [pem, huk, ola];
	const articles = newestFirst(
		Array.from({ length: 60 }, (_, i) =>
			synthetic({
				title: `A${i}`,
				date: minutesAfter("2020-01-01 08:00", i * 600),
				rubric: rubrics[i % 3],
				tags: [tags[i % 6]!, tags[(i * 7) % 5]!],
			}),
		),
	);
	const index = buildRelatedIndex(articles);
	for (const article of articles) {
		const related = index.relatedTo(article);
		assert.ok(related.length >= 3 && related.length <= 5, `${article.title}: ${related.length}`);
		assert.not.ok(related.includes(article), `${article.title} lists itself`);
		assert.is(new Set(related).size, related.length);
	}
});

test("an article sharing nothing still gets 3 stories, the nearest in time", () => {
	const articles = newestFirst([
		synthetic({ title: "lonely", date: "2020-01-03 08:00", rubric: ola, tags: ["Voli"] }),
		...["2020-01-01", "2020-01-02", "2020-01-04", "2020-01-05", "2020-01-09"].map((d) =>
			synthetic({ title: d, date: `${d} 08:00`, rubric: pem }),
		),
	]);
	const lonely = articles.find((a) => a.title === "lonely")!;
	assert.equal(titles(buildRelatedIndex(articles).relatedTo(lonely)), ["2020-01-05", "2020-01-04", "2020-01-02"]);
	assert.equal(buildRelatedIndex([lonely]).relatedTo(lonely), [], "an archive of one has nothing to relate");
});

/** An archive where EVERY article has the giant tag and rubric (the worst case for an all-pairs scan). */
function giantArchive(n: number): Article[] {
	let seed = 42;
	const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
	return newestFirst(
		Array.from({ length: n }, (_, i) =>
			synthetic({
				title: `B${i}`,
				date: minutesAfter("2018-01-01 00:00", i * 30),
				rubric: pem,
				tags: ["Pemkab Serang", `Desa ${Math.floor(random() * 20)}`],
			}),
		),
	);
}

function workFor(n: number): { work: number; articles: Article[]; results: Article[][] } {
	const articles = giantArchive(n);
	const index = buildRelatedIndex(articles);
	const results = articles.map((article) => index.relatedTo(article));
	return { work: index.work, articles, results };
}

test("the work grows linearly with the archive, even when one tag is on every article", () => {
	const sizes = [500, 1000, 2000, 4000];
	const work = sizes.map((n) => workFor(n).work);
	// Each article examines at most `window` candidates per tag list and rubric list (2 tags + 1 rubric here),
	// plus one unit per list entry while indexing: a constant per article, whatever the archive's size.
	const bound = 3 * RELATED_DEFAULTS.window + 3;
	for (const [i, w] of work.entries())
		assert.ok(w / sizes[i]! <= bound, `${sizes[i]} articles: ${w / sizes[i]!} units per article > ${bound}`);
	// Linear: 8× the articles, at most ~8× the work (small tags fill their windows only as the archive grows);
	// comparing all pairs would be 64×.
	const growth = work[3]! / work[0]!;
	assert.ok(growth <= 8 * 1.15, `8× the articles cost ${growth.toFixed(2)}× the work (${work.join(", ")})`);
	assert.ok(work[3]! < (4000 * 3999) / 50, "far below comparing all pairs");
});

test("within the bounded window, stories sharing the small tag still win over the giant tag alone", () => {
	const { articles, results } = workFor(2000);
	let sharedBoth = 0;
	for (const [i, related] of results.entries()) {
		const own = articles[i]!.tags[1]!.slug;
		const firstShares = related[0]!.tags.some((t) => t.slug === own);
		// Whenever a story with both tags is anywhere in the list, it comes first.
		if (related.some((a) => a.tags.some((t) => t.slug === own))) {
			assert.ok(firstShares, `${articles[i]!.title}`);
			sharedBoth++;
		}
	}
	assert.ok(sharedBoth > 1000, `${sharedBoth} of 2000 found a story sharing both tags`);
});

test.run();
