// Photos of stories in lists: the front page's headline and the thumbnails of cards (front page, rubric, tag,
// author and indeks listings). Each story's lead photo, encoded once per build by the ImageService, at the size a
// list shows it. Templates read `thumbnails[article.url]` (HTML, or nothing for a story without a photo).
import type { Article } from "../content/types.ts";
import { pictureHtml, plainImgHtml, type PictureOptions } from "./picture.ts";
import { isSitePath } from "../site/public-files.ts";
import type { ImageService } from "./service.ts";

/** The headline's photo fills the front page's wide column (3fr of 72rem, warta.css) or the phone's width. */
export const HEADLINE_SIZES = "(min-width: 60rem) 42rem, calc(100vw - 2rem)";
/** Card thumbnails: 7rem beside the text on phones, the width of a four-column block on wide screens. */
export const THUMBNAIL_SIZES = "(min-width: 60rem) 16rem, 7rem";

/** The `<picture>` (or `<img>`) of a story's lead photo in a list; undefined without a photo, or for a photo on
 *  another site whose size the article does not give (it would shift the list while loading). */
export async function listImage(
	article: Pick<Article, "image" | "file">,
	images: ImageService,
	position: PictureOptions["position"],
	sizes: string,
): Promise<string | undefined> {
	const image = article?.image;
	if (!image?.src) return undefined;
	if (!isSitePath(image.src)) {
		if (!image.width || !image.height) return undefined;
		return plainImgHtml(image.src, { alt: image.alt, position, width: image.width, height: image.height });
	}
	const { variants } = await images.process(image.src, article.file, "image.src");
	return pictureHtml(variants, { alt: image.alt, position, sizes });
}

/** Thumbnails of the stories of a list, by article URL. */
export async function thumbnails(
	articles: Pick<Article, "image" | "file" | "url">[],
	images: ImageService,
): Promise<Record<string, string>> {
	// Eleventy first calls computed data with stand-in values to learn what it reads: only real stories count.
	const stories = Array.isArray(articles) ? articles.filter((article) => article?.url && article.file) : [];
	const entries = await Promise.all(
		stories.map(async (article) => [article.url, await listImage(article, images, "inline", THUMBNAIL_SIZES)] as const),
	);
	return Object.fromEntries(entries.filter((entry): entry is readonly [string, string] => entry[1] !== undefined));
}
