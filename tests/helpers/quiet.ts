// Keeps the expected chatter of builds ("[11ty] Wrote 155 files", future-date warnings, Eleventy's report of a
// build a test makes fail on purpose) out of the test output, so that only real failures look like failures.
// WARTA_TEST_VERBOSE=1 lets everything through.
import { format } from "node:util";

export const VERBOSE = process.env.WARTA_TEST_VERBOSE === "1";

/**
 * Runs `fn` with console.log/info/warn/error collected instead of printed. An error `fn` throws is rethrown
 * unchanged, with what was printed until then as its `output` property (Node shows it when the error is not caught).
 */
export async function quietly<T>(fn: () => Promise<T>): Promise<{ value: T; output: string }> {
	if (VERBOSE) return { value: await fn(), output: "" };
	const lines: string[] = [];
	const saved = { log: console.log, info: console.info, warn: console.warn, error: console.error };
	const collect = (...args: unknown[]) => void lines.push(format(...args));
	Object.assign(console, { log: collect, info: collect, warn: collect, error: collect });
	try {
		return { value: await fn(), output: lines.join("\n") };
	} catch (error) {
		if (error && typeof error === "object") Object.assign(error, { output: lines.join("\n") });
		throw error;
	} finally {
		Object.assign(console, saved);
	}
}

/** A logger for Eleventy's `logger.overrideLogger()` that collects its lines (watch mode: "[11ty] File changed: …"). */
export function collectingLogger(lines: string[]): Pick<Console, "log" | "info" | "warn" | "error"> {
	const collect = (...args: unknown[]) => void (VERBOSE ? console.log(...args) : lines.push(format(...args)));
	return { log: collect, info: collect, warn: collect, error: collect };
}

/**
 * Eleventy warns "[11ty] Benchmark … (Configuration) …" when its configuration step takes over 50 ms and 8% of a
 * build, as plugins loading on a busy machine do. Quiet mode does not cover that one group (it is created before
 * quiet mode is read), so switch its warnings off.
 */
export function quietBenchmarks(eleventyConfig: {
	benchmarkManager?: { get(name: string): { setMinimumThresholdMs(ms: number): void } };
}): void {
	if (!VERBOSE) eleventyConfig.benchmarkManager?.get("Configuration").setMinimumThresholdMs(0);
}
