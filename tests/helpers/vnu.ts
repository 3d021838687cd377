// The W3C Nu Html Checker (vnu-jar from npm, run with the machine's Java) over a directory of HTML.
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { promisify } from "node:util";

export interface VnuMessage {
	type: string;
	subType?: string;
	url: string;
	lastLine?: number;
	message: string;
	extract?: string;
}

// The package exports the jar's path (as a String object).
const vnuJar = String(createRequire(import.meta.url)("vnu-jar"));
// C1 only and the serial collector: a run of a few seconds gains nothing from C2 or a parallel GC; half the CPU.
const JAVA = ["-Xss4m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"];

/** All error messages for the HTML files under `dir` (an empty list means valid). */
export async function validateHtml(dir: string): Promise<VnuMessage[]> {
	const run = promisify(execFile);
	let stderr: string;
	try {
		({ stderr } = await run("java", [...JAVA, "-jar", vnuJar, "--errors-only", "--format", "json", "--skip-non-html", dir], {
			maxBuffer: 64 * 1024 * 1024,
		}));
	} catch (error) {
		// vnu exits 1 when it found errors; its JSON report is still on stderr.
		const e = error as { stderr?: string; code?: unknown };
		if (typeof e.stderr !== "string" || !e.stderr.trim().startsWith("{")) throw error;
		stderr = e.stderr;
	}
	return (JSON.parse(stderr) as { messages: VnuMessage[] }).messages;
}
