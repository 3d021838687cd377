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
 * A failure inside a step of publishing (src/cli/publish.ts wraps it as `StepFailed`, with the original error
 * as its cause) names the step. Errors that explain themselves (a full disk, a failed search index) get one
 * line; anything unexpected also gets its stack trace.
 */
export function reportFailure(error: unknown, consequence: string): void {
	const content = findContentError(error);
	if (content) {
		printProblems(content.problems);
		console.error(`[warta] The build stopped: ${describeTally(tally(content.problems))}. ${consequence}`);
		console.error(`[warta] Fix the errors above; ${DOCS} explains every message.`);
		return;
	}
	const step = error instanceof Error && error.name === "StepFailed" ? (error as Error & { during: string }) : undefined;
	const inner = step ? step.cause : error;
	if (inner instanceof UsageError) {
		console.error(`[warta] ${inner.message} ${consequence}`);
		return;
	}
	const during = step ? ` ${step.during}` : "";
	const logged = Boolean(inner && typeof inner === "object" && (inner as { __errorAlreadyLogged?: boolean }).__errorAlreadyLogged);
	if (logged) {
		console.error(`\n[warta] The build failed${during} (Eleventy's report is above). ${consequence}`);
		return;
	}
	const explained =
		inner instanceof Error && (SELF_EXPLAINING.has(inner.name) || SELF_EXPLAINING.has(String((inner as NodeJS.ErrnoException).code)));
	if (!explained) console.error(inner);
	const reason = inner instanceof Error ? inner.message : String(inner);
	console.error(`\n[warta] The build failed${during}: ${reason}. ${consequence}`.replace(/\.\. /, ". "));
}

/** Errors whose message says everything: no stack trace. */
const SELF_EXPLAINING = new Set(["SearchIndexError", "StepAbandoned", "ENOSPC", "EACCES", "EPERM", "EROFS", "EDQUOT"]);
