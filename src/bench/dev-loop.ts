// Measures the everyday dev loop: with Eleventy watching a generated archive (as `npm start` does), save
// one article and time how long until its page — and the home page — show the change.
// Usage: node --import tsx src/bench/dev-loop.ts [--articles 4000] [--edits 3]
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { startPreview } from "../cli/start.ts";
import { listArticleFiles } from "../content/archive.ts";
import { generateCorpus } from "./corpus.ts";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export interface DevLoopResult {
	articles: number;
	initialBuildSeconds: number;
	/** Milliseconds from saving an article until its page showed the new title, per edit */
	articleMs: number[];
	/** … until the home page showed it */
	homeMs: number[];
}

async function waitFor(check: () => boolean, timeoutMs: number): Promise<number> {
	const started = performance.now();
	while (!check()) {
		if (performance.now() - started > timeoutMs) return Number.POSITIVE_INFINITY;
		await new Promise((r) => setTimeout(r, 20));
	}
	return performance.now() - started;
}

const readOr = (file: string) => {
	try {
		return readFileSync(file, "utf8");
	} catch {
		return "";
	}
};

export async function measureDevLoop(articles: number, edits: number, workDir = join(tmpdir(), "warta-devloop")): Promise<DevLoopResult> {
	const corpus = generateCorpus(join(workDir, "site"), { articles, i18nDir: join(REPO, "_data/i18n") });
	const out = join(workDir, "out");
	const started = performance.now();
	// As `npm start` does, without the server: the first build, in parts on a large archive, then Eleventy watching.
	const preview = await startPreview({ root: corpus.root, output: out, search: false, log: () => {} });
	const newestUrl = corpus.urls[corpus.urls.length - 1]!;
	await waitFor(() => readOr(join(out, newestUrl, "index.html")).length > 0, 600_000);
	const initialBuildSeconds = (performance.now() - started) / 1000;
	// Let the watcher settle before the first edit.
	await new Promise((r) => setTimeout(r, 1500));

	const files = listArticleFiles(corpus.root);
	const newestFile = join(
		corpus.root,
		files.find((f) => f.endsWith(newestUrl.split("/").at(-2)! + ".md"))!,
	);
	const result: DevLoopResult = { articles, initialBuildSeconds, articleMs: [], homeMs: [] };
	for (let i = 1; i <= edits; i++) {
		const marker = `Suntingan ${i}`;
		const source = readFileSync(newestFile, "utf8").replace(/^title: "(?:Suntingan \d+ )?/m, `title: "${marker} `);
		const saved = performance.now();
		writeFileSync(newestFile, source);
		const articleMs = await waitFor(() => readOr(join(out, newestUrl, "index.html")).includes(marker), 60_000);
		const homeMs = (await waitFor(() => readOr(join(out, "index.html")).includes(marker), 60_000)) + articleMs;
		result.articleMs.push(Math.round(performance.now() - saved - (homeMs - articleMs)));
		result.homeMs.push(Math.round(performance.now() - saved));
		await new Promise((r) => setTimeout(r, 1000));
	}
	await preview.stop();
	return result;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const { values } = parseArgs({ options: { articles: { type: "string", default: "4000" }, edits: { type: "string", default: "3" } } });
	const result = await measureDevLoop(Number(values.articles), Number(values.edits));
	console.log(JSON.stringify(result));
	process.exit(0);
}
