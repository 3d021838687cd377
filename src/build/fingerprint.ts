// What page signatures do not cover. A page's signature names the stories it shows (src/views/render-plan.ts);
// everything else that shapes the bytes of a page is in the fingerprint: Warta's code and theme, its
// dependencies (the lock file), the Node version, the site's data files and public/ folder, the build options
// and the year in the footer. An incremental build may reuse pages only from an output built with the same
// fingerprint; any difference renders everything.
//
// Files are identified by content hash, not modification time, so a fresh clone (a CI job) matches the build
// that wrote the cache. Hashes are remembered by size and mtime, so unchanged files are not read again.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** Size, mtime and content hash of a file at the time it was last hashed, by absolute path. */
export type HashMemo = Record<string, { size: number; mtimeMs: number; hash: string }>;

export interface FingerprintInput {
	/** Warta's own folder (code, theme, lock file) */
	projectRoot: string;
	/** The site folder (articles/, _data/, public/) */
	siteRoot: string;
	/** Build options that change output, e.g. { pathPrefix: "/", drafts: false, year: 2026 } */
	options: Record<string, unknown>;
	memo?: HashMemo;
}

export interface Fingerprint {
	/** One hash over everything below */
	value: string;
	/** What went into it, by part, so a build can say what changed */
	parts: Record<string, string>;
	/** The hash memo to keep for the next build */
	memo: HashMemo;
}

/** Folders and files of Warta whose change can change any page. */
const CODE = ["src", "_includes", ".eleventy.ts", "package.json", "package-lock.json"];
/** Warta's code that turns article files into articles. */
const READER = ["src/content", "src/time", "src/site", "src/markdown", "package-lock.json"];
/** Folders of the site whose change can change any page (articles and the newsroom's pages, halaman/, are
 *  covered by page signatures). analytics/ ranks "Terpopuler", shown on the front page and every article. */
const SITE = ["_data", "public", "analytics"];

export function fingerprint(input: FingerprintInput): Fingerprint {
	const old = input.memo ?? {};
	const memo: HashMemo = {};
	const hashTree = (base: string, names: string[]): string => {
		const hash = createHash("sha256");
		for (const name of names) {
			for (const file of listFiles(join(base, name))) {
				hash.update(`${relative(base, file)}\0${hashFile(file, old, memo)}\0`);
			}
		}
		return hash.digest("hex");
	};
	const parts: Record<string, string> = {
		code: hashTree(input.projectRoot, CODE),
		// The code that reads and validates articles (a part of `code`): the article store (src/content/
		// article-store.ts) outlives a change of templates or theme, not a change of this.
		reader: hashTree(input.projectRoot, READER),
		site: hashTree(input.siteRoot, SITE),
		node: process.version,
		options: JSON.stringify(input.options, Object.keys(input.options).sort()),
	};
	const value = createHash("sha256").update(JSON.stringify(parts)).digest("hex");
	return { value, parts, memo };
}

/** Names the parts that differ between two fingerprints' parts, for the build's message. */
export function changedParts(before: Record<string, string> | undefined, after: Record<string, string>): string[] {
	if (!before) return [];
	return Object.keys(after).filter((key) => before[key] !== after[key]);
}

function hashFile(file: string, old: HashMemo, memo: HashMemo): string {
	const stat = statSync(file);
	const known = old[file];
	if (known && known.size === stat.size && known.mtimeMs === stat.mtimeMs) {
		memo[file] = known;
		return known.hash;
	}
	const hash = createHash("sha256").update(readFileSync(file)).digest("hex");
	memo[file] = { size: stat.size, mtimeMs: stat.mtimeMs, hash };
	return hash;
}

/** Every file under `path` (or `path` itself), sorted, skipping hidden entries and node_modules. */
function listFiles(path: string): string[] {
	if (!existsSync(path)) return [];
	if (!statSync(path).isDirectory()) return [path];
	const files: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
			if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
			const full = join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.isFile()) files.push(full);
		}
	};
	walk(path);
	return files;
}
