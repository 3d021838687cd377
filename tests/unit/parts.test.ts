// How many rendering parts a build needs for the heap it may use (src/build/parts.ts).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { HEADROOM, HEAP_MODEL, heapShortfall, heapWarning, MIN_PART_SIZE, PART_SIZE, partCount, partSize } from "../../src/build/parts.ts";

const MB = 2 ** 20;
/** Node's default heap limits, measured (docs/performance.md): 16 GB or more of memory, and a 7 GB container. */
const LARGE_MACHINE = 4144 * MB;
const CI_RUNNER_NODE_20 = 2096 * MB;
const CI_RUNNER_NODE_24 = 2240 * MB;

test("on a 4 GB heap, 100,000 articles render in parts of PART_SIZE, as before", () => {
	assert.is(partSize(100_000, LARGE_MACHINE), PART_SIZE);
	assert.is(partCount(100_000, LARGE_MACHINE), 7);
	assert.is(partCount(20_000, LARGE_MACHINE), 2);
	assert.is(partCount(4_000, LARGE_MACHINE), 1);
});

test("a 7 GB CI runner's 2.1 GB heap keeps the parts of a 4 GB heap at 100,000 articles (measured to fit)", () => {
	assert.is(partCount(100_000, CI_RUNNER_NODE_20), 7);
	assert.is(partCount(100_000, CI_RUNNER_NODE_24), 7);
});

test("regression: a smaller heap ran out of memory at 100,000 articles with parts of 15,000; its parts fit its heap", () => {
	const limit = 1248 * MB; // --max-old-space-size=1200
	const size = partSize(100_000, limit);
	assert.ok(size < PART_SIZE, `${size} articles per part`);
	const planned = HEAP_MODEL.base + 100_000 * HEAP_MODEL.perArchiveArticle + size * HEAP_MODEL.perPartArticle;
	assert.ok(planned <= limit * HEADROOM, `plans ${Math.round(planned / MB)} MB of a ${limit / MB} MB heap`);
	assert.is(partCount(100_000, limit), 19); // the count measured to complete at 934 MB of heap (docs/performance.md)
	assert.is(heapWarning(100_000, limit), undefined);
});

test("a heap too small even for the smallest parts is said before rendering, with the setting that fixes it", () => {
	assert.is(heapShortfall(100_000, LARGE_MACHINE), 0);
	assert.is(heapShortfall(100_000, CI_RUNNER_NODE_20), 0);
	const missing = heapShortfall(100_000, 800 * MB);
	assert.ok(missing > 100 * MB && missing < 200 * MB, `${missing / MB} MB missing`);
	assert.match(
		heapWarning(100_000, 800 * MB) ?? "",
		/^Node gives this build 800 MB of heap; rendering 100,000 articles needs about 9\d\d MB, so it may run out of memory\. Give Node more, e\.g\. NODE_OPTIONS=--max-old-space-size=1024\.$/,
	);
	assert.is(heapWarning(4_000, 800 * MB), undefined);
});

test("an unknown heap limit or a part size of 0 cannot stop the parts from rendering every page", () => {
	assert.is(partCount(100_000, Number.NaN), 7);
	assert.is(heapShortfall(100_000, Number.NaN), 0);
	assert.is(partCount(10, LARGE_MACHINE, 0), 10);
});

test("the part size shrinks as the archive grows, and never below MIN_PART_SIZE", () => {
	assert.ok(partSize(200_000, CI_RUNNER_NODE_20) < partSize(100_000, CI_RUNNER_NODE_20));
	assert.is(partSize(100_000, 512 * MB), MIN_PART_SIZE);
	assert.is(partCount(100_000, 512 * MB), 100_000 / MIN_PART_SIZE);
});

test("a size given (tests) wins; an empty archive is one part", () => {
	assert.is(partCount(12, LARGE_MACHINE, 5), 3);
	assert.is(partCount(0, LARGE_MACHINE), 1);
});

test.run();
