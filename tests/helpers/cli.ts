// Runs Warta's real command-line tools (src/cli/*.ts) as child processes, the way `npm run …` does, and
// fingerprints output folders so a test can prove a failed build left the previous site byte for byte.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { format } from "node:util";
import { REPO } from "./fixture.ts";

export interface CliResult {
	code: number;
	stdout: string;
	stderr: string;
}

/** `node --import tsx src/cli/<tool>.ts …args`, from the repo, with a clean WARTA_* environment. */
export function runCli(
	tool: "build" | "check" | "new",
	args: string[],
	env: Record<string, string> = {},
	/** Run as another user (uid, gid), e.g. so that file permissions apply to a test running as root */
	user: { uid?: number; gid?: number } = {},
): Promise<CliResult> {
	const { WARTA_ROOT: _root, WARTA_NOW: _now, ...inherited } = process.env;
	return new Promise((resolve) => {
		execFile(
			process.execPath,
			["--import", "tsx", join(REPO, `src/cli/${tool}.ts`), ...args],
			{ cwd: REPO, env: { ...inherited, ...env }, maxBuffer: 64 * 1024 * 1024, ...user },
			(error, stdout, stderr) => resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
		);
	});
}

/**
 * The same command in this process: each CLI module exports the `main(argv)` its process runs and returns the
 * exit code. Console output (Warta's and Eleventy's) is captured. Much cheaper than a process per case; tests
 * also run a sample of cases through `runCli` to prove the process gives the same result.
 */
export async function runMain(tool: "build" | "check" | "new", args: string[]): Promise<CliResult> {
	const module = (await import(`../../src/cli/${tool}.ts`)) as { main(argv: string[]): number | Promise<number> };
	const stdout: string[] = [];
	const stderr: string[] = [];
	const saved = { log: console.log, info: console.info, warn: console.warn, error: console.error };
	console.log = console.info = (...args: unknown[]) => void stdout.push(format(...args));
	console.warn = console.error = (...args: unknown[]) => void stderr.push(format(...args));
	try {
		const code = await module.main(args);
		return { code, stdout: stdout.join("\n"), stderr: stderr.join("\n") };
	} finally {
		Object.assign(console, saved);
	}
}

/** Runs tasks with at most `limit` at a time (child processes on a 2-core machine), keeping their order. */
export async function pool<T>(tasks: (() => Promise<T>)[], limit = Math.max(2, cpus().length)): Promise<T[]> {
	const results: T[] = new Array(tasks.length);
	let next = 0;
	const worker = async () => {
		while (next < tasks.length) {
			const index = next++;
			results[index] = await tasks[index]!();
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
	return results;
}

/** Every file under `dir` (relative path → sha256 of its bytes), sorted; folders count as entries too. */
export function digest(dir: string): Record<string, string> {
	const entries = readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
	return Object.fromEntries(
		entries.map((entry) => {
			const path = join(dir, entry);
			return [entry, statSync(path).isDirectory() ? "dir" : createHash("sha256").update(readFileSync(path)).digest("hex")];
		}),
	);
}
