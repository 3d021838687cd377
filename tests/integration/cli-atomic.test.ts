// The build's promise about the output folder on success: the new site replaces the old one completely (no
// stale pages of deleted articles), leftovers of killed builds are cleaned up, and folders that must never be
// replaced are refused. (Failures leaving _site/ untouched: cli-bad-input.test.ts.)
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { digest, runMain, isKeptSibling } from "../helpers/cli.ts";
import { article, makeSite } from "../helpers/fixture.ts";

const NOW = "2026-11-29 08:00";
const root = makeSite({
	"articles/2020/01/tetap.md": article({ title: "Tetap Ada", date: "2020-01-01 08:00" }),
	"articles/2020/01/dihapus.md": article({ title: "Akan Dihapus", date: "2020-01-02 08:00" }),
});
const out = join(root, "_site");
const siteFolders = () =>
	readdirSync(root)
		.filter((name) => name.startsWith("_site") && !isKeptSibling(name))
		.sort();

test("a successful rebuild replaces the whole site: a deleted article's page is gone", async () => {
	const first = await runMain("build", ["--root", root, "--now", NOW]);
	assert.is(first.code, 0, first.stderr);
	assert.ok(existsSync(join(out, "2020/01/02/dihapus/index.html")));
	writeFileSync(join(out, "stale-by-hand.html"), "old");

	rmSync(join(root, "articles/2020/01/dihapus.md"));
	const second = await runMain("build", ["--root", root, "--now", NOW]);
	assert.is(second.code, 0, second.stderr);
	assert.ok(existsSync(join(out, "2020/01/01/tetap/index.html")));
	assert.not.ok(existsSync(join(out, "2020/01/02/dihapus")), "no stale page");
	assert.not.ok(existsSync(join(out, "stale-by-hand.html")));
	assert.equal(siteFolders(), ["_site"], "no staging or old folder left");
});

test("staging folders of a killed build are removed; a running build's are not touched", async () => {
	mkdirSync(join(root, "_site.tmp-999999999"));
	mkdirSync(join(root, "_site.old-999999998"));
	// The process that started this test runner is alive: its folder may belong to a build in progress.
	const running = `_site.tmp-${process.ppid}`;
	mkdirSync(join(root, running));
	const result = await runMain("build", ["--root", root, "--now", NOW]);
	assert.is(result.code, 0, result.stderr);
	assert.equal(siteFolders(), ["_site", running]);
	rmSync(join(root, running), { recursive: true });
});

test("an output folder that would replace the site or Warta itself is refused", async () => {
	const before = digest(root);
	for (const output of [root, join(root, "articles"), join(root, "..")]) {
		const result = await runMain("build", ["--root", root, "--output", output, "--now", NOW]);
		assert.is(result.code, 1, output);
		assert.match(result.stderr, /^\[warta\] Refusing to build into .*: the output folder is replaced on every build/);
		assert.not.match(result.stderr, /    at /, "no stack trace");
	}
	assert.equal(digest(root), before);
});

test("a preview build (--drafts) includes drafts; the production build leaves them out", async () => {
	writeFileSync(join(root, "articles/2020/01/draf.md"), article({ title: "Draf", date: "2020-01-03 08:00", draft: true }));
	const preview = join(root, "_preview");
	const result = await runMain("build", ["--root", root, "--output", preview, "--drafts", "--now", NOW]);
	assert.is(result.code, 0, result.stderr);
	assert.ok(existsSync(join(preview, "2020/01/03/draf/index.html")));
	const production = await runMain("build", ["--root", root, "--now", NOW]);
	assert.match(production.stdout, /Built 1 article into .*; left out: 1 draft\)/);
	assert.not.ok(existsSync(join(out, "2020/01/03/draf")));
});

test.run();
