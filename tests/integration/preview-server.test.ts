// The preview servers (issue 15, item 10): `npm run preview` (src/cli/static-server.ts) never serves a file
// outside the site, survives malformed URLs and sites without 404.html, redirects folders to their slash form,
// and names a busy port; `npm start`'s dev server gets the same guard against malformed and escaping URLs (.eleventy.ts).
import { get } from "node:http";
import { createRequire } from "node:module";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { configure } from "../../.eleventy.ts";
import { rejectMalformedUrls, serve } from "../../src/cli/static-server.ts";
import { startCli } from "../helpers/cli.ts";
import { freePort } from "../helpers/ports.ts";
import { tempDir } from "../helpers/fixture.ts";

/** A raw GET (fetch would normalise the path), following no redirects. */
function request(base: string, path: string): Promise<{ status: number; body: string; location?: string }> {
	return new Promise((resolve, reject) => {
		get(base + path, (res) => {
			let body = "";
			res.setEncoding("utf8");
			res.on("data", (chunk) => (body += chunk));
			res.on("end", () => resolve({ status: res.statusCode!, body, location: res.headers.location }));
		}).on("error", reject);
	});
}

/** <parent>/_site with a page and a folder, and a sibling <parent>/_site.old with a secret. */
function sites(with404 = true): string {
	const parent = tempDir("preview");
	const site = join(parent, "_site");
	mkdirSync(join(site, "kategori/hukum"), { recursive: true });
	writeFileSync(join(site, "index.html"), "<!doctype html><title>Beranda</title>");
	writeFileSync(join(site, "kategori/hukum/index.html"), "<!doctype html><title>Hukum</title>");
	if (with404) writeFileSync(join(site, "404.html"), "<!doctype html><title>Tidak ditemukan</title>");
	mkdirSync(join(parent, "_site.old"));
	writeFileSync(join(parent, "_site.old/secret.txt"), "rahasia");
	return site;
}

test("preview server: /..%2F_site.old%2Fsecret.txt does not serve a file from a sibling folder", async () => {
	const server = await serve(sites());
	try {
		for (const path of ["/..%2F_site.old%2Fsecret.txt", "/..%2f_site.old/secret.txt", "/%2E%2E%2F_site.old%2Fsecret.txt"]) {
			const res = await request(server.url, path);
			assert.is(res.status, 404, path);
			assert.not.match(res.body, "rahasia", path);
		}
	} finally {
		await server.close();
	}
});

test("preview server: a malformed URL (/%E0%A4%A) gets 400 and the server keeps running", async () => {
	const server = await serve(sites());
	try {
		assert.is((await request(server.url, "/%E0%A4%A")).status, 400);
		assert.is((await request(server.url, "/")).status, 200, "still serving");
	} finally {
		await server.close();
	}
});

test("preview server: a site without 404.html answers a miss with 404 instead of crashing", async () => {
	const server = await serve(sites(false));
	try {
		const miss = await request(server.url, "/tidak-ada/");
		assert.is(miss.status, 404);
		assert.match(miss.body, "Not found");
		assert.is((await request(server.url, "/")).status, 200, "still serving");
	} finally {
		await server.close();
	}
});

test("preview server: a folder without its trailing slash is redirected (301) to the slash form", async () => {
	const server = await serve(sites());
	try {
		const res = await request(server.url, "/kategori/hukum?page=2");
		assert.is(res.status, 301);
		assert.is(res.location, "/kategori/hukum/?page=2");
		assert.is((await request(server.url, "/kategori/hukum/")).status, 200);
	} finally {
		await server.close();
	}
});

test("preview server: a busy port says which port and how to choose another, without a stack trace", async () => {
	const busy = await serve(sites());
	const port = new URL(busy.url).port;
	try {
		const preview = startCli(process.execPath, ["--import", "tsx", "src/cli/static-server.ts", sites()], { PORT: port });
		const result = await preview.done;
		assert.is(result.code, 1);
		assert.match(
			result.stderr,
			`[warta] Port ${port} is busy (another server is using it). Choose another port: PORT=8081 npm run preview`,
		);
		assert.not.match(result.stderr, /    at /);
	} finally {
		await busy.close();
	}
});

test("dev server of npm start: a malformed URL gets 400 (middleware in the Eleventy config)", () => {
	// A stand-in for Eleventy's config object that records the dev server options.
	let options: { middleware?: unknown[] } = {};
	const config = new Proxy({} as Record<string, unknown>, {
		get: (_target, name) => (name === "setServerOptions" ? (o: typeof options) => (options = o) : () => {}),
	});
	configure(config as never);
	const middleware = options.middleware ?? [];
	assert.ok(middleware.includes(rejectMalformedUrls), "registered with setServerOptions");
	let status = 0;
	let nexted = false;
	const res = { writeHead: (code: number) => (status = code), end: () => {} };
	rejectMalformedUrls({ url: "/%E0%A4%A" } as never, res as never, () => (nexted = true));
	assert.is(status, 400);
	assert.not.ok(nexted);
	rejectMalformedUrls({ url: "/kategori/hukum/" } as never, res as never, () => (nexted = true));
	assert.ok(nexted, "good URLs pass through");
});

test("dev server of npm start: a %2e%2e%2f path no longer ends npm start (eleventy-dev-server throws 'Invalid path')", async () => {
	// The real dev server, the very copy Eleventy runs, with the middleware .eleventy.ts registers: without it, this
	// request throws outside any try/catch in @11ty/eleventy-dev-server 2.1 and the whole process exits.
	const fromEleventy = createRequire(createRequire(import.meta.url).resolve("@11ty/eleventy"));
	const EleventyDevServer = fromEleventy("@11ty/eleventy-dev-server") as {
		getServer(name: string, dir: string, options: object): { serve(port: number): void; close(): Promise<void> };
	};
	const site = sites();
	const port = await freePort();
	const quiet = { info() {}, log() {}, warn() {}, error() {} };
	const server = EleventyDevServer.getServer("warta-test", site, { port, logger: quiet, middleware: [rejectMalformedUrls] });
	server.serve(port);
	try {
		const base = `http://localhost:${port}`;
		for (let i = 0; i < 50 && !(await request(base, "/").catch(() => undefined)); i++) await new Promise((r) => setTimeout(r, 100));
		for (const path of ["/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/..%2f_site.old%2fsecret.txt", "/a/%2E%2E%5C%2E%2E%5Cx"]) {
			const answer = await request(base, path);
			assert.is(answer.status, 400, path);
			assert.match(answer.body, /leads out of the site/);
		}
		assert.is((await request(base, "/")).status, 200, "the server is still running");
	} finally {
		await server.close();
	}
});

test.run();
