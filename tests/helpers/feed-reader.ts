// Reads a published RSS or Atom feed as a feed reader does, with @extractus/feed-extractor (the one reader the
// tests use: it reads RSS, Atom and JSON Feed, not with our own XML code). Its normalised entries give the title,
// link and its idea of the date (Atom: <updated> before <published>); the fields a reader shows besides (every
// dc:creator, the Atom author, the first publication date, the enclosure, the feed's own address) are taken from
// the entry as the reader parsed it.
import { extractFromXml } from "@extractus/feed-extractor";

export interface ReadItem {
	title: string;
	link: string;
	/** The reader's date: for Atom the entry's <updated> */
	published: string;
	/** <pubDate> (RSS) or <published> (Atom), as an ISO date in UTC */
	isoDate: string;
	/** Every <dc:creator> (RSS) */
	creators: string[];
	/** The first <author>'s name (Atom) */
	author?: string;
	enclosure?: { url: string; length: string; type: string };
}

export interface ReadFeed {
	title: string;
	/** The feed's own address: <atom:link rel="self"> (RSS) or <link rel="self"> (Atom) */
	feedUrl?: string;
	items: ReadItem[];
}

type Raw = Record<string, any>;
const list = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const text = (value: unknown): string => (value && typeof value === "object" ? String((value as Raw)["#text"] ?? "") : String(value ?? ""));
const self = (links: unknown): string | undefined => list(links as Raw | Raw[]).find((l) => l?.["@_rel"] === "self")?.["@_href"];

export function readFeed(xml: string): ReadFeed {
	const feed = extractFromXml(xml, {
		getExtraFeedFields: (raw: Raw) => ({ feedUrl: self(raw["atom:link"]) ?? self(raw.link) }),
		getExtraEntryFields: (raw: Raw) => {
			const enclosure = raw.enclosure as Raw | undefined;
			return {
				isoDate: new Date(text(raw.published ?? raw.pubDate)).toISOString(),
				creators: list(raw["dc:creator"]).map(text),
				author: raw.author ? text(list(raw.author as Raw | Raw[])[0]!.name) : undefined,
				enclosure: enclosure && { url: enclosure["@_url"], length: String(enclosure["@_length"]), type: enclosure["@_type"] },
			};
		},
	}) as unknown as { title: string; feedUrl?: string; entries: ReadItem[] };
	return { title: feed.title, feedUrl: feed.feedUrl, items: feed.entries };
}
