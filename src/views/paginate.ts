// Listing pages as plain data. Eleventy has no double pagination (11ty/eleventy#332, #461), so every
// (term × page) pair becomes one page object in a flat array, and one template paginates over that array
// with `size: 1` (https://www.11ty.dev/docs/pagination/). Page 1 lives at the term's URL, page n at `…/n/`.
import { pageUrl } from "../site/urls.ts";

export const PAGE_SIZE = 20;

export type PageLink = { number: number; url: string; current: boolean; gap?: undefined } | { gap: true };

export interface Listing<T, M> {
	/** This page's URL */
	url: string;
	/** The URL of page 1 */
	base: string;
	/** 1-based page number */
	number: number;
	/** Number of pages of this term */
	total: number;
	/** Number of items of this term over all its pages */
	count: number;
	items: T[];
	prev?: string;
	next?: string;
	/** Page numbers to show: first, last and a few around this page, with gaps between (at most ~9 links,
	 *  so a tag with 5,000 pages does not make each of its pages list 5,000 links) */
	links: PageLink[];
	/** What is being listed (a rubric, a tag, an author, a day…) */
	term: M;
}

/** Page 1's URL, whose page n is `…/n/`; or a function giving page n's URL for other schemes. */
export type PageUrls = string | ((page: number) => string);

export interface ListingSource<T, M> {
	base: PageUrls;
	items: readonly T[];
	term: M;
}

/** The pages of one term. A term without items still gets page 1, so links to it never break. */
export function paginate<T, M>(urls: PageUrls, items: readonly T[], term: M, size = PAGE_SIZE): Listing<T, M>[] {
	const urlOf = typeof urls === "string" ? (page: number) => pageUrl(urls, page) : urls;
	const total = Math.max(1, Math.ceil(items.length / size));
	const pages: Listing<T, M>[] = [];
	for (let number = 1; number <= total; number++) {
		pages.push({
			url: urlOf(number),
			base: urlOf(1),
			number,
			total,
			count: items.length,
			items: items.slice((number - 1) * size, number * size),
			prev: number > 1 ? urlOf(number - 1) : undefined,
			next: number < total ? urlOf(number + 1) : undefined,
			links: pageLinks(urlOf, number, total),
			term,
		});
	}
	return pages;
}

/** All pages of all terms, flattened into the one array a template paginates over. */
export function paginateAll<T, M>(sources: Iterable<ListingSource<T, M>>, size = PAGE_SIZE): Listing<T, M>[] {
	const pages: Listing<T, M>[] = [];
	for (const source of sources) {
		for (const page of paginate(source.base, source.items, source.term, size)) pages.push(page);
	}
	return pages;
}

/** 1 … 4 5 [6] 7 8 … 20: the first and last page, `spread` pages either side of the current one. */
export function pageLinks(urls: PageUrls, current: number, total: number, spread = 2): PageLink[] {
	const urlOf = typeof urls === "string" ? (page: number) => pageUrl(urls, page) : urls;
	const links: PageLink[] = [];
	let last = 0;
	const add = (number: number) => {
		if (number - last > 2) links.push({ gap: true });
		else if (number - last === 2) links.push({ number: last + 1, url: urlOf(last + 1), current: false });
		links.push({ number, url: urlOf(number), current: number === current });
		last = number;
	};
	if (total <= 1) return links;
	add(1);
	for (let n = Math.max(2, current - spread); n <= Math.min(total - 1, current + spread); n++) add(n);
	add(total);
	return links;
}
