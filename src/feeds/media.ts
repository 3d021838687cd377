// Facts about the site's media files that feeds need: the real byte length and media type of an image
// for <enclosure length type> (https://www.rssboard.org/rss-profile#element-channel-item-enclosure).
// Sizes are read once per build (a stat, not a read) and cached; the plugin clears the cache per build.
import { statSync } from "node:fs";
import { extname } from "node:path";
import { publicFile } from "../site/public-files.ts";

const TYPES: Record<string, string> = {
	".jpg": "image/jpeg",
	".jpeg": "image/jpeg",
	".png": "image/png",
	".gif": "image/gif",
	".webp": "image/webp",
	".avif": "image/avif",
	".svg": "image/svg+xml",
};

/** "image/jpeg" for "/media/x.JPG"; a generic type for unknown extensions. */
export function mediaType(src: string): string {
	return TYPES[extname(src.split(/[?#]/)[0]!).toLowerCase()] ?? "application/octet-stream";
}

const sizes = new Map<string, number>();

/**
 * Byte size of a site path ("/media/2019/x.jpg") under the site's public/ directory; 0 when the file is not
 * there or the source is a full URL elsewhere (the RSS Profile's value for an unknown length).
 */
export function mediaLength(publicDir: string, src: string): number {
	const file = publicFile(publicDir, src);
	if (!file) return 0;
	let size = sizes.get(file);
	if (size === undefined) {
		try {
			size = statSync(file).size;
		} catch {
			size = 0;
		}
		sizes.set(file, size);
	}
	return size;
}

/** Forget cached sizes: called at the start of every build, so `npm start` sees replaced photos. */
export function clearMediaCache(): void {
	sizes.clear();
}
