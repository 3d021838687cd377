// HTTP headers a static host should send for Warta's output: the one source for the `_headers` file written into
// every build (read by Netlify and Cloudflare Pages), the local preview server (src/cli/static-server.ts), and the
// recipes in docs/deploy.md (vercel.json, nginx, Apache, S3), which tests/unit/deploy-config.test.ts holds to it.
//
// - Immutable: folders whose every file name carries a hash of its content (the stylesheet, the search script,
//   encoded photos). A changed file gets a new name, so a browser may keep these for a year without asking.
// - Everything else (HTML, feeds, sitemaps, the search index, original photos) keeps the host's default, which on
//   Netlify, Cloudflare Pages and Vercel means "revalidate on every visit", or short lifetimes in the recipes for
//   plain servers: a correction must reach readers within minutes.
// - Feeds get their registered media types; most hosts would send application/xml and application/json.
// Netlify: https://docs.netlify.com/routing/headers/  Cloudflare Pages: https://developers.cloudflare.com/pages/configuration/headers/
import { FEED_TYPES, siteFeedPaths, type FeedFormat } from "../feeds/catalog.ts";
import { cssFolder, imageFolder, jsFolder } from "../site/urls.ts";

export const IMMUTABLE = "public, max-age=31536000, immutable";
/** For HTML and feeds where the host lets us choose (nginx, Apache, S3): five minutes. */
export const SHORT = "public, max-age=300";

/** Site paths (without path prefix) of folders that hold only content-hashed files. */
export const IMMUTABLE_DIRS = [cssFolder, jsFolder, imageFolder] as const;

/** The Content-Type header of a feed: its media type from the feed catalog (src/feeds/catalog.ts), in UTF-8. */
export const feedContentType = (format: FeedFormat): string => `${FEED_TYPES[format]}; charset=utf-8`;

export interface FeedFile {
	/** Site path, e.g. "/feed.xml" */
	path: string;
	type: FeedFormat;
}

/** The site feed in every format the catalog publishes, so hosts label each with its media type. */
export function feedFiles(site: { feed: { path: string } }): FeedFile[] {
	return Object.entries(siteFeedPaths(site)).map(([type, path]) => ({ path, type: type as FeedFormat }));
}

export function isImmutable(sitePath: string): boolean {
	return IMMUTABLE_DIRS.some((dir) => sitePath.startsWith(dir));
}

/** The `_headers` file (Netlify and Cloudflare Pages share its syntax). Paths are as the host sees the published folder. */
export function headersFile(feeds: FeedFile[]): string {
	const rules = [
		...IMMUTABLE_DIRS.map((dir) => `${dir}*\n  Cache-Control: ${IMMUTABLE}`),
		...feeds.map((feed) => `${feed.path}\n  Content-Type: ${feedContentType(feed.type)}`),
	];
	return `# Written by Warta's build (src/deploy/headers.ts); docs/deploy.md explains each rule.\n${rules.join("\n")}\n`;
}
