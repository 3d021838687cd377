// Two things that would write the same file must stop the build, naming both, instead of one silently
// replacing the other: two articles with one URL, or an article on, inside or above a file Warta itself writes
// (the one list in src/site/reserved.ts) or a file from public/. "Above" is a permalink that would need a
// folder where there is a file ("/feed.xml/" → feed.xml/index.html): Eleventy fails on it with ENOTDIR.
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import type { ProblemList } from "../problems.ts";
import type { Article, NewsroomPage, SiteData } from "../types.ts";
import { reservedAddresses } from "../../site/reserved.ts";

const ARTICLE_SHAPE = /^\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+\/$/;

/** The file a URL is written to: "/a/" and "/a/index.html" are one file. */
const outputFile = (url: string) => (url.endsWith("/") ? `${url}index.html` : url);
/** Disks on macOS and Windows ignore case, so "/A/" and "/a/" would overwrite each other there. */
const outputKey = (url: string) => outputFile(url).toLowerCase();
/** The folders a file is written in, innermost first, without their trailing "/": "/a/b/c.html" → "/a/b", "/a" */
const folders = (file: string) => {
	const parts = file.split("/").slice(1, -1);
	return parts.map((_, i) => `/${parts.slice(0, parts.length - i).join("/")}`);
};

/** Something published at a URL from a file: an article, or a newsroom page (halaman/, src/content/pages.ts). */
type Published = Pick<Article, "file" | "url">;

export function checkCollisions(
	storyList: Article[],
	data: SiteData,
	root: string,
	problems: ProblemList,
	pages: readonly NewsroomPage[] = [],
): void {
	const articles: Published[] = [...storyList, ...pages];
	const reserved = reservedAddresses(data.site);
	const own = new Map(reserved.filter((r) => r.url).map((r) => [outputKey(r.url!), r]));
	const patterns = reserved.filter((r) => r.pattern);
	const sections = reserved.filter((r) => r.folder);
	const ownFile = (key: string) => own.get(key) ?? patterns.find((r) => r.pattern!.test(key));

	const byUrl = new Map<string, Published>();
	const permalinks: [string, Published][] = [];
	for (const article of articles) {
		const key = outputKey(article.url);
		const other = byUrl.get(key);
		if (other) {
			const same = other.url === article.url ? "the same URL as" : `the same file as ${other.url} of`;
			problems.error(
				article.file,
				`publishes to ${article.url}, ${same} ${other.file}; give one of them another \`slug\` or \`permalink\``,
			);
			continue;
		}
		byUrl.set(key, article);
		// Only a permalink can leave the /YYYY/MM/DD/slug/ space (urls.ts articleUrl), so only those need the checks below.
		if (ARTICLE_SHAPE.test(article.url)) continue;
		const field = "permalink";
		const page = ownFile(key);
		const inside = sections.find((r) => key.startsWith(r.folder!));
		const ownAbove = folders(key)
			.map((folder) => ({ folder, page: ownFile(folder) }))
			.find((f) => f.page);
		const publicAbove = folders(outputFile(article.url)).find((folder) => isFile(join(root, "public", folder)));
		if (page) {
			problems.error(article.file, `${article.url} is ${page.what}'s address; choose another permalink`, field);
		} else if (inside) {
			problems.error(
				article.file,
				`${article.url} is inside ${inside.folder}, where Warta makes its own pages (${inside.what}); choose another permalink`,
				field,
			);
		} else if (ownAbove) {
			problems.error(
				article.file,
				`${article.url} would need a folder ${ownAbove.folder}/ where ${ownAbove.page!.what} is a file; choose another permalink`,
				field,
			);
		} else if (existsSync(join(root, "public", outputFile(article.url)))) {
			problems.error(
				article.file,
				`${article.url} is the address of the file public${outputFile(article.url)}; choose another permalink`,
				field,
			);
		} else if (publicAbove) {
			problems.error(
				article.file,
				`${article.url} would need a folder ${publicAbove}/ where public${publicAbove} is a file; choose another permalink`,
				field,
			);
		} else {
			permalinks.push([key, article]);
		}
	}
	// A permalink above another article's file ("/x.html/" over "/x.html"), once every article's file is known.
	for (const [key, article] of permalinks) {
		const folder = folders(key).find((f) => byUrl.has(f));
		if (folder) {
			problems.error(
				article.file,
				`${article.url} would need a folder ${folder}/ where the article ${byUrl.get(folder)!.file} is a file; choose another permalink`,
				"permalink",
			);
		}
	}
}

function isFile(path: string): boolean {
	try {
		return statSync(path).isFile();
	} catch {
		return false;
	}
}
