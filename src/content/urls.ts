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

export const categoryUrl = (slug: string): string => `/kategori/${slug}/`;
export const tagUrl = (slug: string): string => `/tag/${slug}/`;
export const authorUrl = (key: string): string => `/penulis/${key}/`;

/** The indeks (date archive): "/indeks/", "/indeks/2018/04/", "/indeks/2018/04/17/" */
export function indeksUrl(year?: number, month?: number, day?: number): string {
	const parts = [year, month, day].filter((p): p is number => p !== undefined).map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, "0")));
	return `/indeks/${parts.map((p) => `${p}/`).join("")}`;
}

/** The search page (src/pages/search.11ty.ts); the index it queries lives in /pagefind/ (src/search/pagefind.ts). */
export const searchUrl = (): string => "/cari/";
