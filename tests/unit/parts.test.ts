// How many rendering parts a build needs for the heap it may use (src/build/parts.ts).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { HEAP_MODEL, MIN_PART_SIZE, PART_SIZE, partCount, partSize } from "../../src/build/parts.ts";

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
	assert.ok(planned <= limit * 0.7, `plans ${Math.round(planned / MB)} MB of a ${limit / MB} MB heap`);
	assert.ok(partCount(100_000, limit) > 7);
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
