// Builds THE ARCHIVE: every article under articles/ read and validated once, in one pass, newest first.
// Article pages, the home page and the feed are all built from it; articles never become Eleventy
// templates or enter Eleventy collections (docs/performance.md#why-articles-are-one-paginated-template: one template per article grows
// quadratically in Eleventy 3's TemplateMap; one paginated template over this archive does not).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readlinkSync, statSync, type Dirent, type Stats } from "node:fs";
import { join } from "node:path";
import type { DateTime } from "luxon";
import { siteNow } from "../time/dates.ts";
import { ArticleStore } from "./article-store.ts";
import { LOOK_AHEAD_MIN, LookAhead } from "./stat-ahead.ts";
import { holdFutureCorrections, readArticle } from "./articles.ts";
import { checkCollisions } from "./checks/collisions.ts";
import { fileErrorReason } from "./checks/files.ts";
import { loadSiteData } from "./data.ts";
import { changedAt, checkReplies, holdFutureWithdrawal, linkStories } from "./replies.ts";
import { rankPopular, readAnalytics } from "./analytics.ts";
import { checkNewsroomLinks, readNewsroomPages } from "./pages.ts";
import { reservedAddresses } from "../site/reserved.ts";
import { correctionsUrl, searchUrl } from "../site/urls.ts";
import { ProblemList, type Problem } from "./problems.ts";
import type { Archive, Article, NewsroomPage, SiteData } from "./types.ts";

export interface ArchiveOptions {
	/** The site root holding articles/ and _data/ */
	root: string;
	/** The build's "now" (ISO string or DateTime); articles dated after it are embargoed. Default: the clock. */
	now?: string | DateTime;
	/** Preview mode (npm start): drafts are included and marked. Production builds leave them out. */
	includeDrafts?: boolean;
	/** Articles read by earlier builds (src/content/article-store.ts); default: this process's own store */
	store?: ArticleStore;
	/** Identifies the code that reads articles, for a store kept between processes (src/build/) */
	codeVersion?: string;
	/** Files known not to have changed since the store last looked at them, reused without a `stat`: in
	 *  `npm start` Eleventy's watcher names the files that changed (src/plugins/content.ts). */
	unchanged?: (path: string) => boolean;
	/** Look at the files (`stat`) on a second thread ahead of reading them (src/content/stat-ahead.ts). Default: for
	 *  LOOK_AHEAD_MIN files or more, unless the caller knows which files changed. */
	lookAhead?: boolean;
}

export interface ArchiveResult {
	archive?: Archive;
	problems: Problem[];
	/** How many article files were read (also when there were errors) */
	files: number;
	/** Of those, how many the second thread had already looked at (src/content/stat-ahead.ts), for tests */
	lookedAhead?: number;
}

/** Reads and validates everything; never throws for content problems, it returns them all. */
export function buildArchive(options: ArchiveOptions): ArchiveResult {
	const problems = new ProblemList();
	const data = loadSiteData(options.root, problems);
	const files = listArticleFiles(options.root, problems);
	if (!data) return { problems: problems.items, files: files.length };

	const now = siteNow(data.site.timezone, options.now);
	const all: Article[] = [];
	const store = options.store ?? processStore;
	const paths = files.map((file) => join(options.root, file));
	// Started before the store begins: a store opened from the build cache restores its entries in `begin`
	// (seconds at 100,000 articles), while the second thread looks at the files.
	const ahead = (options.lookAhead ?? (!options.unchanged && files.length >= LOOK_AHEAD_MIN)) ? new LookAhead(paths) : undefined;
	store.begin(
		createHash("sha256")
			.update(`${options.codeVersion ?? ""}\0${JSON.stringify(data)}`)
			.digest("hex"),
		data,
	);
	for (const [index, file] of files.entries()) {
		const path = paths[index]!;
		const read = (source: string, version: string) => {
			const own = new ProblemList();
			const article = readArticle(file, source, data, own, options.root, version);
			problems.addAll(own.items);
			return { article, warnings: own.items };
		};
		let article: Article | undefined;
		try {
			article = store.get(
				path,
				read,
				(warnings) => problems.addAll(warnings),
				options.unchanged?.(path),
				ahead && ((path) => ahead.look(index, path)),
			);
		} catch (error) {
			problems.error(file, `the file could not be read (${fileErrorReason(error)}); ${FILE_ERROR_FIX}`);
		}
		if (article) all.push(article);
	}
	ahead?.close();
	store.keepOnly(paths);
	const pages = readNewsroomPages(options.root, data, problems);
	checkNewsroomLinks(data, pages, ["/", correctionsUrl, searchUrl()], problems);
	checkCollisions(all, data, options.root, problems, pages);
	checkReplies(all, data, problems);
	const analytics = readAnalytics(options.root, problems);
	if (problems.hasErrors) return { problems: problems.items, files: files.length, lookedAhead: ahead?.answered };

	let embargoed = 0;
	let draftsHidden = 0;
	const articles = all
		.map((article) => holdFutureWithdrawal(holdFutureCorrections(article, now, data, problems), now, problems))
		.filter((article) => {
			if (article.date > now) {
				embargoed++;
				// Said on every build, so a mistyped year (2108) cannot hold a story back unnoticed.
				if (!article.draft) {
					const when = article.date.toFormat("yyyy-MM-dd HH:mm");
					problems.warn(article.file, `${when} is in the future: the article is held back until the first build after that time`, "date");
				}
				return false;
			}
			if (article.draft && !options.includeDrafts) {
				draftsHidden++;
				return false;
			}
			return true;
		});
	// Newest first; the file path breaks ties so the order is the same on every machine and run.
	articles.sort((a, b) => b.date.toMillis() - a.date.toMillis() || (a.file < b.file ? -1 : 1));
	// A withdrawn story leaves every listing, feed, sitemap and the search index; only its page remains.
	const linked = linkStories(articles, data);
	const listed = linked.filter((article) => !article.withdrawn);
	const withdrawn = linked
		.filter((article) => article.withdrawn)
		.map((article) => changedAt({ ...article }, article.withdrawn!.date, data))
		.sort((a, b) => b.withdrawn!.date.toMillis() - a.withdrawn!.date.toMillis() || (a.file < b.file ? -1 : 1));
	const popular = analytics
		? rankPopular(
				analytics,
				listed.filter((a) => !a.draft),
				sitePages(data, pages, withdrawn),
				problems,
			)
		: [];
	return {
		archive: { data, now, articles: listed, withdrawn, embargoed, draftsHidden, pages, popular },
		problems: problems.items,
		files: files.length,
		lookedAhead: ahead?.answered,
	};
}

/** Whether a path from an analytics export is one of the site's pages other than a listed story (home, listings,
 *  feeds, the newsroom's pages, a withdrawn story's notice), also under a path prefix ("/berita/tag/x/"): those
 *  rows are expected, and not counted. */
function sitePages(data: SiteData, pages: readonly NewsroomPage[], withdrawn: readonly Article[]): (path: string) => boolean {
	const reserved = reservedAddresses(data.site);
	const own = new Set([...pages.map((p) => p.url), ...withdrawn.map((a) => a.url)]);
	const matches = (path: string) =>
		own.has(path) || reserved.some((r) => r.url === path || r.pattern?.test(path) || (r.folder && path.startsWith(r.folder)));
	return (path) => {
		if (matches(path)) return true;
		// Without the last "/": "/x/" less its prefix is not the home page.
		for (let at = path.indexOf("/", 1); at > 0 && at < path.length - 1; at = path.indexOf("/", at + 1))
			if (matches(path.slice(at))) return true;
		return false;
	};
}

// Files that look like articles but are not read; warned about so a story is never dropped silently.
const NEAR_MISS = /\.(md|markdown|mdown|mkd|txt|text|docx?|odt|rtf)$/i;

/**
 * All markdown files under articles/, as sorted root-relative paths with forward slashes. Hidden files and
 * folders (".git", editors' ".x.md.swp") are skipped; text files with another extension are warned about.
 * Links to folders are not followed (two links can make an endless loop, or list a folder twice), with a
 * warning naming them; a link to a file is read as that file. Folders that cannot be read, and links that lead
 * nowhere, are problems naming them, never a crash.
 */
export function listArticleFiles(root: string, problems?: ProblemList): string[] {
	if (!existsSync(join(root, "articles"))) {
		problems?.warn("articles/", "there is no articles/ folder, so the site has no articles");
		return [];
	}
	const files: string[] = [];
	const walk = (folder: string) => {
		let entries: Dirent[];
		try {
			entries = readdirSync(join(root, folder), { withFileTypes: true });
		} catch (error) {
			problems?.error(`${folder}/`, `the folder could not be read (${fileErrorReason(error)}); ${FILE_ERROR_FIX}`);
			return;
		}
		for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
			const name = entry.name;
			if (name.startsWith(".")) continue;
			const path = `${folder}/${name}`;
			let isFolder = entry.isDirectory();
			if (entry.isSymbolicLink()) {
				let target: Stats | undefined;
				try {
					target = statSync(join(root, path));
				} catch (error) {
					if (name.endsWith(".md")) {
						const to = readlinkSync(join(root, path));
						problems?.error(
							path,
							`is a link to "${to}", which cannot be read (${fileErrorReason(error)}); point the link at an existing article, or delete it`,
						);
					}
					continue;
				}
				if (target.isDirectory()) {
					problems?.warn(path, `is a link to a folder, which Warta does not follow (links can loop or list a folder twice); ${LINK_FIX}`);
					continue;
				}
				isFolder = false;
			}
			if (isFolder) walk(path);
			else if (name.endsWith(".md")) files.push(path);
			else if (NEAR_MISS.test(name)) {
				problems?.warn(path, 'is not read: only files ending in ".md" are articles; save it as markdown with a .md name');
			}
		}
	};
	walk("articles");
	return files.sort();
}

const LINK_FIX = "move the folder itself into articles/, or link each article file";
const FILE_ERROR_FIX = "check that the file exists and that the user running Warta may read it";

// `npm start` rebuilds the archive on every save: the articles of the last build are reused when their file
// and the data files are unchanged, so a save costs a stat per file, not a parse of every file.
const processStore = new ArticleStore();
