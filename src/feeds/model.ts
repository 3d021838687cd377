// The format-neutral shape of a feed: pure data that the RSS, Atom and JSON Feed builders serialize.
// Every URL in it is absolute; dates are luxon values in the site zone.
import type { DateTime } from "luxon";

export interface FeedPerson {
	name: string;
	/** Absolute URL of the person's page */
	url?: string;
}

export interface FeedImage {
	/** Absolute URL */
	url: string;
	/** Media type from the file extension: "image/jpeg" */
	type: string;
	/** Size of the file in bytes; 0 when unknown (then RSS has no <enclosure>, only media:content) */
	length: number;
	width?: number;
	height?: number;
	alt: string;
	/** The photo credit as printed under it ("Foto: Sari Wulandari"): RSS media:credit */
	credit?: string;
}

export interface FeedEntry {
	/** Permanent id: the article's absolute URL */
	id: string;
	url: string;
	title: string;
	/** Plain text */
	summary: string;
	/** Full HTML with absolute URLs only; "" in a summary-only feed (RSS then has no <content:encoded>) */
	contentHtml: string;
	/** Publication */
	date: DateTime;
	/** Last modification (an update or a correction), when later than publication */
	updated?: DateTime;
	authors: FeedPerson[];
	/** The type of work when it is not plain news ("Opini", "Advertorial"), then the rubric, then tags */
	categories: string[];
	image?: FeedImage;
}

export interface FeedMeta {
	title: string;
	description: string;
	/** RFC 5646 language code: "id" */
	language: string;
	/** Absolute URL of the page the feed belongs to (home, rubric or author page) */
	homeUrl: string;
	/** Absolute URL the feed is served from */
	selfUrl: string;
	/** The publisher's name: the feed-level author */
	publisher: string;
	/** Channel image, GIF/JPEG/PNG at most 144 px wide (RSS <image>, Atom <logo>) */
	logo?: { url: string; width: number; height: number };
	/** Square icon, ideally 512 px (JSON Feed icon, Atom <icon>) */
	icon?: string;
	generator?: string;
	/** IANA zone for RSS dates (RFC 822 with the site's offset) */
	timeZone: string;
	/** When the feed has no entries, the date Atom still requires as <updated> (the build's "now") */
	emptyUpdated: DateTime;
}
