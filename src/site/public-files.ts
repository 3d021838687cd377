// The one rule for "which file under public/ is this site path": the lead-photo and body-image checks
// (src/content/checks/), the image service (src/images/service.ts) and the feeds' enclosure lengths
// (src/feeds/media.ts) all decide it here, with the same decoding.
import { existsSync } from "node:fs";
import { join, sep } from "node:path";

/** A path of this site ("/media/x.jpg"), as opposed to a full address elsewhere ("https://…", "//cdn…"). */
export const isSitePath = (src: string): boolean => src.startsWith("/") && !src.startsWith("//");

/** "/media/2019/x%20y.jpg?v=2" → "/media/2019/x y.jpg": query and fragment dropped, percent-escapes decoded. */
export function publicPath(src: string): string {
	const path = src.replace(/[?#].*$/, "");
	try {
		return decodeURIComponent(path);
	} catch {
		return path;
	}
}

/** The file in `publicDir` that serves a site path; undefined for a full address or a path leading out of it. */
export function publicFile(publicDir: string, src: string): string | undefined {
	if (!isSitePath(src)) return undefined;
	const file = join(publicDir, publicPath(src));
	return file.startsWith(join(publicDir) + sep) ? file : undefined;
}

/**
 * For a site path ("/media/x.jpg"), the root-relative file under public/ that should hold it when it does
 * not exist; undefined when it exists or the path is a full address on another site.
 */
export function missingPublicFile(root: string, src: string): string | undefined {
	if (!isSitePath(src)) return undefined;
	// Existence only: a path that leaves public/ is refused where the file is read (publicFile above).
	const path = publicPath(src);
	return existsSync(join(root, "public", path)) ? undefined : `public${path}`;
}
