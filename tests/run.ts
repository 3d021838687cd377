// The test runner behind `npm test` (tests/run.sh runs the type check, then this): the test files under tests/
// as separate uvu processes, a few at a time, the slowest first; the unit tests (fast, many small files) share
// one process per time zone, and a few quick integration files share two. The whole suite runs under a far-off time zone (UTC+14) and the unit tests
// again under UTC-8, so nothing may depend on the machine's zone. The Prettier check runs alongside.
//
// Output: one line per file; a file's own output only when it failed (WARTA_TEST_VERBOSE=1: always). The last
// line is "N passed, N failed, N skipped" (CI reads it). A crash, a file that ran no test, a skipped test, a
// timeout or a formatting difference fails the run.
//
//   npm test                                   everything
//   npm test -- newsroom site                  files whose path contains one of the words (no format check)
//   WARTA_TEST_JOBS=1 npm test                 one file at a time (default: 3 on 2 cores)
//   WARTA_TEST_PATTERN='integration/' npm test a regular expression on the path under tests/ (as before)
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join, relative } from "node:path";
import { REPO } from "./helpers/fixture.ts";

const TESTS = join(REPO, "tests");
const UVU = join(REPO, "node_modules/uvu/bin.js");
const TIMES = join(REPO, ".cache/test-times.json");
const FAR_EAST = "Pacific/Kiritimati";
const FAR_WEST = "America/Los_Angeles";

const env = process.env;
const verbose = env.WARTA_TEST_VERBOSE === "1";
const jobs = Math.max(1, Number(env.WARTA_TEST_JOBS) || Math.min(3, cpus().length + 1));
const timeoutSeconds = Number(env.WARTA_TEST_TIMEOUT) || 600;
const words = process.argv.slice(2);
const pattern = new RegExp(env.WARTA_TEST_PATTERN || "\\.test\\.ts$");

interface Job {
	/** "integration/site.test.ts", "unit tests, TZ=…", "prettier (…)" */
	name: string;
	command: string[];
	tz?: string;
	/** The test files the job runs, as uvu names them (the path under its folder); each must run a test */
	files: string[];
	/** A check without uvu counts (Prettier): a failure counts as one failed test */
	check?: true;
}

interface Result {
	job: Job;
	seconds: number;
	passed: number;
	failed: number;
	skipped: number;
	problems: string[];
	output: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** One uvu process over `files` (paths under tests/), from the folder `dir` under tests/. */
function uvu(name: string, dir: string, files: string[], tz?: string): Job {
	const names = files.map((f) => relative(dir, f));
	const only = `^(${names.map(escape).join("|")})$`;
	return { name, command: [process.execPath, "--import", "tsx", UVU, join(TESTS, dir), only, "-c", "false"], tz, files: names };
}

const all = readdirSync(TESTS, { recursive: true, encoding: "utf8" })
	.map((f) => f.split("\\").join("/"))
	.filter((f) => f.endsWith(".test.ts") && !f.startsWith("helpers/"))
	.filter((f) => pattern.test(f) && (words.length === 0 || words.some((w) => f.includes(w))))
	.sort();
const unit = all.filter((f) => f.startsWith("unit/"));

// Starting a process costs 2–3 s of CPU (tsx, Eleventy, a cold first build): files that take a few seconds share
// a process, in two batches. Every other file (and any new one) runs alone.
const BATCHES = [
	["integration/site", "integration/sample-newsroom", "integration/sample-syndication", "integration/syndication", "integration/locale"],
	[
		"integration/escaping",
		"integration/images",
		"integration/prefix",
		"integration/cli-atomic",
		"integration/cli-new",
		"integration/dev-rebuild",
	],
].map((batch) => batch.map((f) => `${f}.test.ts`));
const own = all.filter((f) => !f.startsWith("unit/") && !BATCHES.flat().includes(f));
const planned: Job[] = own.map((f) => uvu(f, ".", [f], FAR_EAST));
for (const batch of BATCHES) {
	const files = batch.filter((f) => all.includes(f));
	if (files.length) planned.push(uvu(files.join(" "), ".", files, FAR_EAST));
}
if (unit.length) for (const tz of [FAR_EAST, FAR_WEST]) planned.push(uvu(`unit tests, TZ=${tz}`, "unit", unit, tz));
if (words.length === 0 && !env.WARTA_TEST_PATTERN) {
	planned.push({ name: "prettier (npm run format:check)", command: ["npm", "run", "--silent", "format:check"], files: [], check: true });
}

// Slowest first (times of the last run), so that the long files do not start last.
let times: Record<string, number> = {};
try {
	times = JSON.parse(readFileSync(TIMES, "utf8"));
} catch {
	// first run: browser and integration files first, by their folder
}
const guess = (job: Job) => times[job.name] ?? (job.name.startsWith("browser/") ? 30 : job.name.startsWith("unit") ? 5 : 10);
planned.sort((a, b) => guess(b) - guess(a));

function run(job: Job): Promise<Result> {
	const started = performance.now();
	return new Promise((resolve) => {
		const child = spawn(job.command[0]!, job.command.slice(1), {
			cwd: REPO,
			env: { ...env, ...(job.tz ? { TZ: job.tz } : {}) },
			stdio: ["ignore", "pipe", "pipe"],
			// Its own process group, so a timeout also ends the browsers and servers it started.
			detached: true,
		});
		const chunks: Buffer[] = [];
		child.stdout.on("data", (c: Buffer) => chunks.push(c));
		child.stderr.on("data", (c: Buffer) => chunks.push(c));
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			try {
				process.kill(-child.pid!, "SIGKILL");
			} catch {
				// already gone
			}
		}, timeoutSeconds * 1000);
		running.add(child.pid!);
		child.on("close", (code, signal) => {
			clearTimeout(timer);
			running.delete(child.pid!);
			const output = Buffer.concat(chunks).toString("utf8");
			resolve(count(job, output, code, signal, timedOut, (performance.now() - started) / 1000));
		});
	});
}

/** Reads uvu's summary and per-file progress lines; anything short of "every test of every file passed" fails. */
function count(job: Job, output: string, code: number | null, signal: string | null, timedOut: boolean, seconds: number): Result {
	const result: Result = { job, seconds, passed: 0, failed: 0, skipped: 0, problems: [], output };
	if (timedOut) result.problems.push(`timed out after ${timeoutSeconds} s (WARTA_TEST_TIMEOUT)`);
	else if (code !== 0) result.problems.push(signal ? `killed by ${signal}` : `exit code ${code}`);
	if (job.check) {
		if (result.problems.length) result.failed = 1;
		return result;
	}
	const last = (label: string) => {
		const all = [...output.matchAll(new RegExp(`^ *${label}: *(\\d+)`, "gm"))];
		return all.length ? Number(all[all.length - 1]![1]) : 0;
	};
	const total = last("Total");
	result.passed = last("Passed");
	result.skipped = last("Skipped");
	// uvu's Total counts the tests that ran: skipped tests, and those an `only` left out, are not in it.
	result.failed = total - result.passed;
	const crashed = result.problems.length > 0;
	// uvu prints each file's name, then one "(ran / total)" line per suite in it.
	const ran = new Map(job.files.map((f) => [f, 0]));
	let current: string | undefined;
	for (const line of output.split("\n")) {
		if (ran.has(line.trim())) current = line.trim();
		const progress = /\((\d+) \/ (\d+)\)\s*$/.exec(line);
		if (progress && current) ran.set(current, ran.get(current)! + Number(progress[2]));
	}
	const empty = timedOut ? [] : [...ran].filter(([, tests]) => tests === 0).map(([file]) => file);
	for (const file of empty) result.problems.push(`${file} ran no test (no test.run()? a crash while loading?)`);
	// A crash, a timeout or a file without tests is one failure when uvu's counts do not show it.
	if ((crashed || empty.length) && result.failed === 0) result.failed = 1;
	if (result.skipped) result.problems.push(`${result.skipped} skipped: a skipped test is a defect here`);
	return result;
}

const running = new Set<number>();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
	process.on(signal, () => {
		for (const pid of running) {
			try {
				process.kill(-pid, "SIGKILL");
			} catch {
				// already gone
			}
		}
		process.exit(130);
	});
}

const started = performance.now();
const zones = unit.length ? `; the unit tests under TZ=${FAR_EAST} and again under TZ=${FAR_WEST}` : "";
console.log(`== ${all.length} test files in ${planned.length} jobs, ${jobs} at a time${zones}`);
const results: Result[] = [];
let next = 0;
async function worker(): Promise<void> {
	while (next < planned.length) {
		const result = await run(planned[next++]!);
		results.push(result);
		const ok = result.problems.length === 0 && result.failed === 0;
		const counts = result.job.check
			? ""
			: ` (${result.passed} passed${result.failed ? `, ${result.failed} failed` : ""}${result.skipped ? `, ${result.skipped} skipped` : ""})`;
		console.log(`${ok ? "ok  " : "FAIL"} ${result.seconds.toFixed(1).padStart(5)} s  ${result.job.name}${counts}`);
		if (!ok || verbose) {
			for (const problem of result.problems) console.log(`     ${problem}`);
			if (!ok) console.log(`---- output of ${result.job.name}:`);
			process.stdout.write(result.output.endsWith("\n") ? result.output : `${result.output}\n`);
			if (!ok) console.log(`---- end of ${result.job.name}`);
		}
	}
}
await Promise.all(Array.from({ length: Math.min(jobs, planned.length) }, worker));

mkdirSync(join(REPO, ".cache"), { recursive: true });
// Kept for the next run's order; files that no longer exist are dropped.
const kept = Object.entries(times).filter(([name]) => !name.endsWith(".test.ts") || existsSync(join(TESTS, name)));
const latest = results.map((r) => [r.job.name, Math.round(r.seconds * 10) / 10] as const);
writeFileSync(TIMES, JSON.stringify(Object.fromEntries([...kept, ...latest]), null, 1));

const sum = (key: "passed" | "failed" | "skipped") => results.reduce((n, r) => n + r[key], 0);
const bad = results.filter((r) => r.problems.length || r.failed);
let failed = sum("failed");
if (sum("passed") + failed === 0) {
	console.log("no tests ran");
	failed = 1;
}
console.log(
	`== ${((performance.now() - started) / 1000).toFixed(0)} s${bad.length ? `; failed: ${bad.map((r) => r.job.name).join(", ")}` : ""}`,
);
console.log(`${sum("passed")} passed, ${failed} failed, ${sum("skipped")} skipped`);
process.exit(bad.length || failed ? 1 : 0);
