// A headline written to break out of the JSON-LD <script> stays text in a real browser: no script runs,
// no dialog opens, and the structured data still parses to the headline as written.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { build } from "../helpers/build.ts";
import { launch } from "../helpers/browser.ts";
import { article, makeSite } from "../helpers/fixture.ts";
import { serve } from "../../src/cli/static-server.ts";

const HOSTILE = `</script><script>window.__pwned = 1; alert(1)</script><!-- "kutip" & 🌊`;
const root = makeSite({ "articles/2026/11/x.md": article({ title: HOSTILE, date: "2026-11-28 08:00", summary: HOSTILE }) });
const out = await build({ root });
const server = await serve(out);
const browser = await launch();

test.after(async () => {
	await browser.close();
	await server.close();
});

for (const url of ["/2026/11/28/x/", "/"]) {
	test(`${url}: the hostile headline runs nothing and reads back from JSON-LD`, async () => {
		const page = await browser.newPage();
		const dialogs: string[] = [];
		page.on("dialog", async (dialog) => {
			dialogs.push(dialog.message());
			await dialog.dismiss();
		});
		await page.goto(server.url + url);
		assert.equal(dialogs, []);
		assert.is(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
		// The JSON-LD block, and on the story the theme's copy-link module (a file, no inline code): nothing else.
		const all = await page.evaluate(() => [...document.scripts].map((s) => [s.type, s.text, s.getAttribute("src") ?? ""]));
		const modules = all.filter(([type]) => type === "module");
		assert.equal(
			modules.map(([, text, src]) => [text, /^\/js\/warta\.[0-9a-f]{10}\.js$/.test(src!)]),
			url === "/" ? [] : [["", true]],
		);
		const scripts = all.filter(([type]) => type !== "module");
		assert.is(scripts.length, 1);
		assert.is(scripts[0]![0], "application/ld+json");
		const graph = JSON.parse(scripts[0]![1]!)["@graph"];
		if (url === "/") assert.is(graph[0]["@type"], "WebSite");
		else {
			assert.is(graph[0].headline, HOSTILE);
			assert.is(await page.title(), `${HOSTILE} – Warta Serang`);
			assert.is(await page.textContent("h1"), HOSTILE);
		}
		await page.close();
	});
}

test.run();
