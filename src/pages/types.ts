// What Eleventy hands a Warta page template (src/pages/*.11ty.ts): global data from the content plugin
// plus Eleventy's own `page` and the template's pagination alias.
import type { RenderPlan } from "../content/render-plan.ts";
import type { Newsroom } from "../content/newsroom.ts";
import type { Archive, Article, SiteData } from "../content/types.ts";

export interface PageData extends SiteData {
	warta: Archive;
	/** Listings, front page, indeks and per-article extras (src/content/newsroom.ts) */
	views: Newsroom;
	page: { url: string; outputPath: string | false };
	assets: { css: string };
	renderPlan: RenderPlan;
	article?: Article;
}

/** `this` inside a JavaScript template: universal filters are methods (https://www.11ty.dev/docs/languages/javascript/#filters). */
export interface TemplateContext {
	transformWithHtmlBase(html: string, base: string, pageUrl?: string): Promise<string>;
}
