// Runs one build in a child process and measures it: wall time (here), CPU time and peak RSS (reported by
// the child itself from process.resourceUsage(), so no external `time` tool is needed), and output size.
import { spawn } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export interface Measurement {
	ok: boolean;
	/** Why it did not finish (timeout, crash) */
	reason?: string;
	wallSeconds: number;
	cpuSeconds: number;
	peakRssMb: number;
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
	let timedOut = false;
	const timer = setTimeout(() => {
		timedOut = true;
		child.kill("SIGKILL");
	}, options.timeoutSeconds * 1000);
	const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
	clearTimeout(timer);
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
	return { ok: true, wallSeconds, ...report, outputMb: bytes / 1024 / 1024, pages };
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
