// Hak jawab (right of reply) and pencabutan (withdrawal) across articles: what one file cannot decide alone.
// The Dewan Pers' Pedoman Pemberitaan Media Siber wants a reply linked to the story it answers and both dated,
// and a withdrawn story's page kept with the reason. docs/authoring.md#right-of-reply-hak-jawab, #withdrawal-pencabutan.
//
// 1. checkReplies (every article read, before drafts and embargoes are applied): `replyTo` must name an
//    article of the archive, by file or address, that is not the reply itself, not a draft, and not newer.
// 2. linkStories (the published articles only): replies and originals get links to each other, and a story's
//    version names the stories it links to, so every page, feed entry and search shard that shows a link is
//    rendered again when the other story changes (src/views/render-plan.ts).
import type { DateTime } from "luxon";
import { formatSiteDate } from "../time/dates.ts";
import { dateFormats } from "./articles.ts";
import type { ProblemList } from "./problems.ts";
import type { Article, SiteData, StoryLink } from "./types.ts";

/**
 * The article a `replyTo` value names: its file ("articles/…md"), its site path, or its full address. Its lookup
 * tables are made on the first `replyTo` it meets: most builds have none, and at 100,000 articles the tables took
 * 0.4 s of every build (docs/performance.md).
 */
function resolver(all: readonly Article[], data: SiteData): (ref: string) => Article | undefined {
	let byFile: Map<string, Article> | undefined;
	let byUrl: Map<string, Article> | undefined;
	const origin = data.site.url;
	return (ref) => {
		byFile ??= new Map(all.map((a) => [a.file, a]));
		byUrl ??= new Map(all.map((a) => [a.url, a]));
		let key = ref.trim().replace(/^\.\//, "");
		if (key.startsWith(`${origin}/`)) key = key.slice(origin.length);
		return byFile.get(key) ?? byFile.get(`articles/${key}`) ?? byUrl.get(key) ?? byUrl.get(`${key}/`);
	};
}

/** Reports every `replyTo` that does not name a story it can answer. */
export function checkReplies(all: readonly Article[], data: SiteData, problems: ProblemList): void {
	const find = resolver(all, data);
	for (const reply of all) {
		const ref = reply.replyToRef;
		if (ref === undefined) continue;
		const original = find(ref);
		if (!original) {
			problems.error(
				reply.file,
				`"${ref}" is not an article of this site; name the original story by its file (e.g. "articles/2026/03/x.md") or its address (e.g. "/2026/03/17/x/")`,
				"replyTo",
			);
		} else if (original === reply) {
			problems.error(reply.file, `"${ref}" is this article itself; a reply names the story it answers`, "replyTo");
		} else if (original.draft) {
			problems.error(
				reply.file,
				`"${ref}" is a draft (${original.file}); a reply can only answer a published story: publish it first, or remove replyTo`,
				"replyTo",
			);
		} else if (reply.date < original.date) {
			problems.error(
				reply.file,
				`the reply is dated before the story it answers (${original.file}, ${original.date.toFormat("yyyy-MM-dd HH:mm")}); a reply follows the original`,
				"replyTo",
			);
		}
	}
}

const link = (article: Article): StoryLink => ({
	file: article.file,
	url: article.url,
	title: article.title,
	date: article.date,
	published: article.published,
	version: `${article.file}@${article.version}`,
});

/**
 * Links replies and originals among the published stories (withdrawn ones included: their pages still answer).
 * Returns the list with a copy of each story that gained a link; the others are the same objects. A reply moves
 * its original's `updated` date, as a correction does: the original's page changed.
 */
export function linkStories(published: Article[], data: SiteData): Article[] {
	const find = resolver(published, data);
	const repliesOf = new Map<Article, Article[]>();
	const originalOf = new Map<Article, Article>();
	for (const reply of published) {
		const original = reply.replyToRef === undefined ? undefined : find(reply.replyToRef);
		if (!original || original === reply) continue;
		originalOf.set(reply, original);
		repliesOf.set(original, [...(repliesOf.get(original) ?? []), reply]);
	}
	if (!originalOf.size) return published;
	return published.map((article) => {
		const original = originalOf.get(article);
		const replies = repliesOf.get(article)?.sort((a, b) => a.date.toMillis() - b.date.toMillis() || (a.file < b.file ? -1 : 1));
		if (!original && !replies) return article;
		const linked = [original, ...(replies ?? [])].filter((a): a is Article => a !== undefined).map(link);
		const copy: Article = { ...article, version: `${article.version}>${linked.map((l) => l.version).join(",")}` };
		if (original) copy.replyTo = link(original);
		if (replies) {
			copy.replies = replies.map(link);
			changedAt(copy, replies.at(-1)!.date, data);
		}
		return copy;
	});
}

/** Moves a story's `updated` date to `date` when that is later: its page changed then (a reply, a withdrawal). */
export function changedAt(article: Article, date: DateTime, data: SiteData): Article {
	if (date > (article.updated ?? article.date)) {
		article.updated = date;
		article.modified = formatSiteDate(date, data.site.locale, dateFormats(data), data.site.timezoneLabel);
	}
	return article;
}

/**
 * A withdrawal dated after the build's "now" is held back like a future correction: the story stays listed until
 * the first build after that time, with a warning each build so a mistyped year is noticed.
 */
export function holdFutureWithdrawal(article: Article, now: DateTime, problems: ProblemList): Article {
	if (!article.withdrawn || article.withdrawn.date <= now) return article;
	const when = article.withdrawn.date.toFormat("yyyy-MM-dd HH:mm");
	problems.warn(
		article.file,
		`${when} is in the future: the withdrawal is held back until the first build after that time`,
		"withdrawn.date",
	);
	return { ...article, withdrawn: undefined, version: `${article.version}:withdrawal-held` };
}
