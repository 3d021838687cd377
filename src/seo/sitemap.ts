// sitemaps.org XML (https://www.sitemaps.org/protocol.html): at most 50,000 URLs per file, so a bigger site
// gets /sitemap.xml as a sitemap index over /sitemap-1.xml, /sitemap-2.xml, … `lastmod` is the real last
// modification (a correction counts), as W3C datetime with the site offset.
import type { DateTime } from "luxon";
import { absoluteUrl, sitemapPartUrl, sitemapUrl } from "../site/urls.ts";
import { element, escapeXml, parent, xmlDeclaration } from "../site/xml.ts";
import { rfc3339 } from "../time/dates.ts";

export const SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
export const SITEMAP_MAX_URLS = 50_000;

export interface SitemapUrl {
	/** Site path: "/2018/04/17/x/" */
	url: string;
	lastmod?: DateTime;
}

/** One output file: either a <urlset> or, when split, the <sitemapindex> at /sitemap.xml. */
export type SitemapFile = { kind: "urlset"; path: string; urls: SitemapUrl[] } | { kind: "index"; path: string; parts: SitemapUrl[] };

/** The files for a list of pages: one /sitemap.xml up to `max` URLs, else an index and parts of `max`. */
export function sitemapFiles(urls: readonly SitemapUrl[], max = SITEMAP_MAX_URLS): SitemapFile[] {
	if (urls.length <= max) return [{ kind: "urlset", path: sitemapUrl, urls: [...urls] }];
	const parts: SitemapFile[] = [];
	for (let start = 0, n = 1; start < urls.length; start += max, n++) {
		parts.push({ kind: "urlset", path: sitemapPartUrl(n), urls: urls.slice(start, start + max) });
	}
	const index: SitemapFile = {
		kind: "index",
		path: sitemapUrl,
		parts: parts.map((part) => ({ url: part.path, lastmod: newest(part.kind === "urlset" ? part.urls : []) })),
	};
	return [index, ...parts];
}

export function renderSitemapFile(siteUrl: string, file: SitemapFile): string {
	return file.kind === "index" ? buildSitemapIndex(siteUrl, file.parts) : buildUrlset(siteUrl, file.urls);
}

export function buildUrlset(siteUrl: string, urls: readonly SitemapUrl[]): string {
	// Written out, not through `parent`/`element` (the same markup, which tests/unit/sitemap.test.ts compares):
	// 126,000 URLs at 100,000 articles are written on every build, and the builders' arrays and attribute
	// handling per URL are work this loop does not need.
	let body = "";
	for (const u of urls) {
		const lastmod = u.lastmod ? `\n<lastmod>${escapeXml(rfc3339(u.lastmod))}</lastmod>` : "";
		body += `\n<url>\n<loc>${escapeXml(absoluteUrl(siteUrl, u.url))}</loc>${lastmod}</url>`;
	}
	return `${xmlDeclaration()}<urlset xmlns="${SITEMAP_NAMESPACE}">${body}</urlset>\n`;
}

export function buildSitemapIndex(siteUrl: string, parts: readonly SitemapUrl[]): string {
	const body = parts.map((p) =>
		parent("sitemap", {}, [element("loc", {}, absoluteUrl(siteUrl, p.url)), p.lastmod && element("lastmod", {}, rfc3339(p.lastmod))]),
	);
	return xmlDeclaration() + parent("sitemapindex", { xmlns: SITEMAP_NAMESPACE }, body) + "\n";
}

function newest(urls: readonly SitemapUrl[]): DateTime | undefined {
	let latest: DateTime | undefined;
	for (const u of urls) if (u.lastmod && (!latest || u.lastmod > latest)) latest = u.lastmod;
	return latest;
}
