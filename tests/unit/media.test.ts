import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { clearMediaCache, mediaLength, mediaType } from "../../src/feeds/media.ts";
import { tempDir } from "../helpers/fixture.ts";

const publicDir = join(tempDir("public"), "public");
mkdirSync(join(publicDir, "media"), { recursive: true });
writeFileSync(join(publicDir, "media/foto.jpg"), Buffer.alloc(1234));
writeFileSync(join(tempDir("outside"), "secret.jpg"), "x");

test("media type from the extension, any case", () => {
	assert.is(mediaType("/media/foto.jpg"), "image/jpeg");
	assert.is(mediaType("/media/FOTO.JPEG"), "image/jpeg");
	assert.is(mediaType("/logo.png?v=2"), "image/png");
	assert.is(mediaType("/a.webp"), "image/webp");
	assert.is(mediaType("/a.unknown"), "application/octet-stream");
});

test("length is the real byte size of the file under public/", () => {
	clearMediaCache();
	assert.is(mediaLength(publicDir, "/media/foto.jpg"), 1234);
});

test("read once per build: the cached size stays until the cache is cleared", () => {
	clearMediaCache();
	assert.is(mediaLength(publicDir, "/media/foto.jpg"), 1234);
	writeFileSync(join(publicDir, "media/foto.jpg"), Buffer.alloc(99));
	assert.is(mediaLength(publicDir, "/media/foto.jpg"), 1234);
	clearMediaCache();
	assert.is(mediaLength(publicDir, "/media/foto.jpg"), 99);
});

test("0 for a missing file, a full URL elsewhere, or a path that leaves public/", () => {
	clearMediaCache();
	assert.is(mediaLength(publicDir, "/media/tidak-ada.jpg"), 0);
	assert.is(mediaLength(publicDir, "https://cdn.example/foto.jpg"), 0);
	assert.is(mediaLength(publicDir, "//cdn.example/foto.jpg"), 0);
	assert.is(mediaLength(publicDir, "/../../secret.jpg"), 0);
});

test.run();
