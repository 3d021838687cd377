import { XMLParser } from "fast-xml-parser";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { ATOM_NAMESPACE, buildAtom } from "../../src/feeds/atom.ts";
import { entries, meta } from "../helpers/feeds.ts";

const parse = (xml: string) =>
	new XMLParser({ ignoreAttributes: false, isArray: (name) => ["entry", "author", "link", "category"].includes(name) }).parse(xml).feed;

test("feed: exactly one id, title, updated; self and alternate links; a feed-level author (RFC 4287 §4.1.1)", () => {
	const xml = buildAtom(meta, entries);
	const feed = parse(xml);
	assert.is(feed["@_xmlns"], ATOM_NAMESPACE);
	assert.is(feed["@_xml:lang"], "id");
	for (const name of ["id", "title", "updated"]) {
		assert.ok(feed[name], name);
		assert.not.ok(Array.isArray(feed[name]), `one ${name}`);
	}
	assert.is(feed.id, meta.selfUrl);
	assert.equal(
		feed.link.map((l: Record<string, string>) => [l["@_rel"], l["@_href"]]),
		[
			["self", meta.selfUrl],
			["alternate", meta.homeUrl],
		],
	);
	assert.is(feed.author[0].name, meta.publisher);
	assert.is(feed.icon, meta.icon);
	assert.is(feed.logo, meta.logo!.url);
});

test("feed <updated> is the newest change: the correction of 19 Apr, RFC 3339 with +07:00", () => {
	assert.is(parse(buildAtom(meta, entries)).updated, "2018-04-19T08:00:00+07:00");
});

test("entry: published is first publication, updated moves with the correction", () => {
	const [corrected, plain] = parse(buildAtom(meta, entries)).entry;
	assert.is(corrected.published, "2018-04-18T10:15:00+07:00");
	assert.is(corrected.updated, "2018-04-19T08:00:00+07:00");
	assert.is(plain.published, "2018-04-17T23:30:00+07:00");
	assert.is(plain.updated, plain.published);
});

test("entry: permanent id, alternate link, one author per person with uri, categories, summary and html content, enclosure", () => {
	const entry = parse(buildAtom(meta, entries)).entry[0];
	assert.is(entry.id, entries[0]!.id);
	const alternate = entry.link.find((l: Record<string, string>) => l["@_rel"] === "alternate");
	assert.is(alternate["@_href"], entries[0]!.url);
	assert.equal(
		entry.author.map((a: Record<string, string>) => [a.name, a.uri]),
		entries[0]!.authors.map((a) => [a.name, a.url]),
	);
	assert.equal(
		entry.category.map((c: Record<string, string>) => c["@_term"]),
		entries[0]!.categories,
	);
	assert.is(entry.summary["@_type"], "text");
	assert.is(entry.content["@_type"], "html");
	assert.is(entry.content["#text"], entries[0]!.contentHtml);
	const enclosure = entry.link.find((l: Record<string, string>) => l["@_rel"] === "enclosure");
	assert.equal([enclosure["@_href"], enclosure["@_type"], enclosure["@_length"]], [entries[0]!.image!.url, "image/jpeg", "29922"]);
});

test("an empty feed still has <updated>: the build's now", () => {
	assert.is(parse(buildAtom(meta, [])).updated, "2026-11-29T08:00:00+07:00");
});

test.run();
