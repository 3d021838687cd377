import { XMLParser, XMLValidator } from "fast-xml-parser";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildRss, RSS_NAMESPACES } from "../../src/feeds/rss.ts";
import { escapeXml } from "../../src/site/xml.ts";
import { entries, meta } from "../helpers/feeds.ts";

const parse = (xml: string) =>
	new XMLParser({ ignoreAttributes: false, isArray: (name) => ["item", "dc:creator", "category"].includes(name) }).parse(xml).rss;

test("dates are RFC 822 in the site zone: <pubDate>Wed, 18 Apr 2018 10:15:00 +0700</pubDate>", () => {
	const xml = buildRss(meta, entries);
	assert.match(xml, "<pubDate>Wed, 18 Apr 2018 10:15:00 +0700</pubDate>");
	assert.match(xml, "<pubDate>Tue, 17 Apr 2018 23:30:00 +0700</pubDate>");
});

test("lastBuildDate is the newest change among the items, a correction included", () => {
	// The first item was published 18 Apr and corrected 19 Apr 08:00.
	assert.match(buildRss(meta, entries), "<lastBuildDate>Thu, 19 Apr 2018 08:00:00 +0700</lastBuildDate>");
});

test("channel: title, absolute link, description, language, self link, logo image with url/title/link", () => {
	const channel = parse(buildRss(meta, entries)).channel;
	assert.is(channel.title, "Warta & Kabar");
	assert.is(channel.link, "https://warta.example/");
	assert.is(channel.description, "Berita <lokal>");
	assert.is(channel.language, "id");
	assert.equal(channel["atom:link"], { "@_href": meta.selfUrl, "@_rel": "self", "@_type": "application/rss+xml" });
	assert.equal(channel.image, { url: meta.logo!.url, title: channel.title, link: channel.link, width: 144, height: 144 });
});

test("items: guid = link, one dc:creator per author, rubric and tags as categories, description before content", () => {
	const xml = buildRss(meta, entries);
	const items = parse(xml).channel.item;
	assert.is(items[0].guid["#text"], entries[0]!.url);
	assert.is(items[0].guid["@_isPermaLink"], "true");
	assert.equal(items[0]["dc:creator"], ["Andi Saputra", "Sari Wulandari"]);
	assert.equal(items[0].category, ["Infrastruktur", "Banjir & Rob"]);
	assert.not.match(xml, "<author>");
	// The validator wants the plain-text description before content:encoded.
	const first = xml.slice(xml.indexOf("<item>"), xml.indexOf("</item>"));
	assert.ok(first.indexOf("<description>") < first.indexOf("<content:encoded>"));
});

test("the lead image: enclosure with the real length and type, and media:content", () => {
	const item = parse(buildRss(meta, entries)).channel.item[0];
	assert.equal(item.enclosure, { "@_url": entries[0]!.image!.url, "@_length": "29922", "@_type": "image/jpeg" });
	const media = item["media:content"];
	assert.is(media["@_url"], entries[0]!.image!.url);
	assert.is(media["@_medium"], "image");
	assert.is(media["@_width"], "1200");
	assert.is(media["media:description"]["#text"], "Banjir <rob>");
});

test("a photo of unknown size has media:content but no enclosure (the validator rejects length 0)", () => {
	const unknown = [{ ...entries[0]!, image: { ...entries[0]!.image!, length: 0 } }];
	const item = parse(buildRss(meta, unknown)).channel.item[0];
	assert.is(item.enclosure, undefined);
	assert.ok(item["media:content"]);
});

test("every namespace prefix used is declared on <rss>", () => {
	const xml = buildRss(meta, entries);
	const prefixes = new Set([...xml.matchAll(/<\/?([a-z]+):[a-zA-Z]+[\s>/]/g)].map((m) => m[1]));
	assert.ok(prefixes.size >= 4, [...prefixes].join());
	for (const prefix of prefixes) assert.ok(`xmlns:${prefix}` in RSS_NAMESPACES, `undeclared prefix ${prefix}`);
	for (const [attr, uri] of Object.entries(RSS_NAMESPACES)) assert.match(xml, `${attr}="${uri}"`);
});

test("an empty feed has no lastBuildDate and is still valid", () => {
	const xml = buildRss(meta, []);
	assert.is(XMLValidator.validate(xml), true);
	assert.not.match(xml, "lastBuildDate");
});

test("escapeXml drops characters XML 1.0 forbids", () => {
	assert.is(escapeXml("a\u0000b\u0008c & <d>"), "abc &amp; &lt;d&gt;");
});

// escapeXml returns a value as it is when nothing in it needs work; these each need it, or must stay.
test("escapeXml: every character class it changes, alone, and what it keeps", () => {
	assert.is(escapeXml(`"'`), "&quot;&apos;");
	assert.is(escapeXml("x\u001Fy\u000Bz\uFFFE\uFFFF"), "xyz");
	assert.is(escapeXml("lone \uD83D high, lone \uDE00 low"), "lone  high, lone  low");
	assert.is(escapeXml("Serang 😀 \t\n\r ok"), "Serang 😀 \t\n\r ok", "a surrogate pair, tab and line breaks stay");
	assert.is(escapeXml("https://warta.example/2018/04/17/jalan-rusak/"), "https://warta.example/2018/04/17/jalan-rusak/");
});

test.run();
