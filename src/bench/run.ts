// `npm run bench`: builds a generated archive at several sizes with (1) the full Warta site, (2) the floor —
// the leanest Eleventy build of the same markdown — and (3) for reference, Eleventy with one template per
// article file, and reports time, CPU, peak memory and output size, with Warta's ratios to the floor.
// Usage: npm run bench [-- --articles 4000] [--sizes 1000,4000,20000] [--no-per-file] [--json out.json]
// Results and their interpretation: docs/performance.md.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, freemem, tmpdir, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateCorpus, type CorpusSummary } from "./corpus.ts";
import { checkTargets, describeTargets } from "./targets.ts";
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
	incremental?: IncrementalResult;
}

export interface IncrementalResult {
	newArticle: Measurement;
	editedArticle: Measurement;
	/** The clean full build it is compared with */
	clean: Measurement;
	/** The incremental output equals a clean full build of the same content, file by file */
	identical: boolean;
}

type Run = (name: string, script: string, extra?: string[], outName?: string) => Promise<Measurement>;

/**
 * After the full build: one new story, then one edited story, each published with `npm run build` against the
 * kept cache and output (an incremental build), then a clean full build into another folder to compare with.
 */
async function incrementalCase(root: string, dir: string, run: Run): Promise<IncrementalResult> {
	const authors = Object.keys(JSON.parse(readFileSync(join(root, "_data/authors.json"), "utf8")) as object);
	const rubrics = Object.keys(JSON.parse(readFileSync(join(root, "_data/rubrics.json"), "utf8")) as object);
	const fresh = join(root, "articles/bench/berita-terbaru-bench.md");
	mkdirSync(dirname(fresh), { recursive: true });
	writeFileSync(
		fresh,
		`---\ntitle: "Berita terbaru untuk mengukur penerbitan"\ndate: "${BENCH_NOW.replace("08:00", "07:30")}"\nauthor: ${authors[0]}\n` +
			`rubric: ${rubrics[0]}\ntags: ["Topik 1", "Topik 2"]\nsummary: "Satu berita baru di arsip yang sudah dibangun."\n---\n` +
			"Isi berita baru yang diterbitkan setelah arsip dibangun.\n",
	);
	const newArticle = await run("new", "build-warta.ts", [BENCH_NOW, join(dir, "cache")], "warta");
	const files = readdirSync(join(root, "articles"), { recursive: true, encoding: "utf8" })
		.filter((f) => f.endsWith(".md"))
		.sort();
	const edited = join(root, "articles", files[Math.floor(files.length / 2)]!);
	writeFileSync(edited, `${readFileSync(edited, "utf8")}\nParagraf tambahan: koreksi redaksi setelah terbit.\n`);
	const editedArticle = await run("edited", "build-warta.ts", [BENCH_NOW, join(dir, "cache")], "warta");
	const clean = await run("clean", "build-warta.ts", [BENCH_NOW, join(dir, "cache-clean")]);
	const identical = clean.ok && editedArticle.ok && sameFiles(join(dir, "out-warta"), join(dir, "out-clean"));
	return { newArticle, editedArticle, clean, identical };
}

export function describeIncremental(r: IncrementalResult, full: Measurement): string {
	const s = (m: Measurement) => (m.ok ? `${m.wallSeconds.toFixed(2)} s` : `FAILED (${m.reason})`);
	return `incremental: new article ${s(r.newArticle)}, edited article ${s(r.editedArticle)}, full ${s(full)}, identical to a clean build: ${r.identical ? "yes" : "no"}`;
}

/** Same files with the same bytes in both folders. */
function sameFiles(a: string, b: string): boolean {
	const list = (dir: string) => readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
	const files = list(a);
	const other = list(b);
	if (files.length !== other.length || files.some((f, i) => f !== other[i])) return false;
	for (const file of files) {
		const left = join(a, file);
		if (statSync(left).isDirectory()) continue;
		const hash = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
		if (hash(left) !== hash(join(b, file))) return false;
	}
	return true;
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
		// Node's default heap unless --heap is given: the memory target holds for what a newsroom runs.
		const heapMb = options.heapMb;
		const run = async (name: string, script: string, extra: string[] = [], outName = name) => {
			const out = join(dir, `out-${outName}`);
			const result = await measure(join(REPO, "src/bench", script), [corpus.root, out, ...extra], {
				out,
				timeoutSeconds: options.timeoutSeconds,
				heapMb,
			});
			log(`  ${name.padEnd(9)} ${describe(result)}`);
			return result;
		};
		const floor = await run("floor", "floor.ts");
		const cache = join(dir, "cache");
		const warta = await run("warta", "build-warta.ts", [BENCH_NOW, cache]);
		const missingPages = warta.ok
			? corpus.urls.filter((url) => !existsSync(join(dir, "out-warta", url, "index.html"))).length
			: corpus.urls.length;
		const perFile = options.perFile ? await run("per-file", "per-file.ts") : undefined;
		// Last: it adds and edits stories in the corpus.
		const incremental = warta.ok ? await incrementalCase(corpus.root, dir, run) : undefined;
		const ratio = { wall: warta.wallSeconds / floor.wallSeconds, memory: warta.peakRssMb / floor.peakRssMb };
		const { urls: _urls, root: _root, ...summary } = corpus;
		results.push({ articles, corpus: summary, warta, floor, perFile, missingPages, ratio, incremental });
		log(`  article pages missing from Warta's output: ${missingPages}`);
		log(
			`  ratio to floor: wall ${ratio.wall.toFixed(2)}, cpu ${(warta.cpuSeconds / floor.cpuSeconds).toFixed(2)}, peak memory ${ratio.memory.toFixed(2)}`,
		);
		if (incremental) log(`  ${describeIncremental(incremental, warta)}`);
		const targets = checkTargets({ articles, warta, floor, incremental });
		if (targets.length) log(`  ${describeTargets(targets)}`);
		rmSync(dir, { recursive: true, force: true });
	}
	return results;
}

function describe(m: Measurement): string {
	if (!m.ok) return `FAILED: ${m.reason} (after ${m.wallSeconds.toFixed(1)} s)`;
	const child = m.childPeakRssMb ? ` (largest child process ${m.childPeakRssMb.toFixed(0)} MB)` : "";
	return (
		`wall ${m.wallSeconds.toFixed(2)} s, cpu ${m.cpuSeconds.toFixed(2)} s, peak RSS ${m.peakRssMb.toFixed(0)} MB${child}, ` +
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
	for (const r of results) {
		console.log(`${r.articles} articles — ratio to floor: wall ${r.ratio.wall.toFixed(2)}, peak memory ${r.ratio.memory.toFixed(2)}`);
		if (r.incremental) console.log(`${r.articles} articles — ${describeIncremental(r.incremental, r.warta)}`);
		const targets = checkTargets(r);
		if (targets.length) console.log(`${r.articles} articles — ${describeTargets(targets)}`);
	}
	if (values.json) writeFileSync(values.json, JSON.stringify(results, null, 2));
	if (results.some((r) => !r.warta.ok || !r.floor.ok || r.missingPages > 0 || (r.incremental && !r.incremental.identical)))
		process.exitCode = 1;
}
