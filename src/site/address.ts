// Where the site lives on the web: its origin (`url` in _data/site.json) plus the path prefix it is served
// under ("/" at a domain's root, "/berita/" in a subfolder, "/<repo>/" on GitHub project pages).
//
// Site-relative URLs (src/site/urls.ts) never carry the prefix: in HTML, Eleventy's HTML <base> plugin adds
// it to every root-relative URL of every page (https://www.11ty.dev/docs/plugins/html-base/). Absolute URLs
// (canonical links, feeds, sitemaps, JSON-LD, og:image) are not touched by it, so they must be built from
// `site.base` — never from `site.url` — with `absoluteUrl(site.base, path)`. docs/deploy.md explains both.
/** What the content plugin adds to `site` for templates (global data `site.pathPrefix`, `site.base`). */
export interface SiteAddress {
	/** "/" or "/berita/": always a leading and a trailing slash */
	pathPrefix: string;
	/** Origin + prefix, without a trailing slash: "https://warta.example/berita" ("https://warta.example" at the root) */
	base: string;
}

/** A path prefix as typed ("berita", "/berita", "/berita/", "" or undefined) in its one form: "/berita/" or "/". */
export function normalizePathPrefix(prefix: string | undefined): string {
	const trimmed = (prefix ?? "").trim();
	const parts = trimmed.split("/").filter(Boolean);
	for (const part of parts) {
		if (part === "." || part === ".." || !/^[A-Za-z0-9._~%-]+$/.test(part)) {
			throw new Error(`the path prefix "${trimmed}" is not a URL path; use letters, digits and dashes, e.g. "/berita/"`);
		}
	}
	return parts.length ? `/${parts.join("/")}/` : "/";
}

/** "https://warta.example" + "/berita/" → "https://warta.example/berita" */
export function siteBase(url: string, pathPrefix: string): string {
	return `${url.replace(/\/+$/, "")}${normalizePathPrefix(pathPrefix).replace(/\/$/, "")}`;
}

/** A site-relative URL ("/2018/04/17/x/") as the full address readers and crawlers use: base + path. */
export { absoluteUrl } from "./urls.ts";

/** The site data with its address, as templates see it. */
export function withAddress<T extends { url: string }>(site: T, pathPrefix: string | undefined): Omit<T, keyof SiteAddress> & SiteAddress {
	const prefix = normalizePathPrefix(pathPrefix);
	return { ...site, pathPrefix: prefix, base: siteBase(site.url, prefix) };
}
