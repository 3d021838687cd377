// Photos in an article's text must exist, like the lead photo: a missing file would be a broken image on the
// page, and the build's image step (src/images/) could not encode it. Checked when the archive is built, so
// `npm run check` reports it too, with every other mistake of the run.
import { parseMarkdown } from "../../markdown/markdown.ts";
import { missingPublicFile } from "../../site/public-files.ts";
import type { ProblemList } from "../problems.ts";

type Token = ReturnType<typeof parseMarkdown>[number];

const HTML_IMG = /<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/** Every image address in a body: markdown images and <img> in raw HTML, in order. */
export function bodyImageSources(body: string): string[] {
	// Most articles have no image in the text: skip parsing them.
	if (!body.includes("![") && !/<img\b/i.test(body)) return [];
	const sources: string[] = [];
	const visit = (tokens: Token[]) => {
		for (const token of tokens) {
			if (token.type === "image") sources.push(String(token.attrGet("src") ?? ""));
			if (token.type === "html_block" || token.type === "html_inline") {
				for (const m of token.content.matchAll(HTML_IMG)) sources.push(m[1] ?? m[2] ?? m[3] ?? "");
			}
			if (token.children) visit(token.children);
		}
	};
	visit(parseMarkdown(body));
	return sources;
}

export function checkBodyImages(file: string, root: string, body: string, problems: ProblemList): void {
	for (const src of bodyImageSources(body)) {
		if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(src)) continue; // https://…, data:… — another site's business
		if (!src.startsWith("/")) {
			problems.error(
				file,
				`the image "${src}" in the text has a relative address, which breaks on the article's page; write its path under public/ starting with "/", e.g. "/media/2019/02/foto.jpg"`,
			);
			continue;
		}
		const missing = missingPublicFile(root, src);
		if (missing) problems.error(file, `the image "${src}" in the text is not in the site: expected the file ${missing}`);
	}
}
