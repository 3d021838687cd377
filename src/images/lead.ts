// An article's lead photo as the page shows it and as social cards and structured data use it. The one place
// that turns `article.image` into URLs: templates read `leadImage.html` (the figure) and `leadImage.social`
// (og:image, JSON-LD image: an absolute URL of a 1200 px JPEG).
import { absoluteUrl } from "../site/address.ts";
import type { Article } from "../content/types.ts";
import { pictureHtml, plainImgHtml } from "./picture.ts";
import { isSitePath } from "../site/public-files.ts";
import type { ImageService } from "./service.ts";

export interface SocialImage {
	/** Absolute URL (with the site's path prefix) */
	url: string;
	width?: number;
	height?: number;
	/** MIME type when known: "image/jpeg" for photos Warta encodes */
	type?: string;
}

export interface LeadImage {
	/** <picture> (or <img> for a photo on another site), ready for the figure */
	html: string;
	social: SocialImage;
}

/** `base` is `site.base` (src/site/address.ts). */
export async function leadImage(
	article: Pick<Article, "image" | "file">,
	images: ImageService,
	base: string,
): Promise<LeadImage | undefined> {
	const image = article.image;
	if (!image) return undefined;
	if (!isSitePath(image.src)) {
		const html = plainImgHtml(image.src, { alt: image.alt, position: "lead", width: image.width, height: image.height });
		return { html, social: { url: image.src, width: image.width, height: image.height } };
	}
	const { variants, social } = await images.process(image.src, article.file, "image.src");
	return {
		html: pictureHtml(variants, { alt: image.alt, position: "lead" }),
		social: { url: absoluteUrl(base, social.url), width: social.width, height: social.height, type: "image/jpeg" },
	};
}
