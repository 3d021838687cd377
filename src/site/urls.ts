// Warta's URL scheme in one place. Pages, feeds, sitemaps and JSON-LD all build links through these helpers.
// All URLs are site-relative, lowercase and end in "/" (or a file name); page 1 of a listing has no number.
import type { DateTime } from "luxon";

/** "/2018/04/17/bupati-serang-minta-asn-milenial-berinovasi/" */
export function articleUrl(date: DateTime, slug: string): string {
	return `/${date.toFormat("yyyy/MM/dd")}/${slug}/`;
}

/** Page n of a listing whose first page is `base`: "/kategori/hukum/" → "/kategori/hukum/2/" */
export function pageUrl(base: string, page: number): string {
	return page <= 1 ? base : `${base}${page}/`;
}

/** The front page's "Berita terbaru" archive: page 1 is the front page, then "/terbaru/2/", "/terbaru/3/", …
 *  Not "/2/": a big archive has thousands of pages, and "/2018/" would be page 2018, not the year 2018. */
export function homePageUrl(page: number): string {
	return page <= 1 ? "/" : pageUrl(homeArchiveFolder, page);
}
export const homeArchiveFolder = "/terbaru/";
/** The latest stories as a small page of their own, shown beside every story on wide screens
 *  (_includes/partials/latest-aside.njk); in the front page archive's folder, which Warta owns. */
export const latestFrameUrl = `${homeArchiveFolder}samping.html`;

export const rubricUrl = (slug: string): string => `/kategori/${slug}/`;
export const tagUrl = (slug: string): string => `/tag/${slug}/`;
export const authorUrl = (key: string): string => `/penulis/${key}/`;

/** The indeks (date archive): "/indeks/", "/indeks/2018/04/", "/indeks/2018/04/17/" */
export function indeksUrl(year?: number, month?: number, day?: number): string {
	const parts = [year, month, day]
		.filter((p): p is number => p !== undefined)
		.map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, "0")));
	return `/indeks/${parts.map((p) => `${p}/`).join("")}`;
}

/** The directories listing every rubric, tag and author */
export const rubricIndexUrl = "/kategori/";
export const tagIndexUrl = "/tag/";
export const authorIndexUrl = "/penulis/";

// Feeds, machine files and absolute URLs (issue 4: syndication). The site's main RSS path is `site.feed.path`.
export const atomFeedUrl = "/atom.xml";
export const jsonFeedUrl = "/feed.json";
/** RSS of one rubric, next to its page: "/kategori/hukum/feed.xml" */
export const rubricFeedUrl = (slug: string): string => `${rubricUrl(slug)}feed.xml`;
/** RSS of one author, next to their page: "/penulis/andi/feed.xml" */
export const authorFeedUrl = (key: string): string => `${authorUrl(key)}feed.xml`;
/** RSS of one tag (its newest stories, summaries only), next to its page: "/tag/banten/feed.xml" */
export const tagFeedUrl = (slug: string): string => `${tagUrl(slug)}feed.xml`;
export const correctionsUrl = "/ralat/";
export const sitemapUrl = "/sitemap.xml";
/** Part n (1-based) of a sitemap split beyond 50,000 URLs; /sitemap.xml is then their index. */
export const sitemapPartUrl = (n: number): string => `/sitemap-${n}.xml`;
export const newsSitemapUrl = "/sitemap-news.xml";

/**
 * Absolute URL of a site path under the site's address (which may itself have a path, e.g.
 * "https://example.org/warta"); full URLs pass through. "/2018/04/17/x/" → "https://warta.example/2018/04/17/x/"
 */
export function absoluteUrl(siteUrl: string, path: string): string {
	if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return path;
	const base = siteUrl.replace(/\/+$/, "");
	// Most paths need no resolving or encoding: join them directly (this runs several times per page).
	if (SIMPLE_PATH.test(path)) return base + path;
	return new URL(path.replace(/^\/+/, ""), `${base}/`).href;
}

// "/" then unreserved characters, "/" and percent escapes, with no "." or ".." segment and no "//".
const SIMPLE_PATH = /^(?:\/(?!\.{1,2}(?:\/|$))[A-Za-z0-9\-._~%]+)*\/?$/;

/** Files at the site root that hosts and crawlers look for by name */
export const notFoundUrl = "/404.html";
export const robotsUrl = "/robots.txt";
export const headersUrl = "/_headers";

/** Folders of files Warta writes under content-hashed or generated names */
export const cssFolder = "/css/";
export const jsFolder = "/js/";
/** Encoded photos (src/images/service.ts) */
export const imageFolder = "/media/img/";
/** The CMS (src/cms/): its page, configuration and bundle */
export const cmsFolder = "/admin/";
/** The search index Pagefind writes (src/search/pagefind.ts) */
export const searchIndexFolder = "/pagefind/";

/** The search page (src/pages/search.11ty.ts); the index it queries lives in /pagefind/ (src/search/pagefind.ts). */
export const searchUrl = (): string => "/cari/";
