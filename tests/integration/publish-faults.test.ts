// Fault injection for publishing (src/cli/publish.ts): a build killed with SIGKILL at any step — validation,
// rendering, search index, between the two renames of the swap, while removing the old site — leaves _site/
// as the complete old site or the complete new one (checksums of every file), and the next build succeeds and
// leaves nothing behind (no _site.tmp-*, _site.old-*, no lock). Then signals: SIGTERM acts at once in every
// step, and killing the npm process of `npm run build` stops the build without publishing.
//
// Test hooks of the build (read only when set): WARTA_FAULT=<step> makes it SIGKILL itself at that step;
// WARTA_PAUSE=<step> makes it print "[warta] test hook: process <pid> paused at <step>" and wait there.
import { existsSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { digest, runCli, startCli, startTool, isKeptSibling } from "../helpers/cli.ts";
import { article, makeSite } from "../helpers/fixture.ts";

const NOW = "2026-11-29 08:00";
const root = makeSite({ "articles/2020/01/tetap.md": article({ title: "Tetap Ada", date: "2020-01-01 08:00" }) });
const out = join(root, "_site");
const args = ["--root", root, "--now", NOW];
const extra = join(root, "articles/2020/01/baru.md");
/** Version "a": one article; version "b": two. */
const setContent = (version: "a" | "b") =>
	version === "b" ? writeFileSync(extra, article({ title: "Berita Baru", date: "2020-01-02 08:00" })) : rmSync(extra, { force: true });
const siblings = () =>
	readdirSync(root)
		.filter((name) => name.startsWith("_site") && !isKeptSibling(name))
		.sort();
const isAlive = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
};
async function gone(pid: number, ms: number): Promise<number> {
	const started = Date.now();
	while (isAlive(pid)) {
		if (Date.now() - started > ms) assert.unreachable(`process ${pid} still runs after ${ms} ms`);
		await new Promise((r) => setTimeout(r, 25));
	}
	return Date.now() - started;
}

setContent("a");
const first = await runCli("build", args);
if (first.code !== 0) throw new Error(first.stderr);
const siteA = digest(out);
setContent("b");
const second = await runCli("build", args);
if (second.code !== 0) throw new Error(second.stderr);
const siteB = digest(out);
let current: "a" | "b" = "b";
const digestOf = { a: siteA, b: siteB };

/** Kills a build of the other version at `step`; returns [old, new] version. */
async function killAt(step: string, more: string[] = []): Promise<["a" | "b", "a" | "b"]> {
	const old = current;
	const next = old === "a" ? "b" : "a";
	setContent(next);
	const killed = await runCli("build", [...args, ...more], { WARTA_FAULT: step });
	assert.is(killed.signal, "SIGKILL", `the hook killed the build at ${step}\n${killed.stderr}`);
	return [old, next];
}

async function nextBuildSucceeds(version: "a" | "b"): Promise<void> {
	const result = await runCli("build", args);
	assert.is(result.code, 0, result.stderr);
	assert.equal(digest(out), digestOf[version], "the next build publishes the new site completely");
	assert.equal(siblings(), ["_site"], "no _site.tmp-*, _site.old-* or _site.lock left");
	current = version;
}

for (const step of ["validation", "rendering", "search"]) {
	test(`killed while ${step}: _site/ is the complete old site, and the next build succeeds`, async () => {
		const [old, next] = await killAt(step);
		assert.equal(digest(out), digestOf[old], "_site/ is the old site, byte for byte");
		await nextBuildSucceeds(next);
	});
}

test("killed between the two renames: the next build puts the complete old site back", async () => {
	const [old, next] = await killAt("swap");
	assert.not.ok(existsSync(out), "the instant between the renames");
	const kept = siblings().find((name) => name.startsWith("_site.old-"));
	assert.ok(kept, siblings().join(", "));
	assert.equal(digest(join(root, kept)), digestOf[old], "the old site is complete beside it");
	// The next build recovers it before anything else (here it is killed right after, while rendering).
	const recovering = await runCli("build", args, { WARTA_FAULT: "rendering" });
	assert.match(
		recovering.stderr,
		/\[warta\] A build \(process \d+\) was stopped while replacing .*_site\/; its previous site _site\.old-\d+ was put back first\./,
	);
	assert.equal(digest(out), digestOf[old], "_site/ is the old site again");
	await nextBuildSucceeds(next);
});

test("killed while removing the old site: _site/ is the complete new site, and the next build removes the rest", async () => {
	// Only a full build removes the old site (an incremental one keeps it as the standby copy, src/build/trees.ts).
	const [, next] = await killAt("cleanup", ["--full"]);
	assert.equal(digest(out), digestOf[next], "the new site is live");
	assert.ok(
		siblings().some((name) => name.startsWith("_site.old-")),
		"a partly removed old copy",
	);
	await nextBuildSucceeds(next);
});

test("SIGTERM while rendering stops the build at once: staging removed, _site/ as it was", async () => {
	setContent(current === "a" ? "b" : "a");
	const build = startTool("build", args, { WARTA_PAUSE: "rendering" });
	const [, pid] = await build.waitFor(/paused at rendering/).then(() => build.waitFor(/process (\d+) paused/));
	assert.ok(
		siblings().some((name) => name.startsWith("_site.tmp-")),
		"staging exists while rendering",
	);
	build.child.kill("SIGTERM");
	const result = await build.done;
	assert.ok((await gone(Number(pid), 2000)) < 2000);
	assert.is(result.code, 143, result.stderr);
	assert.match(result.stderr, /\[warta\] Stopped by SIGTERM while rendering the pages: .*_site\/ was left as it was\./);
	assert.equal(digest(out), digestOf[current]);
	assert.equal(siblings(), ["_site"], "staging and lock removed");
});

test("SIGTERM while removing the old site acts at once: the new site is live, the rest goes next time", async () => {
	const next = current === "a" ? "b" : "a";
	setContent(next);
	const build = startTool("build", [...args, "--full"], { WARTA_PAUSE: "cleanup" });
	await build.waitFor(/paused at cleanup/);
	build.child.kill("SIGTERM");
	const result = await build.done;
	assert.is(result.code, 143, result.stderr);
	assert.match(
		result.stderr,
		/\[warta\] Stopped by SIGTERM while removing the previous site: the new site is live in .*_site\/; _site\.old-\d+ is removed by the next build\./,
	);
	assert.equal(digest(out), digestOf[next]);
	await nextBuildSucceeds(next);
});

for (const signal of ["SIGTERM", "SIGKILL"] as const) {
	test(`killing the npm process of \`npm run build\` (${signal}) stops the build without publishing`, async () => {
		setContent(current === "a" ? "b" : "a");
		const npm = startCli("npm", ["run", "--silent", "build", "--", ...args], { WARTA_PAUSE: "rendering" });
		const [, pid] = await npm.waitFor(/process (\d+) paused at rendering/);
		npm.child.kill(signal);
		await npm.done;
		await gone(Number(pid), 3000);
		assert.equal(digest(out), digestOf[current], "nothing was published");
		assert.equal(siblings(), ["_site"], "staging and lock removed");
	});
}

test.after(() => rmSync(root, { recursive: true, force: true }));

test.run();
