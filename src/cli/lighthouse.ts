// `npm run lighthouse`: builds the sample site, serves it locally (gzip, cache headers as a static host),
// runs Lighthouse 12.2.3 (the last line that supports Node 20; fetched with npx, not a dependency of the
// project) in Debian's chromium on the home page and an article page with mobile settings, and records the
// four category scores in docs/quality.md. A script, not a test: Lighthouse scores vary run to run.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { buildArchive } from "../content/archive.ts";
import { buildSite } from "./build.ts";
import { serve } from "./static-server.ts";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const LIGHTHOUSE = "lighthouse@12.2.3";
const CHROME_FLAGS =
	"--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync";
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

interface Report {
	categories: Record<string, { score: number | null }>;
	audits: Record<string, { id: string; title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }>;
}

async function lighthouse(url: string, outFile: string): Promise<Report> {
	await promisify(execFile)(
		"npx",
		[
			"--yes",
			LIGHTHOUSE,
			url,
			"--quiet",
			`--chrome-flags=${CHROME_FLAGS}`,
			"--output=json",
			`--output-path=${outFile}`,
			`--only-categories=${CATEGORIES.join(",")}`,
		],
		{ env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" }, maxBuffer: 64 * 1024 * 1024 },
	);
	return JSON.parse(readFileSync(outFile, "utf8")) as Report;
}

const work = mkdtempSync(join(tmpdir(), "warta-lighthouse-"));
const site = join(work, "_site");
await buildSite({ root: REPO, output: site });
const archive = buildArchive({ root: REPO }).archive!;
const article = archive.articles.find((a) => a.image) ?? archive.articles[0]!;
const server = await serve(site);
const rows: string[] = [];
const notes: string[] = [];
try {
	for (const [name, path] of [
		["Home page", "/"],
		[`Article page (${article.url})`, article.url],
	] as const) {
		const report = await lighthouse(server.url + path, join(work, `${rows.length}.json`));
		const scores = CATEGORIES.map((c) => Math.round((report.categories[c]?.score ?? 0) * 100));
		rows.push(`| ${name} | ${scores.join(" | ")} |`);
		console.log(`${name}: ${CATEGORIES.map((c, i) => `${c} ${scores[i]}`).join(", ")}`);
		for (const audit of Object.values(report.audits)) {
			if (audit.score !== null && audit.score < 1 && !["informative", "notApplicable", "manual"].includes(audit.scoreDisplayMode)) {
				notes.push(`- ${name}: \`${audit.id}\` ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ""}`);
			}
		}
	}
} finally {
	await server.close();
}

const doc = `# Quality

## Lighthouse

Measured by \`npm run lighthouse\` (${LIGHTHOUSE}, mobile emulation with simulated throttling, Debian chromium,
the site served locally with gzip and the cache headers of docs/deploy.md) on ${new Date().toISOString().slice(0, 10)},
Node ${process.version}, ${cpus().length} cores. Goal: 100 in every category.

| Page | Performance | Accessibility | Best practices | SEO |
|---|---:|---:|---:|---:|
${rows.join("\n")}

Audits below a full score:
${notes.length ? notes.join("\n") : "- none"}

## Gates in \`npm test\`

Every run of \`npm test\` builds the sample site and checks, over every page:

- W3C Nu Html Checker (\`vnu-jar\`, run with the machine's Java): zero errors (\`tests/integration/quality.test.ts\`).
- Links: every internal link, image, stylesheet, icon and feed URL resolves to a file, and every \`#anchor\`
  exists on its page (\`tests/helpers/links.ts\`).
- Budgets: all CSS under 15 KB (as served); an article page's HTML + CSS under 14 KB gzip; no JavaScript
  needed to read: listings load none, story pages only the optional copy-link module.
- axe-core in Debian's chromium: zero violations on one page of every kind (home, articles, rubric, tag,
  author, indeks, corrections, 404, the side column's framed list), in light and dark mode, at 390 px and 1280 px; no console errors, no
  failed requests (\`tests/browser/quality.test.ts\`).
- The go-to-top link by click and keyboard, JavaScript on and off (\`tests/browser/go-to-top.test.ts\`).

Each gate has a test proving it fails on a deliberately broken input.
`;
writeFileSync(join(REPO, "docs/quality.md"), doc);
console.log("Wrote docs/quality.md");
