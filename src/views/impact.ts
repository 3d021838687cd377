// Which pages a change of the archive can reach, so an incremental build signs only those.
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
// A listing page (rubric, tag, author, day, the front page's archive) shows the stories of its term: its pages
// are unchanged when no story of the term changed, in the previous or the current archive, its shown name did
// not change, and (a day's pages link the nearest days with stories) no neighbouring day came or went.
//
// The snapshot of the archive this needs is kept in the build cache with each output folder (src/cli/build.ts)
// and in memory by `npm start` (src/views/render-plan.ts). tests/unit/impact.test.ts compares the result with
// every signature computed in full, over random sequences of changes.
import { RELATED_DEFAULTS } from "./related.ts";
import { articleVersion, type RenderPlan } from "./render-plan.ts";
import type { Groups } from "./groups.ts";
import type { Snapshot, StoryRecord } from "./snapshot.ts";
import type { Archive } from "../content/types.ts";
import { homePageUrl } from "../site/urls.ts";

export type { Snapshot, StoryRecord } from "./snapshot.ts";

/** How far a change reaches in a list: "Baca juga"'s window and its fill from the neighbours in time, with room. */
export const RADIUS = 2 * RELATED_DEFAULTS.window + RELATED_DEFAULTS.max + RELATED_DEFAULTS.min;

const FORMAT = "warta-impact-3";
/** The front page archive's term: every listed story is in it */
const HOME = homePageUrl(1);

export function takeSnapshot(archive: Archive, groups: Groups): Snapshot {
	// The days hold the listed stories in the archive's order (src/views/groups.ts).
	const articles: StoryRecord[] = [];
	for (const day of groups.days) {
		for (const a of day.articles) {
			const tags: string[] = [];
			for (const tag of a.tags) tags.push(tag.url);
			const authors: string[] = [];
			for (const author of a.authors) authors.push(author.url);
			articles.push({ url: a.url, version: articleVersion(a), rubric: a.rubric.url, tags, authors, day: day.url });
		}
	}
	return {
		articles,
		withdrawn: new Map(archive.withdrawn.map((a) => [a.url, articleVersion(a)])),
		tagNames: new Map(groups.tags.map((group) => [group.tag.url, group.tag.name])),
		popular: JSON.stringify(archive.popular.map((p) => articleVersion(p.article))),
	};
}

/**
 * The stories added, removed or changed between two snapshots, by URL (withdrawn ones included), worked out once:
 * the article and the listing templates both ask.
 */
function comparison(previous: Snapshot, current: Snapshot): Comparison {
	if (last?.previous === previous && last.current === current) return last;
	const versions = new Map<string, string>();
	for (const a of previous.articles) versions.set(a.url, a.version);
	for (const [url, version] of previous.withdrawn) versions.set(url, version);
	const changed = new Set<string>();
	const compare = (url: string, version: string) => {
		if (versions.get(url) !== version) changed.add(url);
		versions.delete(url);
	};
	for (const a of current.articles) compare(a.url, a.version);
	for (const [url, version] of current.withdrawn) compare(url, version);
	// What is left was removed.
	for (const url of versions.keys()) changed.add(url);
	last = { previous, current, changed };
	return last;
}

interface Comparison {
	previous: Snapshot;
	current: Snapshot;
	changed: Set<string>;
	/** termsToResign's answer, once asked */
	terms?: Set<string>;
}
/**
 * The last comparison, the one every template of a build asks for. One only: kept per snapshot (a WeakMap from the
 * previous snapshot to the comparison, which holds the current one), each snapshot kept the next one alive, and
 * `npm start` held every snapshot of the session, one per save (~12 MB a save at 20,000 articles).
 */
let last: Comparison | undefined;

const renamedTags = (previous: Snapshot, current: Snapshot): string[] =>
	[...current.tagNames].filter(([tag, name]) => previous.tagNames.get(tag) !== name).map(([tag]) => tag);

/**
 * The URLs of the article pages whose signature may differ from the one taken against `previous`; every other
 * article page of `current` shows what it showed then. "all" when any page may differ (Terpopuler changed).
 */
export function pagesToResign(previous: Snapshot, current: Snapshot, radius = RADIUS): Set<string> | "all" {
	if (previous.popular !== current.popular) return "all";
	const { changed } = comparison(previous, current);
	const resign = new Set(changed);
	for (const snapshot of [previous, current]) markNeighbours(snapshot, changed, radius, resign);
	// A tag whose shown spelling changed is printed on every story carrying it.
	const renamed = new Set(renamedTags(previous, current));
	if (renamed.size) for (const a of current.articles) if (a.tags.some((tag) => renamed.has(tag))) resign.add(a.url);
	return resign;
}

/** The terms (by their listing's first page URL) whose listing pages may differ from when `previous` was taken. */
export function termsToResign(previous: Snapshot, current: Snapshot): Set<string> {
	const compared = comparison(previous, current);
	return (compared.terms ??= reachedTerms(previous, current, compared.changed));
}

function reachedTerms(previous: Snapshot, current: Snapshot, changed: Set<string>): Set<string> {
	const terms = new Set<string>(renamedTags(previous, current));
	const days = new Set<string>();
	for (const snapshot of [previous, current]) {
		for (const a of snapshot.articles) {
			if (!changed.has(a.url)) continue;
			terms.add(HOME);
			terms.add(a.rubric);
			for (const tag of a.tags) terms.add(tag);
			for (const author of a.authors) terms.add(author);
			days.add(a.day);
		}
	}
	// A day page links the nearest newer and older days with stories: a day that came or went changes them.
	for (const snapshot of [previous, current]) {
		let last: string | undefined;
		let lastMarked = false;
		for (const { day } of snapshot.articles) {
			if (day === last) continue;
			const marked = days.has(day);
			if (last !== undefined && (marked || lastMarked)) terms.add(day).add(last);
			last = day;
			lastMarked = marked;
		}
	}
	for (const day of days) terms.add(day);
	return terms;
}

/** Adds to `marked` every story within `radius` of a changed one in any list of `snapshot` it shares with it. */
function markNeighbours(snapshot: Snapshot, changed: Set<string>, radius: number, marked: Set<string>): void {
	const { articles } = snapshot;
	// Only lists holding a changed story matter: find them first, then list their members in order.
	const lists = new Map<string, number[]>();
	for (const a of articles) {
		if (!changed.has(a.url)) continue;
		for (const term of [a.rubric, ...a.tags]) lists.set(term, []);
	}
	if (lists.size === 0) return;
	const all: number[] = [];
	articles.forEach((a, index) => {
		all.push(index);
		lists.get(a.rubric)?.push(index);
		for (const tag of a.tags) lists.get(tag)?.push(index);
	});
	for (const list of [all, ...lists.values()]) {
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

/** The snapshot the plan's pages were signed against, when this build may skip any; records `current` as the build's. */
function signedAgainst(plan: RenderPlan, current: Snapshot): Snapshot | undefined {
	const previous = plan.signedAgainst;
	plan.snapshot = current;
	return plan.partial ? previous : undefined;
}

/** For the article template: the pages known to show what they showed when last signed (undefined: sign all). */
export function unchangedArticlePages(plan: RenderPlan, current: Snapshot): ((article: { url: string }) => boolean) | undefined {
	const previous = signedAgainst(plan, current);
	const resign = previous && pagesToResign(previous, current);
	return !resign || resign === "all" ? undefined : (article) => !resign.has(article.url);
}

/** For the listing templates: the listing pages (by their term's first page) known unchanged since last signed. */
export function unchangedListings(plan: RenderPlan, current: Snapshot): ((listing: { base: string }) => boolean) | undefined {
	const previous = signedAgainst(plan, current);
	const terms = previous && termsToResign(previous, current);
	return terms && ((listing) => !terms.has(listing.base));
}

/**
 * The snapshot as the build cache stores it: a line of JSON for the small parts, then a line per story with
 * tab-separated fields (JSON for the whole took 0.3 s to write and 0.2 s to read at 100,000 stories); terms are
 * numbered, as each is named by thousands of stories.
 */
export function serializeSnapshot(snapshot: Snapshot): string {
	const terms = new Map<string, number>();
	const id = (term: string) => terms.get(term) ?? terms.set(term, terms.size).get(term)!;
	const ids = (list: string[]) => {
		let out = "";
		for (let i = 0; i < list.length; i++) out += i ? `,${id(list[i]!)}` : id(list[i]!);
		return out;
	};
	const head = {
		popular: snapshot.popular,
		tagNames: [...snapshot.tagNames],
		withdrawn: [...snapshot.withdrawn],
		terms: [] as string[],
	};
	// A tab or a line break in a URL or file name would break its line: then every line is JSON instead.
	const odd = snapshot.articles.some((a) => /[\t\n\r]/.test(a.url) || /[\t\n\r]/.test(a.version));
	const lines = snapshot.articles.map((a) =>
		odd
			? JSON.stringify([a.url, a.version, id(a.rubric), id(a.day), a.tags.map(id), a.authors.map(id)])
			: `${a.url}\t${a.version}\t${id(a.rubric)}\t${id(a.day)}\t${ids(a.tags)}\t${ids(a.authors)}`,
	);
	head.terms = [...terms.keys()];
	return `${FORMAT}\n${JSON.stringify(odd ? { ...head, json: true } : head)}\n${lines.join("\n")}`;
}

/** undefined for anything not written by serializeSnapshot in this format (the caller then signs every page). */
export function parseSnapshot(text: string | undefined): Snapshot | undefined {
	if (!text?.startsWith(`${FORMAT}\n`)) return undefined;
	try {
		const lines = text.split("\n");
		const head = JSON.parse(lines[1]!) as {
			popular: string;
			tagNames: [string, string][];
			withdrawn: [string, string][];
			terms: string[];
			json?: boolean;
		};
		const term = (id: string | number) => {
			const url = head.terms[Number(id)];
			if (url === undefined || id === "") throw new Error(`no term ${id}`);
			return url;
		};
		const list = (ids: string) => (ids === "" ? [] : ids.split(",").map(term));
		const articles: StoryRecord[] = [];
		for (let i = 2; i < lines.length; i++) {
			if (head.json) {
				const [url, version, rubric, day, tags, authors] = JSON.parse(lines[i]!) as [string, string, number, number, number[], number[]];
				articles.push({ url, version, rubric: term(rubric), tags: tags.map(term), authors: authors.map(term), day: term(day) });
				continue;
			}
			const fields = lines[i]!.split("\t");
			if (fields.length !== 6) throw new Error(`line ${i + 1}: ${fields.length} fields`);
			const [url, version, rubric, day, tags, authors] = fields as [string, string, string, string, string, string];
			articles.push({ url, version, rubric: term(rubric), tags: list(tags), authors: list(authors), day: term(day) });
		}
		return { popular: head.popular, tagNames: new Map(head.tagNames), withdrawn: new Map(head.withdrawn), articles };
	} catch {
		return undefined;
	}
}
