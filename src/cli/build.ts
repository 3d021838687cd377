// `npm run build`: a production build that replaces the output folder only when everything succeeded.
//
// 1. The content is read and validated first (the same index and messages as `npm run check`); any error
//    stops here, before Eleventy starts, and the output folder does not change.
// 2. Eleventy writes into a fresh staging folder, reusing that index; Pagefind then indexes that folder for
//    search (src/search/pagefind.ts), so a failed index fails the build too.
// 3. publish() (src/cli/publish.ts) owns the output folder: the lock, leftovers of killed builds, the staging
//    folder, signals, and the swap with two renames, so a failed or stopped build leaves the previous _site/
//    byte for byte as it was, and a good one leaves no stale pages behind.
import { join, resolve } from "node:path";
import { normalizePathPrefix } from "../site/address.ts";
import { buildArchive } from "../content/archive.ts";
import { ContentError, type Problem } from "../content/problems.ts";
import type { Archive } from "../content/types.ts";
import { buildSearchIndex, type SearchIndexResult } from "../search/pagefind.ts";
import { displayPath, isMain, parseCli, PROJECT_ROOT } from "./args.ts";
import { checkOutput, publish, StepFailed, stopWhenParentGoes } from "./publish.ts";
import { describeTally, plural, printProblems, reportFailure, tally, UsageError } from "./report.ts";

export interface BuildOptions {
	/** Site root holding articles/, _data/ and public/ */
	root: string;
	/** The folder to (re)place; default <root>/_site */
	output?: string;
	/** "Now" for embargoes (ISO or "2018-04-17 10:15" in the site zone); default: the clock */
	now?: string;
	/** A preview build for editors: drafts included and marked */
	includeDrafts?: boolean;
	/** The URL path the site is served under, e.g. "/berita/" (docs/deploy.md); default "/" */
	pathPrefix?: string;
	/** Build the search index (default true) */
	search?: boolean;
}

export interface BuildResult {
	archive: Archive;
	/** Warnings (a build with errors throws a ContentError instead) */
	problems: Problem[];
	output: string;
	search?: SearchIndexResult;
}

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
	const root = resolve(options.root);
	const output = resolve(options.output ?? join(root, "_site"));
	checkOutput(output, outputGuards(root));
	let pathPrefix: string;
	try {
		pathPrefix = normalizePathPrefix(options.pathPrefix);
	} catch (error) {
		throw new UsageError(`--pathprefix / SITE_PATH_PREFIX: ${(error as Error).message}`);
	}

	let result: ReturnType<typeof buildArchive> | undefined;
	const search = await publish(
		output,
		async ({ staging, step }) => {
			await step("validation");
			result = buildArchive({ root, now: options.now, includeDrafts: options.includeDrafts });
			if (!result.archive) throw new ContentError(result.problems);
			const archive = result.archive;

			await step("rendering");
			// Loaded only now: a run that stops at a content error never pays for starting Eleventy.
			const { default: Eleventy } = await import("@11ty/eleventy");
			const { configure, PAGES_DIR } = await import("../../.eleventy.ts");
			const eleventy = new Eleventy(PAGES_DIR, staging, {
				configPath: false,
				quietMode: true,
				runMode: "build",
				pathPrefix,
				config: (eleventyConfig) => configure(eleventyConfig, { root, now: options.now, includeDrafts: options.includeDrafts, archive }),
			});
			await eleventy.write();
			if (options.search === false) return undefined;
			await step("search");
			return await buildSearchIndex(staging);
		},
		{ roots: outputGuards(root) },
	).catch((error: unknown) => {
		// Content errors keep their documented type: nothing was built.
		throw error instanceof StepFailed && error.cause instanceof ContentError ? error.cause : error;
	});
	return { archive: result!.archive!, problems: result!.problems, output, search };
}

/** Site folders an output must never replace: the site's and Warta's own. */
const outputGuards = (root: string) => [root, PROJECT_ROOT];

const USAGE = `Usage: npm run build [-- --root <site folder>] [--output <folder>] [--now "2018-04-17 10:15"] [--drafts] [--pathprefix /berita/]

Builds the site into <output> (default <site folder>/_site), replacing it only when the whole build succeeded.
  --root     the site folder with articles/ and _data/ (default: $WARTA_ROOT, else Warta's folder)
  --output   where the finished site goes
  --now      the build's "now" for embargoes (default: $WARTA_NOW, else the clock)
  --drafts   a preview build: include drafts, marked as such
  --pathprefix  the URL path the site is served under, e.g. /berita/ (default: $SITE_PATH_PREFIX, else /)`;

/** The command; returns the exit code (the process sets it, tests call this directly). */
export async function main(argv: string[]): Promise<number> {
	const cli = parseCli(argv, { output: { type: "string" }, drafts: { type: "boolean" }, pathprefix: { type: "string" } }, USAGE);
	if (typeof cli === "number") return cli;
	const output = resolve((cli.values.output as string | undefined) ?? join(cli.root, "_site"));
	const shown = displayPath(output);
	const started = performance.now();
	try {
		const pathPrefix = (cli.values.pathprefix as string | undefined) ?? (process.env.SITE_PATH_PREFIX || undefined);
		const { archive, problems, search } = await buildSite({
			root: cli.root,
			output,
			now: cli.now,
			includeDrafts: cli.values.drafts === true,
			pathPrefix,
		});
		printProblems(problems);
		const seconds = ((performance.now() - started) / 1000).toFixed(2);
		const { articles, draftsHidden, embargoed } = archive;
		const held = [draftsHidden && plural(draftsHidden, "draft"), embargoed && `${embargoed} scheduled`].filter(Boolean);
		const left = held.length ? `; left out: ${held.join(" and ")}` : "";
		const prefix = pathPrefix && normalizePathPrefix(pathPrefix) !== "/" ? ` for ${normalizePathPrefix(pathPrefix)}` : "";
		const indexed = search ? `; search index: ${plural(search.pages, "article")} in ${search.seconds.toFixed(2)} s` : "";
		console.log(
			`[warta] Built ${plural(articles.length, "article")} into ${shown}/${prefix} in ${seconds} s (${describeTally(tally(problems))}${indexed}${left}).`,
		);
		return 0;
	} catch (error) {
		reportFailure(error, `${shown}/ was left as it was.`);
		return 1;
	}
}

if (isMain(import.meta.url)) {
	stopWhenParentGoes();
	process.exitCode = await main(process.argv.slice(2));
}
