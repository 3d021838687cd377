// The site's address: path prefix in one form, `site.base` for absolute URLs (src/site/address.ts).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { absoluteUrl, normalizePathPrefix, siteBase, withAddress } from "../../src/site/address.ts";

test("a path prefix however typed has one form, with slashes at both ends", () => {
	for (const typed of ["berita", "/berita", "berita/", "/berita/", " /berita// "]) assert.is(normalizePathPrefix(typed), "/berita/", typed);
	assert.is(normalizePathPrefix("/kabar/serang"), "/kabar/serang/");
	for (const root of [undefined, "", "/", "//"]) assert.is(normalizePathPrefix(root), "/");
});

test("a path prefix that is not a URL path is refused with a hint", () => {
	for (const bad of ["../berita", "/a b/", "https://x.example/berita", "/berita?x=1", "/./"]) {
		assert.throws(() => normalizePathPrefix(bad), /is not a URL path; use letters, digits and dashes, e\.g\. "\/berita\/"/, bad);
	}
});

test("site.base is origin + prefix without a trailing slash, so base + site path is the full address", () => {
	assert.is(siteBase("https://warta.example", "/"), "https://warta.example");
	assert.is(siteBase("https://warta.example/", "berita"), "https://warta.example/berita");
	assert.is(absoluteUrl("https://warta.example/berita", "/2018/04/17/x/"), "https://warta.example/berita/2018/04/17/x/");
	assert.is(absoluteUrl("https://warta.example/berita", "/"), "https://warta.example/berita/");
	assert.is(absoluteUrl("https://warta.example", "feed.xml"), "https://warta.example/feed.xml");
	assert.is(
		absoluteUrl("https://warta.example/berita", "https://cdn.example/foto.jpg"),
		"https://cdn.example/foto.jpg",
		"absolute URLs stay",
	);
});

test("templates see site.pathPrefix and site.base next to the data file's fields", () => {
	const site = withAddress({ url: "https://warta.example", title: "Warta" }, "/berita");
	assert.is(site.pathPrefix, "/berita/");
	assert.is(site.base, "https://warta.example/berita");
	assert.is(site.url, "https://warta.example");
	assert.is(site.title, "Warta");
});

test.run();
