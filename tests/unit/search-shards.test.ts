// The search index's shard plan (src/search/shards.ts): deterministic, stable ids when stories are added, a small
// newest shard, bounded sizes, small years grouped.
import type { DateTime } from "luxon";
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Article } from "../../src/content/types.ts";
import { GROUP_MIN, planShards, SHARD_MAX, type SearchShard } from "../../src/search/shards.ts";
import { minutesAfter, synthetic } from "../helpers/synthetic.ts";

const RECORDS = { language: "id", locale: "id" };

/** `count` articles spread evenly over `years` years ending at `end` (site zone), newest first. */
function archive(count: number, years: number, end = "2026-11-28 08:00"): Article[] {
	const key = `${count} ${years} ${end}`;
	const cached = made.get(key);
	if (cached) return cached;
	const span = years * 365 * 24 * 60;
	const articles: Article[] = [];
	for (let i = 0; i < count; i++) articles.push(story(minutesAfter(end, -Math.floor((i * span) / count)), i));
	made.set(key, articles);
	return articles;
}
const made = new Map<string, Article[]>();

function story(date: DateTime, i: number): Article {
	return synthetic({ title: `Berita nomor ${i}`, date });
}

const ids = (shards: SearchShard[]) => shards.map((s) => s.id);
const sizes = (shards: SearchShard[]) => Object.fromEntries(shards.map((s) => [s.id, s.articles.length]));

test("every article is in exactly one shard; newest shard first, articles oldest first in each", () => {
	const articles = archive(4_000, 10);
	const shards = planShards(articles, RECORDS);
	const all = shards.flatMap((s) => s.articles);
	assert.is(all.length, articles.length);
	assert.is(new Set(all).size, articles.length);
	for (const shard of shards) {
		for (let i = 1; i < shard.articles.length; i++) assert.ok(shard.articles[i - 1]!.date <= shard.articles[i]!.date, shard.id);
	}
	for (let i = 1; i < shards.length; i++) assert.ok(shards[i - 1]!.articles[0]!.date > shards[i]!.articles.at(-1)!.date, "newest first");
});

test("deterministic: the same archive in any order gives the same plan and signatures", () => {
	const articles = archive(3_000, 6);
	const a = planShards(articles, RECORDS);
	const b = planShards([...articles].reverse(), RECORDS);
	assert.equal(ids(a), ids(b));
	assert.equal(
		a.map((s) => s.signature),
		b.map((s) => s.signature),
	);
	assert.equal(
		a.map((s) => s.articles.map((x) => x.file)),
		b.map((s) => s.articles.map((x) => x.file)),
	);
});

test("4,000 articles over ten years: three shards (small years grouped, the year so far, the newest month)", () => {
	const shards = planShards(archive(4_000, 10), RECORDS);
	assert.equal(ids(shards), ["2026-11", "2026", "2016-2025"]);
	assert.ok(shards[0]!.articles.length < 100);
});

test("20,000 articles: closed years grouped from the oldest until a group reaches GROUP_MIN", () => {
	const shards = planShards(archive(20_000, 10), RECORDS);
	assert.equal(ids(shards), ["2026-11", "2026", "2023-2025", "2020-2022", "2016-2019"], JSON.stringify(sizes(shards)));
	const groups = shards.slice(2);
	for (const group of groups.slice(1)) {
		assert.ok(group.articles.length >= GROUP_MIN, group.id);
		// It closed as soon as it was big enough: without its newest year it was not.
		const newestYear = group.articles.at(-1)!.date.year;
		assert.ok(group.articles.filter((a) => a.date.year !== newestYear).length < GROUP_MIN, group.id);
	}
});

test("100,000 articles over ten years: at most 17 shards, none above SHARD_MAX, the newest about a month", () => {
	const shards = planShards(archive(100_000, 10), RECORDS);
	// 17 here: two of these evenly spread years hold just over 10,000 and are halved, the first is a stub,
	// and the year so far is in quarters.
	assert.ok(shards.length <= 17, JSON.stringify(sizes(shards)));
	for (const shard of shards) assert.ok(shard.articles.length <= SHARD_MAX, `${shard.id}: ${shard.articles.length}`);
	assert.is(shards[0]!.id, "2026-11");
	assert.ok(shards[0]!.articles.length <= 1_000, String(shards[0]!.articles.length));
	// The year so far is above YEAR_TO_DATE_MAX, so it is split by quarter (the last holds October only).
	assert.equal(ids(shards).slice(1, 5), ["2026-q4", "2026-q3", "2026-q2", "2026-q1"]);
});

test("a year above SHARD_MAX is split into halves, or quarters when a half is still too big", () => {
	const busy = archive(25_000, 1, "2025-12-31 20:00"); // all in 2025
	const next = synthetic({ title: "Tahun baru", date: "2026-01-02 08:00" });
	const shards = planShards([next, ...busy], RECORDS);
	// (The year before holds the few stories of the 365 days' span that fall in 2024.)
	assert.equal(ids(shards), ["2026-01", "2025-q4", "2025-q3", "2025-q2", "2025-q1", "2024"], JSON.stringify(sizes(shards)));
	const halves = planShards([next, ...archive(15_000, 1, "2025-12-31 20:00")], RECORDS);
	assert.equal(ids(halves), ["2026-01", "2025-h2", "2025-h1", "2024"]);
});

test("a new story in the newest month changes only the newest shard; ids and other signatures stay", () => {
	const articles = archive(20_000, 10);
	const before = planShards(articles, RECORDS);
	const after = planShards([story(minutesAfter("2026-11-29 07:00", 0), -1), ...articles], RECORDS);
	assert.equal(ids(after), ids(before));
	assert.is.not(after[0]!.signature, before[0]!.signature);
	assert.equal(
		after.slice(1).map((s) => s.signature),
		before.slice(1).map((s) => s.signature),
	);
});

test("a story in a new month: the old month joins the year, nothing older changes", () => {
	const articles = archive(20_000, 10);
	const before = planShards(articles, RECORDS);
	const after = planShards([story(minutesAfter("2026-12-01 07:00", 0), -1), ...articles], RECORDS);
	assert.equal(ids(after), ["2026-12", ...ids(before).slice(1)]);
	assert.is(after[1]!.articles.length, before[0]!.articles.length + before[1]!.articles.length);
	assert.equal(
		after.slice(2).map((s) => s.signature),
		before.slice(2).map((s) => s.signature),
	);
});

test("a story in a new year: the old year closes under the same id or joins the newest group; older groups stay", () => {
	const articles = archive(20_000, 10, "2026-12-30 08:00");
	const before = planShards(articles, RECORDS);
	const after = planShards([story(minutesAfter("2027-01-01 07:00", 0), -1), ...articles], RECORDS);
	assert.equal(ids(before).slice(0, 3), ["2026-12", "2026", "2023-2025"]);
	// 2023-2025 had reached GROUP_MIN, so 2026 closes as a shard of its own, under the id it had.
	assert.equal(ids(after), ["2027-01", "2026", ...ids(before).slice(2)]);
	assert.equal(
		after.slice(2).map((s) => s.signature),
		before.slice(2).map((s) => s.signature),
	);
	// A newest group still below GROUP_MIN takes the closed year in; only that group's id changes.
	const small = archive(4_000, 10, "2026-12-30 08:00");
	const grown = planShards([story(minutesAfter("2027-01-01 07:00", 0), -1), ...small], RECORDS);
	assert.equal(ids(planShards(small, RECORDS)), ["2026-12", "2026", "2017-2025"]);
	assert.equal(ids(grown), ["2027-01", "2017-2026"]);
});

test("signatures follow every article's file version and the record settings", () => {
	const articles = archive(500, 2);
	const before = planShards(articles, RECORDS);
	const edited = articles.map((a, i) => (i === 400 ? { ...a, version: "2" } : a));
	const after = planShards(edited, RECORDS);
	const changed = after.filter((s, i) => s.signature !== before[i]!.signature).map((s) => s.id);
	assert.equal(changed, [before.find((s) => s.articles.includes(articles[400]!))!.id]);
	assert.ok(planShards(articles, { language: "en", locale: "en" }).every((s, i) => s.signature !== before[i]!.signature));
});

test("ids are safe folder names; an empty archive has no shards", () => {
	for (const shard of planShards(archive(100_000, 10), RECORDS)) assert.match(shard.id, /^[0-9][0-9a-z-]*$/);
	assert.equal(planShards([], RECORDS), []);
});

test.run();
