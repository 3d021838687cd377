// The sharded search index written from the sample archive (src/search/pagefind.ts): byte-identical on every run,
// one shard rebuilt gives the files of a full build, carried-over shards are checked, and failures reject with a
// SearchIndexError naming the shard instead of hanging.
import { cpSync, existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildArchive } from "../../src/content/archive.ts";
import { buildSearchIndex, readSearchManifest, SearchIndexError, shardsToBuild, writeSearchShards } from "../../src/search/pagefind.ts";
import { planShards } from "../../src/search/shards.ts";
import { recordOptions } from "../../src/search/records.ts";
import { FIXED_NOW } from "../helpers/build.ts";
import { REPO, tempDir } from "../helpers/fixture.ts";

const archive = buildArchive({ root: REPO, now: FIXED_NOW }).archive!;
// The options a build uses (src/search/records.ts): language, locale and the hak jawab notices' words.
const records = recordOptions(archive.data);
const shards = planShards(archive.articles, records);
const dir = tempDir("search-shards");

/** Every file under `root` with its bytes, by relative path. */
function files(root: string): Map<string, string> {
	const all = new Map<string, string>();
	for (const name of readdirSync(root, { recursive: true }) as string[]) {
		const path = join(root, name);
		if (statSync(path).isFile()) all.set(relative(root, path), readFileSync(path).toString("base64"));
	}
	return all;
}

function assertSameFiles(a: string, b: string): void {
	const left = files(a);
	const right = files(b);
	assert.equal([...left.keys()].sort(), [...right.keys()].sort());
	for (const [path, bytes] of left) assert.ok(right.get(path) === bytes, `${path} differs`);
}

test("the sample archive has several shards; a full build writes each, the runtime and the manifest", async () => {
	assert.ok(shards.length >= 2, shards.map((s) => s.id).join());
	const site = join(dir, "a");
	const result = await buildSearchIndex(site, archive);
	assert.equal({ pages: result.pages, shards: result.shards }, { pages: archive.articles.length, shards: shards.length });
	const manifest = readSearchManifest(site)!;
	assert.equal(
		manifest.shards,
		shards.map((s) => ({ id: s.id, tag: s.signature, articles: s.articles.length })),
	);
	for (const shard of shards) {
		const names = readdirSync(join(site, "pagefind", shard.id)).sort();
		// Only index files in a shard: no runtime, no UI bundles.
		for (const name of names) assert.match(name, /^(pagefind-entry\.json|pagefind\.[\w-]+\.pf_meta|index|fragment|filter)$/);
		const entry = JSON.parse(readFileSync(join(site, "pagefind", shard.id, "pagefind-entry.json"), "utf8"));
		assert.is(entry.languages.id.page_count, shard.articles.length);
	}
	for (const name of ["pagefind.js", "pagefind-worker.js", "wasm.id.pagefind", "pagefind-entry.json"])
		assert.ok(existsSync(join(site, "pagefind", name)), name);
	assert.not.ok(readdirSync(join(site, "pagefind")).some((name) => /ui|highlight|\.css$|wasm\.unknown/.test(name)));
	assert.ok(existsSync(join(site, "pagefind", "fragment", `${manifest.runtime.skip}.pf_fragment`)));
});

test("two builds of the same archive are byte-identical", async () => {
	await buildSearchIndex(join(dir, "b"), archive);
	assertSameFiles(join(dir, "a", "pagefind"), join(dir, "b", "pagefind"));
});

test("rebuilding one shard over a carried-over folder gives the files of a full build", async () => {
	const site = join(dir, "c");
	cpSync(join(dir, "a"), site, { recursive: true });
	assert.equal(shardsToBuild(site, shards), new Set(), "nothing changed");
	const newest = shards[0]!.id;
	const result = await writeSearchShards({ site, shards, build: new Set([newest]), records });
	assert.equal({ indexed: result.indexed, shards: result.shards }, { indexed: shards[0]!.articles.length, shards: 1 });
	assertSameFiles(join(dir, "a", "pagefind"), join(site, "pagefind"));
	// No shard rebuilt: the runtime and the manifest are still written, the rest stays.
	await writeSearchShards({ site, shards, build: new Set(), records });
	assertSameFiles(join(dir, "a", "pagefind"), join(site, "pagefind"));
});

test("a changed story marks its shard only; folders of shards no longer planned are removed", async () => {
	const site = join(dir, "d");
	cpSync(join(dir, "a"), site, { recursive: true });
	const edited = archive.articles.map((a, i) => (i === archive.articles.length - 1 ? { ...a, version: `${a.version}+edit` } : a));
	const next = planShards(edited, records);
	const oldest = next.at(-1)!.id;
	assert.equal(shardsToBuild(site, next), new Set([oldest]));
	// Everything in one shard now: the other folders go.
	const one = [{ id: "2000-2030", articles: [...next].reverse().flatMap((s) => s.articles), signature: "x" }];
	await writeSearchShards({ site, shards: one, build: new Set(["2000-2030"]), records });
	assert.equal(
		readdirSync(join(site, "pagefind")).filter((n) => /^\d/.test(n)),
		["2000-2030"],
	);
	assert.equal(
		readSearchManifest(site)!.shards.map((s) => s.id),
		["2000-2030"],
	);
});

test("a shard to carry over that is missing or stale is refused before anything is indexed", async () => {
	const site = join(dir, "e");
	const error = await writeSearchShards({ site, shards, build: new Set([shards[0]!.id]), records }).catch((e: unknown) => e);
	assert.instance(error, SearchIndexError);
	assert.is((error as SearchIndexError).shard, shards[1]!.id);
	assert.match((error as Error).message, /carried over/);
	assert.not.ok(existsSync(join(site, "pagefind")));
});

test("a shard that cannot be written rejects with a SearchIndexError naming it", async () => {
	// Nothing can be created under /proc, not even by root (a read-only folder would not stop root).
	const site = "/proc/warta-no-such-folder/site";
	const error = await writeSearchShards({ site, shards, build: new Set(shards.map((s) => s.id)), records }).catch((e: unknown) => e);
	assert.instance(error, SearchIndexError);
	assert.is((error as SearchIndexError).shard, shards[0]!.id);
	assert.match((error as Error).message, new RegExp(`search shard "${shards[0]!.id}"`));
});

test("the Pagefind process killed while indexing (as by the OOM killer): a SearchIndexError naming the signal, not 'Pagefind backend closed', no hang", async () => {
	const big = {
		id: "big",
		articles: Array.from({ length: 40 }, () => archive.articles)
			.flat()
			.map((a, i) => ({ ...a, url: `/x/${i}/` })),
		signature: "big",
	};
	const killer = setInterval(() => {
		// The Pagefind child of this process (Linux): kill it as soon as it runs.
		const children = readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
		for (const pid of children) {
			if (readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("pagefind")) {
				process.kill(Number(pid), "SIGKILL");
				clearInterval(killer);
			}
		}
	}, 5);
	const started = performance.now();
	const error = await writeSearchShards({ site: join(dir, "f"), shards: [big], build: new Set(["big"]), records }).catch((e: unknown) => e);
	clearInterval(killer);
	assert.instance(error, SearchIndexError);
	assert.is((error as SearchIndexError).shard, "big");
	assert.match((error as Error).message, /Pagefind process stopped \(signal SIGKILL\)/, (error as Error).message);
	assert.ok(performance.now() - started < 30_000);
	// The next run starts a new Pagefind and works.
	const result = await writeSearchShards({ site: join(dir, "g"), shards, build: new Set(shards.map((s) => s.id)), records });
	assert.is(result.indexed, archive.articles.length);
});

test.run();
