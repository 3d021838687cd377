// The benchmark works end to end at a tiny size: it reports every figure, and Warta's build of the generated
// archive has a page for every generated article. Times are not asserted (docs/performance.md has them).
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { runBench, summaryTable } from "../../src/bench/run.ts";
import { REPO, tempDir } from "../helpers/fixture.ts";

const lines: string[] = [];
const [result] = await runBench({ sizes: [200], perFile: true, workDir: tempDir("bench"), timeoutSeconds: 120, log: (l) => lines.push(l) });

test("the generated archive has the requested size and realistic variety", () => {
	assert.is(result!.articles, 200);
	assert.is(result!.corpus.articles, 200);
	assert.is(result!.corpus.authors, 40);
	assert.is(result!.corpus.rubrics, 12);
	assert.ok(result!.corpus.tags > 50, `${result!.corpus.tags} tags`);
	assert.ok(result!.corpus.withImage > 0);
});

test("Warta's build has a page for every generated article", () => {
	assert.ok(result!.warta.ok, result!.warta.reason);
	assert.is(result!.missingPages, 0);
	assert.ok(result!.warta.pages >= 200, `${result!.warta.pages} pages`);
	assert.is(result!.floor.pages, 200);
	assert.is(result!.perFile!.pages, 200);
});

test("every figure is reported, with ratios to the floor", () => {
	for (const m of [result!.warta, result!.floor, result!.perFile!]) {
		assert.ok(m.ok);
		for (const figure of [m.wallSeconds, m.cpuSeconds, m.peakRssMb, m.outputMb]) assert.ok(Number.isFinite(figure) && figure > 0);
	}
	assert.ok(Number.isFinite(result!.ratio.wall) && result!.ratio.wall > 0);
	assert.ok(Number.isFinite(result!.ratio.memory) && result!.ratio.memory > 0);
	assert.ok(
		lines.some((l) => /^ {2}ratio to floor: wall \d+\.\d\d, cpu \d+\.\d\d, peak memory \d+\.\d\d$/.test(l)),
		lines.join("\n"),
	);
	assert.match(summaryTable([result!]), /^\| 200 \| /m);
});

test("the incremental case publishes a new and an edited story and matches a clean build", () => {
	const incremental = result!.incremental!;
	assert.ok(incremental.newArticle.ok, incremental.newArticle.reason);
	assert.ok(incremental.editedArticle.ok, incremental.editedArticle.reason);
	assert.ok(incremental.identical, "the incremental output equals a clean full build");
	assert.ok(
		lines.some((l) =>
			/^ {2}incremental: new article \d+\.\d\d s, edited article \d+\.\d\d s, full \d+\.\d\d s, identical to a clean build: yes$/.test(l),
		),
		lines.join("\n"),
	);
});

test("every size reports the targets that apply to it, met or missed", () => {
	assert.ok(
		lines.some((l) => /^ {2}targets: every process ≤ 4 GB: (met|missed) \(\d+ MB/.test(l)),
		lines.join("\n"),
	);
});

test("the corpus is deterministic: the same size gives the same article URLs", async () => {
	const { generateCorpus } = await import("../../src/bench/corpus.ts");
	const options = { articles: 30, i18nDir: join(REPO, "_data/i18n") };
	assert.equal(generateCorpus(tempDir("c1"), options).urls, generateCorpus(tempDir("c2"), options).urls);
});

test.run();
