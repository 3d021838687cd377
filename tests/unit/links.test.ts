import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { tempDir } from "../helpers/fixture.ts";
import { checkLinks } from "../helpers/links.ts";

function site(files: Record<string, string>): string {
	const out = tempDir("links");
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(out, path, ".."), { recursive: true });
		writeFileSync(join(out, path), text);
	}
	return out;
}

test("resolves directory URLs, files, anchors, srcset and absolute site URLs", () => {
	const out = site({
		"index.html": `<a href="/a/">a</a><a href="/a/#bagian">anchor</a><a href="a/">relative</a><a href="https://warta.example/a/">absolute</a>
			<a href="https://elsewhere.example/x">external</a><a href="mailto:redaksi@warta.example">mail</a>
			<link rel="stylesheet" href="/css/s.css"><img src="/img/x.jpg" srcset="/img/x.jpg 1x, /img/x2.jpg 2x" alt="">`,
		"a/index.html": `<h2 id="bagian">Bagian</h2><a href="../">up</a><a href="#bagian">self</a>`,
		"css/s.css": "",
		"img/x.jpg": "",
		"img/x2.jpg": "",
	});
	assert.equal(checkLinks(out, "https://warta.example"), []);
});

test("reports missing pages, files and anchors with the page they are on", () => {
	const out = site({
		"index.html": `<a href="/hilang/">missing</a><a href="/a/#tidak-ada">bad anchor</a><img src="/img/none.jpg" alt=""><a href="#top">top</a>`,
		"a/index.html": `<p id="ada">x</p>`,
	});
	const broken = checkLinks(out, "https://warta.example");
	assert.equal(
		broken.map((b) => `${b.page} ${b.url}`),
		["index.html /hilang/", "index.html /a/#tidak-ada", "index.html #top", "index.html /img/none.jpg"],
	);
	assert.match(broken[1]!.reason, 'no element with id "tidak-ada"');
});

test("under a path prefix, links outside it are broken", () => {
	const out = site({ "index.html": `<a href="/berita/a/">ok</a><a href="/a/">outside</a>`, "a/index.html": "" });
	assert.equal(
		checkLinks(out, "https://warta.example/berita/", "/berita/").map((b) => b.url),
		["/a/"],
	);
});

test.run();
