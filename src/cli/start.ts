// `npm start`: the preview with live reload (Eleventy's watch mode and dev server), drafts included, written to
// .cache/preview/. What it adds to Eleventy's own `--serve`: a large archive's first build renders in parts.
//
// Eleventy keeps every page it rendered until its run ends, and in watch mode the first build is one run: at
// 100,000 articles `npm start` ran out of Node's default heap (4.3 GB) after 4 minutes (docs/performance.md). So,
// as `npm run build` does (src/cli/build.ts), an archive larger than one part is first rendered in parts, one
// Eleventy run each, into the preview folder; the watching Eleventy then starts from the render plan those parts
// recorded, so its first build renders only the pages that are not split into parts (feeds, sitemaps, the
// indeks), and each save renders the pages it changed, as before.
// https://www.11ty.dev/docs/programmatic/  https://www.11ty.dev/docs/watch-serve/
import { existsSync, statSync, watch } from "node:fs";
import { join, relative, resolve } from "node:path";
import Eleventy from "@11ty/eleventy";
import { configure, PAGES_DIR } from "../../.eleventy.ts";
import { renderingParts } from "../build/parts.ts";
import { buildArchive } from "../content/archive.ts";
import { CONTENT_FOLDERS } from "../plugins/content.ts";
import { RenderPlan } from "../views/render-plan.ts";
import { formatProblem } from "../content/problems.ts";
import { normalizePathPrefix } from "../site/address.ts";
import { displayPath, isMain, parseCli, PROJECT_ROOT } from "./args.ts";
import { plural, printProblems } from "./report.ts";

export interface PreviewOptions {
	/** Site root holding articles/ and _data/ */
	root: string;
	/** The preview folder (npm start: <Warta>/.cache/preview) */
	output: string;
	/** "Now" for embargoes; default: the clock */
	now?: string;
	/** The URL path the preview is served under; default "/" */
	pathPrefix?: string;
	/** Serve on this port with live reload; without it, only watch (tests, the dev-loop benchmark) */
	port?: number;
	/** Articles per part of the first build (default: as `npm run build`, from the heap, src/build/parts.ts); tests set it low */
	partSize?: number;
	/** Index the preview for search after the first build (default true) */
	search?: boolean;
	/** Told what the preview did before Eleventy started watching (default: console.log) */
	log?: (message: string) => void;
}

export interface Preview {
	/** The watching Eleventy (another one after the preview was rendered again in parts) */
	readonly eleventy: Eleventy;
	/** How many Eleventy runs rendered the first build before the watching one (0: it rendered everything itself) */
	readonly parts: number;
	/** Stops watching and serving, also while the preview is being rendered again */
	stop(): Promise<void>;
}

/** Builds the preview and starts watching (and serving, with a port); resolves once the first build is written. */
export async function startPreview(options: PreviewOptions): Promise<Preview> {
	let current: { eleventy: Eleventy; parts: number } | undefined;
	let stopped = false;
	// One rendering again at a time: a save can reach the watcher as two events, and each rebuild asks for it.
	let restarting: Promise<void> | undefined;
	const preview: Preview = {
		get eleventy() {
			return current!.eleventy;
		},
		get parts() {
			return current!.parts;
		},
		async stop() {
			stopped = true;
			await restarting;
			await current?.eleventy.stopWatch();
		},
	};
	const restart = () => {
		restarting ??= (async () => {
			await current?.eleventy.stopWatch();
			if (!stopped) current = await run(options, restart, () => stopped);
		})()
			.catch((error: unknown) => {
				console.error(`[warta] The preview could not be rendered again: ${error instanceof Error ? error.message : String(error)}`);
				process.exitCode = 1;
			})
			.finally(() => (restarting = undefined));
	};
	current = await run(options, restart, () => stopped);
	return preview;
}

/** One start of the preview: read, render (in parts when large), watch. `restart` renders it again from the start. */
async function run(options: PreviewOptions, restart: () => void, stopped: () => boolean): Promise<{ eleventy: Eleventy; parts: number }> {
	const log = options.log ?? ((message: string) => console.log(message));
	const root = resolve(options.root);
	const output = resolve(options.output);
	// Eleventy's watcher starts after the first build, minutes at 100,000 articles: what is saved meanwhile is
	// collected here and handed to it once it runs.
	const early = watchContent(root);
	try {
		// The archive the parts render; drafts are included, as in every preview.
		const readArchive = () => buildArchive({ root, now: options.now, includeDrafts: true });
		let read = readArchive();
		// With content errors nothing can be rendered, so nothing is served either: the problems are printed, and the
		// preview starts once a save fixes them.
		while (!read.archive) {
			printProblems(read.problems);
			log(`[warta] The preview starts once the problems above are fixed; waiting for a change in ${displayPath(root)}.`);
			await early.next();
			read = readArchive();
		}
		const archive = read.archive;
		// Given the archive, the watching Eleventy does not read every file again for its first build, nor print its
		// warnings: they are printed here.
		for (const warning of read.problems) console.warn(`[warta] ${formatProblem(warning)}`);
		// The parts are sized as for `npm run build` (measured there): on a small heap even a few thousand articles
		// render in parts, and a change outside articles/ then renders the preview again in parts.
		const { count, warning } = renderingParts(archive.articles.length, options.partSize);
		if (warning) log(`[warta] ${warning}`);
		let plan: RenderPlan | undefined;
		if (count > 1) {
			const started = performance.now();
			plan = new RenderPlan();
			for (let index = 0; index < count; index++) {
				plan.part = { index, count };
				const part = new Eleventy(PAGES_DIR, output, {
					configPath: false,
					quietMode: true,
					runMode: "build",
					pathPrefix: options.pathPrefix,
					config: (eleventyConfig) => configure(eleventyConfig, { root, now: options.now, includeDrafts: true, archive, plan }),
				});
				await part.write();
			}
			// The watching Eleventy compares with what the parts rendered, like a rebuild after a save.
			plan.part = undefined;
			plan.partial = true;
			log(
				`[warta] Preview: ${plural(archive.articles.length, "article")} rendered in ${count} parts in ${((performance.now() - started) / 1000).toFixed(1)} s; starting the dev server.`,
			);
		}
		const eleventy = new Eleventy(PAGES_DIR, output, {
			configPath: false,
			runMode: options.port === undefined ? "watch" : "serve",
			pathPrefix: options.pathPrefix,
			config: (eleventyConfig) =>
				configure(eleventyConfig, {
					root,
					now: options.now,
					archive,
					plan,
					indexPreview: options.search !== false,
					// A change outside articles/ would render every page in one Eleventy run, which is what the parts avoid
					// (at 100,000 articles it does not fit in Node's default heap): the preview is rendered again from the
					// start, in parts.
					renderAgain:
						plan &&
						((changed) => {
							const names = changed.map((file) => relative(root, resolve(file))).join(", ");
							log(`[warta] ${names} changed: the preview is rendered again in parts, as at start; the dev server is back when it is done.`);
							restart();
						}),
				}),
		});
		await eleventy.init();
		if (stopped()) return { eleventy, parts: 0 };
		await eleventy.watch();
		// Saved while the preview started: told to Eleventy's watcher (chokidar, an EventEmitter) as it would have
		// reported them, so the next rebuild takes them in.
		const watcher = (eleventy as unknown as { watcher: { emit(event: string, path: string): void } }).watcher;
		for (const path of early.stop()) watcher.emit(existsSync(path) ? "change" : "unlink", path);
		if (options.port !== undefined) eleventy.serve(options.port);
		return { eleventy, parts: plan ? count : 0 };
	} finally {
		early.stop();
	}
}

/**
 * Files under the content folders (CONTENT_FOLDERS, as Eleventy's watcher sees them) that changed since this was called (created, saved, removed); `next()` resolves at
 * the next change. Node's recursive `fs.watch` (inotify on Linux): https://nodejs.org/api/fs.html#fswatchfilename-options-listener
 */
function watchContent(root: string): { next(): Promise<void>; stop(): string[] } {
	const changed = new Set<string>();
	let pending = false;
	let wake = () => {};
	const isFolder = (path: string) => {
		try {
			return !statSync(path).isFile();
		} catch {
			return false; // removed: it was a file (or a folder, which the content layer never reads by name)
		}
	};
	const watchers = CONTENT_FOLDERS.map((folder) => join(root, folder))
		.filter((dir) => existsSync(dir))
		.map((dir) =>
			watch(dir, { recursive: true }, (_event, name) => {
				if (!name) return;
				const path = join(dir, name.toString());
				if (isFolder(path)) return;
				changed.add(path);
				pending = true;
				wake();
			}),
		);
	return {
		// A burst of events (an editor's save) settles before the content is read again. A change since the last call
		// (made while the content was being read) counts.
		next: () =>
			new Promise<void>((resolve) => {
				wake = () => {
					wake = () => {};
					pending = false;
					setTimeout(resolve, 100);
				};
				if (pending) wake();
			}),
		stop() {
			for (const watcher of watchers) watcher.close();
			watchers.length = 0;
			return [...changed];
		},
	};
}

const USAGE = `Usage: npm start [-- --port 8080] [--pathprefix /berita/] [--root <site folder>] [--output <folder>] [--now "2018-04-17 10:15"]

Serves a preview of the site on http://localhost:<port>/ that reloads when a file is saved; drafts are included,
and the preview is written to Warta's .cache/preview/, never to _site/.
  --port        the dev server's port (default 8080)
  --pathprefix  the URL path to preview under, e.g. /berita/ (default: $SITE_PATH_PREFIX, else /)
  --root        the site folder with articles/ and _data/ (default: $WARTA_ROOT, else Warta's folder)
  --output      the preview folder (default: Warta's .cache/preview/)
  --now         "now" for embargoes (default: $WARTA_NOW, else the clock)`;

if (isMain(import.meta.url)) {
	const cli = parseCli(
		process.argv.slice(2),
		{ port: { type: "string" }, pathprefix: { type: "string" }, output: { type: "string" } },
		USAGE,
	);
	if (typeof cli === "number") process.exit(cli);
	const port = Number(cli.values.port ?? 8080);
	if (!Number.isInteger(port) || port < 1 || port > 65_535) {
		console.error(`[warta] --port: expected a port number from 1 to 65535, got "${String(cli.values.port)}"\n\n${USAGE}`);
		process.exit(2);
	}
	const pathPrefix = (cli.values.pathprefix as string | undefined) ?? (process.env.SITE_PATH_PREFIX || "/");
	try {
		normalizePathPrefix(pathPrefix);
	} catch (error) {
		console.error(`[warta] --pathprefix / SITE_PATH_PREFIX: ${(error as Error).message}\n\n${USAGE}`);
		process.exit(2);
	}
	// As Eleventy's own command does: whatever fails outside a build (the dev server finding no free port, say) ends
	// `npm start` with its message, not half running.
	const stop = (error: unknown) => {
		console.error(`[warta] npm start stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
		process.exit(1);
	};
	process.on("uncaughtException", stop);
	process.on("unhandledRejection", stop);
	const preview = await startPreview({
		root: cli.root,
		output: resolve((cli.values.output as string | undefined) ?? join(PROJECT_ROOT, ".cache/preview")),
		now: cli.now,
		pathPrefix,
		port,
	});
	process.once("SIGINT", async () => {
		await preview.stop();
		process.exit(0);
	});
}
