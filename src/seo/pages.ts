// THE REGISTRY OF PUBLIC PAGES, the source of sitemap.xml. Pages are listed from the archive, never by
// crawling the output directory, so the sitemap is right before anything is written.
//
// Every source is registered below, in this file: the home page, the articles, /ralat/, the listings of
// src/views/ (rubric, tag, author and indeks pages, the directories) and the search page. A source is called
// once per build, must be linear in the archive, and lists every paginated page ("/kategori/hukum/",
// "/kategori/hukum/2/", …) with `lastmod` = the newest change among its articles (src/views/changes.ts).
// tests/integration/sample-syndication.test.ts compares the sitemap with every HTML file written, so a new kind of page
// must be registered here.
import type { DateTime } from "luxon";
import type { Archive } from "../content/types.ts";
import { lastChange, newestChange } from "../views/changes.ts";
import { INDEKS_URL } from "../views/listings.ts";
import { viewsOf } from "../views/views.ts";
import { authorIndexUrl, correctionsUrl, rubricIndexUrl, searchUrl, tagIndexUrl } from "../site/urls.ts";
import type { SitemapUrl } from "./sitemap.ts";

export type PublicPageSource = (archive: Archive) => Iterable<SitemapUrl>;

const sources = new Map<string, PublicPageSource>();

/** Registers (or, under the same name, replaces) a source of public pages for the sitemap. */
export function addPublicPages(name: string, source: PublicPageSource): void {
	sources.set(name, source);
}

addPublicPages("home", (archive) => [{ url: "/", lastmod: newestChange(archive.articles) }]);
addPublicPages("articles", (archive) => archive.articles.filter((a) => !a.draft).map((a) => ({ url: a.url, lastmod: lastChange(a) })));
// Withdrawn stories are not listed: their pages are a notice marked noindex, and /ralat/ lists them instead
// (docs/authoring.md#withdrawal-pencabutan). /ralat/ changes with every correction, reply and withdrawal.
addPublicPages("corrections", (archive) => {
	let newest: DateTime | undefined;
	const seen = (date: DateTime | undefined) => {
		if (date && (!newest || date > newest)) newest = date;
	};
	for (const article of archive.articles) {
		seen(article.corrections.at(-1)?.date);
		if (article.replyTo) seen(article.date);
	}
	for (const article of archive.withdrawn) {
		seen(article.corrections.at(-1)?.date);
		seen(article.withdrawn!.date);
		if (article.replyTo) seen(article.date);
	}
	return [{ url: correctionsUrl, lastmod: newest }];
});

// The newsroom's listings (src/views/views.ts): front page archive, rubric, tag, author and indeks pages,
// and the directories. lastmod of a listing page = the newest change among the stories it shows (a month page
// shows its days' stories; the indeks and directories change with the whole archive).
addPublicPages("listings", (archive) => {
	const { pages, groups } = viewsOf(archive);
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
// The newsroom's own pages (halaman/, src/content/pages.ts), dated by their `updated` field.
addPublicPages("newsroom", (archive) => archive.pages.map((page) => ({ url: page.url, lastmod: page.updated })));

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
