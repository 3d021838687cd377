// Problems found while reading content. Each names the file (relative to the site root), the field,
// what was found and what is expected, so an editor can fix it without reading code.
export interface Problem {
	/** Path relative to the site root, with forward slashes: "articles/2018/04/x.md" */
	file: string;
	/** Dotted field path ("image.alt"), when the problem is about one field */
	field?: string;
	/** 1-based line in the file, when known (YAML syntax errors) */
	line?: number;
	message: string;
	severity: "error" | "warning";
}

export function formatProblem(problem: Problem): string {
	const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
	const field = problem.field ? `${problem.field}: ` : "";
	const tag = problem.severity === "warning" ? "warning: " : "";
	return `${where}: ${tag}${field}${problem.message}`;
}

/** Thrown when content has errors; carries every problem from the run, not just the first. */
export class ContentError extends Error {
	readonly problems: Problem[];
	constructor(problems: Problem[]) {
		const errors = problems.filter((p) => p.severity === "error");
		super(
			`Warta found ${errors.length} problem${errors.length === 1 ? "" : "s"} in the content (docs/authoring.md explains each):\n` +
				[...errors, ...problems.filter((p) => p.severity !== "error")].map((p) => `  - ${formatProblem(p)}`).join("\n"),
		);
		this.name = "ContentError";
		this.problems = problems;
	}
	// The message already lists every problem; Eleventy's dev server (npm start) need not add a stack trace.
	// https://github.com/11ty/eleventy/blob/v3.1.8/src/Errors/EleventyErrorHandler.js (skipOriginalStack)
	readonly skipOriginalStack = true;
}

/** Collects problems for one run. */
export class ProblemList {
	readonly items: Problem[] = [];
	/** How many of the items are errors */
	errorCount = 0;
	error(file: string, message: string, field?: string, line?: number): void {
		this.items.push({ file, field, line, message, severity: "error" });
		this.errorCount++;
	}
	warn(file: string, message: string, field?: string, line?: number): void {
		this.items.push({ file, field, line, message, severity: "warning" });
	}
	/** Adds problems found elsewhere (another list, a cache of earlier reads). */
	addAll(problems: readonly Problem[]): void {
		for (const problem of problems) {
			this.items.push(problem);
			if (problem.severity === "error") this.errorCount++;
		}
	}
	get hasErrors(): boolean {
		return this.errorCount > 0;
	}
	throwIfErrors(): void {
		if (this.hasErrors) throw new ContentError(this.items);
	}
}
