// Regressions of issue 15 on the publishing side (src/cli/publish.ts), each named after the failure: a read-only
// old site, a site lost between the renames, concurrent builds, --output pointing at something precious, and
// the search step dying. (SIGKILL at every step and signals: publish-faults.test.ts.)
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { digest, runCli, runMain, startTool, isKeptSibling } from "../helpers/cli.ts";
import { article, makeSite, REPO, tempDir } from "../helpers/fixture.ts";

const NOW = "2026-11-29 08:00";
const docs = readFileSync(join(REPO, "docs/authoring.md"), "utf8");
const newSite = () => {
	const root = makeSite({ "articles/2020/01/tetap.md": article({ title: "Tetap Ada", date: "2020-01-01 08:00" }) });
	return {
		root,
		out: join(root, "_site"),
		args: ["--root", root, "--now", NOW],
		siblings: () =>
			readdirSync(root)
				.filter((n) => n.startsWith("_site") && !isKeptSibling(n))
				.sort(),
	};
};
const addArticle = (root: string, name: string) =>
	writeFileSync(join(root, `articles/2020/01/${name}.md`), article({ title: `Berita ${name}`, date: "2020-01-05 08:00" }));

/** Makes a folder impossible to empty: read-only for a normal user; immutable (chattr +i) for root. */
function lockDown(dir: string): () => void {
	if (process.getuid?.() !== 0) {
		chmodSync(dir, 0o555);
		return () => chmodSync(dir, 0o755);
	}
	execFileSync("chattr", ["+i", dir]);
	return () => execFileSync("chattr", ["-i", dir]);
}

test("read-only old site: the new site stays live and the build succeeds", async () => {
	const { root, out, args, siblings } = newSite();
	assert.is((await runMain("build", args)).code, 0);
	const unlock = lockDown(join(out, "2020"));
	try {
		addArticle(root, "pertama");
		const result = await runMain("build", args);
		assert.is(result.code, 0, result.stderr);
		assert.ok(existsSync(join(out, "2020/01/05/pertama/index.html")), "the new site is live");
		assert.match(result.stdout, /Built 2 articles/);
		const left = siblings().filter((n) => n.startsWith("_site.old-"));
		// A read-only folder of ours is made writable and removed; one that cannot be (root's immutable flag) is a warning.
		if (left.length)
			assert.match(
				result.stderr,
				/\[warta\] warning: the new site is live, but the previous copy .*_site\.old-\d+ could not be removed \(.*\)\. The next build tries again; or delete it yourself\./,
			);
		// Later builds do not fail on such a leftover.
		addArticle(root, "kedua");
		const later = await runMain("build", args);
		assert.is(later.code, 0, later.stderr);
		assert.ok(existsSync(join(out, "2020/01/05/kedua/index.html")));
	} finally {
		for (const name of readdirSync(root).filter((n) => n.startsWith("_site.old-"))) {
			try {
				execFileSync("chattr", ["-i", join(root, name, "2020")], { stdio: "ignore" });
			} catch {
				// not immutable
			}
		}
		try {
			unlock();
		} catch {
			// the locked folder was the old copy's and is gone
		}
	}
	// Once the leftover can go, the next build removes it.
	const clean = await runMain("build", args);
	assert.is(clean.code, 0, clean.stderr);
	assert.equal(siblings(), ["_site"]);
	assert.ok(docs.includes("could not be removed"), "docs/authoring.md explains the warning");
});

test("a crash between the renames loses the site: the next build puts the old site back, even if it stops on a content error", async () => {
	const { root, out, args, siblings } = newSite();
	assert.is((await runMain("build", args)).code, 0);
	const before = digest(out);
	renameSync(out, join(root, "_site.old-999999999")); // what a build killed between its renames leaves
	writeFileSync(join(root, "articles/2020/01/salah.md"), article({ author: "budi" }));
	const result = await runMain("build", args);
	assert.is(result.code, 1);
	assert.match(
		result.stderr,
		/\[warta\] A build \(process 999999999\) was stopped while replacing .*_site\/; its previous site _site\.old-999999999 was put back first\./,
	);
	assert.equal(digest(out), before, "the old site is back, byte for byte");
	assert.equal(siblings(), ["_site"]);
	assert.ok(docs.includes("was put back first"));
});

test("two builds of one output at once: the second waits for the first instead of interleaving", async () => {
	const { root, out, args, siblings } = newSite();
	assert.is((await runMain("build", args)).code, 0);
	const first = startTool("build", args, { WARTA_PAUSE: "rendering" });
	const [, pid] = await first.waitFor(/process (\d+) paused at rendering/);
	addArticle(root, "kedua");
	const second = startTool("build", args);
	await second.waitFor(
		new RegExp(`\\[warta\\] Another build \\(process ${pid}\\) is writing .*_site/; waiting for it to finish \\(Ctrl\\+C to stop\\)\\.`),
	);
	assert.is(second.child.exitCode, null, "the second build is still waiting");
	first.child.kill("SIGTERM");
	assert.is((await first.done).code, 143);
	const result = await second.done;
	assert.is(result.code, 0, result.stderr);
	assert.ok(existsSync(join(out, "2020/01/05/kedua/index.html")));
	assert.equal(siblings(), ["_site"]);
	assert.ok(docs.includes("is writing") && docs.includes("waiting for it to finish"));
});

test("a stale lock of a build that no longer runs is taken over", async () => {
	const { args, siblings, root } = newSite();
	writeFileSync(join(root, "_site.lock"), `999999999 ${hostname()}\n`);
	const result = await runMain("build", args);
	assert.is(result.code, 0, result.stderr);
	assert.equal(siblings(), ["_site"]);
});

test("--output .git, node_modules, / and the home folder are refused by name, with the fix", async () => {
	const { root, args } = newSite();
	mkdirSync(join(root, ".git/objects"), { recursive: true });
	writeFileSync(join(root, ".git/HEAD"), "ref: refs/heads/main\n");
	mkdirSync(join(root, "node_modules/pkg"), { recursive: true });
	const home = tempDir("home");
	writeFileSync(join(home, ".profile"), "");
	const saved = process.env.HOME;
	process.env.HOME = home;
	try {
		const before = [digest(root), digest(home)];
		for (const [output, why] of [
			["/", "this is the root of the file system"],
			[home, "this is your home folder or holds it"],
			[join(root, ".git"), "this is inside .git/"],
			[join(root, "node_modules"), "this is inside node_modules/"],
			[join(root, "node_modules/pkg"), "this is inside node_modules/"],
			[join(root, "public"), "this is the site's public/ folder or inside it"],
		] as const) {
			const result = await runMain("build", [...args, "--output", output]);
			assert.is(result.code, 1, output);
			assert.match(
				result.stderr,
				`[warta] Refusing to build into ${output}: the output folder is replaced on every build, and ${why}. Choose a folder of its own, such as ${join(root, "_site")}.`,
			);
			assert.not.match(result.stderr, /    at /, "no stack trace");
		}
		assert.equal([digest(root), digest(home)], before);
	} finally {
		process.env.HOME = saved;
	}
	assert.ok(docs.includes("this is inside .git/"));
});

test("--output of an existing folder Warta did not build is refused; a marked earlier output is replaced", async () => {
	const { root, args } = newSite();
	const other = join(root, "berkas");
	mkdirSync(other);
	writeFileSync(join(other, "penting.txt"), "jangan dihapus");
	const refused = await runMain("build", [...args, "--output", other]);
	assert.is(refused.code, 1);
	assert.match(
		refused.stderr,
		/Refusing to build into .*berkas: the output folder is replaced on every build, and it holds files that Warta did not build \(there is no \.warta-output file in it\)\. Choose a new or empty folder; or, if nothing in .*berkas is needed, delete it and build again\./,
	);
	assert.is(readFileSync(join(other, "penting.txt"), "utf8"), "jangan dihapus");

	const preview = join(root, "pratinjau");
	assert.is((await runMain("build", [...args, "--output", preview])).code, 0);
	assert.ok(existsSync(join(preview, ".warta-output")), "every output carries the marker");
	assert.is((await runMain("build", [...args, "--output", preview])).code, 0, "an earlier output is replaced");
	assert.ok(docs.includes("there is no .warta-output file in it"));
});

/** A stand-in for Pagefind's binary (Pagefind honours PAGEFIND_EXTENDED_BINARY_PATH): reads a request, then `body`. */
function fakePagefind(body: string): string {
	const file = join(tempDir("pagefind"), "pagefind_extended");
	writeFileSync(file, `#!/bin/sh\nhead -c 1 >/dev/null\n${body}\n`, { mode: 0o755 });
	return file;
}

for (const [name, body] of [
	["Pagefind killed for memory while indexing", "kill -9 $$"],
	[
		"a full disk while Pagefind writes (a Rust panic)",
		`echo "thread 'main' panicked at src/output/mod.rs: No space left on device (os error 28)" >&2; exit 101`,
	],
] as const) {
	test(`${name}: a [warta] message naming the search step, exit 1, staging removed, old site intact`, async () => {
		const { root, out, args, siblings } = newSite();
		assert.is((await runMain("build", args)).code, 0);
		const before = digest(out);
		addArticle(root, "baru");
		const result = await runCli("build", args, { PAGEFIND_EXTENDED_BINARY_PATH: fakePagefind(body) });
		assert.is(result.code, 1, result.stderr);
		assert.match(
			result.stderr,
			/\[warta\] The build failed while building the search index: Could not index search shard "[^"]+" \(\d+ articles?\) into .*: the Pagefind process stopped.*\. .*_site\/ was left as it was\./,
		);
		assert.not.match(result.stderr, /unsettled top-level await/);
		assert.equal(digest(out), before);
		assert.equal(siblings(), ["_site"], "no staging folder left");
		assert.ok(docs.includes("while building the search index"));
	});
}

test.run();
