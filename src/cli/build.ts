// `npm run build`: a production build that replaces the output folder only when everything succeeded.
//
// 1. The content is read and validated first (the same archive and messages as `npm run check`); any error
//    stops here, before Eleventy starts, and the output folder does not change.
// 2. After a first build, the build is incremental (src/build/): only pages whose signature changed are
//    rendered, into a staging folder, and moved into the standby copy of the site (`_site.prev/`), whose
//    stale pages are deleted and whose changed search shards are indexed again; the standby then trades
//    places with `_site/`. The result is the same as a full build's, byte for byte. Anything page signatures
//    do not cover (code, theme, data files, options) makes it a full build: every page into the staging folder.
// 3. publish() (src/cli/publish.ts) owns the output folder: the lock, leftovers of killed builds, the staging
//    folder, signals, and the swap with two renames, so a failed or stopped build leaves the previous _site/
//    byte for byte as it was, and a good one leaves no stale pages behind.
import { createHash } from "node:crypto";
import { renameSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { changedParts, fingerprint } from "../build/fingerprint.ts";
import { faultPoint } from "../build/fault.ts";
import { renderingParts } from "../build/parts.ts";
import {
	loadState,
	loadTree,
	readCacheFile,
	removeCacheFiles,
	saveState,
	saveTree,
	STATE_FORMAT,
	TREE_PREFIX,
	treeFile,
	writeCacheFile,
	type BuildState,
	type TreeState,
} from "../build/state.ts";
import {
	linkCopy,
	listFiles,
	moveInto,
	pageFile,
	readMarker,
	removeFiles,
	removeInBackground,
	removeTrash,
	TREE_MARKER,
	treeId,
	writeMarker,
} from "../build/trees.ts";
import { normalizePathPrefix } from "../site/address.ts";
import { buildArchive } from "../content/archive.ts";
import { ArticleStore } from "../content/article-store.ts";
import { ContentError, type Problem } from "../content/problems.ts";
import type { Archive } from "../content/types.ts";
import { buildSearchIndex, SEARCH_BUNDLE, shardsToBuild, writeSearchShards, type SearchIndexResult } from "../search/pagefind.ts";
import { planShards } from "../search/shards.ts";
import { recordOptions } from "../search/records.ts";
import { RenderPlan } from "../views/render-plan.ts";
import { parseSnapshot, serializeSnapshot } from "../views/impact.ts";
import { displayPath, isMain, parseCli, PROJECT_ROOT } from "./args.ts";
import { checkOutput, publish, StepFailed, stopWhenParentGoes } from "./publish.ts";
import { describeTally, plural, printProblems, reportFailure, tally, UsageError } from "./report.ts";

const ARTICLE_STORE = "articles.v8";
const STORE_JOURNAL = `${ARTICLE_STORE}.journal`;

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
	/** Render every page even when the build cache allows an incremental build */
	full?: boolean;
	/** The build cache (src/build/state.ts); default <root>/.cache/warta */
	cacheDir?: string;
	/** Articles per rendering part of a full build (default: as many as the heap allows, src/build/parts.ts); tests set it low */
	partSize?: number;
}

export interface BuildResult {
	archive: Archive;
	/** Warnings (a build with errors throws a ContentError instead) */
	problems: Problem[];
	output: string;
	search?: SearchIndexResult;
	/** "incremental": only changed pages were rendered, the rest carried over from the previous output */
	mode: "full" | "incremental";
	/** Why a full build was needed, for the summary ("no build cache yet", "the code changed", …) */
	reason?: string;
	/** Eleventy runs the pages were rendered in (a large full build renders in parts: src/build/parts.ts) */
	parts: number;
	/** Pages rendered by this build, and pages in the site */
	rendered: number;
	pages: number;
	/** Articles parsed (the rest came from the build cache) */
	parsed: number;
	/** Pages whose signature was computed; the others were known unchanged (src/views/impact.ts) */
	signed: number;
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
	const cacheDir = resolve(options.cacheDir ?? join(root, ".cache/warta"));
	const standby = `${output}.prev`;

	let done: Omit<BuildResult, "output"> | undefined;
	let result: ReturnType<typeof buildArchive> | undefined;
	let opened: ArticleStore | undefined;
	await publish(
		output,
		async ({ staging, step, swapIn }) => {
			await step("validation");
			removeTrash(output);
			const state = loadState(cacheDir);
			// Opened, not read whole: its entries are read when the archive is built (src/content/article-store.ts).
			const store = state ? ArticleStore.open(join(cacheDir, ARTICLE_STORE), readCacheFile(cacheDir, STORE_JOURNAL)) : new ArticleStore();
			opened = store;
			const print = fingerprint({
				projectRoot: PROJECT_ROOT,
				siteRoot: root,
				options: { pathPrefix, drafts: options.includeDrafts === true, search: options.search !== false },
				memo: state?.memo,
			});
			result = buildArchive({
				root,
				now: options.now,
				includeDrafts: options.includeDrafts,
				store,
				codeVersion: `${print.parts.reader}\0${print.parts.node}`,
			});
			if (!result.archive) throw new ContentError(result.problems);
			const archive = result.archive;
			// Every page's footer carries the year of "now"; a new year renders everything.
			const parts = { ...print.parts, year: String(archive.now.year) };
			const key = createHash("sha256").update(JSON.stringify(parts)).digest("hex");
			const incremental = options.full ? undefined : previousTree(state, key, output, standby, cacheDir);
			const reason = options.full
				? "--full"
				: !state
					? "no build cache yet"
					: state.fingerprint !== key
						? `${describeChanges(changedParts(state.parts, parts))} changed`
						: incremental
							? undefined
							: "no earlier output to update";

			await step("rendering");
			// From here the standby copy is changed (search shards now, pages after rendering); until the build is
			// done it carries no marker, so a build killed half-way leaves a folder the next build will not trust.
			if (incremental) rmSync(join(incremental.folder, TREE_MARKER), { force: true });
			// The search index is fed from the archive, not from the HTML (src/search/records.ts), so Pagefind (a
			// process of its own) indexes on the second core while Eleventy renders.
			const searching =
				options.search === false
					? undefined
					: incremental
						? updateSearchIndex(incremental.folder, archive, output)
						: buildSearchIndex(staging, archive);
			searching?.catch(() => {}); // awaited below; a failure surfaces there
			const plan = new RenderPlan(
				incremental && new Map(incremental.tree.pages),
				incremental && parseSnapshot(readCacheFile(cacheDir, snapshotFile(incremental.id))?.toString("utf8")),
			);
			// Loaded only now: a run that stops at a content error never pays for starting Eleventy.
			const { default: Eleventy } = await import("@11ty/eleventy");
			const { configure, PAGES_DIR } = await import("../../.eleventy.ts");
			// Eleventy keeps every page it rendered until its run ends. A large full build therefore renders in
			// parts, one run each, so memory holds one part's pages: as many parts as this process's heap needs.
			// An incremental build renders what changed in one run: a few hundred pages for a new story.
			const { count, warning } = incremental ? { count: 1, warning: undefined } : renderingParts(archive.articles.length, options.partSize);
			if (warning) console.warn(`[warta] ${warning}`);
			try {
				await renderParts();
			} catch (error) {
				await searching?.catch(() => {}); // never leave Pagefind writing into a folder being removed
				throw error;
			}
			async function renderParts(): Promise<void> {
				for (let index = 0; index < count; index++) {
					plan.part = count > 1 ? { index, count } : undefined;
					const eleventy = new Eleventy(PAGES_DIR, staging, {
						configPath: false,
						quietMode: true,
						runMode: "build",
						pathPrefix,
						config: (eleventyConfig) =>
							configure(eleventyConfig, { root, now: options.now, includeDrafts: options.includeDrafts, archive, plan }),
					});
					await eleventy.write();
				}
			}

			// Only the shards whose stories changed are indexed again (src/search/shards.ts); the search step writes
			// every file it changes anew, never in place, so a live copy that shares files is untouched.
			let search: SearchIndexResult | undefined;
			if (searching) {
				await step("search");
				search = await searching;
			}
			// The search index's folder belongs to the search step.
			const written = listFiles(staging).filter((file) => !file.startsWith(`${SEARCH_BUNDLE}/`));
			const pageFiles = new Set([...plan.current.keys()].map(pageFile));
			const files = written.filter((file) => !pageFiles.has(file));
			const tree: TreeState = { pages: [...plan.current], files };
			const id = treeId(key, tree);
			const trees: BuildState["trees"] = [id];
			const remember = () => {
				// This tree's content and what its article pages were signed against; the other tree's files are
				// already there. They are written before the state that names them, and the files of trees no longer
				// named are removed after it: a build stopped in between leaves a cache that is whole.
				saveTree(cacheDir, id, tree);
				if (plan.snapshot) writeCacheFile(cacheDir, snapshotFile(id), serializeSnapshot(plan.snapshot));
				saveState(cacheDir, { format: STATE_FORMAT, fingerprint: key, parts, memo: print.memo, trees });
				const named = new Set(trees.flatMap((tree) => [treeFile(tree), snapshotFile(tree)]));
				removeCacheFiles(cacheDir, (name) => (name.startsWith(SNAPSHOT_PREFIX) || name.startsWith(TREE_PREFIX)) && !named.has(name));
				// Few articles changed: only they, in a journal beside the whole store (src/content/article-store.ts).
				const saved = store.saveChanges();
				store.close(); // before a new store file replaces the one it reads (a rename over an open file fails on Windows)
				if ("journal" in saved) writeCacheFile(cacheDir, STORE_JOURNAL, saved.journal);
				else {
					writeCacheFile(cacheDir, ARTICLE_STORE, saved.whole);
					removeCacheFiles(cacheDir, (name) => name === STORE_JOURNAL);
				}
			};

			if (incremental) {
				moveInto(staging, incremental.folder, written);
				const keep = new Set([...pageFiles, ...files]);
				const stale = [...incremental.tree.pages.map(([url]) => pageFile(url)), ...incremental.tree.files].filter(
					(file) => !keep.has(file),
				);
				faultPoint("while-updating");
				removeFiles(incremental.folder, stale);
				writeMarker(incremental.folder, id);
				const live = readMarker(output);
				if (live && live !== id && state?.trees.includes(live)) trees.push(live);
				remember();
				faultPoint("before-swap");
				// The standby becomes the live site; the live site becomes the standby the next build updates.
				swapIn(incremental.folder, standby);
			} else {
				writeMarker(staging, id);
				// The standby for the next build: a hard-linked copy costs a link per file, not a copy of the site.
				// Made complete under a temporary name first, so no build ever sees half of it.
				removeInBackground(standby, output);
				linkCopy(staging, `${standby}.tmp-${process.pid}`);
				remember();
				faultPoint("before-swap");
				renameStandby(`${standby}.tmp-${process.pid}`, standby);
			}
			done = {
				archive,
				problems: result.problems,
				search,
				mode: incremental ? "incremental" : "full",
				reason,
				parts: count,
				rendered: written.length - files.length,
				pages: plan.current.size,
				parsed: store.stats.parsed,
				signed: plan.signed,
			};
		},
		{ roots: outputGuards(root) },
	)
		.catch((error: unknown) => {
			// Content errors keep their documented type: nothing was built.
			throw error instanceof StepFailed && error.cause instanceof ContentError ? error.cause : error;
		})
		.finally(() => opened?.close());
	return { ...done!, output };
}

/** Indexes again the search shards of `site` whose articles changed (or links them from `live`); the others stay. */
async function updateSearchIndex(site: string, archive: Archive, live: string): Promise<SearchIndexResult> {
	const records = recordOptions(archive.data);
	const shards = planShards(archive.articles, records);
	const build = shardsToBuild(site, shards);
	// Shards the live copy already holds for this content (changed by the build before) are linked from it.
	const result = await writeSearchShards({ site, shards, build, records, from: live });
	return { pages: result.indexed, shards: result.shards, seconds: result.seconds };
}

/** The folder an incremental build updates and what it holds, when the cache knows one of the two copies. */
function previousTree(
	state: BuildState | undefined,
	key: string,
	output: string,
	standby: string,
	cacheDir: string,
): { folder: string; id: string; tree: TreeState } | undefined {
	if (!state || state.fingerprint !== key) return undefined;
	const known = (id: string | undefined) => (id && state.trees.includes(id) ? loadTree(cacheDir, id) : undefined);
	const standbyId = readMarker(standby);
	const standbyTree = known(standbyId);
	if (standbyTree) return { folder: standby, id: standbyId!, tree: standbyTree };
	const liveId = readMarker(output);
	const liveTree = known(liveId);
	if (!liveTree) return undefined;
	// No usable standby (it was removed, or a build was killed while updating it): start one from the live site.
	removeInBackground(standby, output);
	linkCopy(output, standby);
	return { folder: standby, id: liveId!, tree: liveTree };
}

/** The cache file holding what a tree's article pages were signed against (src/views/impact.ts). */
const SNAPSHOT_PREFIX = "signed-against-";
const snapshotFile = (treeId: string) => `${SNAPSHOT_PREFIX}${treeId}.json`;

function renameStandby(from: string, to: string): void {
	rmSync(to, { recursive: true, force: true }); // normally already moved away by removeInBackground
	renameSync(from, to);
}

const CHANGE_NAMES: Record<string, string> = {
	code: "Warta's code or theme",
	reader: "Warta's code or theme",
	site: "the data files, public/ or the analytics export",
	node: "the Node version",
	options: "the build options",
	year: "the year",
};

function describeChanges(parts: string[]): string {
	const names = [...new Set(parts.map((part) => CHANGE_NAMES[part] ?? part))];
	return names.length ? names.join(" and ") : "the build cache format";
}

/** Site folders an output must never replace: the site's and Warta's own. */
const outputGuards = (root: string) => [root, PROJECT_ROOT];

const USAGE = `Usage: npm run build [-- --root <site folder>] [--output <folder>] [--now "2018-04-17 10:15"] [--drafts] [--pathprefix /berita/] [--full] [--no-search] [--cache <folder>]

Builds the site into <output> (default <site folder>/_site), replacing it only when the whole build succeeded.
After a first build, only the pages whose content changed are rendered again (an incremental build); the result
is the same as a full build. Keep <output>, <output>.prev and the cache folder between builds (docs/deploy.md).
  --root     the site folder with articles/ and _data/ (default: $WARTA_ROOT, else Warta's folder)
  --output   where the finished site goes
  --now      the build's "now" for embargoes (default: $WARTA_NOW, else the clock)
  --drafts   a preview build: include drafts, marked as such
  --pathprefix  the URL path the site is served under, e.g. /berita/ (default: $SITE_PATH_PREFIX, else /)
  --full     render every page, even when an incremental build is possible
  --no-search   leave out the search index (a quicker preview build)
  --cache    the build cache folder (default: $WARTA_CACHE, else <site folder>/.cache/warta)`;

/** The command; returns the exit code (the process sets it, tests call this directly). */
export async function main(argv: string[]): Promise<number> {
	const cli = parseCli(
		argv,
		{
			output: { type: "string" },
			drafts: { type: "boolean" },
			pathprefix: { type: "string" },
			full: { type: "boolean" },
			cache: { type: "string" },
			"no-search": { type: "boolean" },
		},
		USAGE,
	);
	if (typeof cli === "number") return cli;
	const output = resolve((cli.values.output as string | undefined) ?? join(cli.root, "_site"));
	const shown = displayPath(output);
	const started = performance.now();
	try {
		const pathPrefix = (cli.values.pathprefix as string | undefined) ?? (process.env.SITE_PATH_PREFIX || undefined);
		const cacheDir = (cli.values.cache as string | undefined) ?? (process.env.WARTA_CACHE || undefined);
		const built = await buildSite({
			root: cli.root,
			output,
			now: cli.now,
			includeDrafts: cli.values.drafts === true,
			pathPrefix,
			full: cli.values.full === true,
			search: cli.values["no-search"] !== true,
			cacheDir,
		});
		const { archive, problems, search } = built;
		printProblems(problems);
		const seconds = ((performance.now() - started) / 1000).toFixed(2);
		const { articles, draftsHidden, embargoed } = archive;
		const held = [draftsHidden && plural(draftsHidden, "draft"), embargoed && `${embargoed} scheduled`].filter(Boolean);
		const left = held.length ? `; left out: ${held.join(" and ")}` : "";
		const prefix = pathPrefix && normalizePathPrefix(pathPrefix) !== "/" ? ` for ${normalizePathPrefix(pathPrefix)}` : "";
		const indexed = search ? `; search index: ${plural(search.pages, "article")} in ${search.seconds.toFixed(2)} s` : "";
		const how =
			built.mode === "incremental"
				? `incremental: rendered ${plural(built.rendered, "page")} of ${built.pages.toLocaleString("en")}`
				: `full build (${built.reason}): ${plural(built.rendered, "page")}${built.parts > 1 ? ` in ${built.parts} parts` : ""}`;
		console.log(
			`[warta] Built ${plural(articles.length, "article")} into ${shown}/${prefix} in ${seconds} s (${how}; ${describeTally(tally(problems))}${indexed}${left}).`,
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
