// Which article pages a change of the archive can reach, so an incremental build signs only those.
//
// An article page's signature (src/pages/article.11ty.ts) names the story, its "Baca juga" (src/views/related.ts),
// the next newer and older story of its rubric, its tags' shown spelling and Terpopuler. Computing it for every
// page costs "Baca juga" for every article; at 100,000 articles that was seconds of every incremental build
// (docs/performance.md). Yet each of those inputs is read from a bounded neighbourhood of the story:
//
// - "Baca juga" looks at `window` entries around the story in each of its tag lists and its rubric's list, then
//   fills from its nearest stories in time (at most `min + max` positions away in the archive's order);
// - newer/older are its neighbours in its rubric's list.
//
// So a story none of whose lists (archive, rubric, tags) had a changed story — added, removed, edited, moved —
// within RADIUS positions, in the previous or the current archive, shows exactly what it showed before: the
// neighbourhood holds the same stories in the same order, with the same tags and rubrics, and the same list
// ends. Such a page keeps its previous signature without computing it. Everything else is signed as before.
// A changed shown spelling of a tag reaches every story carrying the tag; a changed Terpopuler, every page.
//
// The snapshot of the archive this needs is kept in the build cache with each output folder (src/cli/build.ts)
// and in memory by `npm start` (src/views/render-plan.ts). tests/unit/impact.test.ts compares the result with
// every signature computed in full, over random sequences of changes.
import { RELATED_DEFAULTS } from "./related.ts";
import { articleVersion, type RenderPlan } from "./render-plan.ts";
import type { Groups } from "./groups.ts";
import type { Archive } from "../content/types.ts";

/** How far a change reaches in a list: "Baca juga"'s window and its fill from the neighbours in time, with room. */
export const RADIUS = 2 * RELATED_DEFAULTS.window + RELATED_DEFAULTS.max + RELATED_DEFAULTS.min;

const FORMAT = "warta-impact-1";

/** What the article pages of one build were signed against. */
export interface Snapshot {
	/** Listed stories, in the archive's order (newest first): URL, version, rubric key, tag slugs */
	articles: { url: string; version: string; rubric: string; tags: string[] }[];
	/** Withdrawn stories (their page is a notice): URL → version */
	withdrawn: Map<string, string>;
	/** Tag slug → its shown spelling */
	tagNames: Map<string, string>;
	/** Terpopuler, as the signatures name it */
	popular: string;
}

export function takeSnapshot(archive: Archive, groups: Groups): Snapshot {
	return {
		articles: archive.articles.map((a) => ({
			url: a.url,
			version: articleVersion(a),
			rubric: a.rubric.key,
			tags: a.tags.map((tag) => tag.slug),
		})),
		withdrawn: new Map(archive.withdrawn.map((a) => [a.url, articleVersion(a)])),
		tagNames: new Map(groups.tags.map((group) => [group.tag.slug, group.tag.name])),
		popular: JSON.stringify(archive.popular.map((p) => articleVersion(p.article))),
	};
}

/**
 * For the article template: the pages of `current` known to show what they showed when the plan last signed
 * them (undefined: sign every page). Records `current` as the plan's snapshot either way.
 */
export function unchangedArticlePages(plan: RenderPlan, current: Snapshot): ((url: string) => boolean) | undefined {
	const previous = plan.articleSnapshot;
	plan.articleSnapshot = current;
	if (!plan.partial || !previous) return undefined;
	const resign = pagesToResign(previous, current);
	return resign === "all" ? undefined : (url) => !resign.has(url);
}

/**
 * The URLs of the article pages whose signature may differ from the one taken against `previous`; every other
 * article page of `current` shows what it showed then. "all" when any page may differ (Terpopuler changed).
 */
export function pagesToResign(previous: Snapshot, current: Snapshot, radius = RADIUS): Set<string> | "all" {
	if (previous.popular !== current.popular) return "all";
	const versions = new Map<string, string>();
	for (const a of previous.articles) versions.set(a.url, a.version);
	for (const [url, version] of previous.withdrawn) versions.set(url, version);
	const changed = new Set<string>();
	const seen = new Set<string>();
	for (const a of current.articles) {
		seen.add(a.url);
		if (versions.get(a.url) !== a.version) changed.add(a.url);
	}
	for (const [url, version] of current.withdrawn) {
		seen.add(url);
		if (versions.get(url) !== version) changed.add(url);
	}
	for (const url of versions.keys()) if (!seen.has(url)) changed.add(url);

	const resign = new Set(changed);
	for (const snapshot of [previous, current]) markNeighbours(snapshot, changed, radius, resign);
	// A tag whose shown spelling changed is printed on every story carrying it.
	const renamed = new Set([...current.tagNames].filter(([slug, name]) => previous.tagNames.get(slug) !== name).map(([slug]) => slug));
	if (renamed.size) for (const a of current.articles) if (a.tags.some((slug) => renamed.has(slug))) resign.add(a.url);
	return resign;
}

/** Adds to `marked` every story within `radius` of a changed one in any list of `snapshot` it shares with it. */
function markNeighbours(snapshot: Snapshot, changed: Set<string>, radius: number, marked: Set<string>): void {
	const { articles } = snapshot;
	// Only lists holding a changed story matter: find them first, then list their members in order.
	const rubrics = new Set<string>();
	const tags = new Set<string>();
	for (const a of articles) {
		if (!changed.has(a.url)) continue;
		rubrics.add(a.rubric);
		for (const tag of a.tags) tags.add(tag);
	}
	if (rubrics.size === 0) return;
	const lists = new Map<string, number[]>();
	const listOf = (key: string) => lists.get(key) ?? lists.set(key, []).get(key)!;
	const all = listOf("\0all");
	articles.forEach((a, index) => {
		all.push(index);
		if (rubrics.has(a.rubric)) listOf(`r\0${a.rubric}`).push(index);
		for (const tag of a.tags) if (tags.has(tag)) listOf(`t\0${tag}`).push(index);
	});
	for (const list of lists.values()) {
		let reach = -1; // marked up to this position already
		for (let at = 0; at < list.length; at++) {
			if (!changed.has(articles[list[at]!]!.url)) continue;
			for (let i = Math.max(at - radius, reach + 1); i <= Math.min(at + radius, list.length - 1); i++) {
				marked.add(articles[list[i]!]!.url);
				reach = i;
			}
		}
	}
}

/** The snapshot as the build cache stores it (JSON). */
export function serializeSnapshot(snapshot: Snapshot): string {
	return JSON.stringify({
		format: FORMAT,
		popular: snapshot.popular,
		tagNames: [...snapshot.tagNames],
		withdrawn: [...snapshot.withdrawn],
		articles: snapshot.articles.map((a) => [a.url, a.version, a.rubric, a.tags]),
	});
}

/** undefined for anything not written by serializeSnapshot in this format (the caller then signs every page). */
export function parseSnapshot(text: string | undefined): Snapshot | undefined {
	try {
		const stored = JSON.parse(text ?? "null") as {
			format?: string;
			popular: string;
			tagNames: [string, string][];
			withdrawn: [string, string][];
			articles: [string, string, string, string[]][];
		} | null;
		if (stored?.format !== FORMAT) return undefined;
		return {
			popular: stored.popular,
			tagNames: new Map(stored.tagNames),
			withdrawn: new Map(stored.withdrawn),
			articles: stored.articles.map(([url, version, rubric, tags]) => ({ url, version, rubric, tags })),
		};
	} catch {
		return undefined;
	}
}
