// The build cache (<site>/.cache/warta/ by default, `--cache` to move it; a CI job keeps it between runs):
// what each output folder holds, so the next build renders only what changed.
//
// - state.json: the fingerprint of the last build (src/build/fingerprint.ts), the hash memo of its files, and
//   for each output folder Warta keeps (the live one and its standby, src/build/trees.ts) the signature of
//   every page in it and the other files the build wrote there;
// - articles.v8 (and articles.v8.journal): the articles already read and validated (src/content/article-store.ts);
// - signed-against-<tree id>.json: for each output folder, the archive its article pages were signed against
//   (src/views/impact.ts), so the next build signs only the pages a change can reach.
//
// Each output folder carries a marker file naming its content (TREE_MARKER); a folder whose marker is not in
// the state, or a state that cannot be read, means a full build. Deleting the cache folder is always safe.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { HashMemo } from "./fingerprint.ts";

/** 3: pages carry signature digests (src/views/render-plan.ts), not the signatures. */
export const STATE_FORMAT = 3;

/** What one output folder holds. */
export interface TreeState {
	/** Every page in the folder: its URL and signature digest (src/views/render-plan.ts) */
	pages: [string, string][];
	/** The other files the build that wrote it produced (feeds, sitemaps, copies of public/, photos…), site paths;
	 *  the search index (pagefind/) is not listed: its manifest says which shards it holds (src/search/). */
	files: string[];
}

export interface BuildState {
	format: number;
	fingerprint: string;
	/** The fingerprint's parts, to say what changed when a build must render everything */
	parts: Record<string, string>;
	memo: HashMemo;
	/** By tree id, the content of the folder carrying that id in its marker */
	trees: Record<string, TreeState>;
}

export function loadState(cacheDir: string): BuildState | undefined {
	try {
		const state = JSON.parse(readFileSync(join(cacheDir, "state.json"), "utf8")) as BuildState;
		return state.format === STATE_FORMAT ? state : undefined;
	} catch {
		return undefined; // none yet, or unreadable: a full build
	}
}

export function readCacheFile(cacheDir: string, name: string): Buffer | undefined {
	const path = join(cacheDir, name);
	return existsSync(path) ? readFileSync(path) : undefined;
}

/** Writes a cache file whole or not at all (temporary file, then rename). */
export function writeCacheFile(cacheDir: string, name: string, content: string | Buffer): void {
	mkdirSync(cacheDir, { recursive: true });
	const path = join(cacheDir, name);
	const temporary = `${path}.tmp-${process.pid}`;
	writeFileSync(temporary, content);
	renameSync(temporary, path);
}

/** Removes the cache files whose names `unwanted` picks. */
export function removeCacheFiles(cacheDir: string, unwanted: (name: string) => boolean): void {
	if (!existsSync(cacheDir)) return;
	for (const name of readdirSync(cacheDir)) if (unwanted(name)) rmSync(join(cacheDir, name), { force: true });
}

export function saveState(cacheDir: string, state: BuildState): void {
	writeCacheFile(cacheDir, "state.json", JSON.stringify(state));
}
