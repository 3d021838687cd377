// The sharded search index on a generated corpus (src/bench/corpus.ts): time per shard and the Pagefind child's
// peak memory (VmHWM, reset per shard through /proc/<pid>/clear_refs; Linux only), then the time to index the
// newest shard again after one new story.
//   node --import tsx src/bench/search-index.ts --corpus /tmp/corpus/n20000 [--out DIR] [--newest-only]
// --newest-only indexes just the newest shard (before and after the new story), for archives too big to index
// in full on a busy machine; --shard <id> indexes just that shard (e.g. a full month, as a busy newest month).
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { buildArchive } from "../content/archive.ts";
import type { Article } from "../content/types.ts";
import { shardsToBuild, writeSearchShards } from "../search/pagefind.ts";
import { planShards, type SearchShard } from "../search/shards.ts";
import { recordOptions } from "../search/records.ts";

const { values } = parseArgs({
	options: {
		corpus: { type: "string" },
		out: { type: "string" },
		now: { type: "string" },
		"newest-only": { type: "boolean" },
		shard: { type: "string" },
	},
});
const root = values.corpus!;
const out = values.out ?? join(tmpdir(), `warta-search-bench-${process.pid}`);
const now = values.now ?? "2026-11-29 08:00";

function pagefindChild(): number | undefined {
	const children = readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
	return children.map(Number).find((pid) => readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("pagefind"));
}
function childPeakMb(reset: boolean): number {
	const pid = pagefindChild();
	if (!pid) return 0;
	const peak = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024;
	if (reset) writeFileSync(`/proc/${pid}/clear_refs`, "5");
	return Math.round(peak);
}
const rows: { id: string; articles: number; seconds: number; peakMb: number }[] = [];
const progress = (shard: SearchShard, seconds: number) => {
	rows.push({ id: shard.id, articles: shard.articles.length, seconds: Number(seconds.toFixed(2)), peakMb: childPeakMb(true) });
	console.log(JSON.stringify(rows.at(-1)));
};

let t = performance.now();
const { archive } = buildArchive({ root, now });
if (!archive) throw new Error("the corpus has errors");
const records = recordOptions(archive.data);
console.log(`archive: ${archive.articles.length} articles in ${((performance.now() - t) / 1000).toFixed(1)} s`);
const shards = planShards(archive.articles, records);
console.log(`shards: ${shards.map((s) => `${s.id}:${s.articles.length}`).join(" ")}`);

rmSync(out, { recursive: true, force: true });
const newestOnly = values["newest-only"] === true;
const only = values.shard ? shards.filter((s) => s.id === values.shard) : undefined;
const first = only ?? (newestOnly ? shards.slice(0, 1) : shards);
t = performance.now();
const full = await writeSearchShards({ site: out, shards: first, build: new Set(first.map((s) => s.id)), records, progress });
if (only) process.exit(0);
console.log(
	`${newestOnly ? "newest shard" : "full index"}: ${full.indexed} articles, ${full.shards} shards, ${full.seconds.toFixed(1)} s; child peak ${Math.max(...rows.map((r) => r.peakMb))} MB; node maxRSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
);

// One new story, in the newest month: a copy of the newest article under a new file and URL.
const newest = archive.articles[0]!;
const added: Article = {
	...newest,
	file: newest.file.replace(/\.md$/, "-baru.md"),
	url: newest.url.replace(/\/$/, "-baru/"),
	title: `${newest.title} (baru)`,
	date: newest.date.plus({ minutes: 1 }),
};
const next = planShards([added, ...archive.articles], records);
const nextFirst = newestOnly ? next.slice(0, 1) : next;
const build = shardsToBuild(out, nextFirst);
rows.length = 0;
t = performance.now();
const again = await writeSearchShards({ site: out, shards: nextFirst, build, records, progress });
console.log(
	`after one new story: rebuilt ${[...build].join(", ")} (${again.indexed} articles) in ${again.seconds.toFixed(2)} s (wall ${((performance.now() - t) / 1000).toFixed(2)} s)`,
);
