// Two things that would write the same file must stop the build, naming both, instead of one silently
// replacing the other: two articles with one URL, or an article over a page Warta itself makes.
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { ProblemList } from "../problems.ts";
import type { Article, SiteData } from "../types.ts";
import { authorUrl, rubricUrl, indeksUrl, searchUrl, tagUrl } from "../../site/urls.ts";

const ARTICLE_SHAPE = /^\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+\/$/;

/** The file a URL is written to: "/a/" and "/a/index.html" are one file. */
const outputFile = (url: string) => (url.endsWith("/") ? `${url}index.html` : url);
/** Disks on macOS and Windows ignore case, so "/A/" and "/a/" would overwrite each other there. */
const outputKey = (url: string) => outputFile(url).toLowerCase();

export function checkCollisions(articles: Article[], data: SiteData, root: string, problems: ProblemList): void {
	const own = new Map<string, string>([
		[outputKey("/"), "the home page"],
		[outputKey("/404.html"), "the not-found page"],
		[outputKey(data.site.feed.path), "the RSS feed"],
		[outputKey(searchUrl()), "the search page"],
	]);
	// "/kategori/x/" → "/kategori/": the sections whose pages Warta writes itself.
	const section = (url: (key: string) => string) => url("x").replace(/x\/$/, "");
	// /js/: the search script; /pagefind/: the search index; /media/img/: encoded photos (src/images/).
	const sections = [section(rubricUrl), section(tagUrl), section(authorUrl), indeksUrl(), "/css/", "/js/", "/pagefind/", "/media/img/"];

	const byUrl = new Map<string, Article>();
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
		const page = own.get(key);
		const inside = sections.find((prefix) => key.startsWith(prefix));
		const field = "permalink";
		if (page) {
			problems.error(article.file, `${article.url} is ${page}'s address; choose another permalink`, field);
		} else if (inside) {
			problems.error(article.file, `${article.url} is inside ${inside}, where Warta makes its own pages; choose another permalink`, field);
		} else if (existsSync(join(root, "public", outputFile(article.url)))) {
			problems.error(
				article.file,
				`${article.url} is the address of the file public${outputFile(article.url)}; choose another permalink`,
				field,
			);
		}
	}
}
