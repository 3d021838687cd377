// The deploy recipes (docs/deploy.md) agree with the build: the command and output folder, the folders of
// content-hashed files that may be cached for a year (src/deploy/headers.ts), the feeds' media types, the 404 page.
// The hosts themselves cannot be reached from here; these files are what they read.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";
import { parse as parseToml } from "smol-toml";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { serve } from "../../src/cli/static-server.ts";
import { feedContentType, feedFiles, headersFile, IMMUTABLE, IMMUTABLE_DIRS, isImmutable, SHORT } from "../../src/deploy/headers.ts";
import { REPO, tempDir } from "../helpers/fixture.ts";

const read = (path: string) => readFileSync(join(REPO, path), "utf8");
const pkg = JSON.parse(read("package.json")) as { scripts: Record<string, string>; engines: { node: string } };
const site = JSON.parse(read("_data/site.json")) as { feed: { path: string } };
const feeds = feedFiles(site);

test("hosts label every site feed with its media type: RSS, Atom and JSON Feed", () => {
	assert.equal(
		feeds.map((feed) => [feed.path, feedContentType(feed.type)]),
		[
			["/feed.xml", "application/rss+xml; charset=utf-8"],
			["/atom.xml", "application/atom+xml; charset=utf-8"],
			["/feed.json", "application/feed+json; charset=utf-8"],
		],
	);
	const headers = headersFile(feeds);
	assert.match(headers, "\n/atom.xml\n  Content-Type: application/atom+xml; charset=utf-8\n");
	assert.match(headers, "\n/feed.json\n  Content-Type: application/feed+json; charset=utf-8\n");
});
/** "css|js|media/img": the immutable folders as a regex alternation, as the server recipes write them */
const folders = IMMUTABLE_DIRS.map((dir) => dir.slice(1, -1)).join("|");

test("the build command and output folder the recipes use are the project's", () => {
	assert.ok(pkg.scripts.build?.includes("src/cli/build.ts"), "npm run build is Warta's build");
	assert.ok(read(".gitignore").split("\n").includes(".cache/"), "the photo cache stays out of git");
	const major = Number(read(".node-version").trim());
	assert.ok(
		pkg.engines.node.split("||").some((range) => range.includes(`>=${major}.`)),
		`.node-version ${major} is in engines ${pkg.engines.node}`,
	);
});

test("netlify.toml: npm run build into _site; headers come from the generated _headers", () => {
	const netlify = parseToml(read("netlify.toml")) as { build: { command: string; publish: string }; headers?: unknown };
	assert.equal({ ...netlify.build }, { command: "npm run build", publish: "_site" });
	assert.is(netlify.headers, undefined, "one source of headers: _headers, written by the build");
	const headers = headersFile(feeds);
	for (const dir of IMMUTABLE_DIRS) assert.match(headers, `\n${dir}*\n  Cache-Control: ${IMMUTABLE}\n`);
	for (const feed of feeds) assert.match(headers, `\n${feed.path}\n  Content-Type: ${feedContentType(feed.type)}\n`);
	assert.not.match(headers, /^\/\*$/m, "no catch-all rule: Netlify and Cloudflare would merge it into every other rule");
});

test("vercel.json: the same command and folder, a year for hashed folders only, feed media types", () => {
	const vercel = JSON.parse(read("vercel.json")) as {
		buildCommand: string;
		outputDirectory: string;
		installCommand: string;
		headers: { source: string; headers: { key: string; value: string }[] }[];
	};
	assert.is(vercel.buildCommand, "npm run build");
	assert.is(vercel.outputDirectory, "_site");
	assert.is(vercel.installCommand, "npm ci");
	const rules = new Map(vercel.headers.map((rule) => [rule.source, Object.fromEntries(rule.headers.map((h) => [h.key, h.value]))]));
	for (const dir of IMMUTABLE_DIRS) assert.is(rules.get(`${dir}(.*)`)?.["Cache-Control"], IMMUTABLE, dir);
	for (const feed of feeds) assert.is(rules.get(feed.path)?.["Content-Type"], feedContentType(feed.type), feed.path);
	for (const [source, headers] of rules) {
		if (headers["Cache-Control"]) assert.ok(isImmutable(source.replace("(.*)", "x")), `${source}: long caching only for hashed folders`);
	}
});

test("GitHub Pages workflow: tests, builds for the repository's path prefix, deploys, and rebuilds hourly", () => {
	const workflow = yaml.load(read(".github/workflows/deploy.yml")) as any;
	assert.equal(workflow.on.push.branches, ["main"]);
	assert.match(workflow.on.schedule[0].cron, /^\d{1,2} \* \* \* \*$/, "every hour");
	assert.ok("workflow_dispatch" in workflow.on);
	assert.equal(workflow.permissions, { contents: "read", pages: "write", "id-token": "write" });
	const steps = workflow.jobs.build.steps as {
		uses?: string;
		run?: string;
		id?: string;
		if?: string;
		env?: Record<string, string>;
		with?: Record<string, string>;
	}[];
	const step = (match: (s: (typeof steps)[number]) => boolean, what: string) => {
		const index = steps.findIndex(match);
		assert.ok(index >= 0, what);
		return { index, ...steps[index]! };
	};
	const node = step((s) => s.uses?.startsWith("actions/setup-node@") ?? false, "setup-node");
	assert.is(node.with!["node-version-file"], ".node-version");
	const install = step((s) => s.run === "npm ci", "npm ci");
	const tests = step((s) => s.run === "npm test", "npm test");
	assert.is(tests.if, "github.event_name != 'schedule'");
	assert.ok(tests.env?.CHROMIUM_PATH, "the browser tests get the runner's Chrome");
	const pages = step((s) => s.uses?.startsWith("actions/configure-pages@") ?? false, "configure-pages");
	const buildStep = step((s) => s.run === "npm run build", "npm run build");
	assert.is(buildStep.env!.SITE_PATH_PREFIX, `\${{ steps.${pages.id}.outputs.base_path }}`);
	const upload = step((s) => s.uses?.startsWith("actions/upload-pages-artifact@") ?? false, "upload-pages-artifact");
	assert.is(upload.with!.path, "_site");
	const cache = step((s) => s.uses?.startsWith("actions/cache@") ?? false, "the build cache");
	// The build cache and both copies of the site, so the hourly rebuild is incremental (docs/deploy.md).
	assert.equal(
		String(cache.with!.path)
			.trim()
			.split("\n")
			.map((line) => line.trim()),
		[".cache", "_site", "_site.prev"],
	);
	assert.match(String(cache.with!.key), /github\.run_id/, "a new cache entry per run");
	assert.ok(
		install.index < tests.index && tests.index < buildStep.index && cache.index < buildStep.index && buildStep.index < upload.index,
		"order",
	);
	assert.equal(workflow.jobs.deploy.needs, "build");
	assert.match(workflow.jobs.deploy.steps[0].uses, /^actions\/deploy-pages@v\d+$/);
	assert.is(workflow.jobs.deploy.environment.name, "github-pages");
});

test("Dependabot: npm and GitHub Actions, monthly, grouped into a few pull requests", () => {
	const config = yaml.load(read(".github/dependabot.yml")) as {
		updates: { "package-ecosystem": string; schedule: { interval: string }; groups: Record<string, unknown> }[];
	};
	assert.equal(config.updates.map((u) => u["package-ecosystem"]).sort(), ["github-actions", "npm"]);
	for (const update of config.updates) {
		assert.is(update.schedule.interval, "monthly", update["package-ecosystem"]);
		assert.ok(Object.keys(update.groups).length <= 3, `${update["package-ecosystem"]}: a few groups`);
	}
	// Every dependency falls into a group: dev tooling, the runtime, or Eleventy's packages.
	const npm = config.updates.find((u) => u["package-ecosystem"] === "npm")!.groups as Record<string, Record<string, unknown>>;
	assert.equal(
		Object.values(npm)
			.map((g) => g["dependency-type"] ?? g.patterns)
			.sort(),
		[["@11ty/*"], "development", "production"],
	);
});

test("GitHub Actions run on Node 24: every action at or above its first Node 24 major", () => {
	// The first majors whose action.yml says `using: node24` (their release notes); older ones run on Node 20,
	// which reached end of life on 2026-04-30. Dependabot (.github/dependabot.yml) moves them on.
	const node24: Record<string, number> = {
		"actions/checkout": 5,
		"actions/setup-node": 5,
		"actions/cache": 5,
		"actions/configure-pages": 6,
		"actions/upload-pages-artifact": 5,
		"actions/deploy-pages": 5,
	};
	const uses = [...read(".github/workflows/deploy.yml").matchAll(/uses: ([\w-]+\/[\w-]+)@v(\d+)/g)];
	assert.ok(uses.length >= 6, "the workflow names its actions by major version");
	for (const [, action, major] of uses) {
		assert.ok(action! in node24, `${action}: add its first Node 24 major to this test`);
		assert.ok(Number(major) >= node24[action!]!, `${action}@v${major} runs on Node 20; use v${node24[action!]} or later`);
	}
});

test("nginx, Apache and S3 recipes: the 404 page, a year for the hashed folders, five minutes elsewhere, feed types", () => {
	const nginx = read("deploy/nginx.conf");
	assert.match(nginx, "error_page 404 /404.html;");
	assert.match(nginx, `location ~ ^/(${folders})/ {`);
	assert.match(nginx, `add_header Cache-Control "${IMMUTABLE}"`);
	assert.match(nginx, `add_header Cache-Control "${SHORT}" always;`);
	const apache = read("deploy/apache.htaccess");
	assert.match(apache, "ErrorDocument 404 /404.html");
	assert.match(apache, `<If "%{REQUEST_URI} =~ m#/(${folders})/#">`);
	assert.match(apache, `Header set Cache-Control "${IMMUTABLE}"`);
	assert.match(apache, `Header set Cache-Control "${SHORT}"`);
	const s3 = read("deploy/s3-sync.sh");
	assert.match(s3, `for dir in ${IMMUTABLE_DIRS.map((d) => d.slice(1, -1)).join(" ")}; do`);
	assert.match(s3, `long="${IMMUTABLE}"`);
	assert.match(s3, `short="${SHORT}"`);
	for (const feed of feeds) {
		const file = feed.path.slice(1);
		assert.match(nginx, `location = ${feed.path} {\n        types { }\n        default_type "${feedContentType(feed.type)}";`);
		assert.match(apache, `<Files "${file}">\n    ForceType "${feedContentType(feed.type)}"`);
		assert.match(s3, `aws s3 cp "$site/${file}" "$BUCKET/${file}" --cache-control "$short" --content-type "${feedContentType(feed.type)}"`);
	}
});

test("the preview server sends the same cache lifetimes (a year only in the hashed folders)", async () => {
	const dir = tempDir("headers");
	mkdirSync(join(dir, "css"));
	mkdirSync(join(dir, "media/img"), { recursive: true });
	writeFileSync(join(dir, "css/warta.0123456789.css"), "body{}");
	writeFileSync(join(dir, "media/img/abcdefghij-480.avif"), "");
	writeFileSync(join(dir, "index.html"), "<!doctype html>");
	writeFileSync(join(dir, "404.html"), "<!doctype html>");
	const server = await serve(dir);
	try {
		const cacheOf = async (path: string) => (await fetch(server.url + path)).headers.get("cache-control");
		assert.is(await cacheOf("/css/warta.0123456789.css"), IMMUTABLE);
		assert.is(await cacheOf("/media/img/abcdefghij-480.avif"), IMMUTABLE);
		assert.is(await cacheOf("/"), SHORT);
		assert.is(await cacheOf("/css/tidak-ada.css"), SHORT, "a 404 is never cached for a year");
	} finally {
		await server.close();
	}
});

test.run();
