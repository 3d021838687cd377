// Responsive photos (src/images/): the lead photo and photos in the text become <picture> elements with AVIF, WebP
// and JPEG at widths up to the source's own, with width/height and loading hints; the social-card image is the
// 1200 px JPEG; encoded files are reused by the next build; a missing photo stops the build naming article and path.
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { findContentError } from "../../src/cli/report.ts";
import { buildArchive } from "../../src/content/archive.ts";
import { leadImage } from "../../src/images/lead.ts";
import { ImageService } from "../../src/images/service.ts";
import { build, FIXED_NOW, page } from "../helpers/build.ts";
import { article, makeSite, REPO, tempDir, TINY_JPEG } from "../helpers/fixture.ts";

const BODY = [
	"Paragraf pembuka.",
	"",
	'![Warga menambal "jalan" & parit](/media/kecil.jpg "Foto: Sari")',
	"",
	"![Peta lokasi](https://peta.example/lokasi.png)",
	"",
	'<picture><source srcset="/media/kecil.jpg" type="image/jpeg"><img src="/media/kecil.jpg" alt="Foto buatan penulis"></picture>',
	"",
].join("\n");

const root = makeSite({
	"articles/2020/01/jalan-ditambal.md": article(
		{
			title: "Jalan ditambal",
			date: "2020-01-02 08:00",
			image: { src: "/media/besar.jpg", alt: "Jalan berlubang tergenang air", caption: "Jalan di Cikande." },
		},
		BODY,
	),
	"articles/2020/01/tanpa-foto.md": article({ title: "Tanpa foto", date: "2020-01-01 08:00" }),
	"public/media/kecil.jpg": TINY_JPEG,
});
// The repo's sample photo: 1200 × 675.
copyFileSync(join(REPO, "public/media/2019/jalan-rusak-cikande.jpg"), join(root, "public/media/besar.jpg"));
const cache = join(root, ".cache/img");

let started = performance.now();
const out = await build({ root });
const firstSeconds = (performance.now() - started) / 1000;
const url = "/2020/01/02/jalan-ditambal/";
const doc = page(out, url);

const widths = (srcset: string | null) => (srcset ?? "").split(", ").map((c) => Number(c.split(" ")[1]!.replace("w", "")));

test("the lead photo is a <picture>: AVIF and WebP sources and a JPEG <img>, each at 480, 800 and 1200 px", () => {
	const picture = doc.querySelector("figure.article__figure > picture")!;
	assert.ok(picture, "a picture in the figure");
	const sources = [...picture.querySelectorAll("source")];
	assert.equal(
		sources.map((s) => s.getAttribute("type")),
		["image/avif", "image/webp"],
	);
	for (const source of sources) {
		assert.equal(widths(source.getAttribute("srcset")), [480, 800, 1200]);
		assert.match(source.getAttribute("srcset")!, new RegExp(`^/media/img/[\\w-]{10}-480\\.${source.getAttribute("type")!.slice(6)} 480w`));
		assert.ok(source.getAttribute("sizes"));
	}
	const img = picture.querySelector("img")!;
	assert.equal(widths(img.getAttribute("srcset")), [480, 800, 1200]);
	assert.match(img.getAttribute("src")!, /^\/media\/img\/[\w-]{10}-1200\.jpeg$/);
	assert.is(img.getAttribute("width"), "1200");
	assert.is(img.getAttribute("height"), "675");
	assert.is(img.getAttribute("alt"), "Jalan berlubang tergenang air");
	assert.is(img.getAttribute("loading"), "eager", "the lead photo is above the fold");
	assert.is(img.getAttribute("fetchpriority"), "high");
	assert.is(doc.querySelector("figure figcaption")!.textContent, "Jalan di Cikande.");
});

test("every file the pictures name is in the output, under a content-hashed name", () => {
	const named = new Set<string>();
	for (const el of doc.querySelectorAll("picture source[srcset^='/media/img/'], picture img[srcset]")) {
		for (const candidate of el.getAttribute("srcset")!.split(", ")) named.add(candidate.split(" ")[0]!);
	}
	// 3 formats × 3 widths for the lead photo, 3 formats × 1 width for the small photo in the text
	assert.is(named.size, 12, [...named].join("\n"));
	for (const file of named) assert.ok(statSync(join(out, file)).size > 0, file);
	const bytes = (file: string) => statSync(join(out, file)).size;
	const lead = [...named].filter((f) => f.endsWith("-1200.avif") || f.endsWith("-1200.webp") || f.endsWith("-1200.jpeg")).sort();
	assert.ok(bytes(lead[0]!) < bytes(lead[1]!), `AVIF smaller than JPEG: ${lead.map(bytes).join(", ")}`);
	assert.ok(bytes(lead[2]!) < bytes(lead[1]!), `WebP smaller than JPEG: ${lead.map(bytes).join(", ")}`);
});

test("a photo in the text becomes a lazy <picture>, never wider than its source, keeping alt and title", () => {
	const body = doc.querySelector(".article__body")!;
	const pictures = [...body.querySelectorAll("picture")];
	assert.is(pictures.length, 2, "the markdown photo and the author's own <picture>");
	const img = pictures[0]!.querySelector("img")!;
	assert.equal(widths(img.getAttribute("srcset")), [32], "the 32 px source is not enlarged");
	assert.equal(
		[...pictures[0]!.querySelectorAll("source")].map((s) => widths(s.getAttribute("srcset"))),
		[[32], [32]],
	);
	assert.is(img.getAttribute("width"), "32");
	assert.is(img.getAttribute("height"), "18");
	assert.is(img.getAttribute("alt"), `Warga menambal "jalan" & parit`);
	assert.is(img.getAttribute("title"), "Foto: Sari");
	assert.is(img.getAttribute("loading"), "lazy");
	assert.is(img.getAttribute("decoding"), "async");
});

test("an author's own <picture> and photos on other sites are left as written", () => {
	const body = doc.querySelector(".article__body")!;
	const own = body.querySelectorAll("picture")[1]!;
	assert.is(own.querySelector("source")!.getAttribute("srcset"), "/media/kecil.jpg");
	assert.is(own.querySelector("img")!.getAttribute("src"), "/media/kecil.jpg");
	const external = body.querySelector("img[src='https://peta.example/lokasi.png']")!;
	assert.ok(external);
	assert.is(external.parentElement!.tagName, "P");
});

test("feeds keep the original photo, as a full address", () => {
	const rss = new XMLParser({ isArray: (name) => name === "item" }).parse(readFileSync(join(out, "feed.xml"), "utf8")).rss;
	const item = rss.channel.item.find((i: { title: string }) => i.title === "Jalan ditambal");
	assert.match(item["content:encoded"], 'src="https://warta-serang.example/media/kecil.jpg"');
});

test("the social-card image (og:image, JSON-LD) is the absolute URL of the 1200 px JPEG, with the path prefix", async () => {
	const { archive } = buildArchive({ root, now: FIXED_NOW });
	const withPhoto = archive!.articles.find((a) => a.image)!;
	const images = new ImageService(root);
	images.startBuild(tempDir("social"));
	const lead = await leadImage(withPhoto, images, "https://warta-serang.example/berita");
	assert.match(lead!.social.url, /^https:\/\/warta-serang\.example\/berita\/media\/img\/[\w-]{10}-1200\.jpeg$/);
	assert.equal({ ...lead!.social, url: "" }, { url: "", width: 1200, height: 675, type: "image/jpeg" });
	assert.ok(doc.querySelector(`img[src="${new URL(lead!.social.url).pathname.replace("/berita", "")}"]`), "the same file the page shows");
	const external = await leadImage(
		{ file: "x.md", image: { src: "https://cdn.example/a.jpg", alt: "a", width: 800, height: 600 } },
		images,
		"https://w.example",
	);
	assert.equal(external!.social, { url: "https://cdn.example/a.jpg", width: 800, height: 600 });
	assert.match(external!.html, /^<img src="https:\/\/cdn\.example\/a\.jpg" alt="a" width="800" height="600" loading="eager"/);
});

test("a rebuild reuses the encoded photos: nothing is encoded again, the output files are links to the cache", async () => {
	const cached = Object.fromEntries(readdirSync(cache).map((name) => [name, statSync(join(cache, name)).mtimeMs]));
	started = performance.now();
	const again = await build({ root });
	const rebuildSeconds = (performance.now() - started) / 1000;
	for (const [name, mtime] of Object.entries(cached)) {
		if (name !== "manifest.json") assert.is(statSync(join(cache, name)).mtimeMs, mtime, `${name} was not written again`);
	}
	for (const name of readdirSync(join(again, "media/img"))) {
		assert.is(statSync(join(again, "media/img", name)).ino, statSync(join(cache, name)).ino, `${name} is a hard link`);
	}
	console.log(`    first build ${firstSeconds.toFixed(2)} s (encoding 2 photos), rebuild ${rebuildSeconds.toFixed(2)} s`);
});

test("a replaced photo is encoded again, under a new name", async () => {
	const before = page(out, url).querySelector("figure img")!.getAttribute("src");
	writeFileSync(join(root, "public/media/besar.jpg"), TINY_JPEG);
	const next = await build({ root });
	const img = page(next, url).querySelector("figure img")!;
	assert.is.not(img.getAttribute("src"), before);
	assert.is(img.getAttribute("width"), "32");
});

test("a missing photo in the text stops the build, naming the article and the file", async () => {
	const broken = makeSite({ "articles/2020/01/hilang.md": article({}, "Isi.\n\n![Foto](/media/2020/hilang.jpg)\n") });
	try {
		await build({ root: broken });
		assert.unreachable("the build should fail");
	} catch (error) {
		assert.match(
			String((error as Error).message),
			'articles/2020/01/hilang.md: the image "/media/2020/hilang.jpg" in the text is not in the site: expected the file public/media/2020/hilang.jpg',
		);
	}
});

test("a photo path that leaves public/ is refused, even when the file exists", async () => {
	const outside = makeSite({
		"articles/2020/01/luar.md": article({ image: { src: "/../rahasia.jpg", alt: "Foto" } }),
		"rahasia.jpg": TINY_JPEG,
	});
	try {
		await build({ root: outside });
		assert.unreachable("the build should fail");
	} catch (error) {
		// Found while the page renders, so Eleventy wraps it; the build command finds and prints it (src/cli/report.ts).
		const problem = findContentError(error)?.problems[0];
		assert.equal(
			{ ...problem, message: problem?.message.replace(/;.*/, "") },
			{
				file: "articles/2020/01/luar.md",
				field: "image.src",
				severity: "error",
				message: 'the photo "/../rahasia.jpg" points outside public/',
			},
		);
	}
});

test.run();
