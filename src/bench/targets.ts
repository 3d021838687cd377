// The targets of the scale issue that one benchmark run can check by itself, printed under each size's figures
// (docs/performance.md#targets). The comparison with Hugo needs Hugo, and is in the docs. Pure.
import type { Measurement } from "./measure.ts";

export interface TargetInput {
	articles: number;
	warta: Measurement;
	floor: Measurement;
	incremental?: { newArticle: Measurement; editedArticle: Measurement; clean?: Measurement };
}

export interface TargetCheck {
	/** What the target asks, e.g. "new article ≤ 15 s" */
	target: string;
	met: boolean;
	/** The measured figure it was checked against */
	measured: string;
}

/** Peak memory every process of a build may reach, with Node's default heap. */
export const PROCESS_MB = 4096;

/**
 * The targets that apply at this size: publishing one story within 5 s from 20,000 articles and within 15 s from
 * 100,000; every process of every build within 4 GB; CPU and memory within 2× the floor at 4,000 (the size the
 * issue names for the ratios).
 */
export function checkTargets(r: TargetInput): TargetCheck[] {
	const checks: TargetCheck[] = [];
	const seconds = (m: Measurement) => `${m.wallSeconds.toFixed(2)} s`;
	const limit = r.articles >= 100_000 ? 15 : r.articles >= 20_000 ? 5 : undefined;
	const story = r.incremental?.newArticle;
	if (limit !== undefined && story)
		checks.push({
			target: `new article ≤ ${limit} s`,
			met: story.ok && story.wallSeconds <= limit,
			measured: story.ok ? seconds(story) : "failed",
		});
	const builds = [r.warta, r.incremental?.newArticle, r.incremental?.editedArticle, r.incremental?.clean].filter(
		(m): m is Measurement => m?.ok === true,
	);
	if (builds.length) {
		const node = Math.max(...builds.map((m) => m.peakRssMb));
		const child = Math.max(...builds.map((m) => m.childPeakRssMb ?? 0));
		checks.push({
			target: "every process ≤ 4 GB",
			met: node <= PROCESS_MB && child <= PROCESS_MB,
			measured: `${node.toFixed(0)} MB${child ? `, largest child process ${child.toFixed(0)} MB` : ""}`,
		});
	}
	if (r.articles === 4_000 && r.warta.ok && r.floor.ok) {
		const cpu = r.warta.cpuSeconds / r.floor.cpuSeconds;
		const memory = r.warta.peakRssMb / r.floor.peakRssMb;
		checks.push({ target: "cpu ≤ 2× the floor", met: cpu <= 2, measured: `${cpu.toFixed(2)}×` });
		checks.push({ target: "memory ≤ 2× the floor", met: memory <= 2, measured: `${memory.toFixed(2)}×` });
	}
	return checks;
}

/** One line: "targets: new article ≤ 5 s: missed (5.81 s); every process ≤ 4 GB: met (2384 MB, …)". */
export function describeTargets(checks: readonly TargetCheck[]): string {
	return `targets: ${checks.map((c) => `${c.target}: ${c.met ? "met" : "missed"} (${c.measured})`).join("; ")}`;
}
