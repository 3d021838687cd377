import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildJsonFeed, JSON_FEED_VERSION } from "../../src/feeds/jsonfeed.ts";
import { entries, meta } from "../helpers/feeds.ts";

const feed = JSON.parse(buildJsonFeed(meta, entries));

test("top level: version 1.1, title, home_page_url, feed_url, language, icon, authors (not the deprecated author)", () => {
	assert.is(feed.version, JSON_FEED_VERSION);
	assert.is(feed.version, "https://jsonfeed.org/version/1.1");
	assert.is(feed.title, meta.title);
	assert.is(feed.home_page_url, meta.homeUrl);
	assert.is(feed.feed_url, meta.selfUrl);
	assert.is(feed.language, "id");
	assert.is(feed.icon, meta.icon);
	assert.equal(feed.authors, [{ name: meta.publisher, url: meta.homeUrl }]);
	assert.is(feed.author, undefined);
});

test("items: string id, content_html, RFC 3339 dates with +07:00, date_modified only when corrected", () => {
	const [corrected, plain] = feed.items;
	assert.is(typeof corrected.id, "string");
	assert.is(corrected.id, entries[0]!.id);
	assert.is(corrected.content_html, entries[0]!.contentHtml);
	assert.is(corrected.date_published, "2018-04-18T10:15:00+07:00");
	assert.is(corrected.date_modified, "2018-04-19T08:00:00+07:00");
	assert.not.ok("date_modified" in plain);
});

test("items: authors with names and URLs, rubric and tags, the lead image", () => {
	const [first, second] = feed.items;
	assert.equal(first.authors, entries[0]!.authors);
	assert.equal(second.authors, [{ name: "Rudi Hartono" }]);
	assert.equal(first.tags, entries[0]!.categories);
	assert.is(first.image, entries[0]!.image!.url);
	assert.not.ok("image" in second);
});

test("a <script> in a title is escaped as \\u003c inside the JSON Feed's strings, like JSON-LD, and reads back the same", () => {
	const hostile = "</script><script>alert(1)</script>\u2028";
	const text = buildJsonFeed({ ...meta, title: hostile }, [{ ...entries[0]!, title: hostile, contentHtml: `<p>${hostile}</p>` }]);
	assert.not.match(text, "<");
	assert.not.match(text, "\u2028");
	assert.match(text, "\\u003c/script>\\u003cscript>");
	const parsed = JSON.parse(text);
	assert.is(parsed.title, hostile);
	assert.is(parsed.items[0].title, hostile);
});

test.run();
