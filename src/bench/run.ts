// `npm run bench`: builds a generated archive at several sizes with (1) the full Warta site, (2) the floor —
// the leanest Eleventy build of the same markdown — and (3) for reference, Eleventy with one template per
// article file, and reports time, CPU, peak memory and output size, with Warta's ratios to the floor.
// Usage: npm run bench [-- --articles 4000] [--sizes 1000,4000,20000] [--no-per-file] [--json out.json]
// Results and their interpretation: docs/performance.md.
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, freemem, tmpdir, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateCorpus, type CorpusSummary } from "./corpus.ts";
import { measure, type Measurement } from "./measure.ts";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const BENCH_NOW = "2026-11-29 08:00";

export interface SizeResult {
	articles: number;
	corpus: Omit<CorpusSummary, "urls" | "root">;
	warta: Measurement;
	floor: Measurement;
	perFile?: Measurement;
	/** Article pages missing from Warta's output (should be 0) */
	missingPages: number;
	ratio: { wall: number; memory: number };
}

export interface BenchOptions {
	sizes: number[];
	perFile: boolean;
	workDir: string;
	timeoutSeconds: number;
	/** Node heap for the children; large archives need more than the default */
	heapMb?: number;
	log?: (line: string) => void;
}

export async function runBench(options: BenchOptions): Promise<SizeResult[]> {
	const log = options.log ?? console.log;
	const results: SizeResult[] = [];
	for (const articles of options.sizes) {
		const dir = join(options.workDir, `n${articles}`);
		rmSync(dir, { recursive: true, force: true });
		mkdirSync(dir, { recursive: true });
		log(`\n# ${articles.toLocaleString("en")} articles`);
		const corpus = generateCorpus(join(dir, "site"), {
			articles,
			i18nDir: join(REPO, "_data/i18n"),
			photo: join(REPO, "public/media/2019/jalan-rusak-cikande.jpg"),
		});
		const heapMb = options.heapMb ?? (articles > 30_000 ? 8192 : undefined);
		const run = async (name: string, script: string, extra: string[] = []) => {
			const out = join(dir, `out-${name}`);
			const result = await measure(join(REPO, "src/bench", script), [corpus.root, out, ...extra], {
				out,
				timeoutSeconds: options.timeoutSeconds,
				heapMb,
			});
			log(`  ${name.padEnd(9)} ${describe(result)}`);
			return result;
		};
		const floor = await run("floor", "floor.ts");
		const warta = await run("warta", "build-warta.ts", [BENCH_NOW]);
		const missingPages = warta.ok
			? corpus.urls.filter((url) => !existsSync(join(dir, "out-warta", url, "index.html"))).length
			: corpus.urls.length;
		const perFile = options.perFile ? await run("per-file", "per-file.ts") : undefined;
		const ratio = { wall: warta.wallSeconds / floor.wallSeconds, memory: warta.peakRssMb / floor.peakRssMb };
		const { urls: _urls, root: _root, ...summary } = corpus;
		results.push({ articles, corpus: summary, warta, floor, perFile, missingPages, ratio });
		log(`  article pages missing from Warta's output: ${missingPages}`);
		log(`  ratio to floor: wall ${ratio.wall.toFixed(2)}, peak memory ${ratio.memory.toFixed(2)}`);
		rmSync(dir, { recursive: true, force: true });
	}
	return results;
}

function describe(m: Measurement): string {
	if (!m.ok) return `FAILED: ${m.reason} (after ${m.wallSeconds.toFixed(1)} s)`;
	return (
		`wall ${m.wallSeconds.toFixed(2)} s, cpu ${m.cpuSeconds.toFixed(2)} s, peak RSS ${m.peakRssMb.toFixed(0)} MB, ` +
		`${m.pages} pages, ${m.outputMb.toFixed(1)} MB out`
	);
}

export function summaryTable(results: SizeResult[]): string {
	const rows = results.map((r) => {
		const perArticle = (r.warta.wallSeconds * 1000) / r.articles;
		const perFile = r.perFile
			? r.perFile.ok
				? `${r.perFile.wallSeconds.toFixed(1)} s, ${r.perFile.peakRssMb.toFixed(0)} MB`
				: r.perFile.reason
			: "not run";
		return `| ${r.articles.toLocaleString("en")} | ${r.warta.wallSeconds.toFixed(1)} s (cpu ${r.warta.cpuSeconds.toFixed(1)} s), ${r.warta.peakRssMb.toFixed(0)} MB, ${perArticle.toFixed(2)} ms/article, ${r.warta.pages} pages, ${r.warta.outputMb.toFixed(0)} MB | ${r.floor.wallSeconds.toFixed(1)} s, ${r.floor.peakRssMb.toFixed(0)} MB | ${r.ratio.wall.toFixed(2)} | ${r.ratio.memory.toFixed(2)} | ${perFile} |`;
	});
	return [
		"| articles | Warta full site | floor | wall ratio | memory ratio | one template per file |",
		"|---:|---|---|---:|---:|---|",
		...rows,
	].join("\n");
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const { values } = parseArgs({
		options: {
			articles: { type: "string" },
			sizes: { type: "string" },
			"no-per-file": { type: "boolean", default: false },
			json: { type: "string" },
			timeout: { type: "string", default: "900" },
			heap: { type: "string" },
		},
	});
	const sizes = values.articles ? [Number(values.articles)] : (values.sizes ?? "1000,4000,20000").split(",").map(Number);
	if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error("--articles / --sizes take whole numbers, e.g. --articles 4000");
	// Outside the repo: Eleventy honours .gitignore, and a corpus inside the repo would be input to other builds.
	const workDir = join(tmpdir(), "warta-bench");
	console.log(
		`Warta benchmark — ${new Date().toISOString()} — Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model}), ` +
			`${(totalmem() / 2 ** 30).toFixed(0)} GB RAM (${(freemem() / 2 ** 30).toFixed(0)} GB free)`,
	);
	const results = await runBench({
		sizes,
		perFile: !values["no-per-file"],
		workDir,
		timeoutSeconds: Number(values.timeout),
		heapMb: values.heap ? Number(values.heap) : undefined,
	});
	console.log(`\n${summaryTable(results)}\n`);
	for (const r of results)
		console.log(`${r.articles} articles — ratio to floor: wall ${r.ratio.wall.toFixed(2)}, peak memory ${r.ratio.memory.toFixed(2)}`);
	if (values.json) writeFileSync(values.json, JSON.stringify(results, null, 2));
	if (results.some((r) => !r.warta.ok || !r.floor.ok || r.missingPages > 0)) process.exitCode = 1;
}
