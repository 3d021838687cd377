// Warta's own markdown-it instance: article bodies are rendered here, never by Eleventy's template
// engines, so `{{` and `{%` in a story stay literal text (docs/toolchain.md §4).
// https://github.com/markdown-it/markdown-it#init-with-presets-and-options
import markdownIt, { type MarkdownIt } from "markdown-it";
import anchor from "markdown-it-anchor";
import { slugify } from "../site/slug.ts";

export function createMarkdown(): MarkdownIt {
	const md = markdownIt({
		// Articles come from the newsroom's own trusted authors, so raw HTML (an embedded table, a <figure>)
		// passes through, as in Eleventy's default. Do not feed untrusted text through this instance.
		html: true,
		linkify: true,
		// Curly quotes as Indonesian print uses them (“…” and ‘…’), dashes and ellipses.
		typographer: true,
		quotes: "“”‘’",
	});
	// Stable heading ids so sections can be linked ("#kronologi").
	md.use(anchor, { slugify: (s: string) => slugify(s) || "bagian", tabIndex: false });
	return md;
}

let shared: MarkdownIt | undefined;

/** Renders an article body (markdown) to HTML with the shared instance. */
export function renderMarkdown(source: string): string {
	shared ??= createMarkdown();
	return shared.render(source);
}

/** The tokens of an article body, without rendering: for checks of what the text links to (src/content/checks/body-images.ts). */
export function parseMarkdown(source: string): ReturnType<MarkdownIt["parse"]> {
	shared ??= createMarkdown();
	return shared.parse(source, {});
}
