// What the pages of one build were signed against: the shape src/views/impact.ts takes, compares and stores,
// and src/views/render-plan.ts keeps between builds. Types only, so the two import it without importing each other.

/** One listed story, as the pages showing it were signed: terms are named by their listing's first page. */
export interface StoryRecord {
	url: string;
	version: string;
	rubric: string;
	tags: string[];
	authors: string[];
	day: string;
}

/** What the pages of one build were signed against. */
export interface Snapshot {
	/** Listed stories, in the archive's order (newest first) */
	articles: StoryRecord[];
	/** Withdrawn stories (their page is a notice): URL → version */
	withdrawn: Map<string, string>;
	/** Tag page URL → the tag's shown spelling */
	tagNames: Map<string, string>;
	/** Terpopuler, as the signatures name it */
	popular: string;
}
