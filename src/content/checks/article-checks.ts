// Checks on one article that the schema cannot express: files that must exist, text left over from
// `npm run new`, and warnings about things that publish but read badly. Messages: docs/authoring.md.
import { missingPublicFile } from "../../site/public-files.ts";
import { checkBodyImages } from "./body-images.ts";
import { permalinkProblem } from "./permalinks.ts";
import type { FrontMatterWarning } from "../frontmatter.ts";
import { PLACEHOLDER_BODY, PLACEHOLDER_SUMMARY } from "./placeholders.ts";
import type { ProblemList } from "../problems.ts";
import {
	countCharacters,
	SUMMARY_WARN,
	TAGS_MAX,
	TAGS_WARN,
	TEXT_BYTES_MAX,
	TEXT_BYTES_WARN,
	TITLE_WARN,
	type ArticleFrontMatter,
} from "../schema.ts";

export interface ArticleCheckInput {
	/** Root-relative path of the article */
	file: string;
	/** The site root, for files under public/ */
	root: string;
	/** The front matter as written, for checks that can run even when other fields are wrong */
	raw: Record<string, unknown>;
	/** The validated front matter; undefined when the schema found errors */
	fm?: ArticleFrontMatter;
	body: string;
	warnings: FrontMatterWarning[];
}

export function checkArticle({ file, root, raw, fm, body, warnings }: ArticleCheckInput, problems: ProblemList): void {
	for (const warning of warnings) problems.warn(file, warning.message, warning.field, warning.line);

	// From the raw value, so a missing photo is reported in the same run as any other mistake.
	const src = raw.image && typeof raw.image === "object" ? (raw.image as { src?: unknown }).src : undefined;
	const missing = typeof src === "string" ? missingPublicFile(root, src.trim()) : undefined;
	if (missing) problems.error(file, `the photo "${String(src).trim()}" is not in the site: expected the file ${missing}`, "image.src");
	checkBodyImages(file, root, body, problems);
	if (!fm) return;

	const permalink = fm.permalink && permalinkProblem(fm.permalink);
	if (permalink) problems.error(file, `"${fm.permalink}" is not a clean site path: ${permalink}`, "permalink");

	// A placeholder from `npm run new` is fine in a draft; it must never reach readers.
	if (!fm.draft) {
		if (fm.summary === PLACEHOLDER_SUMMARY)
			problems.error(file, "still has the placeholder from `npm run new`; write the summary", "summary");
		if (body.includes(PLACEHOLDER_BODY))
			problems.error(file, `the text still contains the placeholder "${PLACEHOLDER_BODY}"; write the story`);
	}

	const titleLength = countCharacters(fm.title);
	if (titleLength > TITLE_WARN) {
		problems.warn(file, `is ${titleLength} characters; search results and shared links cut headlines after about ${TITLE_WARN}`, "title");
	}
	const summaryLength = countCharacters(fm.summary);
	if (summaryLength > SUMMARY_WARN) {
		problems.warn(file, `is ${summaryLength} characters; keep it to one or two sentences (up to ${SUMMARY_WARN})`, "summary");
	}
	// Said once the story is meant for readers: a draft fresh from `npm run new` has no tags yet and checks cleanly.
	if (fm.tags.length === 0 && !fm.draft) {
		problems.warn(file, "the article has no tags; add one to five, e.g. tags: [Pemkab Serang, Banjir]", "tags");
	}
	if (fm.tags.length > TAGS_MAX) {
		problems.error(
			file,
			`has ${fm.tags.length} tags; at most ${TAGS_MAX} are allowed (each tag is a page); keep the one to five that matter`,
			"tags",
		);
	} else if (fm.tags.length > TAGS_WARN) {
		problems.warn(file, `has ${fm.tags.length} tags; more than ${TAGS_WARN} rarely help readers, keep the one to five that matter`, "tags");
	}
	if (body.trim() === "") problems.warn(file, 'the article has no text after the closing "---"');
	// At most 4 bytes a character in UTF-8, so short texts need no count.
	const bytes = body.length * 4 > TEXT_BYTES_WARN ? Buffer.byteLength(body) : 0;
	const size = `${(bytes / 1024 / 1024).toFixed(1)} MB`;
	if (bytes > TEXT_BYTES_MAX) {
		problems.error(
			file,
			`the text is ${size}; at most ${TEXT_BYTES_MAX / 1024 / 1024} MB is allowed: remove pasted files or data, or split the story`,
		);
	} else if (bytes > TEXT_BYTES_WARN) {
		problems.warn(
			file,
			`the text is ${size}, more than ${TEXT_BYTES_WARN / 1024 / 1024} MB; it slows the build and readers' phones: check for pasted files or data`,
		);
	}
}
