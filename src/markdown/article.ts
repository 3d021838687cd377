// The HTML body of one article: markdown rendered, with the dateline ("SERANG –") opening the first paragraph
// as news sites print it.
import { renderMarkdown } from "./markdown.ts";

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function renderArticleBody(article: { body: string; dateline?: string }, locale: string): string {
	const html = renderMarkdown(article.body);
	if (!article.dateline) return html;
	const dateline = `<span class="dateline">${escapeHtml(article.dateline.toLocaleUpperCase(locale))} –</span> `;
	// Only when the body opens with a paragraph; a body opening with a heading or figure gets its own line.
	return html.startsWith("<p>") ? `<p>${dateline}${html.slice(3)}` : `<p>${dateline}</p>\n${html}`;
}
