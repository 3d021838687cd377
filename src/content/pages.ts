// The newsroom's own pages: halaman/*.md (Tentang Kami, Redaksi, Kontak, Pedoman Media Siber, …). Read and
// validated like articles (front matter against `pageSchema` in schema.ts, every problem of the run together),
// but they have no date, author or rubric and never enter listings or feeds. Not Eleventy templates, for the
// reason articles are not (docs/architecture.md#why-warta-owns-its-content-layer); the folder is called
// halaman/ so that it is not mistaken for src/pages/, which holds Warta's own page templates.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, type Dirent } from "node:fs";
import { basename, join } from "node:path";
import { formatSiteDate, parseSiteDate } from "../time/dates.ts";
import { slugify } from "../site/slug.ts";
import { dateFormats } from "./articles.ts";
import { checkBodyImages } from "./checks/body-images.ts";
import { fileErrorReason } from "./checks/files.ts";
import { reportZodIssues } from "./checks/zod-issues.ts";
import { parseFrontMatter } from "./frontmatter.ts";
import type { ProblemList } from "./problems.ts";
import { NEWSROOM_PAGE_FIELDS, pageSchema } from "./schema.ts";
import type { NewsroomPage, SiteData } from "./types.ts";

export const PAGES_FOLDER = "halaman";

/** Every page in halaman/, sorted by file name; problems name the file and field. No folder: no pages. */
export function readNewsroomPages(root: string, data: SiteData, problems: ProblemList): NewsroomPage[] {
	const folder = join(root, PAGES_FOLDER);
	if (!existsSync(folder)) return [];
	let entries: Dirent[];
	try {
		entries = readdirSync(folder, { withFileTypes: true });
	} catch (error) {
		problems.error(
			`${PAGES_FOLDER}/`,
			`the folder could not be read (${fileErrorReason(error)}); check that the user running Warta may read it`,
		);
		return [];
	}
	const pages: NewsroomPage[] = [];
	for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
		if (entry.name.startsWith(".")) continue;
		const file = `${PAGES_FOLDER}/${entry.name}`;
		if (entry.isDirectory()) {
			problems.error(
				`${file}/`,
				`Warta reads no folder inside ${PAGES_FOLDER}/, so its pages would be left out; move them up into ${PAGES_FOLDER}/ itself`,
			);
			continue;
		}
		if (!entry.name.endsWith(".md")) {
			problems.error(
				file,
				`is not read: only files ending in ".md" are pages; save it as markdown with a .md name, or move it out of ${PAGES_FOLDER}/`,
			);
			continue;
		}
		let source: string;
		try {
			source = readFileSync(join(folder, entry.name), "utf8");
		} catch (error) {
			problems.error(file, `the file could not be read (${fileErrorReason(error)}); check that the user running Warta may read it`);
			continue;
		}
		const page = readNewsroomPage(file, source, data, problems);
		// A photo in the text must exist, as in articles (shown as it is, not resized: docs/authoring.md).
		if (page) checkBodyImages(file, root, page.body, problems);
		if (page) pages.push(page);
	}
	return pages;
}

export function readNewsroomPage(file: string, source: string, data: SiteData, problems: ProblemList): NewsroomPage | undefined {
	const parsed = parseFrontMatter(source);
	if (!parsed.ok) {
		problems.error(file, parsed.message.replace("an article starts", "a page starts"), undefined, parsed.line);
		return undefined;
	}
	for (const warning of parsed.warnings) problems.warn(file, warning.message, warning.field, warning.line);
	const result = pageSchema.safeParse(parsed.data);
	if (!result.success) reportZodIssues(file, result.error.issues, parsed.data, problems, pageSchema);
	let updated;
	if (typeof parsed.data.updated === "string") {
		const date = parseSiteDate(parsed.data.updated, data.site.timezone);
		if (date.ok) updated = date.value;
		else problems.error(file, date.reason, "updated");
	}
	if (parsed.body.trim() === "")
		problems.error(file, 'the page has no text below the front matter; write the page\'s text after the closing "---"');
	if (!result.success || (parsed.data.updated !== undefined && !updated) || parsed.body.trim() === "") return undefined;
	const fm = result.data;
	const slug = fm.slug ?? slugify(basename(file, ".md"));
	if (!slug) {
		problems.error(file, "the file name gives an empty URL slug; add `slug: some-words` or rename the file", "slug");
		return undefined;
	}
	return {
		file,
		url: fm.permalink ?? `/${slug}/`,
		title: fm.title,
		summary: fm.summary,
		updated,
		modified: updated && formatSiteDate(updated, data.site.locale, dateFormats(data), data.site.timezoneLabel),
		masthead: fm.masthead,
		body: parsed.body,
		version: createHash("sha256").update(source).digest("hex").slice(0, 16),
	};
}

/**
 * newsroom.json names pages for its policies (publishingPrinciples, correctionsPolicy, …): each must be a page in
 * halaman/ or one of `ownPages` (Warta's own pages, e.g. "/ralat/"), so the JSON-LD never points at a 404.
 */
export function checkNewsroomLinks(
	data: SiteData,
	pages: readonly NewsroomPage[],
	ownPages: readonly string[],
	problems: ProblemList,
): void {
	const newsroom = data.newsroom;
	if (!newsroom) return;
	const known = new Set([...pages.map((p) => p.url), ...ownPages]);
	for (const field of NEWSROOM_PAGE_FIELDS) {
		const url = newsroom[field];
		if (url === undefined || known.has(url)) continue;
		const choices = [...known].join(", ");
		problems.error(
			"_data/newsroom.json",
			`"${url}" is not a page of the site; expected the address of a page in ${PAGES_FOLDER}/ or of Warta's own pages (${choices})`,
			field,
		);
	}
}
