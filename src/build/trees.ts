// The output folders of incremental builds. Warta keeps two complete copies of the site:
//
// - the live folder (`_site/`), which the host serves or the deploy step uploads, and
// - its standby (`_site.prev/`), the site as the build before wrote it.
//
// An incremental build never writes into the live folder. Eleventy renders the pages that changed (and the few
// files every build writes) into an empty staging folder; those files are then moved into the standby, pages
// that no longer exist are deleted from it, and the standby and the live folder trade places by renames. So a
// publish moves tens of files, not the 100,000 pages of a large archive, and a build that fails before the
// swap leaves the live site as it was. The standby starts as a hard-linked copy of the live folder (files are
// only ever replaced by rename or deleted, never written in place, so the two copies cannot affect each other).
import { createHash } from "node:crypto";
import { spawn, spawnSync } from "node:child_process";
import {
	existsSync,
	linkSync,
	lstatSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmdirSync,
	rmSync,
	unlinkSync,
	writeFileSync,
} from "node:fs";
import { basename, dirname, join, sep } from "node:path";
import type { TreeState } from "./state.ts";

/** The file in every output folder that names its content (a hash of its tree state); see src/build/state.ts. */
export const TREE_MARKER = ".warta-tree";

/** The output file of a page URL, relative to the output folder: "/a/b/" → "a/b/index.html", "/feed.xml" → "feed.xml". */
export function pageFile(url: string): string {
	const path = url.endsWith("/") ? `${url}index.html` : url;
	return path.replace(/^\/+/, "");
}

/** A tree's id: a hash of what it holds, so two folders with the same pages and files carry the same marker. */
export function treeId(fingerprint: string, tree: TreeState): string {
	const hash = createHash("sha256").update(fingerprint);
	for (const [url, signature] of [...tree.pages].sort((a, b) => (a[0] < b[0] ? -1 : 1))) hash.update(`\0${url}\0${signature}`);
	for (const file of [...tree.files].sort()) hash.update(`\0f${file}`);
	return hash.digest("hex").slice(0, 32);
}

export function readMarker(folder: string): string | undefined {
	try {
		return readFileSync(join(folder, TREE_MARKER), "utf8").trim();
	} catch {
		return undefined;
	}
}

/** Writes the marker by rename: the folder may share the old marker's inode with a hard-linked copy. */
export function writeMarker(folder: string, id: string): void {
	const temporary = join(folder, `${TREE_MARKER}.tmp-${process.pid}`);
	writeFileSync(temporary, `${id}\n`);
	renameSync(temporary, join(folder, TREE_MARKER));
}

/** Every file under `folder`, as paths relative to it with forward slashes. */
export function listFiles(folder: string): string[] {
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) =>
			join(entry.parentPath, entry.name)
				.slice(folder.length + 1)
				.split(sep)
				.join("/"),
		)
		.sort();
}

/**
 * Moves every file of `staging` into `target`, replacing what is there (by rename, so a hard-linked copy of
 * the file elsewhere keeps its old content).
 */
export function moveInto(staging: string, target: string, files: readonly string[]): void {
	const made = new Set<string>();
	for (const file of files) {
		const to = join(target, file);
		const dir = dirname(to);
		if (!made.has(dir)) {
			ensureDirectory(dir, target);
			made.add(dir);
		}
		if (existsSync(to) && lstatSync(to).isDirectory()) rmSync(to, { recursive: true, force: true });
		renameSync(join(staging, file), to);
	}
}

/** mkdir -p, replacing a file that stands where a folder must be (a page URL that became a folder). */
function ensureDirectory(dir: string, root: string): void {
	try {
		mkdirSync(dir, { recursive: true });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== "EEXIST" && (error as NodeJS.ErrnoException).code !== "ENOTDIR") throw error;
		// Some ancestor is a file: remove the first one found from the root down, then try again.
		const parts = dir.slice(root.length + 1).split(sep);
		for (let i = 1; i <= parts.length; i++) {
			const path = join(root, ...parts.slice(0, i));
			if (existsSync(path) && !lstatSync(path).isDirectory()) {
				unlinkSync(path);
				break;
			}
		}
		mkdirSync(dir, { recursive: true });
	}
}

/** Deletes files (relative paths) from `target`, then the folders they leave empty. Missing files are fine. */
export function removeFiles(target: string, files: Iterable<string>): number {
	let removed = 0;
	const dirs = new Set<string>();
	for (const file of files) {
		const path = join(target, file);
		try {
			unlinkSync(path);
			removed++;
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code === "EISDIR" || code === "EPERM") {
				rmSync(path, { recursive: true, force: true });
				removed++;
			} else if (code !== "ENOENT" && code !== "ENOTDIR") throw error;
		}
		dirs.add(dirname(path));
	}
	// Deepest first, so a folder emptied by its child's removal goes too.
	for (const dir of [...dirs].sort((a, b) => b.length - a.length)) {
		for (let d = dir; d.length > target.length && d.startsWith(target + sep); d = dirname(d)) {
			try {
				rmdirSync(d);
			} catch {
				break; // not empty (or already gone)
			}
		}
	}
	return removed;
}

/** A hard-linked copy of `from` at `to` (which must not exist): `cp -al`, or a walk where cp is missing. */
export function linkCopy(from: string, to: string): void {
	const cp = spawnSync("cp", ["-al", from, to], { stdio: ["ignore", "ignore", "pipe"] });
	if (cp.status === 0) return;
	rmSync(to, { recursive: true, force: true });
	for (const file of listFiles(from)) {
		mkdirSync(dirname(join(to, file)), { recursive: true });
		linkSync(join(from, file), join(to, file));
	}
}

let trashed = 0;

/**
 * Removes a folder without making the build wait: it is renamed out of the way at once (to
 * `<output>.trash-<pid>-<n>`) and deleted by a detached `rm -rf` (deleting 100,000 files takes tens of seconds).
 * What a stopped removal leaves is removed by a later build (`removeTrash`).
 */
export function removeInBackground(folder: string, output: string): void {
	if (!existsSync(folder)) return;
	const trash = `${output}.trash-${process.pid}-${++trashed}`;
	renameSync(folder, trash);
	deleteDetached(trash);
}

/** Removes, in the background, the trash of builds that have ended. */
export function removeTrash(output: string): void {
	const dir = dirname(output);
	const prefix = `${basename(output)}.trash-`;
	for (const name of existsSync(dir) ? readdirSync(dir) : []) {
		if (!name.startsWith(prefix)) continue;
		const pid = Number(name.slice(prefix.length).split("-")[0]);
		if (pid !== process.pid && !isRunning(pid)) deleteDetached(join(dir, name));
	}
}

function deleteDetached(path: string): void {
	try {
		const child = spawn("rm", ["-rf", path], { detached: true, stdio: "ignore" });
		child.on("error", () => rmSync(path, { recursive: true, force: true }));
		child.unref();
	} catch {
		rmSync(path, { recursive: true, force: true });
	}
}

/** Whether a process still runs (the one of a lock or a leftover folder); a zombie does not. */
export function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === "EPERM";
	}
	// A zombie (killed, not yet reaped by its parent) no longer runs. /proc exists on Linux only.
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
		return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
	} catch {
		return true;
	}
}
