// A permalink is written as a file path by Eleventy and as an address into sitemaps and feeds, so it must be a
// clean site path: "/berita/lama/123/" or "/berita/lama/123.html". Anything else ("/../x/", "/%2e%2e/x/",
// "//x/", "/./x/", a backslash, "?page=2") makes odd folders, or sitemap addresses that browsers and crawlers
// resolve to another page. Refused here, with the reason; collisions with Warta's own pages: ./collisions.ts.

// Letters and digits of any script, and the punctuation that is safe in a file name and an address.
const ALLOWED = /^[\p{L}\p{N}\p{M}\-._~!$&'()+,;=@]+$/u;

/** Why `permalink` is not a clean site path, or undefined when it is. */
export function permalinkProblem(permalink: string): string | undefined {
	if (permalink.includes("\\")) return 'it contains a backslash "\\"; separate the parts of an address with "/"';
	if (/[?#]/.test(permalink)) return 'it contains "?" or "#"; a permalink is a path only, without a ?query or #fragment';
	if (permalink.includes("%")) return 'it contains "%"; write the characters themselves, not percent-encoded (%2e, %20 …)';
	if (!permalink.startsWith("/") || permalink.startsWith("//")) return 'it must start with one "/"';
	const parts = permalink.slice(1).split("/");
	if (parts.at(-1) === "") parts.pop(); // the trailing "/" of a folder address
	for (const part of parts) {
		if (part === "" || part === "." || part === "..") {
			return 'it has an empty, "." or ".." part; write the address as readers should see it, e.g. "/berita/lama/123/"';
		}
		const bad = [...part].find((c) => !ALLOWED.test(c));
		if (bad !== undefined) {
			return `it contains ${JSON.stringify(bad)}; use letters, digits and - . _ ~ between the "/"`;
		}
	}
	return undefined;
}
