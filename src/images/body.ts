// Photos in an article's text: each markdown image of a file under public/ (`![alt](/media/x.jpg)`) becomes
// a lazy-loaded responsive <picture>. Images in raw HTML an author wrote (a <picture> of their own, an <img>
// with other attributes) and images on other sites are left as written.
import type { Article } from "../content/types.ts";
import { pictureHtml } from "./picture.ts";
import { isSitePath } from "../site/public-files.ts";
import type { ImageService } from "./service.ts";

/** Exactly what markdown-it's image rule writes (src/markdown/markdown.ts): src, alt, optional title. */
const MARKDOWN_IMG = /<img src="([^"]*)" alt="([^"]*)"(?: title="([^"]*)")?>/g;
const PICTURE = /<picture\b[\s\S]*?<\/picture>/gi;

/** markdown-it escapes attribute values with these four entities (markdown-it/lib/common/utils.mjs escapeHtml). */
const unescape = (value: string) =>
	value
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, "<")
		.replace(/&gt;/g, ">")
		.replace(/&amp;/g, "&");

export async function responsiveBody(html: string, article: Pick<Article, "file">, images: ImageService): Promise<string> {
	if (!html.includes("<img ")) return html;
	const authored = [...html.matchAll(PICTURE)].map((m) => [m.index, m.index + m[0].length] as const);
	const matches = [...html.matchAll(MARKDOWN_IMG)].filter((m) => {
		const src = unescape(m[1]!);
		return isSitePath(src) && !authored.some(([start, end]) => m.index >= start && m.index < end);
	});
	if (matches.length === 0) return html;
	const pictures = await Promise.all(
		matches.map(async (m) => {
			const { variants } = await images.process(unescape(m[1]!), article.file);
			return pictureHtml(variants, { alt: unescape(m[2]!), title: m[3] === undefined ? undefined : unescape(m[3]), position: "inline" });
		}),
	);
	let out = "";
	let last = 0;
	matches.forEach((m, i) => {
		out += html.slice(last, m.index) + pictures[i];
		last = m.index + m[0].length;
	});
	return out + html.slice(last);
}
