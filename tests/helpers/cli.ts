// Runs Warta's real command-line tools (src/cli/*.ts) as child processes, the way `npm run …` does, and
// fingerprints output folders so a test can prove a failed build left the previous site byte for byte.
import { type ChildProcess, execFile, spawn } from "node:child_process";
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
	/** The signal that ended the process (child processes only) */
	signal?: NodeJS.Signals | null;
}

/** `node --import tsx src/cli/<tool>.ts …args`, from the repo, with a clean WARTA_* environment. */
export function runCli(
	tool: "build" | "check" | "new" | "start",
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
			(error, stdout, stderr) =>
				resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr, signal: error?.signal ?? null }),
		);
	});
}

export interface RunningCli {
	child: ChildProcess;
	/** Resolves with the first stderr line matching `pattern` (rejects after `ms`) */
	waitFor(pattern: RegExp, ms?: number): Promise<RegExpMatchArray>;
	done: Promise<CliResult>;
}

/** Starts a command (`node …` or `npm run …`) without waiting for it, for tests that signal it midway. */
export function startCli(command: string, args: string[], env: Record<string, string> = {}): RunningCli {
	const { WARTA_ROOT: _root, WARTA_NOW: _now, ...inherited } = process.env;
	const child = spawn(command, args, { cwd: REPO, env: { ...inherited, ...env }, stdio: ["ignore", "pipe", "pipe"] });
	let stdout = "";
	let stderr = "";
	child.stdout!.on("data", (chunk) => (stdout += chunk));
	child.stderr!.on("data", (chunk) => (stderr += chunk));
	const done = new Promise<CliResult>((resolve) =>
		child.on("close", (code, signal) => resolve({ code: code ?? 1, stdout, stderr, signal })),
	);
	const waitFor = (pattern: RegExp, ms = 20_000) =>
		new Promise<RegExpMatchArray>((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${ms} ms; stderr:\n${stderr}`)), ms);
			const check = () => {
				const match = stderr.match(pattern);
				if (!match) return;
				clearTimeout(timer);
				child.stderr!.off("data", check);
				resolve(match);
			};
			child.stderr!.on("data", check);
			check();
		});
	return { child, waitFor, done };
}

/** `node --import tsx src/cli/<tool>.ts …args`, started (see startCli) */
export const startTool = (tool: "build" | "check" | "new" | "start", args: string[], env: Record<string, string> = {}): RunningCli =>
	startCli(process.execPath, ["--import", "tsx", join(REPO, `src/cli/${tool}.ts`), ...args], env);

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

/**
 * Siblings of `_site/` that a successful build keeps on purpose: `_site.prev/`, the standby copy incremental
 * builds update (src/build/trees.ts), and `_site.trash-*`, old copies a detached `rm -rf` is still deleting.
 */
export const isKeptSibling = (name: string): boolean => name.endsWith(".prev") || /\.trash-\d+-\d+$/.test(name);
