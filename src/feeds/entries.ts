// From an article of the archive to a format-neutral feed entry: absolute URLs, the lead image with its real
// byte length, full HTML content. One article appears in several feeds (main RSS, Atom, JSON, its rubric's,
// each author's), so its entry is built once per build and shared.
import type { Strings, SiteConfig } from "../content/schema.ts";
import type { Article, StoryLink } from "../content/types.ts";
import { fill } from "../site/text.ts";
import { absoluteUrl } from "../site/urls.ts";
import { renderArticleBody } from "../markdown/article.ts";
import { escapeXml as escapeHtml } from "../site/xml.ts";
import { mediaLength, mediaType } from "./media.ts";
import type { FeedEntry } from "./model.ts";

export interface EntryContext {
	site: SiteConfig;
	strings: Strings;
	/** The site's public/ directory, where local images live */
	publicDir: string;
	/** Makes every URL in an HTML fragment absolute (Eleventy's transformWithHtmlBase) */
	absolutize(html: string, pageUrl: string): Promise<string>;
}

// One entry per article per build: keyed by the build's site object (each build makes its own, with its own
// address) and then by the Article, which `npm start` may reuse across rebuilds when its file is unchanged.
// Summary entries (tag feeds) are kept apart: they skip rendering the text, which a story seen only in tag
// feeds would otherwise pay for nothing.
const entries = {
	full: new WeakMap<object, WeakMap<Article, Promise<FeedEntry>>>(),
	summary: new WeakMap<object, WeakMap<Article, Promise<FeedEntry>>>(),
};

/** `content`: "full" for the story's HTML, "summary" for an entry without it (no <content:encoded>). */
export function feedEntry(article: Article, context: EntryContext, content: "full" | "summary" = "full"): Promise<FeedEntry> {
	let perBuild = entries[content].get(context.site);
	if (!perBuild) entries[content].set(context.site, (perBuild = new WeakMap()));
	let entry = perBuild.get(article);
	if (!entry) {
		entry = buildEntry(article, context, content === "full");
		perBuild.set(article, entry);
	}
	return entry;
}

async function buildEntry(article: Article, { site, strings, publicDir, absolutize }: EntryContext, full: boolean): Promise<FeedEntry> {
	const url = absoluteUrl(site.base, article.url);
	const image = article.image;
	return {
		id: url,
		url,
		// Paid content is marked where every reader shows it, in the title; categories are not shown by all.
		title: article.jenis === "advertorial" ? fill(strings.feedAdvertorialTitle, { title: article.title }) : article.title,
		summary: article.summary,
		contentHtml: full ? await absolutize(feedContentHtml(article, site.locale, strings), article.url) : "",
		date: article.date,
		updated: article.updated,
		authors: article.authors.map((author) => ({ name: author.name, url: absoluteUrl(site.base, author.url) })),
		categories: [...(article.jenisLabel ? [article.jenisLabel] : []), article.rubric.name, ...article.tags.map((tag) => tag.name)],
		image: image && {
			url: absoluteUrl(site.base, image.src),
			type: mediaType(image.src),
			length: mediaLength(publicDir, image.src),
			width: image.width,
			height: image.height,
			alt: image.alt,
			credit: image.credit,
		},
	};
}

/**
 * The article as a feed reader shows it: hak jawab notices, lead photo with caption and credit, the body, the
 * editor and source credits, then any corrections, in plain
 * HTML that readers keep (no classes or layout they would strip). URLs may still be site-relative here.
 */
export function feedContentHtml(article: Article, locale: string, strings: Strings): string {
	const parts: string[] = [];
	const link = (story: StoryLink) =>
		`<a href="${escapeHtml(story.url)}">${escapeHtml(story.title)}</a> (${escapeHtml(story.published.dateTime)})`;
	// Hak jawab: the reply and the story it answers name each other, dated, as on their pages.
	if (article.replyTo) parts.push(`<p><em>${escapeHtml(strings.replyToNotice)} ${link(article.replyTo)}</em></p>`);
	for (const reply of article.replies ?? []) parts.push(`<p><em>${escapeHtml(strings.repliesNotice)}: ${link(reply)}</em></p>`);
	const image = article.image;
	if (image) {
		const size = image.width && image.height ? ` width="${image.width}" height="${image.height}"` : "";
		const caption = [image.caption, image.credit]
			.filter(Boolean)
			.map((s) => escapeHtml(s!))
			.join(" ");
		parts.push(
			`<figure><img src="${escapeHtml(image.src)}" alt="${escapeHtml(image.alt)}"${size}>` +
				(caption ? `<figcaption>${caption}</figcaption>` : "") +
				"</figure>",
		);
	}
	parts.push(renderArticleBody(article, locale));
	const credits = [
		article.editors.length && `${strings.editorCredit} ${article.editors.map((editor) => editor.name).join(", ")}`,
		article.source && `${strings.sourceCredit} ${article.source}`,
	].filter((credit): credit is string => Boolean(credit));
	if (credits.length) parts.push(`<p>${credits.map(escapeHtml).join("<br>")}</p>`);
	for (const correction of article.corrections) {
		const label = `${strings.correction} (${correction.when.dateTime})`;
		parts.push(`<p><strong>${escapeHtml(label)}:</strong> ${escapeHtml(correction.text)}</p>`);
	}
	return parts.join("\n");
}
