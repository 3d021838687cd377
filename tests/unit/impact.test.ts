// Which article pages a change can reach (src/views/impact.ts): over random sequences of changes to a generated
// archive, every page left out of `pagesToResign` must have exactly the signature it had before, computed in
// full, and the set must stay a small part of the archive (or the incremental build gains nothing).
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { articleSignature } from "../../src/pages/article.11ty.ts";
import { listingSignature } from "../../src/pages/listing-page.ts";
import { pagesToResign, parseSnapshot, serializeSnapshot, termsToResign, type Snapshot } from "../../src/views/impact.ts";
import { viewsOf } from "../../src/views/views.ts";
import { prng } from "../../src/bench/prng.ts";
import type { Archive, Article, PopularStory } from "../../src/content/types.ts";
import { author, minutesAfter, newestFirst, rubric, siteData, synthetic } from "../helpers/synthetic.ts";

const rubrics = ["pemerintahan", "hukum", "olahraga", "pendidikan", "ekonomi"].map((key) => rubric(key));
const authors = [author("andi")];
const TAGS = Array.from({ length: 60 }, (_, i) => `Topik ${i + 1}`);

function archiveOf(articles: Article[], withdrawn: Article[] = [], popular: PopularStory[] = []): Archive {
	const data = {
		...siteData(rubrics, authors),
		site: { locale: "id", maxListingPages: 50 },
		strings: { dateFormat: "d MMMM yyyy", timeFormat: "HH.mm", dateTimeFormat: "d MMMM yyyy HH.mm", monthFormat: "MMMM yyyy" },
	};
	return { data, articles: newestFirst(articles), withdrawn, popular } as unknown as Archive;
}

interface Signed {
	/** Article pages: URL → signature */
	signatures: Map<string, string>;
	/** Listing pages: URL → [term, signature] */
	listings: Map<string, [string, string]>;
	snapshot: Snapshot;
}

/** Every article and listing page's signature, computed in full, and the snapshot they were signed against. */
function signAll(archive: Archive): Signed {
	const views = viewsOf(archive);
	const signatures = new Map<string, string>();
	for (const a of [...archive.articles, ...archive.withdrawn]) {
		signatures.set(a.url, articleSignature(a, views.article(a), archive.popular));
	}
	const listings = new Map<string, [string, string]>();
	const { home, rubric, tag, author, day } = views.pages;
	for (const page of [...home, ...rubric, ...tag, ...author, ...day]) listings.set(page.url, [page.base, listingSignature(page)]);
	return { signatures, listings, snapshot: views.snapshot() };
}

let made = 0;
function story(random: () => number, fields: Partial<Parameters<typeof synthetic>[0]> = {}): Article {
	made++;
	// Skewed tag use, as in a newsroom: a few tags on many stories, many on few.
	const tag = () => TAGS[Math.floor(TAGS.length * random() ** 3)]!;
	return synthetic({
		title: `Berita ${made}`,
		date: minutesAfter("2016-01-01 08:00", Math.floor(random() * 5_000_000)),
		rubric: rubrics[Math.floor(random() * rubrics.length)],
		tags: [...new Set([tag(), tag(), tag()])].slice(0, 1 + Math.floor(random() * 3)),
		...fields,
	});
}

const edited = (a: Article, fields: Partial<Article>): Article => ({ ...a, ...fields, version: `${a.version}+` });

type Change = (articles: Article[], random: () => number, state: { withdrawn: Article[]; popular: PopularStory[] }) => Article[];
const pick = (articles: Article[], random: () => number) => Math.floor(random() * articles.length);

const CHANGES: Record<string, Change> = {
	"a new story": (articles, random) => [...articles, story(random, { date: minutesAfter("2026-01-01 08:00", made) })],
	"a story back-dated into the archive": (articles, random) => [...articles, story(random)],
	"a deleted story": (articles, random) => {
		const at = pick(articles, random);
		return articles.filter((_, i) => i !== at);
	},
	"an edited story": (articles, random) => {
		const at = pick(articles, random);
		return articles.map((a, i) => (i === at ? edited(a, { title: `${a.title}!` }) : a));
	},
	"new tags": (articles, random) => {
		const at = pick(articles, random);
		return articles.map((a, i) => (i === at ? edited(a, { tags: story(random).tags }) : a));
	},
	"a new rubric": (articles, random) => {
		const at = pick(articles, random);
		return articles.map((a, i) => (i === at ? edited(a, { rubric: rubrics[(rubrics.indexOf(a.rubric) + 1) % rubrics.length]! }) : a));
	},
	"a new date": (articles, random) => {
		const at = pick(articles, random);
		return articles.map((a, i) => (i === at ? edited(a, { date: story(random).date }) : a));
	},
	"a withdrawal": (articles, random, state) => {
		const at = pick(articles, random);
		state.withdrawn = [...state.withdrawn, edited(articles[at]!, { withdrawn: {} as Article["withdrawn"] })];
		return articles.filter((_, i) => i !== at);
	},
	"a new Terpopuler": (articles, random, state) => {
		state.popular = [{ article: articles[pick(articles, random)]! } as PopularStory];
		return articles;
	},
	"a tag's shown spelling flips": (articles) => {
		// Every story with "Topik 7" takes the spelling "TOPIK 7": the tag keeps its slug, its shown name changes.
		// (An edit of ~100 stories at once: it reaches most of the archive.)
		return articles.map((a) =>
			a.tags.some((t) => t.name === "Topik 7")
				? edited(a, { tags: a.tags.map((t) => (t.name === "Topik 7" ? { ...t, name: "TOPIK 7" } : t)) })
				: a,
		);
	},
};

test("every article and listing page left out keeps its signature, over 40 random changes to a 2,000-story archive", () => {
	const random = prng(20261201);
	let articles = Array.from({ length: 2000 }, () => story(random));
	const state = { withdrawn: [] as Article[], popular: [] as PopularStory[] };
	let before = signAll(archiveOf(articles, state.withdrawn, state.popular));
	const names = Object.keys(CHANGES);
	const reached: Record<string, number[]> = {};
	for (let round = 0; round < 40; round++) {
		// Every kind of change in turn, then at random; sometimes two at once.
		const kinds = [
			names[round % names.length]!,
			...(round >= names.length && random() < 0.3 ? [names[pick(names as never, random)]!] : []),
		];
		for (const kind of kinds) articles = CHANGES[kind]!(articles, random, state);
		const after = signAll(archiveOf(articles, state.withdrawn, state.popular));
		const resign = pagesToResign(before.snapshot, after.snapshot);
		if (resign !== "all") {
			for (const [url, signature] of after.signatures) {
				if (resign.has(url)) continue;
				assert.ok(before.signatures.has(url), `round ${round} (${kinds.join(" + ")}): ${url} is new, yet left out`);
				assert.is(
					signature,
					before.signatures.get(url),
					`round ${round} (${kinds.join(" + ")}): ${url} was left out, yet its signature changed`,
				);
			}
		}
		const terms = termsToResign(before.snapshot, after.snapshot);
		let listingsLeftOut = 0;
		for (const [url, [term, signature]] of after.listings) {
			if (terms.has(term)) continue;
			listingsLeftOut++;
			assert.ok(before.listings.has(url), `round ${round} (${kinds.join(" + ")}): listing ${url} is new, yet left out`);
			assert.is(signature, before.listings.get(url)![1], `round ${round} (${kinds.join(" + ")}): listing ${url} was left out, yet changed`);
		}
		if (!kinds.includes("a tag's shown spelling flips") && !kinds.includes("a new Terpopuler")) {
			assert.ok(
				listingsLeftOut > after.listings.size / 2,
				`round ${round}: only ${listingsLeftOut} of ${after.listings.size} listing pages left out`,
			);
		}
		const share = resign === "all" ? 1 : resign.size / after.signatures.size;
		if (kinds.length === 1) (reached[kinds[0]!] ??= []).push(share);
		before = after;
	}
	// Selective: one story's change reaches its neighbourhood, not the archive. Terpopuler reaches every page.
	for (const [kind, shares] of Object.entries(reached)) {
		const most = Math.max(...shares);
		if (kind === "a new Terpopuler") assert.is(most, 1, "a new Terpopuler re-signs every page");
		else if (kind !== "a tag's shown spelling flips")
			assert.ok(most < 0.25, `${kind}: re-signed up to ${(most * 100).toFixed(1)} % of the pages`);
	}
});

test("nothing changed: no page to sign again", () => {
	const random = prng(7);
	const articles = Array.from({ length: 200 }, () => story(random));
	const { snapshot } = signAll(archiveOf(articles));
	const again = signAll(archiveOf([...articles])).snapshot;
	assert.equal(pagesToResign(snapshot, again), new Set());
});

test("the snapshot survives the build cache; anything else read back is no snapshot", () => {
	const random = prng(11);
	const { snapshot } = signAll(archiveOf(Array.from({ length: 50 }, () => story(random))));
	const back = parseSnapshot(serializeSnapshot(snapshot));
	assert.ok(back);
	assert.equal(back, snapshot);
	// A file name with a tab or a line break (unlikely, but a file system allows it) cannot break the format.
	const odd = {
		...snapshot,
		articles: snapshot.articles.map((a, i) => (i === 3 ? { ...a, version: `articles/a\tb\nc.md@${a.version}` } : a)),
	};
	assert.equal(parseSnapshot(serializeSnapshot(odd)), odd);
	for (const bad of [undefined, "", "{", "null", '{"format":"warta-impact-2"}', serializeSnapshot(snapshot).slice(0, 100)]) {
		assert.is(parseSnapshot(bad), undefined, `read back from ${JSON.stringify(bad?.slice(0, 30))}`);
	}
});

test("an earlier build's snapshot is freed once the next build compared two others (npm start kept one per save: ~12 MB a save at 20,000 articles)", async () => {
	setFlagsFromString("--expose-gc");
	const gc = runInNewContext("gc") as () => void;
	const empty = (): Snapshot => ({ articles: [], withdrawn: new Map(), tagNames: new Map(), popular: "[]" });
	// `first` stays referenced, as the oldest snapshot of a session could be; the saves after it compare their own.
	const first = empty();
	let second: Snapshot | undefined = empty();
	pagesToResign(first, second);
	const third = empty();
	pagesToResign(second, third);
	pagesToResign(third, empty());
	const freed = new WeakRef(second);
	second = undefined;
	await new Promise((resolve) => setTimeout(resolve, 0));
	gc();
	assert.is(freed.deref(), undefined, "the second snapshot is still held");
	assert.ok(first);
});

test.run();
