// Responsive image markup from processed image metadata: <picture> with AVIF and WebP sources and a JPEG
// <img> carrying width/height (no layout shift), srcset/sizes, and the loading hints the caller chooses.
// https://developer.mozilla.org/en-US/docs/Web/HTML/Element/picture

/** Escapes text for a double-quoted HTML attribute value. */
export const escapeAttribute = (value: string): string =>
	value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export interface ImageVariant {
	url: string;
	width: number;
	height: number;
}

/** Variants per format, each list narrowest first (eleventy-img's metadata shape, reduced to what we use). */
export type ImageVariants = Partial<Record<ImageFormat, ImageVariant[]>>;

export type ImageFormat = "avif" | "webp" | "jpeg";

const TYPES: Record<ImageFormat, string> = { avif: "image/avif", webp: "image/webp", jpeg: "image/jpeg" };
/** Best first: a browser takes the first <source> it supports. JPEG is the <img> every browser shows. */
const SOURCE_ORDER: ImageFormat[] = ["avif", "webp"];

/**
 * Photos fill the text column: 42rem (.article in warta.css) on wide screens, the viewport less the page's
 * 1rem side padding on phones.
 */
export const COLUMN_SIZES = "(min-width: 44rem) 42rem, calc(100vw - 2rem)";

export interface PictureOptions {
	alt: string;
	title?: string;
	/**
	 * "lead": an article's photo, above the fold and the page's largest paint (eager, high priority);
	 * "top": the same for another page's first photo (the front page's headline), without the search hint;
	 * "inline": in the text or a list further down (lazy)
	 */
	position: "lead" | "top" | "inline";
	sizes?: string;
}

const srcset = (variants: ImageVariant[]) => variants.map((v) => `${v.url} ${v.width}w`).join(", ");

/**
 * Loading hints. The lead photo also names itself as the search result's image for Pagefind
 * (src/search/pagefind.ts); otherwise Pagefind would take the first image and make its alt text searchable,
 * and the index is meant for headlines and article text.
 */
const hints = (position: PictureOptions["position"]) =>
	position === "lead"
		? `loading="eager" fetchpriority="high" data-pagefind-meta="image[src]"`
		: position === "top"
			? `loading="eager" fetchpriority="high"`
			: `loading="lazy" decoding="async"`;

export function pictureHtml(variants: ImageVariants, options: PictureOptions): string {
	const fallback = variants.jpeg;
	if (!fallback?.length) throw new Error("pictureHtml needs JPEG variants for the <img> fallback");
	const sizes = escapeAttribute(options.sizes ?? COLUMN_SIZES);
	const largest = fallback[fallback.length - 1]!;
	const sources = SOURCE_ORDER.filter((format) => variants[format]?.length).map(
		(format) => `<source type="${TYPES[format]}" srcset="${escapeAttribute(srcset(variants[format]!))}" sizes="${sizes}">`,
	);
	const loading = hints(options.position);
	const title = options.title ? ` title="${escapeAttribute(options.title)}"` : "";
	const img =
		`<img src="${escapeAttribute(largest.url)}" srcset="${escapeAttribute(srcset(fallback))}" sizes="${sizes}"` +
		` alt="${escapeAttribute(options.alt)}"${title} width="${largest.width}" height="${largest.height}" ${loading}>`;
	return `<picture>${sources.join("")}${img}</picture>`;
}

/** A plain <img> for a photo Warta does not process (a full https:// address on another site). */
export function plainImgHtml(src: string, options: PictureOptions & { width?: number; height?: number }): string {
	const size = options.width && options.height ? ` width="${options.width}" height="${options.height}"` : "";
	const loading = hints(options.position);
	const title = options.title ? ` title="${escapeAttribute(options.title)}"` : "";
	return `<img src="${escapeAttribute(src)}" alt="${escapeAttribute(options.alt)}"${title}${size} ${loading}>`;
}
