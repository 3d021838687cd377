import { XMLParser, XMLValidator } from "fast-xml-parser";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildRss, RSS_NAMESPACES } from "../../src/feeds/rss.ts";
import { escapeXml } from "../../src/feeds/xml.ts";

const channel = {
	title: "Warta & Kabar",
	link: "https://warta.example/",
	description: "Berita",
	language: "id",
	selfUrl: "https://warta.example/feed.xml",
	lastBuildDate: new Date("2018-04-17T03:15:00Z"),
};
const item = {
	title: 'Banjir <Pontang> & "Tanara" ]]> 🌊',
	link: "https://warta.example/2018/04/17/banjir/",
	pubDate: new Date("2018-04-17T03:15:00Z"),
	creators: ["Andi Saputra", "Sari Wulandari"],
	categories: ["Infrastruktur", "Banjir"],
	description: "Ringkasan",
	contentHtml: '<p>Isi <a href="https://warta.example/x/">tautan</a> ]]></p>',
};

test("dates are RFC 822 in the site zone: <pubDate>Tue, 17 Apr 2018 10:15:00 +0700</pubDate>", () => {
	const xml = buildRss(channel, [item], "Asia/Jakarta");
	assert.match(xml, "<pubDate>Tue, 17 Apr 2018 10:15:00 +0700</pubDate>");
	assert.match(xml, "<lastBuildDate>Tue, 17 Apr 2018 10:15:00 +0700</lastBuildDate>");
});

test("the output is well-formed and round-trips hostile text", () => {
	const xml = buildRss(channel, [item], "Asia/Jakarta");
	assert.is(XMLValidator.validate(xml), true);
	const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
	const parsedItem = parsed.rss.channel.item;
	assert.is(parsed.rss.channel.title, "Warta & Kabar");
	assert.is(parsedItem.title, item.title);
	assert.is(parsedItem["content:encoded"], item.contentHtml);
	assert.equal(parsedItem["dc:creator"], item.creators);
	assert.is(parsedItem.guid["#text"], item.link);
});

test("every namespace prefix used is declared on <rss>", () => {
	const xml = buildRss(channel, [item], "Asia/Jakarta");
	const prefixes = new Set([...xml.matchAll(/<([a-z]+):[a-zA-Z]+[\s>/]/g)].map((m) => m[1]));
	for (const prefix of prefixes) assert.ok(`xmlns:${prefix}` in RSS_NAMESPACES, `undeclared prefix ${prefix}`);
	for (const [attr, uri] of Object.entries(RSS_NAMESPACES)) assert.match(xml, `${attr}="${uri}"`);
});

test("an empty feed has no lastBuildDate and is still valid", () => {
	const xml = buildRss({ ...channel, lastBuildDate: undefined }, [], "Asia/Jakarta");
	assert.is(XMLValidator.validate(xml), true);
	assert.not.match(xml, "lastBuildDate");
});

test("escapeXml drops characters XML 1.0 forbids", () => {
	assert.is(escapeXml("a\u0000b\u0008c & <d>"), "abc &amp; &lt;d&gt;");
});

test.run();
