// How the search index is split: one Pagefind index ("shard") per period, merged in the reader's browser
// (_includes/js/search.js, Pagefind's mergeIndex). Pagefind holds an index in memory while it writes it (about
// 0.3 MB per article, growing faster than linearly) and cannot update an index in place, so:
//
// - the newest shard is small: the calendar month of the newest article ("2026-11"). Publishing a story
//   re-indexes that month only (~1,000 articles or fewer for a newsroom of 30 stories a day);
// - the rest of the newest article's year is one shard ("2026"), or, above YEAR_TO_DATE_MAX articles, one per
//   quarter ("2026-q1" … holding only months before the newest), so the month that closes costs at most a quarter;
// - every closed year is one shard ("2025"); above SHARD_MAX articles it is split in halves ("2025-h1"), quarters
//   ("2025-q3") or months ("2025-m07") so every Pagefind child stays well under 4 GB (10,000 articles: ~2.8 GB);
// - consecutive closed years with fewer than GROUP_MIN articles share a shard, grouped from the oldest year
//   ("2016-2018") and never above SHARD_MAX, so a small archive has two or three shards and the browser fetches few files per search.
//
// Ids are stable: a new story in the newest month renames nothing; when a month closes, the old month's id goes
// and its articles join the year (or quarter) shard; when a year closes, only the newest group of small years
// can grow ("2024" → "2024-2025"). The signature names everything a shard's files depend on, so an unchanged
// signature means the shard's folder can be carried over from the previous output as it is.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { articleVersion } from "../views/render-plan.ts";
import type { Article } from "../content/types.ts";
import { RECORD_FORMAT, type RecordOptions } from "./records.ts";

export interface SearchShard {
	/** Folder name under <site>/pagefind/: "2026-11", "2026", "2026-q2", "2025-h1", "2016-2018" */
	id: string;
	/** Oldest first */
	articles: Article[];
	/** Hash of everything the shard's files depend on */
	signature: string;
}

/** Closed periods are split above this many articles (a Pagefind child indexes 10,000 in ~2.8 GB). */
export const SHARD_MAX = 10_000;
/** Consecutive closed years are grouped until a group holds at least this many articles. */
export const GROUP_MIN = 5_000;
/** Above this, the months of the current year before the newest are split by quarter. */
export const YEAR_TO_DATE_MAX = 3_000;

/** The installed Pagefind's version: its index format and runtime differ between versions. */
export const PAGEFIND_VERSION: string = (
	JSON.parse(readFileSync(fileURLToPath(new URL("../package.json", import.meta.resolve("pagefind"))), "utf8")) as { version: string }
).version;

/**
 * The shards of an archive, newest first. `records` are the site settings a record depends on (language, locale);
 * they enter every signature.
 */
export function planShards(articles: readonly Article[], records: Partial<RecordOptions> = {}): SearchShard[] {
	if (!articles.length) return [];
	const sorted = [...articles].sort(oldestFirst);
	const newest = sorted.at(-1)!.date;
	const byMonth = new Map<number, Article[]>(); // key: year * 100 + month
	for (const article of sorted) {
		const key = article.date.year * 100 + article.date.month;
		const list = byMonth.get(key);
		if (list) list.push(article);
		else byMonth.set(key, [article]);
	}
	const months = (year: number, from: number, to: number) => {
		const list: Article[] = [];
		for (let month = from; month <= to; month++) list.push(...(byMonth.get(year * 100 + month) ?? []));
		return list;
	};

	const shards: Omit<SearchShard, "signature">[] = [];
	// Closed years, oldest first; small consecutive years grouped.
	const firstYear = sorted[0]!.date.year;
	let group: { from: number; to: number; articles: Article[] } | undefined;
	const closeGroup = () => {
		if (group) shards.push({ id: group.from === group.to ? String(group.from) : `${group.from}-${group.to}`, articles: group.articles });
		group = undefined;
	};
	for (let year = firstYear; year < newest.year; year++) {
		const all = months(year, 1, 12);
		if (!all.length) continue;
		if (all.length > SHARD_MAX) {
			closeGroup();
			shards.push(...splitYear(year, 12, months));
			continue;
		}
		if (group && group.articles.length + all.length > SHARD_MAX) closeGroup();
		group ??= { from: year, to: year, articles: [] };
		group.to = year;
		group.articles.push(...all);
		if (group.articles.length >= GROUP_MIN) closeGroup();
	}
	closeGroup();

	// The newest year before its newest month.
	const yearToDate = months(newest.year, 1, newest.month - 1);
	if (yearToDate.length > YEAR_TO_DATE_MAX) shards.push(...splitYear(newest.year, newest.month - 1, months, 4));
	else if (yearToDate.length) shards.push({ id: String(newest.year), articles: yearToDate });

	shards.push({ id: `${newest.year}-${pad(newest.month)}`, articles: months(newest.year, newest.month, newest.month) });

	const salt = JSON.stringify([RECORD_FORMAT, PAGEFIND_VERSION, records.language ?? "", records.locale ?? "", records.notices ?? {}]);
	return shards.reverse().map((shard) => ({ ...shard, signature: signatureOf(salt, shard.articles) }));
}

const oldestFirst = (a: Article, b: Article) => a.date.toMillis() - b.date.toMillis() || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

const pad = (n: number) => String(n).padStart(2, "0");

const PARTS = [
	{ parts: 2, name: "h" },
	{ parts: 4, name: "q" },
	{ parts: 12, name: "m" },
] as const;

/**
 * A year's months 1..`last` in halves, quarters or months, the coarsest split that keeps every part within
 * SHARD_MAX (`minParts` forces at least that fine a split). A single month is never split.
 */
function splitYear(
	year: number,
	last: number,
	months: (year: number, from: number, to: number) => Article[],
	minParts = 2,
): Omit<SearchShard, "signature">[] {
	const candidates = PARTS.filter((p) => p.parts >= minParts);
	for (const [i, { parts, name }] of candidates.entries()) {
		const size = 12 / parts;
		const pieces: Omit<SearchShard, "signature">[] = [];
		for (let part = 0; part * size + 1 <= last; part++) {
			const list = months(year, part * size + 1, Math.min(last, (part + 1) * size));
			if (list.length) pieces.push({ id: `${year}-${name}${name === "m" ? pad(part + 1) : part + 1}`, articles: list });
		}
		if (i === candidates.length - 1 || pieces.every((p) => p.articles.length <= SHARD_MAX)) return pieces;
	}
	return [];
}

function signatureOf(salt: string, articles: readonly Article[]): string {
	const hash = createHash("sha256").update(salt);
	// What a record shows besides the file's content: its URL and formatted date (permalink rules, time zone, locale).
	for (const a of articles) hash.update(`\n${articleVersion(a)}\t${a.url}\t${a.published.iso}\t${a.published.dateTime}`);
	return hash.digest("hex").slice(0, 20);
}
