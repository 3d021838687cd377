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
import { createHash, randomUUID } from "node:crypto";
import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { deserialize, serialize } from "node:v8";
import { DateTime } from "luxon";
import { lookAt, type FileLook } from "./stat-ahead.ts";
import { knownOffsets, learnOffsets, siteZone, timeZoneDataVersion } from "../time/zone.ts";
import { dateFromMillis } from "../time/dates.ts";
import { parseFrontMatter } from "./frontmatter.ts";
import type { Problem } from "./problems.ts";
import type { Article, Author, SiteData, Tag } from "./types.ts";

interface Entry {
	size: number;
	mtimeMs: number;
	/** Content hash of the file */
	hash: string;
	article: Article;
	/** Warnings the file gave when it was read */
	warnings: Problem[];
	/** The bytes it was restored from, while its size and mtime are those they hold: saved again without
	 *  serializing (at 20,000 articles, serializing every entry took 0.4 s of each incremental build) */
	bytes?: Chunk;
}

/**
 * An entry of a store file opened with `ArticleStore.open`, read from the file when needed. At 100,000 articles
 * the file is ~110 MB: read whole, it stayed in memory for the whole build (its entries' bytes are saved again
 * as they were), and on the benchmark's VM the first touch of that much fresh memory took ~0.65 s.
 */
class FileSlice {
	readonly offset: number;
	readonly length: number;
	constructor(offset: number, length: number) {
		this.offset = offset;
		this.length = length;
	}
}

/** An entry's serialized bytes: in memory, or in the store file. */
type Chunk = Uint8Array | FileSlice;

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

interface StoredEntry extends Omit<Entry, "article" | "bytes"> {
	article: StoredArticle;
}

/**
 * 4: a header (format, kind, id, key, each entry's path and byte length) and then every entry serialized on its
 * own, so an unchanged entry is saved as the bytes it was loaded from; a journal has the same frame, with the
 * id of the whole file it changes and the paths it removes. 3 had no kinds; 1 and 2 were one v8 value for the
 * whole store (2 with the editorial fields: jenis, editors, source, replyTo, withdrawn).
 */
const FORMAT = 4;
/** The file starts with this, then the header's length (uint32 LE), the header, the entries. */
const MAGIC = "warta-articles\n";

interface Header {
	format: number;
	/** "whole": every entry; "journal": the entries that differ from the whole file `base` */
	kind: "whole" | "journal";
	/** Names this file, so a journal can name the whole file it belongs to */
	id: string;
	base?: string;
	/** In a journal: paths of the whole file that are gone */
	removed?: string[];
	key: string;
	paths: string[];
	lengths: number[];
	/** The site zone's UTC offsets by day (src/time/zone.ts), valid for this time zone data version */
	zone?: { name: string; data: string; days: [number, number][] };
}

export class ArticleStore {
	#entries = new Map<string, Entry>();
	/** Entries loaded from disk, as their bytes, restored on first use with this build's data (authors, rubrics) */
	#stored = new Map<string, Chunk>();
	/** The whole file the store was loaded from: its id, key and entries (to write only what differs from it) */
	#main?: { id: string; key: string; entries: Map<string, Chunk> };
	/** The store file the FileSlices of `#main` are read from (`open`) */
	#file?: StoreFile;
	#data?: SiteData;
	/** One Tag object per tag spelling, shared by the restored articles that carry it (see `restore`) */
	#tags = new Map<string, Tag>();
	#key = "";
	/** Zone offsets loaded with the store, given to the site zone when the store's key holds */
	#zone?: Header["zone"];
	/** Files read (parsed) and reused in the last build, for the build's summary and tests */
	stats = { parsed: 0, reused: 0 };

	/** Starts a build with `key` (what the articles were validated against); a new key forgets every entry. */
	begin(key: string, data: SiteData): void {
		if (key !== this.#key) {
			this.#entries.clear();
			this.#stored.clear();
			this.#tags.clear();
		}
		const zone = this.#zone;
		if (zone && zone.name === data.site.timezone && zone.data === timeZoneDataVersion()) learnOffsets(zone.name, zone.days);
		this.#zone = undefined;
		this.#key = key;
		this.#data = data;
		this.stats = { parsed: 0, reused: 0 };
		// Entries in the store file are restored now, in the file's order, so the file is read once, front to
		// back, through one small buffer (`get` asks for them in the order the articles are listed).
		if (this.#file) for (const path of [...this.#stored.keys()]) this.#restore(path);
	}

	/**
	 * The article in `path` (absolute), from the store when the file is unchanged, else from `read` (which
	 * returns undefined on errors and reports problems itself). Replays stored warnings into `warnings`.
	 * `unchanged`: the caller knows the file did not change since this process last looked at it (a watcher
	 * said so), so an entry of this process is reused without a `stat`; entries loaded from disk are checked.
	 * `look`: the file's `stat`, perhaps taken ahead on another thread (src/content/stat-ahead.ts).
	 */
	get(
		path: string,
		read: (source: string, version: string) => { article?: Article; warnings: Problem[] },
		report: (warnings: Problem[]) => void,
		unchanged = false,
		look: (path: string) => FileLook = lookAt,
	): Article | undefined {
		const seen = unchanged ? this.#entries.get(path) : undefined;
		if (seen && !seen.bytes) return this.#reuse(seen, report);
		const stat = look(path);
		if (!stat.isFile) return undefined; // a folder named like an article
		let known = this.#entries.get(path) ?? this.#restore(path);
		if (known && known.size === stat.size && known.mtimeMs === stat.mtimeMs) return this.#reuse(known, report);
		const source = readFileSync(path);
		const hash = createHash("sha1").update(source).digest("hex");
		if (known?.hash === hash) {
			known = { ...known, size: stat.size, mtimeMs: stat.mtimeMs, bytes: undefined };
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
		const lazy = lazyBody(article, path, article);
		this.#entries.set(path, { size: stat.size, mtimeMs: stat.mtimeMs, hash, article: lazy, warnings });
		return lazy;
	}

	#restore(path: string): Entry | undefined {
		const bytes = this.#stored.get(path);
		if (!bytes || !this.#data) return undefined;
		this.#stored.delete(path);
		let stored: StoredEntry;
		try {
			stored = deserialize(bytes instanceof FileSlice ? this.#file!.view(bytes) : bytes) as StoredEntry;
		} catch {
			return undefined; // a damaged entry: the file is read again
		}
		const article = restore(stored.article, this.#data, path, this.#tags);
		if (!article) return undefined;
		// Only what the build reads is kept: the deserialized form is garbage at once (at 100,000 articles,
		// everything kept here is copied by each young-generation collection of the build; docs/performance.md).
		const entry: Entry = {
			size: stored.size,
			mtimeMs: stored.mtimeMs,
			hash: stored.hash === article.version ? article.version : stored.hash, // one string, not two copies
			warnings: stored.warnings.length ? stored.warnings : NO_WARNINGS,
			article,
			bytes,
		};
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

	/** The store as bytes, for the build cache: every entry. */
	save(): Buffer {
		const { paths, chunks } = this.#collect();
		return this.#whole(paths, chunks, this.#changedSinceMain(paths, chunks));
	}

	/**
	 * The store for the build cache, written cheaply: while few entries differ from the whole file it was loaded
	 * from, only those, as a journal to keep beside that file (`load(whole, journal)`); otherwise the whole store.
	 * At 100,000 articles the whole store is ~110 MB, and writing it took ~0.7 s of every incremental build.
	 */
	saveChanges(): { whole: Buffer } | { journal: Buffer } {
		const { paths, chunks } = this.#collect();
		const changed = this.#changedSinceMain(paths, chunks);
		const main = this.#main;
		if (!main || main.key !== this.#key || changed.paths.length + changed.removed.length > Math.max(100, paths.length / 10)) {
			return { whole: this.#whole(paths, chunks, changed) };
		}
		const header: Header = {
			format: FORMAT,
			kind: "journal",
			id: randomUUID(),
			base: main.id,
			removed: changed.removed,
			key: this.#key,
			paths: changed.paths,
			lengths: changed.chunks.map((c) => c.length),
			zone: this.#zoneNow(),
		};
		return { journal: frame(header, this.#inMemory(changed.chunks)) };
	}

	#whole(paths: string[], chunks: Chunk[], changed: { paths: string[]; removed: string[] }): Buffer {
		// Unchanged since it was loaded: the same bytes, under the same id (a journal naming it stays valid).
		const id = this.#main && changed.paths.length === 0 && changed.removed.length === 0 ? this.#main.id : randomUUID();
		const header: Header = {
			format: FORMAT,
			kind: "whole",
			id,
			key: this.#key,
			paths,
			lengths: chunks.map((c) => c.length),
			zone: this.#zoneNow(),
		};
		return frame(header, this.#inMemory(chunks));
	}

	/** The chunks with those still in the store file read from it (a whole save; a journal holds none of them). */
	#inMemory(chunks: Chunk[]): Uint8Array[] {
		if (!chunks.some((chunk) => chunk instanceof FileSlice)) return chunks as Uint8Array[];
		const whole = this.#file!.all();
		return chunks.map((chunk) => (chunk instanceof FileSlice ? whole.subarray(chunk.offset, chunk.offset + chunk.length) : chunk));
	}

	/** Releases the store file opened by `open`; entries still in it can no longer be restored or saved. */
	close(): void {
		this.#file?.close();
	}

	#collect(): { paths: string[]; chunks: Chunk[] } {
		const paths: string[] = [];
		const chunks: Chunk[] = [];
		for (const [path, entry] of this.#entries) {
			paths.push(path);
			chunks.push(entry.bytes ?? serializeEntry(entry));
		}
		for (const [path, bytes] of this.#stored) {
			paths.push(path);
			chunks.push(bytes);
		}
		return { paths, chunks };
	}

	/** The entries whose bytes are not those of the whole file the store was loaded from, and its paths now gone. */
	#changedSinceMain(paths: string[], chunks: Chunk[]): { paths: string[]; chunks: Chunk[]; removed: string[] } {
		const changed = { paths: [] as string[], chunks: [] as Chunk[], removed: [] as string[] };
		const main = this.#main?.entries;
		paths.forEach((path, i) => {
			if (main?.get(path) === chunks[i]) return;
			changed.paths.push(path);
			changed.chunks.push(chunks[i]!);
		});
		if (main) {
			for (const path of main.keys()) if (!this.#entries.has(path) && !this.#stored.has(path)) changed.removed.push(path);
		}
		return changed;
	}

	#zoneNow(): Header["zone"] {
		const name = this.#data?.site.timezone;
		return name === undefined ? undefined : { name, data: timeZoneDataVersion(), days: knownOffsets(name) };
	}

	/**
	 * A store from `save()`'s bytes, and the journal `saveChanges()` wrote after them, if any. Its articles read
	 * their body from the file when a page needs it. Bytes that are not a store of this format (an older Warta's,
	 * a damaged file) give an empty store: every article is read. A journal that does not belong to the file
	 * (another id, damaged) is left out; every entry is checked against its file anyway, so at worst an article
	 * is read again.
	 */
	static load(bytes: Buffer, journal?: Buffer): ArticleStore {
		return ArticleStore.#from(unframe(bytes), journal);
	}

	/**
	 * Like `load`, from the store file at `path` (and its journal's bytes), without reading the file whole: its
	 * header now, its entries when the build begins (`begin`). Call `close` when the build is done with the store.
	 */
	static open(path: string, journal?: Buffer): ArticleStore {
		let file: StoreFile | undefined;
		try {
			file = new StoreFile(path);
			const store = ArticleStore.#from(unframeFile(file), journal, file);
			if (!store.#file) file.close(); // not a whole store of this format: nothing to read from it
			return store;
		} catch {
			file?.close();
			return new ArticleStore(); // none, or unreadable: every article is read
		}
	}

	static #from(main: Unframed | undefined, journal: Buffer | undefined, file?: StoreFile): ArticleStore {
		const store = new ArticleStore();
		if (!main || main.header.kind !== "whole") return store;
		store.#file = file;
		store.#key = main.header.key;
		store.#zone = main.header.zone;
		store.#stored = new Map(main.entries);
		store.#main = { id: main.header.id, key: main.header.key, entries: main.entries };
		const changes = journal && unframe(journal);
		if (changes && changes.header.kind === "journal" && changes.header.base === main.header.id) {
			for (const path of changes.header.removed ?? []) store.#stored.delete(path);
			for (const [path, entry] of changes.entries) store.#stored.set(path, entry);
			store.#key = changes.header.key;
			store.#zone = changes.header.zone;
		}
		return store;
	}
}

/** MAGIC, the header's length (uint32 LE), the header, the entries. */
function frame(header: Header, chunks: Uint8Array[]): Buffer {
	const head = serialize(header);
	const length = Buffer.alloc(4);
	length.writeUInt32LE(head.length);
	return Buffer.concat([Buffer.from(MAGIC), length, head, ...chunks]);
}

type Unframed = { header: Header; entries: Map<string, Chunk> };

/** A framed file's header and entries (views into `bytes`, deserialized when the build asks for the article);
 *  undefined for anything else. */
function unframe(bytes: Buffer): Unframed | undefined {
	try {
		return unframeWith(
			bytes.length,
			(offset, length) => bytes.subarray(offset, offset + length),
			(offset, length) => bytes.subarray(offset, offset + length),
		);
	} catch {
		return undefined;
	}
}

/** The header of a store file and where each entry lies in it; undefined for anything else. */
function unframeFile(file: StoreFile): Unframed | undefined {
	return unframeWith(
		file.size,
		(offset, length) => file.read(offset, length),
		(offset, length) => new FileSlice(offset, length),
	);
}

function unframeWith(
	size: number,
	read: (offset: number, length: number) => Buffer,
	entry: (offset: number, length: number) => Chunk,
): Unframed | undefined {
	if (size < MAGIC.length + 4) return undefined;
	const start = read(0, MAGIC.length + 4);
	if (start.subarray(0, MAGIC.length).toString("latin1") !== MAGIC) return undefined;
	const headerEnd = MAGIC.length + 4 + start.readUInt32LE(MAGIC.length);
	if (headerEnd > size) return undefined;
	const header = deserialize(read(MAGIC.length + 4, headerEnd - MAGIC.length - 4)) as Header;
	if (header.format !== FORMAT) return undefined;
	const entries = new Map<string, Chunk>();
	let at = headerEnd;
	for (let i = 0; i < header.paths.length; i++) {
		const end = at + header.lengths[i]!;
		if (end > size) return undefined; // truncated
		entries.set(header.paths[i]!, entry(at, end - at));
		at = end;
	}
	return at === size ? { header, entries } : undefined; // else trailing bytes
}

/**
 * A store file, open for the build: read through one buffer of WINDOW bytes, front to back (entries are restored
 * in the file's order). The descriptor stays open, so a build cache written in the meantime (a new file renamed
 * over this one) does not change what is read.
 */
class StoreFile {
	static readonly WINDOW = 4 << 20;
	readonly size: number;
	#fd: number | undefined;
	#window = Buffer.alloc(0);
	#start = 0;
	#filled = 0;

	constructor(path: string) {
		this.#fd = openSync(path, "r");
		this.size = fstatSync(this.#fd).size;
	}

	/** `length` bytes at `offset`, in a buffer of their own. */
	read(offset: number, length: number): Buffer {
		const bytes = Buffer.allocUnsafe(length);
		this.#readInto(bytes, offset);
		return bytes;
	}

	/** An entry's bytes, as a view valid until the next call. */
	view(slice: FileSlice): Uint8Array {
		const { offset, length } = slice;
		if (offset < this.#start || offset + length > this.#start + this.#filled) {
			const size = Math.min(Math.max(StoreFile.WINDOW, length), this.size - offset);
			if (this.#window.length < size) this.#window = Buffer.allocUnsafe(Math.max(StoreFile.WINDOW, size));
			this.#readInto(this.#window.subarray(0, size), offset);
			this.#start = offset;
			this.#filled = size;
		}
		return this.#window.subarray(offset - this.#start, offset - this.#start + length);
	}

	/** The whole file (saving the whole store again). */
	all(): Buffer {
		return this.read(0, this.size);
	}

	close(): void {
		if (this.#fd !== undefined) closeSync(this.#fd);
		this.#fd = undefined;
		this.#window = Buffer.alloc(0);
	}

	#readInto(target: Uint8Array, offset: number): void {
		if (this.#fd === undefined) throw new Error("ArticleStore: the store file was closed before its entries were read");
		let done = 0;
		while (done < target.length) {
			const got = readSync(this.#fd, target, done, target.length - done, offset + done);
			if (got === 0) throw new Error("ArticleStore: the store file is shorter than its header says");
			done += got;
		}
	}
}

function store(article: Article): StoredArticle {
	// Every field but the body, which is not read: it is a getter that reads the article's file (`lazyBody`).
	const fields: Record<string, unknown> = {};
	for (const key of Object.keys(article)) if (key !== "body") fields[key] = article[key as keyof Article];
	const rest = fields as Omit<Article, "body">;
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

function serializeEntry({ size, mtimeMs, hash, warnings, article }: Entry): Buffer {
	return serialize({ size, mtimeMs, hash, warnings, article: store(article) } satisfies StoredEntry);
}

/** The warnings of the many entries that have none: one array, never changed (`#reuse` only reads it). */
const NO_WARNINGS: Problem[] = [];

/**
 * The article of a stored entry, with this build's authors and rubric. Its tags are the objects `tags` already
 * holds for the same spelling: an archive names a few thousand tags about three times per story, and objects
 * shared are objects the garbage collector does not copy (Tag objects are never changed after reading).
 */
function restore(stored: StoredArticle, data: SiteData, path: string, tags: Map<string, Tag>): Article | undefined {
	const zone = siteZone(data.site.timezone);
	const rubric = data.rubrics[stored.rubric];
	const authors = byKey(stored.authors, data.authors);
	const editors = stored.editors.length ? byKey(stored.editors, data.authors) : NO_AUTHORS;
	if (!rubric || !authors || !editors) return undefined;
	const storedTags = stored.tags;
	for (let i = 0; i < storedTags.length; i++) {
		const tag = storedTags[i]!;
		const key = `${tag.url}\n${tag.name}`;
		const known = tags.get(key);
		if (known && known.slug === tag.slug) storedTags[i] = known;
		else tags.set(key, tag);
	}
	// The fixed-shape article is made from the stored one directly (`lazyBody`): no intermediate copy. Its body
	// is read again from the file when a page needs it: a build that renders ten pages of a 100,000-story
	// archive then holds ten bodies, not 100,000.
	return lazyBody(stored, path, {
		date: dateFromMillis(stored.date, zone),
		updated: stored.updated === undefined ? undefined : dateFromMillis(stored.updated, zone),
		editedAt: stored.editedAt === undefined ? undefined : dateFromMillis(stored.editedAt, zone),
		corrections: stored.corrections.length
			? stored.corrections.map((c) => ({ date: dateFromMillis(c.date, zone), when: c.when, text: c.text }))
			: [],
		authors,
		editors,
		withdrawn: stored.withdrawn && { ...stored.withdrawn, date: dateFromMillis(stored.withdrawn.date, zone) },
		rubric,
	});
}

/** The editors of the many stories that name none: one array, frozen (articles are never changed after reading). */
const NO_AUTHORS = Object.freeze([]) as unknown as Author[];

/** The authors named by `keys`, or undefined when one is not in the data files. */
function byKey(keys: string[], authors: Record<string, Author>): Author[] | undefined {
	const found: Author[] = [];
	for (const key of keys) {
		const author = authors[key];
		if (!author) return undefined;
		found.push(author);
	}
	return found;
}

/** The fields a stored article holds in another form (dates as numbers, authors and rubric as keys). */
type Converted = "date" | "updated" | "editedAt" | "corrections" | "authors" | "editors" | "withdrawn" | "rubric";

/** Every field of an article, each one present (optional ones as undefined): see `lazyBody`. */
type FieldName = Exclude<keyof Article, "body">;
type AllFields = { [K in FieldName]: Article[K] | undefined };

/**
 * The article with its body read from the file when a page needs it, as an object of one fixed shape: every
 * field present, in one order. Objects spread from stored entries had a shape per combination of optional
 * fields, which made every property read of the views megamorphic: the sitemap's page list took 5× as long for
 * articles from the store as for articles just read (0.3 s against 0.06 s at 20,000 articles).
 */

function lazyBody(fields: Omit<Article, "body" | Converted>, path: string, own: Pick<Article, Converted>): Article {
	const article: AllFields = {
		file: fields.file,
		url: fields.url,
		slug: fields.slug,
		title: fields.title,
		summary: fields.summary,
		dateline: fields.dateline,
		date: own.date,
		updated: own.updated,
		editedAt: own.editedAt,
		published: fields.published,
		modified: fields.modified,
		authors: own.authors,
		rubric: own.rubric,
		tags: fields.tags,
		image: fields.image,
		jenis: fields.jenis,
		jenisLabel: fields.jenisLabel,
		claimReview: fields.claimReview,
		editors: own.editors,
		source: fields.source,
		replyToRef: fields.replyToRef,
		replyTo: fields.replyTo,
		replies: fields.replies,
		withdrawn: own.withdrawn,
		draft: fields.draft,
		featured: fields.featured,
		corrections: own.corrections,
		bodyImages: fields.bodyImages,
		version: fields.version,
	};
	bodyFiles.set(article, path);
	// One getter for every article, not a closure each: an accessor of its own per object gives each object a
	// map of its own (V8 then keeps it in dictionary mode, as slow to read as the many shapes above).
	return Object.defineProperty(article, "body", { enumerable: true, configurable: true, get: readBody }) as Article;
}

const bodyFiles = new WeakMap<object, string>();

function readBody(this: object): string {
	return bodyOf(bodyFiles.get(this)!);
}

function bodyOf(path: string): string {
	const parsed = parseFrontMatter(readFileSync(path, "utf8"));
	return parsed.ok ? parsed.body : "";
}
