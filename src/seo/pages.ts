// THE REGISTRY OF PUBLIC PAGES, the source of sitemap.xml. Pages are listed from the index, never by
// crawling the output directory, so the sitemap is right before anything is written.
//
// To add pages (e.g. rubric, tag, author and indeks listings), register a source ONCE at module load of
// the module that builds them:
//
//     import { addPublicPages } from "../seo/pages.ts";
//     addPublicPages("listings", (archive) => listingPages(archive).map((p) => ({ url: p.url, lastmod: p.newest })));
//
// A source is called once per build, must be linear in the archive, and lists every paginated page
// ("/kategori/hukum/", "/kategori/hukum/2/", …) with `lastmod` = the newest change among its articles.
import type { DateTime } from "luxon";
import type { Archive, Article } from "../content/types.ts";
import { INDEKS_URL } from "../views/listings.ts";
import { newsroomOf } from "../views/views.ts";
import { authorIndexUrl, correctionsUrl, rubricIndexUrl, searchUrl, tagIndexUrl } from "../site/urls.ts";
import type { SitemapUrl } from "./sitemap.ts";

export type PublicPageSource = (archive: Archive) => Iterable<SitemapUrl>;

/** When an article last changed: its update or newest correction, else its publication. */
export const lastChange = (article: Article): DateTime => article.updated ?? article.date;

function newestChange(articles: readonly Article[]): DateTime | undefined {
	let newest: DateTime | undefined;
	for (const article of articles) {
		const change = lastChange(article);
		if (!newest || change > newest) newest = change;
	}
	return newest;
}

const sources = new Map<string, PublicPageSource>();

/** Registers (or, under the same name, replaces) a source of public pages for the sitemap. */
export function addPublicPages(name: string, source: PublicPageSource): void {
	sources.set(name, source);
}

addPublicPages("home", (archive) => [{ url: "/", lastmod: newestChange(archive.articles) }]);
addPublicPages("articles", (archive) => archive.articles.filter((a) => !a.draft).map((a) => ({ url: a.url, lastmod: lastChange(a) })));
addPublicPages("corrections", (archive) => {
	let newest: DateTime | undefined;
	for (const article of archive.articles) {
		const last = article.corrections.at(-1)?.date;
		if (last && (!newest || last > newest)) newest = last;
	}
	return [{ url: correctionsUrl, lastmod: newest }];
});

// The newsroom's listings (src/views/views.ts): front page archive, rubric, tag, author and indeks pages,
// and the directories. lastmod of a listing page = the newest change among the stories it shows (a month page
// shows its days' stories; the indeks and directories change with the whole archive).
addPublicPages("listings", (archive) => {
	const { pages, groups } = newsroomOf(archive);
	const listed: SitemapUrl[] = [];
	for (const kind of [pages.home, pages.rubric, pages.tag, pages.author, pages.day]) {
		for (const page of kind) listed.push({ url: page.url, lastmod: newestChange(page.items) });
	}
	for (const month of groups.months) listed.push({ url: month.url, lastmod: newestChange(month.days[0]?.articles ?? []) });
	const newest = newestChange(archive.articles);
	for (const url of [INDEKS_URL, rubricIndexUrl, tagIndexUrl, authorIndexUrl]) listed.push({ url, lastmod: newest });
	return listed;
});

addPublicPages("search", () => [{ url: searchUrl() }]);

/** Every public page of the build, once each, in registration order. */
export function publicPages(archive: Archive): SitemapUrl[] {
	const seen = new Set<string>();
	const pages: SitemapUrl[] = [];
	for (const source of sources.values()) {
		for (const page of source(archive)) {
			if (seen.has(page.url)) continue;
			seen.add(page.url);
			pages.push(page);
		}
	}
	return pages;
}
