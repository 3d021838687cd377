// The search index: static files under <site>/pagefind/ that the /cari/ page queries in the reader's browser
// with Pagefind (https://pagefind.app/). No server code is involved.
//
//   pagefind/shards.json          the manifest: every shard with a cache tag (its signature); written on every run
//   pagefind/pagefind.js, pagefind-worker.js, wasm.<language>.pagefind
//                                 Pagefind's search runtime, once, with a one-record placeholder index beside it
//                                 (pagefind-entry.json, *.pf_meta, index/, fragment/): the browser loads the runtime
//                                 from the first index it opens, so the runtime must be an index; the search page
//                                 skips the placeholder's result (the manifest's `runtime.skip`)
//   pagefind/<shard id>/          one index per shard (src/search/shards.ts): pagefind-entry.json, *.pf_meta,
//                                 index/, fragment/, filter/; the search page merges them all (mergeIndex)
//
// Records come from the content archive (src/search/records.ts), not from the HTML pages. Shards are indexed one
// after another by one Pagefind child process (Pagefind's Node API runs one `pagefind --service` per Node
// process), each index deleted before the next, so the child's peak memory is that of the largest shard. Shards
// not rebuilt must already be in the folder, carried over from the previous output with the same cache tag.
// Pagefind's binary comes from an optional npm dependency (@pagefind/<platform>) and needs no network.
import childProcess, { type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { close, createIndex, type PagefindIndex } from "pagefind";
import type { Archive } from "../content/types.ts";
import { searchIndexFolder } from "../site/urls.ts";
import { recordOptions, searchRecord, type RecordOptions } from "./records.ts";
import { PAGEFIND_VERSION, planShards, type SearchShard } from "./shards.ts";

/** The folder under the site root that holds the index and pagefind.js; linked from the search page. */
export const SEARCH_BUNDLE = searchIndexFolder.replace(/^\/|\/$/g, "");
/** The manifest's file name inside SEARCH_BUNDLE */
export const SEARCH_MANIFEST = "shards.json";

export interface SearchManifest {
	format: 1;
	pagefind: string;
	/** The runtime's placeholder index: `tag` for caching its entry file, `skip` the result id the page ignores */
	runtime: { tag: string; skip: string };
	/** Newest first; `tag` is the shard's signature (Pagefind's metaCacheTag in the browser) */
	shards: { id: string; tag: string; articles: number }[];
}

export interface WriteSearchOptions {
	/** The output folder (the site root); the index goes to <site>/pagefind/ */
	site: string;
	/** Every shard of the archive (planShards) */
	shards: readonly SearchShard[];
	/** Ids of the shards to (re)index now; every other shard must be in <site>/pagefind/ with the same tag */
	build: ReadonlySet<string>;
	/** The site's language and locale (site.language, site.locale) */
	records: RecordOptions;
	/** Called after each shard is written, with the seconds it took (progress, benchmarks) */
	progress?: (shard: SearchShard, seconds: number) => void;
	/**
	 * Another output folder (the live copy of an incremental build) whose shards may be hard-linked instead of
	 * indexed again when they were written for the same content: shard files are never changed in place.
	 */
	from?: string;
}

export interface SearchShardsResult {
	/** Articles indexed in this run */
	indexed: number;
	/** Shards (re)indexed in this run */
	shards: number;
	seconds: number;
}

export class SearchIndexError extends Error {
	override name = "SearchIndexError";
	/** The shard being indexed, when the failure belongs to one */
	readonly shard?: string;
	constructor(message: string, options: { shard?: string; cause?: unknown } = {}) {
		super(message, { cause: options.cause });
		this.shard = options.shard;
	}
}

/** Files of a written index that a merged shard needs; everything else Pagefind writes (runtime, UI) is removed. */
const INDEX_FILE = /^(?:pagefind-entry\.json|pagefind\.[\w-]+\.pf_meta|index|fragment|filter)$/;
/** The runtime folder's placeholder record: one word readers do not type; its result is skipped by the page. */
const PLACEHOLDER = { url: "/", content: "zzzz", meta: { title: "" } };
/** Records sent to Pagefind before waiting for its answers (it handles them one at a time, in order). */
const BATCH = 100;

let queue: Promise<unknown> = Promise.resolve();

/**
 * Indexes the shards in `build` into <site>/pagefind/<id>/, one after another, writes the runtime and the
 * manifest, and removes anything else from <site>/pagefind/ (shards of an earlier plan). Rejects with a
 * SearchIndexError (naming the shard) when Pagefind fails, stops or cannot write. Calls in one process run
 * one after another.
 */
export function writeSearchShards(options: WriteSearchOptions): Promise<SearchShardsResult> {
	const run = queue.then(() => writeShards(options));
	queue = run.catch(() => undefined);
	return run;
}

/** Ids of the shards whose folder in <site>/pagefind/ is missing or was written for another signature. */
export function shardsToBuild(site: string, shards: readonly SearchShard[]): Set<string> {
	const bundle = join(site, SEARCH_BUNDLE);
	const written = new Map(readSearchManifest(site)?.shards.map((s) => [s.id, s.tag]));
	return new Set(
		shards.filter((s) => written.get(s.id) !== s.signature || !existsSync(join(bundle, s.id, "pagefind-entry.json"))).map((s) => s.id),
	);
}

/** The manifest in <site>/pagefind/, or undefined when there is none (or it cannot be read). */
export function readSearchManifest(site: string): SearchManifest | undefined {
	try {
		const manifest = JSON.parse(readFileSync(join(site, SEARCH_BUNDLE, SEARCH_MANIFEST), "utf8")) as SearchManifest;
		return manifest.format === 1 && Array.isArray(manifest.shards) ? manifest : undefined;
	} catch {
		return undefined;
	}
}

export interface SearchIndexResult {
	/** Articles in the index */
	pages: number;
	/** Shards written */
	shards: number;
	seconds: number;
}

/** The whole index of an archive into <dir>/pagefind/: every shard indexed (a full build). */
export async function buildSearchIndex(dir: string, archive: Archive): Promise<SearchIndexResult> {
	const records = recordOptions(archive.data);
	const shards = planShards(archive.articles, records);
	const result = await writeSearchShards({ site: dir, shards, build: new Set(shards.map((s) => s.id)), records });
	return { pages: result.indexed, shards: result.shards, seconds: result.seconds };
}

async function writeShards(options: WriteSearchOptions): Promise<SearchShardsResult> {
	const { site, shards, build, records, progress } = options;
	const started = performance.now();
	const bundle = join(site, SEARCH_BUNDLE);
	const ids = new Set(shards.map((s) => s.id));
	for (const id of build)
		if (!ids.has(id)) throw new SearchIndexError(`Search shard "${id}" is not in the plan (${[...ids].join(", ")}).`, { shard: id });
	const carried = shardsToBuild(
		site,
		shards.filter((s) => !build.has(s.id)),
	);
	for (const id of carried) {
		throw new SearchIndexError(
			`Search shard "${id}" is to be carried over, but ${join(bundle, id)} is missing or was written for other content; index it again.`,
			{ shard: id },
		);
	}

	// A shard the other copy already holds for this content is linked from there, not indexed again: an
	// incremental build would otherwise index each changed shard twice, once for each copy of the site.
	const linked = new Set<string>();
	if (options.from) {
		for (const shard of shards) {
			if (!build.has(shard.id) || shardsToBuild(options.from, [shard]).size) continue;
			rmSync(join(bundle, shard.id), { recursive: true, force: true });
			linkTree(join(options.from, SEARCH_BUNDLE, shard.id), join(bundle, shard.id));
			linked.add(shard.id);
		}
	}

	const session = new PagefindSession();
	let indexed = 0;
	try {
		for (const shard of shards) {
			if (!build.has(shard.id) || linked.has(shard.id)) continue;
			const shardStarted = performance.now();
			await session.writeShard(join(bundle, shard.id), shard, records);
			indexed += shard.articles.length;
			progress?.(shard, (performance.now() - shardStarted) / 1000);
		}
		const runtime = await session.writeRuntime(bundle, ids, records.language);
		const manifest: SearchManifest = {
			format: 1,
			pagefind: PAGEFIND_VERSION,
			runtime,
			shards: shards.map((s) => ({ id: s.id, tag: s.signature, articles: s.articles.length })),
		};
		try {
			// Written beside, then renamed over: the folder may be a hard-linked copy of the live site (src/build/trees.ts).
			const manifestPath = join(bundle, SEARCH_MANIFEST);
			writeFileSync(`${manifestPath}.tmp-${process.pid}`, `${JSON.stringify(manifest, null, "\t")}\n`);
			renameSync(`${manifestPath}.tmp-${process.pid}`, manifestPath);
		} catch (error) {
			throw new SearchIndexError(`Could not write the search manifest ${join(bundle, SEARCH_MANIFEST)}: ${(error as Error).message}`, {
				cause: error,
			});
		}
	} finally {
		await session.close();
	}
	return { indexed, shards: build.size - linked.size, seconds: (performance.now() - started) / 1000 };
}

/**
 * One Pagefind child process. Pagefind's Node API does not notice when its child dies (killed for memory, say):
 * its promises would never settle and Node would exit mid-build. So the child is caught as it is spawned and every
 * call races against its exit.
 */
class PagefindSession {
	#child: ChildProcess | undefined;
	#closing = false;
	#stop!: (error: Error) => void;
	readonly #stopped = new Promise<never>((_, reject) => (this.#stop = reject));

	constructor() {
		this.#stopped.catch(() => undefined);
	}

	async writeShard(out: string, shard: SearchShard, records: RecordOptions): Promise<void> {
		const fail = (what: string, cause?: unknown) =>
			new SearchIndexError(`Could not index search shard "${shard.id}" (${shard.articles.length} articles) into ${out}: ${what}`, {
				shard: shard.id,
				cause,
			});
		try {
			rmSync(out, { recursive: true, force: true });
			const index = await this.#createIndex();
			try {
				for (let i = 0; i < shard.articles.length; i += BATCH) {
					const batch = shard.articles.slice(i, i + BATCH).map((article) => index.addCustomRecord(searchRecord(article, records)));
					for (const added of await this.#call(Promise.all(batch))) {
						if (added.errors.length) throw fail(`Pagefind refused ${added.file?.url ?? "a record"}: ${added.errors.join("; ")}`);
					}
				}
				const written = await this.#call(index.writeFiles({ outputPath: out }));
				if (written.errors.length) throw fail(written.errors.join("; "));
			} finally {
				if (this.#child && !this.#child.killed && this.#child.exitCode === null)
					await this.#call(index.deleteIndex()).catch(() => undefined);
			}
			keepOnly(out, (name) => INDEX_FILE.test(name));
		} catch (error) {
			if (error instanceof SearchIndexError) throw error;
			throw fail((error as Error)?.message ?? String(error), error);
		}
	}

	/** Pagefind's runtime and the placeholder index into `bundle`; everything there but the shards' folders is replaced. */
	async writeRuntime(bundle: string, shardIds: ReadonlySet<string>, language: string): Promise<SearchManifest["runtime"]> {
		const temp = join(bundle, `.runtime-${process.pid}`);
		const fail = (what: string, cause?: unknown) =>
			new SearchIndexError(`Could not write the search runtime into ${bundle}: ${what}`, { cause });
		try {
			mkdirSync(bundle, { recursive: true });
			rmSync(temp, { recursive: true, force: true });
			const index = await this.#createIndex();
			const added = await this.#call(index.addCustomRecord({ ...PLACEHOLDER, language }));
			if (added.errors.length) throw fail(added.errors.join("; "));
			const written = await this.#call(index.writeFiles({ outputPath: temp }));
			if (written.errors.length) throw fail(written.errors.join("; "));
			await this.#call(index.deleteIndex());
			const entry = JSON.parse(readFileSync(join(temp, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { wasm?: string }> };
			const wasm = `wasm.${Object.values(entry.languages)[0]?.wasm ?? "unknown"}.pagefind`;
			const runtime = new Set(["pagefind.js", "pagefind-worker.js", wasm]);
			keepOnly(temp, (name) => INDEX_FILE.test(name) || runtime.has(name));
			const [skip] = readdirSync(join(temp, "fragment")).map((name) => name.replace(/\.pf_fragment$/, ""));
			if (!skip) throw fail("Pagefind wrote no placeholder record");
			// The shards' folders stay; everything else (an older runtime, shards no longer planned) goes.
			keepOnly(bundle, (name) => shardIds.has(name) || name === temp.slice(bundle.length + 1));
			for (const name of readdirSync(temp).sort()) renameSync(join(temp, name), join(bundle, name));
			rmSync(temp, { recursive: true, force: true });
			const tag = createHash("sha256")
				.update(JSON.stringify([PAGEFIND_VERSION, language, PLACEHOLDER]))
				.digest("hex")
				.slice(0, 20);
			return { tag, skip };
		} catch (error) {
			rmSync(temp, { recursive: true, force: true });
			if (error instanceof SearchIndexError) throw error;
			throw fail((error as Error)?.message ?? String(error), error);
		}
	}

	async close(): Promise<void> {
		this.#closing = true;
		await close();
	}

	/** A new index; the first call starts the child (after stopping any that an earlier caller left running). */
	async #createIndex(): Promise<PagefindIndex> {
		if (!this.#child) {
			await close();
			const spawn = childProcess.spawn;
			childProcess.spawn = ((...args: Parameters<typeof spawn>) => {
				const child = spawn(...args);
				this.#watch(child);
				return child;
			}) as typeof spawn;
			try {
				return await this.#open();
			} finally {
				childProcess.spawn = spawn;
			}
		}
		return this.#open();
	}

	async #open(): Promise<PagefindIndex> {
		const { index, errors } = await this.#call(createIndex({}));
		if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ") || "no index"}`);
		return index;
	}

	#watch(child: ChildProcess): void {
		this.#child = child;
		child.once("exit", (code, signal) => {
			if (!this.#closing)
				this.#stop(
					new Error(
						`the Pagefind process stopped (${signal ? `signal ${signal}` : `exit code ${code}`}); if it ran out of memory, the shard is too large for this machine`,
					),
				);
		});
		child.once("error", (error) => this.#stop(new Error(`the Pagefind process could not run: ${error.message}`)));
	}

	async #call<T>(promise: Promise<T>): Promise<T> {
		try {
			return await Promise.race([promise, this.#stopped]);
		} catch (error) {
			// Pagefind's client can notice that its process is gone ("Pagefind backend closed") before Node reports
			// the process's exit, which says why (a signal such as the OOM killer's SIGKILL, or an exit code): wait a
			// moment for that, and give the reason when it comes.
			const wait = new AbortController();
			const reason = await Promise.race([
				this.#stopped.catch((stopped: unknown) => stopped),
				sleep(2000, undefined, { signal: wait.signal }).catch(() => undefined),
			]);
			wait.abort();
			throw reason ?? error;
		}
	}
}

/** Removes every entry of `dir` whose name fails `keep`. */
function keepOnly(dir: string, keep: (name: string) => boolean): void {
	for (const name of readdirSync(dir)) if (!keep(name)) rmSync(join(dir, name), { recursive: true, force: true });
}

/** A hard-linked copy of a folder (its files are never written in place, so the copies cannot affect each other). */
function linkTree(from: string, to: string): void {
	mkdirSync(to, { recursive: true });
	for (const entry of readdirSync(from, { withFileTypes: true })) {
		const source = join(from, entry.name);
		if (entry.isDirectory()) linkTree(source, join(to, entry.name));
		else linkSync(source, join(to, entry.name));
	}
}
