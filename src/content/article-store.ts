// Articles already read, so a build reads and validates only the files that changed.
//
// - In `npm start` the store lives in memory: a save costs a stat per file, not a parse of every file.
// - `npm run build` keeps it on disk in the build cache (src/build/), so the next build of a 100,000-story
//   archive parses the one story that changed instead of all of them (25 s at 100,000 articles).
//
// An entry is reused when its file's size and mtime are unchanged, or, after a fresh checkout (new mtimes),
// when the file's content hash is. `version` is that content hash: page signatures name it, so a story whose
// bytes did not change keeps its pages. Entries are valid only for one `key` (the data files and Warta's
// reading code, src/build/fingerprint.ts); a different key starts empty. An article's warnings are kept with
// it and reported again on every build; a file with errors is never stored.
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { deserialize, serialize } from "node:v8";
import { DateTime } from "luxon";
import { siteZone } from "../time/zone.ts";
import { parseFrontMatter } from "./frontmatter.ts";
import type { Problem } from "./problems.ts";
import type { Article, SiteData } from "./types.ts";

interface Entry {
	size: number;
	mtimeMs: number;
	/** Content hash of the file */
	hash: string;
	article: Article;
	/** Warnings the file gave when it was read */
	warnings: Problem[];
	/** The stored form it was restored from, saved again as it is */
	stored?: StoredArticle;
}

/** An article as stored on disk: dates as epoch milliseconds, authors and rubric as keys, no body. */
type StoredArticle = Omit<
	Article,
	"date" | "updated" | "editedAt" | "corrections" | "authors" | "editors" | "withdrawn" | "rubric" | "body"
> & {
	date: number;
	updated?: number;
	editedAt?: number;
	corrections: { date: number; when: Article["corrections"][number]["when"]; text: string }[];
	authors: string[];
	editors: string[];
	withdrawn?: { date: number; when: Article["corrections"][number]["when"]; reason: string };
	rubric: string;
};

interface StoredEntry extends Omit<Entry, "article"> {
	article: StoredArticle;
}

const FORMAT = 2;

export class ArticleStore {
	#entries = new Map<string, Entry>();
	/** Entries loaded from disk, restored on first use with this build's data (authors, rubrics) */
	#stored = new Map<string, StoredEntry>();
	#data?: SiteData;
	#key = "";
	/** Files read (parsed) and reused in the last build, for the build's summary and tests */
	stats = { parsed: 0, reused: 0 };

	/** Starts a build with `key` (what the articles were validated against); a new key forgets every entry. */
	begin(key: string, data: SiteData): void {
		if (key !== this.#key) {
			this.#entries.clear();
			this.#stored.clear();
		}
		this.#key = key;
		this.#data = data;
		this.stats = { parsed: 0, reused: 0 };
	}

	/**
	 * The article in `path` (absolute), from the store when the file is unchanged, else from `read` (which
	 * returns undefined on errors and reports problems itself). Replays stored warnings into `warnings`.
	 */
	get(
		path: string,
		read: (source: string, version: string) => { article?: Article; warnings: Problem[] },
		report: (warnings: Problem[]) => void,
	): Article | undefined {
		const stat = statSync(path);
		if (!stat.isFile()) return undefined; // a folder named like an article
		let known = this.#entries.get(path) ?? this.#restore(path);
		if (known && known.size === stat.size && known.mtimeMs === stat.mtimeMs) return this.#reuse(known, report);
		const source = readFileSync(path);
		const hash = createHash("sha1").update(source).digest("hex");
		if (known?.hash === hash) {
			known = { ...known, size: stat.size, mtimeMs: stat.mtimeMs };
			this.#entries.set(path, known);
			return this.#reuse(known, report);
		}
		this.stats.parsed++;
		const { article, warnings } = read(source.toString("utf8"), hash);
		if (!article) {
			this.#entries.delete(path);
			return undefined;
		}
		// Like an article from the cache, it reads its text from the file when a page needs it, so a build
		// holds the text of the pages it is rendering, not of the whole archive (100,000 stories: ~0.6 GB).
		lazyBody(article, path);
		this.#entries.set(path, { size: stat.size, mtimeMs: stat.mtimeMs, hash, article, warnings });
		return article;
	}

	#restore(path: string): Entry | undefined {
		const stored = this.#stored.get(path);
		if (!stored || !this.#data) return undefined;
		this.#stored.delete(path);
		const article = restore(stored.article, this.#data, path);
		if (!article) return undefined;
		const entry = { ...stored, article, stored: stored.article };
		this.#entries.set(path, entry);
		return entry;
	}

	#reuse(entry: Entry, report: (warnings: Problem[]) => void): Article {
		this.stats.reused++;
		if (entry.warnings.length) report(entry.warnings);
		return entry.article;
	}

	/** Drops entries of files not seen in this build (deleted or renamed articles). */
	keepOnly(paths: Iterable<string>): void {
		const keep = new Set(paths);
		for (const path of this.#entries.keys()) if (!keep.has(path)) this.#entries.delete(path);
		this.#stored.clear();
	}

	/** The store as bytes, for the build cache. */
	save(): Buffer {
		const entries: [string, StoredEntry][] = [];
		for (const [path, { stored, ...entry }] of this.#entries) entries.push([path, { ...entry, article: stored ?? store(entry.article) }]);
		for (const [path, entry] of this.#stored) entries.push([path, entry]);
		return serialize({ format: FORMAT, key: this.#key, entries });
	}

	/** A store from `save()`'s bytes. Its articles read their body from the file when a page needs it. */
	static load(bytes: Buffer): ArticleStore {
		const store = new ArticleStore();
		try {
			const saved = deserialize(bytes) as { format: number; key: string; entries: [string, StoredEntry][] };
			if (saved.format !== FORMAT) return store;
			store.#key = saved.key;
			store.#stored = new Map(saved.entries);
		} catch {
			// An unreadable cache is an empty one: the build reads every article, as the first build did.
			store.#stored.clear();
			store.#key = "";
		}
		return store;
	}
}

function store(article: Article): StoredArticle {
	const { body: _body, ...rest } = article;
	for (const [field, value] of Object.entries(rest)) {
		// A luxon date would come back from the cache as a plain object: every date field is converted below.
		if (DateTime.isDateTime(value) && !["date", "updated", "editedAt"].includes(field)) {
			throw new Error(`ArticleStore cannot keep Article.${field}, a date it does not convert (src/content/article-store.ts).`);
		}
	}
	return {
		...rest,
		date: article.date.toMillis(),
		updated: article.updated?.toMillis(),
		editedAt: article.editedAt?.toMillis(),
		corrections: article.corrections.map((c) => ({ date: c.date.toMillis(), when: c.when, text: c.text })),
		authors: article.authors.map((author) => author.key),
		editors: article.editors.map((editor) => editor.key),
		withdrawn: article.withdrawn && { ...article.withdrawn, date: article.withdrawn.date.toMillis() },
		rubric: article.rubric.key,
	};
}

function restore(stored: StoredArticle, data: SiteData, path: string): Article | undefined {
	const zone = siteZone(data.site.timezone);
	const authors = stored.authors.map((key) => data.authors[key]);
	const editors = stored.editors.map((key) => data.authors[key]);
	const rubric = data.rubrics[stored.rubric];
	if (!rubric || [...authors, ...editors].some((author) => !author)) return undefined;
	const at = (ms: number) => DateTime.fromMillis(ms, { zone });
	const article = {
		...stored,
		date: at(stored.date),
		updated: stored.updated === undefined ? undefined : at(stored.updated),
		editedAt: stored.editedAt === undefined ? undefined : at(stored.editedAt),
		corrections: stored.corrections.map((c) => ({ date: at(c.date), when: c.when, text: c.text })),
		authors: authors as Article["authors"],
		editors: editors as Article["editors"],
		withdrawn: stored.withdrawn && { ...stored.withdrawn, date: at(stored.withdrawn.date) },
		rubric,
	} as Omit<Article, "body">;
	// The body is read again from the file when a page needs it: a build that renders ten pages of a
	// 100,000-story archive then holds ten bodies, not 100,000.
	return lazyBody(article as Article, path);
}

function lazyBody(article: Article, path: string): Article {
	return Object.defineProperty(article, "body", { enumerable: true, configurable: true, get: () => bodyOf(path) });
}

function bodyOf(path: string): string {
	const parsed = parseFrontMatter(readFileSync(path, "utf8"));
	return parsed.ok ? parsed.body : "";
}
