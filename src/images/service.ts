// Responsive photos: every photo an article shows from public/ is encoded once, with @11ty/eleventy-img
// (https://www.11ty.dev/docs/plugins/image/, major 6: the line for Node 20; sharp is overridden to 0.35, docs/toolchain.md §6), as AVIF, WebP and JPEG at up to
// three widths, under content-hashed names in /media/img/ (so hosts may cache them for a year).
//
// Encoding (AVIF above all) is by far the slowest step of a build, so nothing is encoded twice:
// - the files are written to a cache folder that outlives builds, <site root>/.cache/img/ (gitignored), and
//   hard-linked (copied where links are impossible) into the output; eleventy-img skips any output file that
//   already exists there;
// - a manifest (.cache/img/manifest.json) remembers each source file's size, mtime and variants, so a rebuild
//   does not even read an unchanged photo; a changed file (new size or mtime) is encoded again.
// Every photo the articles show is prepared before Eleventy writes a page (`prepare`, from eleventy.before), so a
// photo that cannot be read stops the build cleanly, with every such photo named, and pages find their photos ready.
import { copyFileSync, linkSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync, type Stats } from "node:fs";
import { join, resolve } from "node:path";
import type Image from "@11ty/eleventy-img";
import { ContentError, type Problem } from "../content/problems.ts";
import type { Article } from "../content/types.ts";
import { isSitePath, publicFile, publicPath } from "../site/public-files.ts";
import { imageFolder } from "../site/urls.ts";
import type { ImageFormat, ImageVariant, ImageVariants } from "./picture.ts";

/** Site path of the processed files; immutable (content-hashed names), see docs/deploy.md. */
export const IMAGE_URL_PATH = imageFolder;
/** Never wider than the source: eleventy-img drops widths above it (minimumThreshold 1.25). */
export const IMAGE_WIDTHS = [480, 800, 1200];
export const IMAGE_FORMATS: ImageFormat[] = ["avif", "webp", "jpeg"];
/** og:image and JSON-LD image: the JPEG this wide (or the widest there is). */
export const SOCIAL_WIDTH = 1200;
/**
 * AVIF encoder effort (sharp: 0–9, default 4). Measured on the sample photo at 1200 px on our 2-core machine:
 * effort 4 took 8.3 s for 4.8 KB, effort 2 4.2 s for 5.1 KB, effort 1 0.5 s for 7.9 KB (WebP: 13 KB in 0.07 s).
 * A newsroom's first build encodes every photo of the archive, so the fast setting wins.
 */
export const AVIF_EFFORT = 1;

interface ManifestEntry {
	size: number;
	mtimeMs: number;
	variants: ImageVariants;
	/** File names in the cache folder */
	files: string[];
}

export interface ProcessedImage {
	variants: ImageVariants;
	/** The JPEG for social cards: SOCIAL_WIDTH wide, or the widest made */
	social: ImageVariant;
}

const MANIFEST_VERSION = 1;

export class ImageService {
	readonly cacheDir: string;
	private manifest?: Map<string, ManifestEntry>;
	private dirty = false;
	private output?: string;
	/** Output files already linked in this build */
	private linked = new Set<string>();
	private madeDir = false;
	private encoding = new Map<string, Promise<ManifestEntry>>();
	/** This build's photos by path under public/: each is looked up once, however many pages show it */
	private ready = new Map<string, Promise<ProcessedImage>>();
	/** Counters of the current build, for the build summary and tests */
	stats = { encoded: 0, reused: 0 };

	readonly root: string;

	constructor(root: string, cacheDir = join(root, ".cache/img")) {
		this.root = root;
		this.cacheDir = resolve(cacheDir);
	}

	/** Called before each build (Eleventy's eleventy.before) with the folder the site is written to. */
	startBuild(outputDir: string): void {
		const output = resolve(outputDir);
		// `npm start` rebuilds into the same folder: files linked there by the last build are still there.
		if (output !== this.output) {
			this.linked.clear();
			this.madeDir = false;
		}
		this.output = output;
		this.ready.clear();
		this.stats = { encoded: 0, reused: 0 };
	}

	/**
	 * Encodes (or finds in the cache) every photo the articles show: lead photos and markdown images of files
	 * under public/. Throws one ContentError naming every article whose photo cannot be used.
	 */
	async prepare(articles: Pick<Article, "bodyImages" | "file" | "image">[]): Promise<void> {
		const problems = new Map<string, Problem>();
		const jobs: Promise<unknown>[] = [];
		const add = (src: string, file: string, field?: string) =>
			jobs.push(
				this.process(src, file, field).catch((error: unknown) => {
					if (!(error instanceof ContentError)) throw error;
					for (const problem of error.problems) {
						const mine = { ...problem, file, field };
						problems.set(`${file}\n${mine.message}`, mine);
					}
				}),
			);
		for (const article of articles) {
			if (article.image && isSitePath(article.image.src)) add(article.image.src, article.file, "image.src");
			for (const src of article.bodyImages) if (isSitePath(src)) add(src, article.file);
		}
		await Promise.all(jobs);
		if (problems.size) throw new ContentError([...problems.values()]);
	}

	/** Called after each build: keeps the manifest for the next one. */
	finishBuild(): void {
		if (!this.dirty || !this.manifest) return;
		mkdirSync(this.cacheDir, { recursive: true });
		const file = join(this.cacheDir, "manifest.json");
		const temp = `${file}.${process.pid}.tmp`;
		writeFileSync(temp, JSON.stringify({ version: MANIFEST_VERSION, images: Object.fromEntries(this.manifest) }));
		renameSync(temp, file); // another build reading it sees the old or the new file, never half of one
		this.dirty = false;
	}

	/**
	 * The variants of a photo under public/ (`src` is its site path, "/media/2019/x.jpg"), encoded if needed and
	 * placed in the output. `file` is the article showing it, for the message when the photo is missing.
	 */
	process(src: string, file: string, field?: string): Promise<ProcessedImage> {
		const path = publicPath(src);
		let ready = this.ready.get(path);
		if (!ready) {
			ready = this.load(src, path, file, field);
			this.ready.set(path, ready);
		}
		return ready;
	}

	private async load(src: string, path: string, file: string, field?: string): Promise<ProcessedImage> {
		if (!this.output) throw new Error("ImageService.process() before startBuild()");
		const source = publicFile(join(this.root, "public"), src);
		const problem = (message: string) => new ContentError([{ file, field, severity: "error", message }]);
		if (!source) throw problem(`the photo "${src}" points outside public/; write its path under public/, e.g. "/media/2019/02/foto.jpg"`);
		let stat: Stats;
		try {
			stat = statSync(source);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code !== "ENOENT" && code !== "ENOTDIR") throw error;
			throw problem(`the photo "${src}" is not in the site: expected the file public${path}`);
		}
		const manifest = this.loadManifest();
		let entry = manifest.get(path);
		if (entry && entry.size === stat.size && entry.mtimeMs === stat.mtimeMs && this.place(entry)) {
			this.stats.reused++;
		} else {
			entry = await this.encode(src, path, source, stat, file, field);
			if (!this.place(entry)) throw new Error(`${file}: the encoded files of "${src}" vanished from ${this.cacheDir}`);
		}
		const jpeg = entry.variants.jpeg!;
		const social = jpeg.find((v) => v.width === SOCIAL_WIDTH) ?? jpeg[jpeg.length - 1]!;
		return { variants: entry.variants, social };
	}

	private encode(src: string, path: string, source: string, stat: Stats, file: string, field?: string): Promise<ManifestEntry> {
		const key = `${path}\n${stat.size}\n${stat.mtimeMs}`;
		let pending = this.encoding.get(key);
		if (!pending) {
			pending = this.run(source, stat, file, field, src).then((entry) => {
				this.manifest!.set(path, entry);
				this.dirty = true;
				this.stats.encoded++;
				return entry;
			});
			pending.finally(() => this.encoding.delete(key)).catch(() => {});
			this.encoding.set(key, pending);
		}
		return pending;
	}

	private async run(source: string, stat: Stats, file: string, field: string | undefined, src: string): Promise<ManifestEntry> {
		let metadata: Awaited<ReturnType<typeof Image>>;
		try {
			// Loaded on the first photo to encode: eleventy-img and sharp take ~0.2 s to load, and most builds
			// (an incremental one, a save in `npm start`) find every photo already encoded.
			const { default: encode } = await import("@11ty/eleventy-img");
			metadata = await encode(source, {
				widths: IMAGE_WIDTHS,
				formats: IMAGE_FORMATS,
				outputDir: this.cacheDir,
				urlPath: IMAGE_URL_PATH,
				sharpAvifOptions: { effort: AVIF_EFFORT },
				// Not an eleventy-img setting: it only keys eleventy-img's in-memory cache (source path + size by
				// default) to this version of the file, so a photo replaced during `npm start` is encoded again.
				wartaVersion: `${stat.size}:${stat.mtimeMs}`,
			});
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code) throw error; // the disk, not the photo (ENOSPC, EACCES…)
			throw new ContentError([
				{ file, field, severity: "error", message: `the photo "${src}" could not be read as an image (${(error as Error).message})` },
			]);
		}
		const variants: ImageVariants = {};
		const files: string[] = [];
		for (const format of IMAGE_FORMATS) {
			variants[format] = (metadata[format] ?? []).map((v) => ({ url: v.url, width: v.width, height: v.height }));
			for (const v of metadata[format] ?? []) files.push(v.filename);
		}
		return { size: stat.size, mtimeMs: stat.mtimeMs, variants, files };
	}

	/** Links an entry's files into the output; false when one is missing from the cache (deleted by hand). */
	private place(entry: ManifestEntry): boolean {
		const dir = join(this.output!, IMAGE_URL_PATH);
		for (const name of entry.files) {
			const target = join(dir, name);
			if (this.linked.has(target)) continue;
			if (!this.madeDir) {
				mkdirSync(dir, { recursive: true });
				this.madeDir = true;
			}
			const cached = join(this.cacheDir, name);
			try {
				linkSync(cached, target);
			} catch (error) {
				const code = (error as NodeJS.ErrnoException).code;
				if (code === "ENOENT") return false;
				// EEXIST: the dev server's output already has it (same name, same bytes). Otherwise another disk: copy.
				if (code !== "EEXIST") copyFileSync(cached, target);
			}
			this.linked.add(target);
		}
		return true;
	}

	private loadManifest(): Map<string, ManifestEntry> {
		if (this.manifest) return this.manifest;
		this.manifest = new Map();
		try {
			const saved = JSON.parse(readFileSync(join(this.cacheDir, "manifest.json"), "utf8")) as {
				version?: number;
				images?: Record<string, ManifestEntry>;
			};
			if (saved.version === MANIFEST_VERSION && saved.images) this.manifest = new Map(Object.entries(saved.images));
		} catch {
			// No cache yet, or an unreadable one: start afresh.
		}
		return this.manifest;
	}
}
