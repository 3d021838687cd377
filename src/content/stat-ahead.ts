// Looks at article files (a `stat` each: size, mtime) on a second thread, ahead of the build reading them.
// A build checks every article file against the article store (src/content/article-store.ts); the `stat` calls
// alone are ~0.4 s of the main thread at 20,000 articles and ~1 s at 100,000, while the second core is idle.
// A worker thread runs through the list and writes what it saw into shared memory; the build takes a file's
// answer when the worker has already reached it, and otherwise looks itself. The build never waits for the
// worker, so a worker that is slow to start, or fails, only means the build looks at more files itself.
// https://nodejs.org/docs/latest-v20.x/api/worker_threads.html
import { statSync } from "node:fs";
import { Worker } from "node:worker_threads";

/** What the article store needs of a file's `stat` */
export interface FileLook {
	isFile: boolean;
	size: number;
	mtimeMs: number;
}

/** The build's own look at one file. Throws what `statSync` throws (a missing file, no permission). */
export function lookAt(path: string): FileLook {
	const stat = statSync(path);
	return { isFile: stat.isFile(), size: stat.size, mtimeMs: stat.mtimeMs };
}

/** Below this many files a second thread does not pay for its start (~30 ms). */
export const LOOK_AHEAD_MIN = 2000;

// Per file three numbers: kind (0 not looked at, 1 a file, 2 something else), size, mtime in ms.
const SLOTS = 3;

/**
 * The worker's whole program. It runs as a string in a plain worker (no TypeScript loader: that would take longer
 * to start than the work), so it uses only `require` and no helpers: no nested functions, which the loader may
 * wrap in a naming helper the worker does not have. A path it cannot look at stays 0: the build looks itself and
 * reports the reason.
 */
function lookAheadWorker(): void {
	const { workerData } = require("node:worker_threads");
	const fs = require("node:fs");
	const paths: string[] = workerData.paths.split("\0");
	const looks = new Float64Array(workerData.looks);
	const progress = new Int32Array(workerData.progress);
	for (let i = 0; i < paths.length; i++) {
		const stat = fs.statSync(paths[i], { throwIfNoEntry: false });
		if (stat) {
			looks[i * 3] = stat.isFile() ? 1 : 2;
			looks[i * 3 + 1] = stat.size;
			looks[i * 3 + 2] = stat.mtimeMs;
		}
		// Publishes the numbers above: a thread that reads the new count with Atomics.load sees them.
		Atomics.store(progress, 0, i + 1);
	}
}

export class LookAhead {
	readonly #looks: Float64Array;
	readonly #progress: Int32Array;
	#worker?: Worker;
	/** How many looks the worker answered (tests, profiling) */
	answered = 0;

	/** Starts the worker over `paths` (absolute), in the order the build will ask for them. */
	constructor(paths: readonly string[]) {
		const looks = new SharedArrayBuffer(paths.length * SLOTS * Float64Array.BYTES_PER_ELEMENT);
		const progress = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
		this.#looks = new Float64Array(looks);
		this.#progress = new Int32Array(progress);
		try {
			this.#worker = new Worker(`(${lookAheadWorker.toString()})()`, {
				eval: true,
				// Not the parent's flags: `--import tsx` would load the TypeScript loader into the worker first.
				execArgv: [],
				workerData: { paths: paths.join("\0"), looks, progress },
			});
			this.#worker.on("error", () => undefined); // the build looks itself
			this.#worker.unref();
		} catch {
			this.#worker = undefined;
		}
	}

	/** The look at the file at `index` of the list (whose path is `path`): the worker's, or the build's own. */
	look(index: number, path: string): FileLook {
		if (Atomics.load(this.#progress, 0) > index) {
			const kind = this.#looks[index * SLOTS]!;
			if (kind !== 0) {
				this.answered++;
				return { isFile: kind === 1, size: this.#looks[index * SLOTS + 1]!, mtimeMs: this.#looks[index * SLOTS + 2]! };
			}
		}
		return lookAt(path);
	}

	/** Stops the worker if it is still running (the build has looked at every file). */
	close(): void {
		void this.#worker?.terminate();
		this.#worker = undefined;
	}

	/** Resolves when the worker has looked at every file, or stopped (tests). */
	async finished(): Promise<void> {
		const worker = this.#worker;
		if (!worker) return;
		worker.ref();
		await new Promise((resolve) => worker.once("exit", resolve));
	}
}
