// All corrections of the archive for the /ralat/ page, newest first: one pass over the archive, then a sort
// of the corrections only (a handful per year, not the archive). The page also lists every hak jawab (right of
// reply) and every withdrawn story, as the Pedoman Pemberitaan Media Siber asks (docs/authoring.md#right-of-reply-hak-jawab).
import type { Archive, Article, Correction, StoryLink } from "../content/types.ts";

export interface ArticleCorrection extends Correction {
	article: Article;
}

export function allCorrections(articles: readonly Article[]): ArticleCorrection[] {
	const list: ArticleCorrection[] = [];
	for (const article of articles) {
		for (const correction of article.corrections) list.push({ ...correction, article });
	}
	// Stable sort: equal dates keep the archive order (newest article first).
	return list.sort((a, b) => b.date.toMillis() - a.date.toMillis());
}

export interface ArticleReply {
	reply: Article;
	original: StoryLink;
}

export interface EditorialLog {
	/** Corrections of every published story, withdrawn ones too, newest first */
	corrections: ArticleCorrection[];
	/** Replies, newest first */
	replies: ArticleReply[];
	/** Withdrawn stories, newest withdrawal first */
	withdrawals: Article[];
}

/** What /ralat/ lists: corrections, replies and withdrawals, each newest first. */
export function editorialLog(archive: Pick<Archive, "articles" | "withdrawn">): EditorialLog {
	const replies: ArticleReply[] = [];
	for (const list of [archive.articles, archive.withdrawn]) {
		for (const article of list) if (article.replyTo) replies.push({ reply: article, original: article.replyTo });
	}
	replies.sort((a, b) => b.reply.date.toMillis() - a.reply.date.toMillis() || (a.reply.file < b.reply.file ? -1 : 1));
	return {
		corrections: allCorrections([...archive.articles, ...archive.withdrawn]),
		replies,
		withdrawals: archive.withdrawn,
	};
}
