// A link checker for a built site: every internal link, image, stylesheet, icon and feed URL in every HTML
// page must resolve to a file in the output, and every #fragment must exist on its target page.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";

export interface BrokenLink {
	page: string;
	url: string;
	reason: string;
}

const URL_ATTRIBUTES: [string, string][] = [
	["a[href]", "href"],
	["link[href]", "href"],
	["img[src]", "src"],
	["source[src]", "src"],
	["script[src]", "src"],
	["form[action]", "action"],
];

/** Site-relative URL → output file, as a static host serves it (directories → index.html). */
function fileFor(out: string, path: string): string | undefined {
	const decoded = decodeURIComponent(path);
	const file = join(out, decoded);
	if (decoded.endsWith("/")) return existsSync(join(file, "index.html")) ? join(file, "index.html") : undefined;
	if (existsSync(file) && statSync(file).isFile()) return file;
	if (existsSync(join(file, "index.html"))) return join(file, "index.html");
	return undefined;
}

export function htmlPages(out: string): string[] {
	return readdirSync(out, { recursive: true, encoding: "utf8" })
		.filter((f) => f.endsWith(".html"))
		.map((f) => f.split("\\").join("/"))
		.sort();
}

/**
 * Checks every HTML page under `out`. `siteUrl` is the public origin (+ path prefix) from _data/site.json:
 * absolute links to it count as internal. `pathPrefix` is the URL path the site is served under ("/" by default).
 */
export function checkLinks(out: string, siteUrl: string, pathPrefix = "/"): BrokenLink[] {
	const broken: BrokenLink[] = [];
	const idsCache = new Map<string, Set<string>>();
	const idsOf = (file: string): Set<string> => {
		let ids = idsCache.get(file);
		if (!ids) {
			const { document } = parseHTML(readFileSync(file, "utf8"));
			ids = new Set([...document.querySelectorAll("[id]")].map((el) => el.getAttribute("id")!));
			for (const a of document.querySelectorAll("a[name]")) ids.add(a.getAttribute("name")!);
			idsCache.set(file, ids);
		}
		return ids;
	};
	const origin = new URL(siteUrl.endsWith("/") ? siteUrl : `${siteUrl}/`);
	for (const page of htmlPages(out)) {
		const pageFile = join(out, page);
		// Where the page is served: under the prefix, so that "#top" and relative links resolve there.
		const pageUrl = new URL(`${pathPrefix}${page.replace(/(^|\/)index\.html$/, "$1")}`, origin);
		const { document } = parseHTML(readFileSync(pageFile, "utf8"));
		const urls: string[] = [];
		for (const [selector, attribute] of URL_ATTRIBUTES) {
			for (const el of document.querySelectorAll(selector)) urls.push(el.getAttribute(attribute)!);
		}
		for (const el of document.querySelectorAll("img[srcset], source[srcset]")) {
			for (const candidate of el.getAttribute("srcset")!.split(",")) urls.push(candidate.trim().split(/\s+/)[0]!);
		}
		for (const raw of urls) {
			if (raw === "" || /^(mailto|tel|data|javascript):/i.test(raw)) continue;
			const url = new URL(raw, pageUrl);
			if (url.origin !== origin.origin) continue; // external
			if (!url.pathname.startsWith(pathPrefix)) {
				broken.push({ page, url: raw, reason: `outside the path prefix ${pathPrefix}` });
				continue;
			}
			const target = fileFor(out, url.pathname.slice(pathPrefix.length - 1));
			if (!target) {
				broken.push({ page, url: raw, reason: "no such file in the output" });
				continue;
			}
			if (url.hash && target.endsWith(".html") && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) {
				broken.push({ page, url: raw, reason: `no element with id "${url.hash.slice(1)}" on the target page` });
			}
		}
	}
	return broken;
}
