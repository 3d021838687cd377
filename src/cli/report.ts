// Prints a failed build for an editor: content problems as a list naming file and field, anything else as is.
import { ContentError, formatProblem } from "../content/problems.ts";

/** Finds a ContentError however deeply Eleventy wrapped it (originalError / cause chains). */
export function findContentError(error: unknown): ContentError | undefined {
	const seen = new Set<unknown>();
	let current: unknown = error;
	while (current && typeof current === "object" && !seen.has(current)) {
		if (current instanceof ContentError) return current;
		seen.add(current);
		const e = current as { originalError?: unknown; cause?: unknown };
		current = e.originalError ?? e.cause;
	}
	return undefined;
}

export function reportFailure(error: unknown, consequence: string): void {
	const content = findContentError(error);
	if (content) {
		const errors = content.problems.filter((p) => p.severity === "error").length;
		console.error(`\n[warta] The build stopped: ${errors} problem${errors === 1 ? "" : "s"} to fix. ${consequence}\n`);
		for (const problem of content.problems) console.error(`  ${formatProblem(problem)}`);
		console.error("");
		return;
	}
	console.error(`\n[warta] The build failed. ${consequence}\n`);
	console.error(error);
}
