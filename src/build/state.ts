// The build cache (<site>/.cache/warta/ by default, `--cache` to move it; a CI job keeps it between runs):
// what each output folder holds, so the next build renders only what changed.
//
// - state.json: the fingerprint of the last build (src/build/fingerprint.ts), the hash memo of its files, and
//   the ids of the output folders Warta keeps (the live one and its standby, src/build/trees.ts);
// - tree-<tree id>.json: for each of those folders, the signature of every page in it and the other files the
//   build wrote there. A file per folder: a build reads the one it updates and writes the one it makes, not
//   both (at 100,000 articles the two took 15 MB of JSON, read and written again by every build);
// - articles.v8 (and articles.v8.journal): the articles already read and validated (src/content/article-store.ts);
// - signed-against-<tree id>.json: for each output folder, the archive its article pages were signed against
//   (src/views/impact.ts), so the next build signs only the pages a change can reach.
//
// Each output folder carries a marker file naming its content (TREE_MARKER); a folder whose marker is not in
// the state, or a state that cannot be read, means a full build. Deleting the cache folder is always safe.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { HashMemo } from "./fingerprint.ts";

/** 4: each tree in a file of its own; 3 held the trees in state.json; 2 held whole signatures, not digests. */
export const STATE_FORMAT = 4;

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
	/** The ids of the folders the cache knows (the id a folder's marker carries); each one's content is in its
	 *  tree file (`loadTree`) */
	trees: string[];
}

export function loadState(cacheDir: string): BuildState | undefined {
	try {
		const state = JSON.parse(readFileSync(join(cacheDir, "state.json"), "utf8")) as BuildState;
		return state.format === STATE_FORMAT && Array.isArray(state.trees) ? state : undefined;
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

export const TREE_PREFIX = "tree-";
/** The cache file holding what the folder with marker `id` holds. */
export const treeFile = (id: string) => `${TREE_PREFIX}${id}.json`;

/** What the folder with marker `id` holds; undefined when its file is missing or damaged (then a full build). */
export function loadTree(cacheDir: string, id: string): TreeState | undefined {
	try {
		const tree = JSON.parse(readFileSync(join(cacheDir, treeFile(id)), "utf8")) as TreeState;
		return Array.isArray(tree.pages) && Array.isArray(tree.files) ? tree : undefined;
	} catch {
		return undefined;
	}
}

export function saveTree(cacheDir: string, id: string, tree: TreeState): void {
	writeCacheFile(cacheDir, treeFile(id), JSON.stringify(tree));
}
