// What the search index holds for one article: a Pagefind custom record (https://pagefind.app/docs/node-api/),
// built from the content archive instead of re-parsing the article's finished HTML page.
//
// The record holds what the article page marks for Pagefind (_includes/layouts/article.njk): the headline, the
// hak jawab notices and the article text are searched (the dateline opens the text, as on the page); the result shows title, date and
// summary from `meta`. Bylines, photo captions, alt texts and the page's header and footer are not indexed.
// The text comes from markdown-it's tokens (the same instance and typography as the page, src/markdown/), not from
// rendering and stripping HTML. Pure and deterministic: the same article gives the same record.
import type { Article, SiteData } from "../content/types.ts";
import { parseMarkdown } from "../markdown/markdown.ts";

/** Bump whenever a record's shape or text changes, so every search shard is rebuilt (src/search/shards.ts). */
export const RECORD_FORMAT = 2;

export interface RecordOptions {
	/** The site's language (site.language), an ISO 639-1 code: Pagefind stems words by it ("id": Indonesian) */
	language: string;
	/** The site's locale (site.locale), for the upper-case dateline as the page prints it */
	locale: string;
	/** The hak jawab notices' words (UI strings replyToNotice, repliesNotice), as the page prints them */
	notices?: { replyTo: string; replies: string };
}

/** A Pagefind custom record: `url` is the site path ("/2018/04/17/x/"); the search page adds the path prefix. */
/** The record options of a site: its language and locale, and the notices' words from its UI strings. */
export function recordOptions(data: Pick<SiteData, "site" | "strings">): RecordOptions {
	const { language, locale } = data.site;
	return { language, locale, notices: { replyTo: data.strings.replyToNotice, replies: data.strings.repliesNotice } };
}

export interface SearchRecord {
	url: string;
	content: string;
	language: string;
	meta: { title: string; date: string; datetime: string; summary: string };
}

export function searchRecord(article: Article, options: RecordOptions): SearchRecord {
	const dateline = article.dateline ? `${article.dateline.toLocaleUpperCase(options.locale)} – ` : "";
	// Hak jawab: the notices name the other story, as on the page, so a search finds a reply with its original.
	const notices = options.notices
		? [
				...(article.replyTo ? [`${options.notices.replyTo} ${article.replyTo.title}`] : []),
				...(article.replies ?? []).map((reply) => `${options.notices!.replies}: ${reply.title}`),
			]
		: [];
	return {
		url: article.url,
		content: [article.title, ...notices, `${dateline}${articleText(article.body)}`].join("\n"),
		language: options.language,
		meta: { title: article.title, date: article.published.dateTime, datetime: article.published.iso, summary: article.summary },
	};
}

type Token = ReturnType<typeof parseMarkdown>[number];

/**
 * The readable text of a markdown body: text, inline code and code blocks, one line per block. Images (their alt
 * text), link targets and HTML tags are left out; text inside raw HTML blocks is kept.
 */
export function articleText(markdown: string): string {
	const lines: string[] = [];
	for (const token of parseMarkdown(markdown)) {
		if (token.type === "inline") {
			const line = inlineText(token.children ?? []);
			if (line) lines.push(line);
		} else if (token.type === "code_block" || token.type === "fence") {
			lines.push(token.content.trimEnd());
		} else if (token.type === "html_block") {
			const line = htmlText(token.content);
			if (line) lines.push(line);
		}
	}
	return lines.join("\n");
}

function inlineText(children: Token[]): string {
	let text = "";
	for (const child of children) {
		// An image token holds its alt text as its own children, so skipping it leaves the alt text out.
		if (child.type === "text" || child.type === "code_inline") text += child.content;
		else if (child.type === "softbreak" || child.type === "hardbreak") text += " ";
	}
	return text.trim();
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Text of a raw HTML block: tags removed, the common entities decoded, whitespace collapsed. */
function htmlText(html: string): string {
	return html
		.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, " ")
		.replace(/<[^>]*>/g, " ")
		.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
			const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : undefined;
			if (code !== undefined) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : " ";
			return ENTITIES[name!.toLowerCase()] ?? whole;
		})
		.replace(/\s+/g, " ")
		.trim();
}
