// A generated newsroom and the comparison the incremental-build tests make after every change: the output of
// an incremental `npm run build` must equal a clean full build of the same content, options and "now", file by
// file and byte by byte (tests/integration/incremental*.test.ts).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import * as assert from "uvu/assert";
import { buildSite, type BuildOptions, type BuildResult } from "../../src/cli/build.ts";
import { digest } from "./cli.ts";
import { makeSite, tempDir } from "./fixture.ts";
import { generateNewsroom } from "./newsroom-fixture.ts";

export const NOW = "2026-11-29 08:00";

// Every page an incremental build takes as unchanged without signing it (src/views/impact.ts) is signed anyway
// and compared: a page wrongly left out fails the build that left it out, not only the comparison below.
process.env.WARTA_CHECK_UNCHANGED = "1";

export function incrementalSite() {
	const newsroom = generateNewsroom(320, 11);
	const root = makeSite(newsroom.files);
	// Listings cut at 3 pages, so the cut and its "older stories" note are part of every comparison.
	const siteJson = join(root, "_data/site.json");
	writeFileSync(siteJson, JSON.stringify({ ...JSON.parse(readFileSync(siteJson, "utf8")), maxListingPages: 3 }, null, 2));
	const site = {
		root,
		output: join(root, "_site"),
		now: NOW,
		pathPrefix: undefined as string | undefined,
		published: newsroom.articles.filter((a) => !a.draft && !a.future),
		build: (extra: Partial<BuildOptions> = {}): Promise<BuildResult> =>
			quiet(() => buildSite({ root, now: site.now, pathPrefix: site.pathPrefix, ...extra })),
		/** A clean full build of the same site into a fresh folder with an empty cache, rendered in parts of 50
		 *  articles (a large archive's full build renders in parts: together they must write the same site). */
		async cleanDigest(): Promise<Record<string, string>> {
			const dir = tempDir("clean");
			const clean = await site.build({ output: join(dir, "_site"), cacheDir: join(dir, "cache"), partSize: 50 });
			assert.ok(clean.parts > 1, `the clean build rendered in ${clean.parts} part(s)`);
			const files = digest(join(dir, "_site"));
			rmSync(dir, { recursive: true, force: true });
			return files;
		},
		async assertSameAsClean(step: string, expectMode: "incremental" | "full" = "incremental"): Promise<BuildResult> {
			const result = await site.build();
			assert.is(result.mode, expectMode, `${step}: ${result.mode} build (${result.reason ?? ""})`);
			const expected = await site.cleanDigest();
			const actual = digest(site.output);
			const differing = Object.keys({ ...expected, ...actual }).filter((file) => expected[file] !== actual[file]);
			assert.equal(differing, [], `${step}: files that differ from a clean build`);
			return result;
		},
		file: (path: string) => join(root, path),
		write(path: string, text: string) {
			mkdirSync(dirname(site.file(path)), { recursive: true });
			writeFileSync(site.file(path), text);
		},
		edit: (path: string, change: (text: string) => string) => writeFileSync(site.file(path), change(readFileSync(site.file(path), "utf8"))),
	};
	return site;
}

async function quiet<T>(work: () => Promise<T>): Promise<T> {
	const saved = console.log;
	console.log = () => {};
	try {
		return await work();
	} finally {
		console.log = saved;
	}
}
