// How the command-line tools tell an editor what is wrong: one line per problem naming file and field,
// errors before warnings, then one summary line. `npm run build` and `npm run check` print through here,
// so their messages are the same. Every message is explained in docs/authoring.md.
import { ContentError, formatProblem, type Problem } from "../content/problems.ts";

export const DOCS = "docs/authoring.md";

/** A mistake in how a command was called; its message says everything, so no stack trace is printed. */
export class UsageError extends Error {
	override name = "UsageError";
}

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

export interface Tally {
	errors: number;
	warnings: number;
	/** Files with at least one error */
	files: number;
}

export function tally(problems: Problem[]): Tally {
	const errors = problems.filter((p) => p.severity === "error");
	return { errors: errors.length, warnings: problems.length - errors.length, files: new Set(errors.map((p) => p.file)).size };
}

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "2 errors in 1 file, 1 warning" */
export function describeTally({ errors, warnings, files }: Tally): string {
	const parts = [];
	if (errors) parts.push(`${plural(errors, "error")} in ${plural(files, "file")}`);
	parts.push(warnings ? plural(warnings, "warning") : errors ? "" : "no warnings");
	return parts.filter(Boolean).join(", ");
}

/** Prints every problem, errors first, each as `file[:line]: [warning: ]field: message`, to stderr. */
export function printProblems(problems: Problem[]): void {
	if (problems.length === 0) return;
	const ordered = [...problems.filter((p) => p.severity === "error"), ...problems.filter((p) => p.severity === "warning")];
	console.error("");
	for (const problem of ordered) console.error(`  ${formatProblem(problem)}`);
	console.error("");
}

/**
 * Prints a failed build. Content problems are listed; any other error is shown unless Eleventy already
 * printed it (it marks what it logged with `__errorAlreadyLogged`, src/Errors/EleventyErrorHandler.js).
 */
export function reportFailure(error: unknown, consequence: string): void {
	const content = findContentError(error);
	if (content) {
		printProblems(content.problems);
		console.error(`[warta] The build stopped: ${describeTally(tally(content.problems))}. ${consequence}`);
		console.error(`[warta] Fix the errors above; ${DOCS} explains every message.`);
		return;
	}
	if (error instanceof UsageError) {
		console.error(`[warta] ${error.message} ${consequence}`);
		return;
	}
	const logged = Boolean(error && typeof error === "object" && (error as { __errorAlreadyLogged?: boolean }).__errorAlreadyLogged);
	if (!logged) console.error(error);
	console.error(`\n[warta] The build failed${logged ? " (Eleventy's report is above)" : ""}. ${consequence}`);
}
