// One Eleventy template for every article page: pagination over the archive, one page per article.
// https://www.11ty.dev/docs/pagination/ — this is the design that builds 100,000 articles (docs/performance.md#why-articles-are-one-paginated-template).
import { renderArticleBody } from "../markdown/article.ts";
import type { ArticleView } from "../views/views.ts";
import { articleVersion } from "../views/render-plan.ts";
import { unchangedArticlePages } from "../views/impact.ts";
import type { Article, PopularStory } from "../content/types.ts";
import { responsiveBody } from "../images/body.ts";
import { leadImage } from "../images/lead.ts";
import type { PageData } from "./types.ts";
import { absoluteUrl } from "../site/address.ts";
import { shareLinks } from "../seo/share.ts";
import { latestFrameUrl } from "../site/urls.ts";

/** Everything an article page shows that can change when articles are saved: the article itself (whose
 *  version names the stories its hak jawab notices link to, src/content/replies.ts), the stories it links to
 *  ("Baca juga", previous/next in its rubric, "Terpopuler") and its tags' shown spelling, which is the one most
 *  articles use (src/views/groups.ts), so another story can change it. The analytics export that ranks
 *  "Terpopuler" is in the build fingerprint (src/build/fingerprint.ts). */
export function articleSignature(article: Article, view: ArticleView, popular: readonly PopularStory[] = []): string {
	const stories = [article, ...view.related, view.newer, view.older].map(articleVersion);
	return JSON.stringify([stories, view.tags.map((tag) => tag.name), popular.map((p) => articleVersion(p.article))]);
}

export const data = {
	pagination: {
		data: "archive.articles",
		size: 1,
		alias: "article",
		// https://www.11ty.dev/docs/pagination/#the-before-callback
		// Withdrawn stories keep their page (a notice, src/content/replies.ts) though no listing has them.
		// Only the pages a change can reach are signed again (src/views/impact.ts).
		before: (articles: Article[], data: PageData) =>
			data.renderPlan.select(
				data.archive.withdrawn.length ? [...articles, ...data.archive.withdrawn] : articles,
				(a) => a.url,
				(a) => articleSignature(a, data.views.article(a), data.archive.popular),
				unchangedArticlePages(data.renderPlan, data.views.snapshot()),
			),
	},
	permalink: (data: PageData) => data.article!.url,
	layout: "layouts/article.njk",
	eleventyExcludeFromCollections: true,
	eleventyComputed: {
		// The lead photo's <picture> and its social-card image (src/images/lead.ts).
		// None on a withdrawn story's page: the photo goes with the text.
		leadImage: (data: PageData) => (data.article!.withdrawn ? undefined : leadImage(data.article!, data.images, data.site.base)),
		// The story's absolute address (with the path prefix), for the share links and the copy-link button.
		shareUrl: (data: PageData) => absoluteUrl(data.site.base, data.article!.url),
		latestFrame: () => latestFrameUrl,
		share: (data: PageData) => shareLinks(absoluteUrl(data.site.base, data.article!.url), data.article!.title, data.strings.shareEmail),
	},
};

export function render(data: PageData): Promise<string> | string {
	// A withdrawn story's text is gone from its page; the layout prints the notice instead.
	if (data.article!.withdrawn) return "";
	return responsiveBody(renderArticleBody(data.article!, data.site.locale), data.article!, data.images);
}
