// Every address Warta writes itself, in ONE list. The page templates take their permalinks from the same
// constants (src/site/urls.ts), and src/content/checks/collisions.ts refuses a permalink on, inside or above any
// of them, so an article can never collide with Warta's own output in Eleventy ("Output conflict", ENOTDIR).
// tests/integration/site.test.ts checks that every file a build writes is an article, a file from public/ or
// covered by this list, so a new kind of page cannot be forgotten here.
import {
	atomFeedUrl,
	authorIndexUrl,
	correctionsUrl,
	cssFolder,
	headersUrl,
	homeArchiveFolder,
	cmsFolder,
	imageFolder,
	indeksUrl,
	jsFolder,
	jsonFeedUrl,
	newsSitemapUrl,
	notFoundUrl,
	robotsUrl,
	rubricIndexUrl,
	searchIndexFolder,
	searchUrl,
	sitemapUrl,
	tagIndexUrl,
} from "./urls.ts";
import { themeStaticFiles } from "./assets.ts";

export interface ReservedAddress {
	/** What lives there, for messages: "the RSS feed" */
	what: string;
	/** One address ("/feed.xml", "/ralat/"), a pattern of addresses, or a folder whose whole content is Warta's */
	url?: string;
	pattern?: RegExp;
	folder?: string;
}

/** Every address and folder Warta writes, for a site whose RSS feed is at `site.feed.path`. */
export function reservedAddresses(site: { feed: { path: string } }): ReservedAddress[] {
	return [
		{ url: "/", what: "the home page" },
		{ folder: homeArchiveFolder, what: "the front page's later pages" },
		{ url: notFoundUrl, what: "the not-found page" },
		{ url: site.feed.path, what: "the RSS feed" },
		{ url: atomFeedUrl, what: "the Atom feed" },
		{ url: jsonFeedUrl, what: "the JSON Feed" },
		{ url: sitemapUrl, what: "the sitemap" },
		{ pattern: /^\/sitemap-\d+\.xml$/, what: "a part of the sitemap" },
		{ url: newsSitemapUrl, what: "the news sitemap" },
		{ url: robotsUrl, what: "robots.txt" },
		{ url: headersUrl, what: "the hosts' headers file" },
		{ url: correctionsUrl, what: "the corrections page" },
		{ url: searchUrl(), what: "the search page" },
		// Rubric, tag and author pages, their later pages and feeds; the directories are the folders' own pages.
		{ folder: rubricIndexUrl, what: "the rubric pages" },
		{ folder: tagIndexUrl, what: "the tag pages" },
		{ folder: authorIndexUrl, what: "the author pages" },
		{ folder: indeksUrl(), what: "the indeks" },
		{ folder: cssFolder, what: "the stylesheet" },
		{ folder: jsFolder, what: "the theme's scripts" },
		{ folder: searchIndexFolder, what: "the search index" },
		{ folder: imageFolder, what: "the encoded photos" },
		{ folder: cmsFolder, what: "the editor (CMS)" },
		// A file in public/ of the same name replaces it; that case is checked against public/ itself.
		...themeStaticFiles().map((url) => ({ url, what: `the theme's file ${url}` })),
	];
}
