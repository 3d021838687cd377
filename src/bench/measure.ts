// Runs one build in a child process and measures it: wall time (here), CPU time and peak RSS (reported by
// the child itself from process.resourceUsage(), so no external `time` tool is needed), and output size.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

export interface Measurement {
	ok: boolean;
	/** Why it did not finish (timeout, crash) */
	reason?: string;
	wallSeconds: number;
	cpuSeconds: number;
	peakRssMb: number;
	/** The largest peak RSS of any process the child started (the Pagefind indexer), read from /proc; 0 elsewhere */
	childPeakRssMb?: number;
	outputMb: number;
	pages: number;
}

/** What a bench child prints as its last line. */
export interface ChildReport {
	cpuSeconds: number;
	peakRssMb: number;
}

/** Call at the end of a bench child: prints the child's own CPU time and peak RSS as JSON. */
export function reportUsage(): void {
	const usage = process.resourceUsage();
	const report: ChildReport = {
		cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
		// maxRSS is in kilobytes on Linux
		peakRssMb: usage.maxRSS / 1024,
	};
	console.log(`BENCH ${JSON.stringify(report)}`);
}

export async function measure(
	script: string,
	args: string[],
	options: { out: string; timeoutSeconds: number; heapMb?: number },
): Promise<Measurement> {
	const nodeArgs = ["--import", "tsx", ...(options.heapMb ? [`--max-old-space-size=${options.heapMb}`] : []), script, ...args];
	const started = performance.now();
	const child = spawn(process.execPath, nodeArgs, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, TZ: "UTC" } });
	let stdout = "";
	let stderr = "";
	child.stdout.on("data", (chunk) => (stdout += chunk));
	child.stderr.on("data", (chunk) => (stderr += chunk));
	const children = watchDescendants(child.pid);
	let timedOut = false;
	const timer = setTimeout(() => {
		timedOut = true;
		child.kill("SIGKILL");
	}, options.timeoutSeconds * 1000);
	const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
	clearTimeout(timer);
	const childPeakRssMb = children.stop();
	const wallSeconds = (performance.now() - started) / 1000;
	const line = stdout.split("\n").find((l) => l.startsWith("BENCH "));
	if (timedOut || code !== 0 || !line) {
		const reason = timedOut
			? `did not finish in ${options.timeoutSeconds} s`
			: `exit ${code}: ${stderr.trim().split("\n").slice(-3).join(" ")}`;
		return { ok: false, reason, wallSeconds, cpuSeconds: 0, peakRssMb: 0, outputMb: 0, pages: 0 };
	}
	const report = JSON.parse(line.slice("BENCH ".length)) as ChildReport;
	const { bytes, pages } = sizeOf(options.out);
	return { ok: true, wallSeconds, ...report, childPeakRssMb, outputMb: bytes / 1024 / 1024, pages };
}

/**
 * Polls the processes below `pid` (Linux /proc) for their peak RSS (VmHWM), so the search indexer that the
 * build starts is measured too: the memory target holds for every process. Returns the largest, in MB.
 */
function watchDescendants(pid: number | undefined): { stop(): number } {
	const peaks = new Map<number, number>();
	const poll = () => {
		if (!pid || !existsSync("/proc")) return;
		const parent = new Map<number, number>();
		for (const name of readdirSync("/proc")) {
			if (!/^\d+$/.test(name)) continue;
			try {
				const stat = readFileSync(`/proc/${name}/stat`, "utf8");
				parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
			} catch {
				// the process ended meanwhile
			}
		}
		const below = (p: number): boolean => {
			for (let up = parent.get(p); up !== undefined && up > 1; up = parent.get(up)) if (up === pid) return true;
			return false;
		};
		for (const p of parent.keys()) {
			if (!below(p)) continue;
			try {
				const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, "utf8"));
				if (hwm) peaks.set(p, Math.max(peaks.get(p) ?? 0, Number(hwm[1]) / 1024));
			} catch {
				// ended
			}
		}
	};
	const timer = setInterval(poll, 500);
	return {
		stop() {
			clearInterval(timer);
			return Math.max(0, ...peaks.values());
		},
	};
}

/** Total bytes and number of HTML pages under a directory. */
export function sizeOf(dir: string): { bytes: number; pages: number } {
	let bytes = 0;
	let pages = 0;
	for (const entry of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
		const stat = statSync(join(dir, entry));
		if (!stat.isFile()) continue;
		bytes += stat.size;
		if (entry.endsWith(".html")) pages++;
	}
	return { bytes, pages };
}
