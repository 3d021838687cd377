// Which pages a build must render. A page's "signature" is a string naming everything it shows (the stories
// on it, with the version of each story's file); two renders with one signature write the same bytes, as long
// as nothing outside the signatures changed (code, templates, data files: src/build/fingerprint.ts).
//
// - A clean build renders every page and records every signature.
// - An incremental `npm run build` (src/build/) starts from the signatures of the output folder it updates and
//   renders only pages that are new or whose signature changed; the rest of that folder is carried over.
// - When `npm start` rebuilds because only articles were saved, the same happens against the pages it last
//   wrote: Eleventy's pagination re-renders every page of a template on each rebuild, which at 4,000 articles
//   took 5 s per save (docs/performance.md).
import { createHash } from "node:crypto";
import type { Article } from "../content/types.ts";
import type { Snapshot } from "./snapshot.ts";

/** Identifies an article's content as of its file's last change; the part of every signature naming a story. */
export const articleVersion = (article: Article | undefined): string => (article ? `${article.file}@${article.version}` : "");

/**
 * What the plan keeps of a signature: a 160-bit digest. A signature names every story on a page (a listing
 * page's is ~1.5 KB), and the build cache holds one per page for two output folders: at 20,000 articles the
 * full strings made a 48 MB state file that took 1.5 s to write on every build (docs/performance.md).
 */
export const signatureDigest = (signature: string): string =>
	signature === "" ? "" : createHash("sha1").update(signature).digest("base64url");

export class RenderPlan {
	/** Signature digest of every page as last rendered, by URL */
	#rendered: Map<string, string>;
	/** The pages of the current build, by URL, with their signature digests (every page, rendered or not) */
	readonly current = new Map<string, string>();
	/** True while a rebuild may skip unchanged pages */
	partial: boolean;
	/**
	 * Renders only one part of the pages (a large full build renders its pages in parts, one Eleventy run each,
	 * so memory holds one part's pages, not the whole site's: src/cli/build.ts). Pages are assigned by a hash of
	 * their URL; every part still records every page's signature.
	 */
	part?: { index: number; count: number };
	/**
	 * The archive the recorded signatures were taken against (src/views/impact.ts): with it, a partial rebuild
	 * signs only the article and listing pages a change can reach. After a build, the one it signed against.
	 */
	signedAgainst?: Snapshot;
	/** This build's archive, once a template has taken it (src/views/impact.ts) */
	snapshot?: Snapshot;
	/** Pages whose signature this plan computed (the others were known unchanged), for the build's summary */
	signed = 0;

	/** `previous`: the signature digests of the pages already in the output folder; with it, the plan starts partial.
	 *  `snapshot`: the archive those pages were signed against, when known. */
	constructor(previous?: Map<string, string>, snapshot?: Snapshot) {
		this.#rendered = previous ?? new Map();
		this.partial = previous !== undefined;
		this.signedAgainst = snapshot;
	}

	/**
	 * The pages to render now: all of them, or in a partial rebuild those whose signature changed. `unchanged`
	 * names pages known to show what they showed when last signed: their recorded signature is kept without
	 * computing it (WARTA_CHECK_UNCHANGED=1 computes it anyway and fails on a difference, for tests).
	 */
	select<T>(pages: T[], url: (page: T) => string, signature: (page: T) => string, unchanged?: (page: T) => boolean): T[] {
		const selected: T[] = [];
		const check = process.env.WARTA_CHECK_UNCHANGED === "1";
		for (const page of pages) {
			const key = url(page);
			const recorded = this.#rendered.get(key);
			let sig: string;
			if (this.partial && recorded && unchanged?.(page)) {
				sig = recorded;
				if (check && signatureDigest(signature(page)) !== recorded) {
					throw new Error(`render plan: ${key} was taken as unchanged, but its signature differs from the recorded one`);
				}
			} else {
				sig = signatureDigest(signature(page));
				this.signed++;
			}
			if ((!this.partial || recorded !== sig) && this.#inPart(key)) selected.push(page);
			this.#rendered.set(key, sig);
			this.current.set(key, sig);
		}
		return selected;
	}

	#inPart(url: string): boolean {
		if (!this.part || this.part.count <= 1) return true;
		// FNV-1a: cheap, and the same on every machine and run.
		let hash = 0x811c9dc5;
		for (let i = 0; i < url.length; i++) hash = Math.imul(hash ^ url.charCodeAt(i), 0x01000193);
		return (hash >>> 0) % this.part.count === this.part.index;
	}

	/** Whether templates that are not split into parts (feeds, sitemaps, the indeks…) render in this run. */
	get rendersSingletons(): boolean {
		return !this.part || this.part.index === 0;
	}

	/** Pages a template renders every time, whatever changed (page 1 of the front page): recorded, not compared. */
	always(url: string): boolean {
		this.current.set(url, "");
		this.#rendered.set(url, "");
		return this.#inPart(url);
	}

	/** Called by `npm start` before a rebuild: a page no longer listed is forgotten. */
	startRebuild(): void {
		this.current.clear();
	}

	/** Called after a build that signed every page: its archive is what the next rebuild compares with. */
	finishBuild(): void {
		if (this.snapshot) this.signedAgainst = this.snapshot;
	}
}
