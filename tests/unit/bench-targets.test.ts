// The benchmark's target lines (src/bench/targets.ts): which targets apply at which size, and met or missed.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Measurement } from "../../src/bench/measure.ts";
import { checkTargets, describeTargets } from "../../src/bench/targets.ts";

const run = (wallSeconds: number, peakRssMb: number, extra: Partial<Measurement> = {}): Measurement => ({
	ok: true,
	wallSeconds,
	cpuSeconds: wallSeconds,
	peakRssMb,
	outputMb: 1,
	pages: 1,
	...extra,
});

test("100,000 articles: a new story within 15 s and every process within 4 GB are met", () => {
	const checks = checkTargets({
		articles: 100_000,
		warta: run(512.67, 3362, { childPeakRssMb: 1866 }),
		floor: run(41.73, 2236),
		incremental: {
			newArticle: run(11.71, 850),
			editedArticle: run(45.15, 880, { childPeakRssMb: 1811 }),
			clean: run(495.27, 2993, { childPeakRssMb: 1873 }),
		},
	});
	// The clean build's Pagefind process (1,873 MB) is the largest: every build of the run counts.
	assert.equal(
		describeTargets(checks),
		"targets: new article ≤ 15 s: met (11.71 s); every process ≤ 4 GB: met (3362 MB, largest child process 1873 MB)",
	);
});

test("20,000 articles: 5.81 s for a new story misses 5 s; a child process over 4 GB misses the memory target", () => {
	const checks = checkTargets({
		articles: 20_000,
		warta: run(131.6, 2384, { childPeakRssMb: 4200 }),
		floor: run(13, 599),
		incremental: { newArticle: run(5.81, 358), editedArticle: run(24.78, 366) },
	});
	assert.equal(
		checks.map((c) => [c.target, c.met]),
		[
			["new article ≤ 5 s", false],
			["every process ≤ 4 GB", false],
		],
	);
});

test("4,000 articles: the ratios to the floor are checked, and no time for a new story applies", () => {
	const checks = checkTargets({
		articles: 4_000,
		warta: run(32, 869),
		floor: run(4, 247),
		incremental: { newArticle: run(3.9, 250), editedArticle: run(13, 260) },
	});
	assert.equal(
		checks.map((c) => `${c.target}: ${c.met} (${c.measured})`),
		["every process ≤ 4 GB: true (869 MB)", "cpu ≤ 2× the floor: false (8.00×)", "memory ≤ 2× the floor: false (3.52×)"],
	);
});

test("a failed publish is a missed target, not a figure", () => {
	const failed: Measurement = { ...run(900, 0), ok: false, reason: "timeout" };
	const [story] = checkTargets({
		articles: 100_000,
		warta: run(500, 3000),
		floor: run(40, 2000),
		incremental: { newArticle: failed, editedArticle: failed },
	});
	assert.equal(story, { target: "new article ≤ 15 s", met: false, measured: "failed" });
});

test.run();
