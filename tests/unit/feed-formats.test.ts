// One hostile headline (&, <, quotes, emoji, "]]>", "--", a control character) through every feed format:
// each must parse and give the text back exactly (less the character XML cannot carry).
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildAtom } from "../../src/feeds/atom.ts";
import { buildJsonFeed } from "../../src/feeds/jsonfeed.ts";
import { buildRss } from "../../src/feeds/rss.ts";
import { entries, HOSTILE, HOSTILE_CLEAN, meta } from "../helpers/feeds.ts";

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "item" || name === "entry" });

test("RSS: well-formed, the title and content round-trip", () => {
	const out = buildRss(meta, entries);
	assert.is(XMLValidator.validate(out), true);
	const item = xml.parse(out).rss.channel.item[0];
	assert.is(item.title, HOSTILE_CLEAN);
	assert.is(item.description, `Ringkasan ${HOSTILE_CLEAN}`);
	assert.is(item["content:encoded"], entries[0]!.contentHtml);
	// Escaped text, never CDATA: "]]>" cannot end a section early, "<script>" is text.
	assert.not.match(out, "<![CDATA[");
	assert.not.match(out, "<script>");
});

test("Atom: well-formed, the title and content round-trip", () => {
	const out = buildAtom(meta, entries);
	assert.is(XMLValidator.validate(out), true);
	const entry = xml.parse(out).feed.entry[0];
	assert.is(entry.title["#text"], HOSTILE_CLEAN);
	assert.is(entry.content["#text"], entries[0]!.contentHtml);
	assert.not.match(out, "<script>");
});

test("JSON Feed: JSON.parse gives every string back exactly", () => {
	const feed = JSON.parse(buildJsonFeed(meta, entries));
	assert.is(feed.items[0].title, HOSTILE);
	assert.is(feed.items[0].content_html, entries[0]!.contentHtml);
	assert.is(feed.title, "Warta & Kabar");
});

test.run();
