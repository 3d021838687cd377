// All corrections of the archive for the /ralat/ page, newest first: one pass over the archive, then a sort
// of the corrections only (a handful per year, not the archive).
import type { Article, Correction } from "../content/types.ts";

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
