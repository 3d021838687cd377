// The CMS at /admin/ in Chromium, with Decap's local proxy (decap-server, as `npm run cms` starts it) writing into a
// copy of a fixture site: an article created and saved through the editor's form lands where `npm run new` would put
// it, passes `npm run check` without a warning, and is published by the next build. Everything is served locally:
// the CMS's script comes from node_modules through the build, so no request leaves the machine.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { main as check } from "../../src/cli/check.ts";
import { startCmsProxy } from "../../src/cli/cms.ts";
import { buildArchive } from "../../src/content/archive.ts";
import { formatProblem } from "../../src/content/problems.ts";
import { shortenSlug } from "../../src/cli/new.ts";
import { serve } from "../../src/cli/static-server.ts";
import { slugify } from "../../src/site/slug.ts";
import { launch } from "../helpers/browser.ts";
import { build, FIXED_NOW, page as builtPage } from "../helpers/build.ts";
import { article, makeSite } from "../helpers/fixture.ts";
import { quietly } from "../helpers/quiet.ts";
import { freePort } from "../helpers/ports.ts";

const root = makeSite({ "articles/2020/01/rapat-awal-tahun.md": article({ title: "Rapat Awal Tahun", date: "2020-01-02 09:00" }) });
const port = await freePort();
const proxyUrl = `http://127.0.0.1:${port}/api/v1`;
// The local proxy, started as `npm run cms` starts it.
const proxy = await startCmsProxy(root, port, "pipe");
process.on("exit", () => proxy.kill()); // also when a step below throws before test.after runs
assert.is(proxy.exitCode, null, "decap-server is running");
const out = await build({ root, cmsProxyUrl: proxyUrl, includeDrafts: true });
const server = await serve(out);
const browser: Browser = await launch();

const TITLE = "Banjir Rob Genangi Pesisir Tanara, Warga Mengungsi";
const expectedFile = `articles/2020/01/${shortenSlug(slugify(TITLE))}.md`;

test("an article created and saved in /admin/ lands where npm run new puts it, checks cleanly and is published", async () => {
	// The site zone, as an editor in Serang has it; the stored date does not depend on it (a wall-clock time).
	const context = await browser.newContext({ timezoneId: "Asia/Jakarta", viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	const errors: string[] = [];
	const outside: string[] = [];
	page.on("pageerror", (error) => errors.push(error.message));
	page.on("request", (request) => {
		const url = new URL(request.url());
		if (url.protocol.startsWith("http") && url.hostname !== "127.0.0.1") outside.push(request.url());
	});
	await page.goto(`${server.url}/admin/`);
	// The local backend's sign-in: one button, no account.
	await page.getByRole("button", { name: "Login" }).click();
	await page.getByText("＋ Article").click(); // the collection's "new" button

	const field = (name: string) => page.locator(`[id^="${name}-field-"]`).first();
	await field("title").fill(TITLE);
	// Decap's date widget can still be setting its own initial value when the form first shows (seen in CI and in
	// `npm test` under load: the saved date was not the one typed), so the date is typed again, and the field left
	// (Decap takes a value on blur), until it holds the date for 300 ms; here and once more just before publishing.
	const setDate = async () => {
		for (let i = 0; i < 20; i++) {
			if ((await field("date").inputValue()) !== "2020-01-15T09:30") {
				await field("date").fill("2020-01-15T09:30");
				await field("date").press("Tab");
			}
			await page.waitForTimeout(300);
			if ((await field("date").inputValue()) === "2020-01-15T09:30") return;
		}
	};
	await setDate();
	await field("author").fill("sari");
	await page.keyboard.press("Enter");
	await field("rubric").fill("infrastruktur");
	await page.keyboard.press("Enter");
	await field("tags").fill("Banjir, Tanara");
	await field("summary").fill("Banjir rob setinggi lutut menggenangi tiga desa di pesisir Tanara sejak Rabu pagi.");
	assert.ok(await field("draft").isChecked(), "a new article starts as a draft");
	await field("draft").click(); // publish it with the next build
	await page.locator("[contenteditable=true]").last().click();
	await page.keyboard.type("Air laut naik ke permukiman warga di Desa Tanara sejak pukul 05.00.");
	await setDate();
	await page.getByRole("button", { name: "Publish" }).first().click();
	await page.getByText("Publish now").click();

	const file = join(root, expectedFile);
	const deadline = Date.now() + 15_000;
	while (!existsSync(file) && Date.now() < deadline) await page.waitForTimeout(100);
	assert.ok(existsSync(file), `${expectedFile} was written (articles/: ${readdirSync(join(root, "articles/2020/01")).join(", ")})`);
	const saved = readFileSync(file, "utf8");
	assert.match(saved, /^date: 2020-01-15 09:30$/m, saved);
	assert.match(saved, /^rubric: infrastruktur$/m);

	// `npm run check` passes, and the archive it checks has no problem at all, not even a warning.
	const { value: code, output } = await quietly(async () => check(["--root", root, "--now", FIXED_NOW]));
	assert.is(code, 0, output);
	const { problems } = buildArchive({ root, now: FIXED_NOW });
	assert.equal(problems.map(formatProblem), []);

	// The next production build publishes it with what the editor typed.
	const site = await build({ root });
	const published = builtPage(site, "/2020/01/15/banjir-rob-genangi-pesisir-tanara-warga-mengungsi/");
	assert.is(published.querySelector("h1")?.textContent?.trim(), TITLE);
	assert.match(published.querySelector("main")!.textContent!, /Air laut naik ke permukiman warga/);
	assert.match(published.querySelector("main")!.textContent!, /Sari Wulandari/);

	assert.equal(errors, [], "no script errors");
	assert.equal(outside, [], "no request leaves the machine");
	await context.close();
});

test("an existing article opens in /admin/ with its values; an edit saved there keeps every field valid", async () => {
	const context = await browser.newContext({ timezoneId: "Asia/Jakarta" });
	const page = await context.newPage();
	await page.goto(`${server.url}/admin/`);
	await page.getByRole("button", { name: "Login" }).click();
	await page.getByText("Rapat Awal Tahun").first().click();
	const field = (name: string) => page.locator(`[id^="${name}-field-"]`).first();
	await field("summary").waitFor();
	// `author: "andi"` (one key, not a list) shows as the chosen author.
	await page.getByText("Andi Saputra (andi)").first().waitFor({ timeout: 10_000 });
	await field("summary").fill("Rapat awal tahun membahas anggaran perbaikan jalan desa.");
	await page.getByRole("button", { name: "Publish" }).first().click();
	await page.getByText("Publish now").click();
	const file = join(root, "articles/2020/01/rapat-awal-tahun.md");
	const deadline = Date.now() + 15_000;
	while (!readFileSync(file, "utf8").includes("anggaran perbaikan jalan desa") && Date.now() < deadline) await page.waitForTimeout(100);
	const saved = readFileSync(file, "utf8");
	assert.match(saved, "anggaran perbaikan jalan desa");
	assert.match(saved, /^date: 2020-01-02 09:00$/m);
	const { problems, archive } = buildArchive({ root, now: FIXED_NOW });
	assert.equal(problems.map(formatProblem), []);
	assert.equal(
		archive!.articles.find((a) => a.title === "Rapat Awal Tahun")!.authors.map((a) => a.key),
		["andi"],
	);
	await context.close();
});

test.after(async () => {
	await browser.close();
	await server.close();
	proxy.kill();
});

test.run();
