// Publishing a build: everything that touches the output folder (`_site/`) and its siblings lives here, so that
// the published site is always either the complete previous site or the complete new one.
//
//   await publish(output, async ({ staging, previous, step }) => { …render into `staging`… }, { roots })
//
// 1. Lock: `<output>.lock` holds the builder's pid, so two builds of one folder never interleave; the second waits
//    (and says so). The lock of a process that no longer runs is taken over.
// 2. Leftovers of killed builds are handled: if `<output>/` is missing but a `<output>.old-<pid>` exists, a build
//    was killed between the two renames of its swap, so that old site is renamed back (recover-on-next-start:
//    Linux has renameat2(RENAME_EXCHANGE) for an atomic swap, but Node has no binding for it). Every other
//    `<output>.tmp-<pid>` / `.old-<pid>` of a dead process is removed; one that cannot be removed is a warning.
// 3. The work renders into `<output>.tmp-<pid>`; `<output>` stays in place and readable meanwhile (`previous`),
//    e.g. to hard-link unchanged files from. A failure in any step removes the staging folder and is reported
//    with the step's name (`StepFailed`); a step whose promise can never settle (a helper process died and left
//    nothing to wait for) fails instead of ending the process with "unsettled top-level await".
// 4. Swap: the output is renamed to `<output>.old-<pid>` and the staging folder to `<output>`. From then on the
//    build has succeeded: removing the old copy (asynchronously, so signals are handled) can only warn.
//
// SIGINT, SIGTERM and SIGHUP are handled in every step: the staging folder is removed (for at most 2 s; a
// leftover is removed by the next build), the lock released, and the process exits 130/143/129 without
// publishing. A second signal exits at once. `stopWhenParentGoes()` turns the death of the command that started
// the build (npm) into a SIGTERM.
//
// Every output gets a marker file, `.warta-output`; `checkOutput` refuses to replace a non-empty folder without
// one (and the root, home, .git, node_modules, the site and its source folders by name).
//
// Test hooks (only read when set; tests/integration/publish-faults.test.ts): WARTA_FAULT=<step> makes the build
// SIGKILL itself at that step; WARTA_PAUSE=<step> makes it print "[warta] test hook: process <pid> paused at
// <step>" and wait there (up to 60 s), so a test can signal it.
import {
	existsSync,
	linkSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	realpathSync,
	renameSync,
	statSync,
	unlinkSync,
	writeFileSync,
} from "node:fs";
import { chmod, lstat, readdir, rm, rmdir } from "node:fs/promises";
import { homedir, hostname } from "node:os";
import { basename, dirname, join, parse, resolve, sep } from "node:path";
import { isRunning } from "../build/trees.ts";
import { displayPath } from "./args.ts";
import { UsageError } from "./report.ts";

/** The marker file written into every output: "this folder is Warta's to replace". */
export const MARKER = ".warta-output";
const MARKER_TEXT = "This folder was written by Warta's build (npm run build); the next build replaces all of it.\n";

/** The steps of a build, for messages and the test hooks. */
export type Step = "lock" | "validation" | "rendering" | "search" | "swap" | "cleanup";
const STEPS: Record<Step, string> = {
	lock: "waiting for another build",
	validation: "checking the content",
	rendering: "rendering the pages",
	search: "building the search index",
	swap: "swapping the new site in",
	cleanup: "removing the previous site",
};

/** A build step failed (the original error is `cause`); the output folder was left as it was. */
export class StepFailed extends Error {
	override name = "StepFailed";
	readonly step: Step;
	constructor(step: Step, cause: unknown) {
		super(`${STEPS[step]} failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
		this.step = step;
	}
	/** "while building the search index" */
	get during(): string {
		return `while ${STEPS[this.step]}`;
	}
}

export interface PublishContext {
	/** The empty folder to build into; it becomes the output when the work succeeds. */
	staging: string;
	/** The current output, untouched and readable while the work runs; undefined on a first build. */
	previous?: string;
	/** Names the step the work is in (for messages; honours the test hooks). */
	step(step: Step): Promise<void>;
	/**
	 * Publishes `folder` instead of the staging folder and keeps the current output as `keepPreviousAs` instead
	 * of removing it: an incremental build updates a standby copy of the site and trades places with the live
	 * one (src/build/trees.ts). Both must be siblings of the output.
	 */
	swapIn(folder: string, keepPreviousAs: string): void;
}

export interface PublishOptions {
	/** Site folders the output must never replace (passed to `checkOutput`). */
	roots?: string[];
	/** How long to wait for another build of the same output; default 30 minutes. */
	lockWaitMs?: number;
}

/** Builds into a staging folder with `work`, then swaps it in as `output`. See the top of this file. */
export async function publish<T>(output: string, work: (context: PublishContext) => Promise<T>, options: PublishOptions = {}): Promise<T> {
	output = resolve(output);
	const guard = new SignalGuard(output);
	try {
		await guard.step("lock");
		guard.release = await acquireLock(output, options.lockWaitMs ?? 30 * 60_000);
		checkOutput(output, options.roots ?? []);
		await handleLeftovers(output);

		const staging = `${output}.tmp-${process.pid}`;
		await removeTree(staging);
		mkdirSync(staging, { recursive: true });
		guard.staging = staging;
		let value: T;
		let instead: { folder: string; keep: string } | undefined;
		const swapIn = (folder: string, keep: string) => (instead = { folder: resolve(folder), keep: resolve(keep) });
		try {
			const previous = existsSync(output) ? output : undefined;
			value = await failIfAbandoned(work({ staging, previous, step: (step) => guard.step(step), swapIn }), () => guard.current);
			// By rename: the folder may share this file with a hard-linked copy (src/build/trees.ts).
			writeFileSync(join(instead?.folder ?? staging, `${MARKER}.tmp-${process.pid}`), MARKER_TEXT);
			renameSync(join(instead?.folder ?? staging, `${MARKER}.tmp-${process.pid}`), join(instead?.folder ?? staging, MARKER));
		} catch (error) {
			await discard(staging);
			throw error instanceof StepFailed ? error : new StepFailed(guard.current, error);
		}

		guard.enter("swap"); // its test hook fires between the two renames
		if (instead) {
			// The live site and its standby trade places; the (small) staging folder is no longer needed.
			const old = swap(instead.folder, output);
			if (old) renameSync(old, instead.keep);
			guard.staging = undefined;
			await discard(staging);
			return value;
		}
		const old = swap(staging, output);
		guard.staging = undefined;
		guard.old = old;
		if (old) {
			guard.enter("cleanup"); // its test hook fires after the first entry is removed
			await removeOld(old);
		}
		return value;
	} finally {
		guard.release?.();
		guard.uninstall();
	}
}

// ---------------------------------------------------------------------------------------------------------
// Swap and removal

/** Renames `output` away and `staging` into place; returns the old copy's path. Never called after a signal. */
function swap(staging: string, output: string): string | undefined {
	// A copy this process could not remove earlier keeps its name; take the next free one.
	let old = `${output}.old-${process.pid}`;
	for (let n = 2; existsSync(old); n++) old = `${output}.old-${process.pid}-${n}`;
	const hadOutput = existsSync(output);
	if (hadOutput) renameSync(output, old);
	testHook("swap"); // a kill here is recovered by the next build
	try {
		renameSync(staging, output);
	} catch (error) {
		if (hadOutput) renameSync(old, output);
		throw new StepFailed("swap", error);
	}
	return hadOutput ? old : undefined;
}

/** Removes the previous site after a successful swap; a failure is a warning (the new site is live). */
async function removeOld(old: string): Promise<void> {
	try {
		await removeTree(old, () => pauseOrFault("cleanup"));
	} catch (error) {
		warn(
			`the new site is live, but the previous copy ${displayPath(old)} could not be removed (${(error as Error).message}). ` +
				`The next build tries again; or delete it yourself.`,
		);
	}
}

/**
 * Removes a folder asynchronously (signals are handled meanwhile), entry by entry. A folder made read-only
 * (EACCES/EPERM) is made writable and removal retried once. `afterFirst` runs after the first entry is gone.
 */
async function removeTree(path: string, afterFirst?: () => Promise<void>): Promise<void> {
	const attempt = async () => {
		let entries: string[];
		try {
			entries = await readdir(path);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
			if ((error as NodeJS.ErrnoException).code === "ENOTDIR") return rm(path, { force: true });
			throw error;
		}
		for (const [i, name] of entries.entries()) {
			await rm(join(path, name), { recursive: true, force: true });
			if (i === 0) await afterFirst?.();
		}
		await rmdir(path).catch((error: NodeJS.ErrnoException) => {
			if (error.code !== "ENOENT") throw error;
		});
	};
	try {
		await attempt();
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code !== "EACCES" && code !== "EPERM") throw error;
		await makeWritable(path);
		afterFirst = undefined;
		await attempt();
	}
}

/**
 * Removes a failed build's staging folder. Eleventy may still be copying files into it after its write failed
 * (passthrough copy runs on), so removal is repeated until the folder stays gone (at most about 3 s; a leftover
 * is removed by the next build).
 */
async function discard(staging: string): Promise<void> {
	for (let attempt = 0; attempt < 30; attempt++) {
		await rm(staging, { recursive: true, force: true, maxRetries: 3 }).catch(() => {});
		await new Promise((done) => setTimeout(done, 100));
		if (!existsSync(staging)) return;
	}
}

/** Adds the owner's write and search permission to every folder under `path` (not following links). */
async function makeWritable(path: string): Promise<void> {
	const stats = await lstat(path).catch(() => undefined);
	if (!stats?.isDirectory()) return;
	await chmod(path, stats.mode | 0o700);
	for (const name of await readdir(path)) await makeWritable(join(path, name));
}

// ---------------------------------------------------------------------------------------------------------
// Leftovers of killed builds

const leftoverPattern = (output: string) =>
	new RegExp(`^${basename(output).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(tmp|old)-(\\d+)(?:-\\d+)?$`);

/** Recovers the old site of a build killed between its renames; removes other leftovers of dead processes. */
async function handleLeftovers(output: string): Promise<void> {
	const dir = dirname(output);
	if (!existsSync(dir)) return;
	const pattern = leftoverPattern(output);
	const leftovers = readdirSync(dir)
		.map((name) => ({ name, match: pattern.exec(name) }))
		// Under the lock, this process's own leftovers come from an earlier publish() in it (tests build in-process).
		.filter(({ match }) => match && (Number(match[2]) === process.pid || !isRunning(Number(match[2]))))
		.map(({ name, match }) => ({ path: join(dir, name), kind: match![1] as "tmp" | "old", pid: Number(match![2]) }));
	if (!existsSync(output)) {
		const old = leftovers.filter((l) => l.kind === "old").sort((a, b) => statSync(b.path).mtimeMs - statSync(a.path).mtimeMs)[0];
		if (old) {
			renameSync(old.path, output);
			leftovers.splice(leftovers.indexOf(old), 1);
			notice(
				`A build (process ${old.pid}) was stopped while replacing ${displayPath(output)}/; its previous site ${basename(old.path)} was put back first.`,
			);
		}
	}
	for (const leftover of leftovers) {
		try {
			await removeTree(leftover.path);
		} catch (error) {
			warn(
				`${displayPath(leftover.path)}, left by a build that was stopped, could not be removed (${(error as Error).message}); delete it yourself.`,
			);
		}
	}
}

// ---------------------------------------------------------------------------------------------------------
// The lock

/** Takes `<output>.lock`, waiting while a running build holds it; returns the release function. */
async function acquireLock(output: string, waitMs: number): Promise<() => void> {
	const path = `${output}.lock`;
	const mine = `${process.pid} ${hostname()}\n`;
	const deadline = Date.now() + waitMs;
	let told = false;
	mkdirSync(dirname(output), { recursive: true });
	for (;;) {
		try {
			writeFileSync(path, mine, { flag: "wx" });
			return () => {
				try {
					if (readFileSync(path, "utf8") === mine) unlinkSync(path);
				} catch {
					// already gone
				}
			};
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
		}
		const holder = readLock(path);
		if (holder.stale) {
			takeOver(path, holder.text);
			continue;
		}
		if (Date.now() > deadline) {
			throw new UsageError(
				`Another build (process ${holder.pid}) is still writing ${displayPath(output)}/ after ${Math.round(waitMs / 60_000)} minutes of waiting. ` +
					`If no build is running, delete ${displayPath(path)} and build again.`,
			);
		}
		if (!told) {
			notice(`Another build (process ${holder.pid}) is writing ${displayPath(output)}/; waiting for it to finish (Ctrl+C to stop).`);
			told = true;
		}
		await new Promise((done) => setTimeout(done, 200));
	}
}

function readLock(path: string): { text: string; pid?: number; stale: boolean } {
	let text: string;
	try {
		text = readFileSync(path, "utf8");
	} catch {
		return { text: "", stale: false }; // released meanwhile: try again
	}
	const match = /^(\d+) (\S+)\n$/.exec(text);
	if (!match) {
		// Being written right now, or garbage: stale once it is a few seconds old.
		const age = Date.now() - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
		return { text, stale: age > 5000 };
	}
	const pid = Number(match[1]);
	// A lock taken on another machine (a shared disk) cannot be checked: it counts as held.
	return { text, pid, stale: match[2] === hostname() && !isRunning(pid) };
}

/** Removes a stale lock, unless another build took it over in the meantime (then it is put back). */
function takeOver(path: string, staleText: string): void {
	const aside = `${path}.stale-${process.pid}`;
	try {
		renameSync(path, aside);
	} catch {
		return; // someone else took it over first
	}
	if (readFileSync(aside, "utf8") !== staleText) {
		try {
			linkSync(aside, path);
		} catch {
			// a third build holds it now; the one we moved aside lost its lock file, as if it was stale
		}
	}
	unlinkSync(aside);
}

// ---------------------------------------------------------------------------------------------------------
// Signals, the parent process, test hooks

const EXIT_CODES: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

class SignalGuard {
	current: Step = "lock";
	staging?: string;
	old?: string;
	release?: () => void;
	private stopping = false;
	private readonly handler = (signal: NodeJS.Signals) => this.stop(signal);

	private readonly output: string;

	constructor(output: string) {
		this.output = output;
		for (const signal of Object.keys(EXIT_CODES)) process.on(signal, this.handler);
	}

	uninstall(): void {
		for (const signal of Object.keys(EXIT_CODES)) process.off(signal, this.handler);
	}

	/** A step starts: the test hooks of its name fire here. */
	async step(step: Step): Promise<void> {
		this.enter(step);
		await pauseOrFault(step);
	}

	enter(step: Step): void {
		// Stopped by a signal: the process is exiting; never go on to publish.
		if (this.stopping) throw new Error(`stopped by a signal before ${STEPS[step]}`);
		this.current = step;
	}

	private stop(signal: NodeJS.Signals): void {
		const code = EXIT_CODES[signal] ?? 1;
		if (this.stopping) process.exit(code);
		this.stopping = true;
		const shown = `${displayPath(this.output)}/`;
		const state = this.old
			? `the new site is live in ${shown}; ${basename(this.old)} is removed by the next build.`
			: this.current === "swap"
				? `the next build puts ${shown} back in order.`
				: `${shown} was left as it was.`;
		console.error(`\n[warta] Stopped by ${signal} while ${STEPS[this.current]}: ${state}`);
		this.release?.();
		const exit = () => process.exit(code);
		if (!this.staging) return exit();
		setTimeout(exit, 2000);
		removeTree(this.staging).then(exit, exit);
	}
}

/**
 * For the command-line process: stops the build (as SIGTERM does) when the process that started it goes away,
 * e.g. `npm run build` was killed. npm runs the build through `sh -c`, and a killed npm leaves that shell
 * running, so under npm the grandparent is watched too.
 */
export function stopWhenParentGoes(intervalMs = 250): void {
	const parent = process.ppid;
	const watched = [parent];
	const grandparent = process.env.npm_lifecycle_event ? parentOf(parent) : undefined;
	if (grandparent && grandparent > 1) watched.push(grandparent);
	const timer = setInterval(() => {
		if (process.ppid === parent && watched.every(isRunning)) return;
		clearInterval(timer);
		console.error("[warta] The command that started this build has stopped, so the build stops too, without publishing.");
		process.kill(process.pid, "SIGTERM");
	}, intervalMs);
	timer.unref();
	// The terminal may be gone with the parent: a failed write must not crash the build's clean-up.
	process.stdout.on("error", () => {});
	process.stderr.on("error", () => {});
}

function parentOf(pid: number): number | undefined {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
		return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
	} catch {
		return undefined;
	}
}

/**
 * Resolves or rejects with `promise`, but rejects if the process runs out of things to wait for first: a step
 * whose helper process died (Pagefind killed for memory) would otherwise end the process with exit 13,
 * "unsettled top-level await", and no message.
 */
function failIfAbandoned<T>(promise: Promise<T>, step: () => Step): Promise<T> {
	return new Promise<T>((resolvePromise, reject) => {
		const abandoned = () => {
			const error = new Error("it stopped without finishing or reporting an error (a helper process may have died, e.g. out of memory)");
			error.name = "StepAbandoned";
			reject(new StepFailed(step(), error));
		};
		process.once("beforeExit", abandoned);
		promise.then(resolvePromise, reject).finally(() => process.off("beforeExit", abandoned));
	});
}

/** The test hooks (see the top of this file); steps outside `publish()` (validation) call this directly. */
export async function pauseOrFault(step: Step): Promise<void> {
	testHook(step);
	if (process.env.WARTA_PAUSE === step) {
		console.error(`[warta] test hook: process ${process.pid} paused at ${step}`);
		await new Promise((done) => setTimeout(done, 60_000));
	}
}

function testHook(step: Step): void {
	if (process.env.WARTA_FAULT === step) process.kill(process.pid, "SIGKILL");
}

function notice(message: string): void {
	console.error(`[warta] ${message}`);
}

function warn(message: string): void {
	console.error(`[warta] warning: ${message}`);
}

// ---------------------------------------------------------------------------------------------------------
// Which folders may be an output

/** Folders of a site that hold its sources or tools: an output there would destroy them. */
const SOURCE_DIRS = ["articles", "_data", "public", "_includes", "src", "tests", "docs", "deploy", ".cache", ".github"];

/**
 * The output folder is replaced wholesale on every build. Refuses, with the fix, the file system's root, the
 * home folder, anything in .git or node_modules, a folder holding a site root, a site's source folders, and
 * any existing non-empty folder that is not a previous Warta output (no `.warta-output` in it).
 */
export function checkOutput(output: string, roots: string[]): void {
	const real = realOrSelf(resolve(output));
	const fix = roots[0] ? `Choose a folder of its own, such as ${join(roots[0], "_site")}.` : "Choose a folder of its own, such as _site.";
	const refuse = (why: string, remedy = fix): never => {
		throw new UsageError(`Refusing to build into ${output}: the output folder is replaced on every build, and ${why}. ${remedy}`);
	};
	const inside = (parent: string, child: string) => child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);
	if (parse(real).root === real) refuse("this is the root of the file system");
	if (inside(real, realOrSelf(homedir()))) refuse("this is your home folder or holds it");
	const special = real.split(sep).find((part) => part === ".git" || part === "node_modules");
	if (special) refuse(`this is inside ${special}/`);
	for (const root of roots.map((r) => realOrSelf(resolve(r)))) {
		if (inside(real, root)) refuse(`this is the site folder ${root} or holds it`);
		const source = SOURCE_DIRS.find((dir) => inside(join(root, dir), real));
		if (source) refuse(`this is the site's ${source}/ folder or inside it`);
	}
	const stats = statSync(real, { throwIfNoEntry: false });
	if (!stats) return;
	if (!stats.isDirectory()) refuse("this is a file, not a folder");
	if (readdirSync(real).length > 0 && !isWartaOutput(real)) {
		refuse(
			`it holds files that Warta did not build (there is no ${MARKER} file in it)`,
			`Choose a new or empty folder; or, if nothing in ${output} is needed, delete it and build again.`,
		);
	}
}

/** A previous output: it carries the marker, or (built before markers existed) Warta's `_headers` file. */
function isWartaOutput(dir: string): boolean {
	if (existsSync(join(dir, MARKER))) return true;
	try {
		return readFileSync(join(dir, "_headers"), "utf8").startsWith("# Written by Warta's build");
	} catch {
		return false;
	}
}

function realOrSelf(path: string): string {
	try {
		return realpathSync(path);
	} catch {
		// Not there yet: resolve the nearest existing parent, so a link above it is still seen through.
		const parent = dirname(path);
		return parent === path ? path : join(realOrSelf(parent), basename(path));
	}
}
