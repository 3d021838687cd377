// `npm run check`: validates every article and data file without writing anything, with the same index and
// the same messages as `npm run build` (src/content/archive.ts, ./report.ts). Fast enough for every commit:
// timings for the sample site and 5,000 articles are in docs/authoring.md.
import { buildArchive } from "../content/archive.ts";
import { displayPath, isMain, parseCli } from "./args.ts";
import { describeTally, DOCS, plural, printProblems, tally } from "./report.ts";

const USAGE = `Usage: npm run check [-- --root <site folder>] [--now "2018-04-17 10:15"]

Checks every article and data file and lists what to fix. Writes nothing; exits with 1 when there are errors.
  --root   the site folder with articles/ and _data/ (default: $WARTA_ROOT, else Warta's folder)
  --now    the moment to judge embargoes by (default: $WARTA_NOW, else the clock)`;

export function main(argv: string[]): number {
	const cli = parseCli(argv, {}, USAGE);
	if (typeof cli === "number") return cli;
	const started = performance.now();
	const result = buildArchive({ root: cli.root, now: cli.now });
	const seconds = ((performance.now() - started) / 1000).toFixed(2);
	printProblems(result.problems);
	const counts = tally(result.problems);
	const where = displayPath(cli.root);
	const articles = plural(result.files, "article");
	if (!result.archive) {
		console.error(`[warta] Checked ${articles} and the data files in ${where}: ${describeTally(counts)} (${seconds} s).`);
		console.error(`[warta] Fix the errors above; ${DOCS} explains every message.`);
		return 1;
	}
	const { draftsHidden, embargoed } = result.archive;
	const held = [draftsHidden && plural(draftsHidden, "draft"), embargoed && `${embargoed} scheduled`].filter(Boolean);
	const note = held.length ? `, of which ${held.join(" and ")}` : "";
	console.log(`[warta] ${articles} OK${note}; ${describeTally(counts)} (${seconds} s).`);
	return 0;
}

if (isMain(import.meta.url)) process.exitCode = main(process.argv.slice(2));
