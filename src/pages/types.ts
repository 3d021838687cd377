// What Eleventy hands a Warta page template (src/pages/*.11ty.ts): global data from the content plugin
// plus Eleventy's own `page` and the template's pagination alias.
import type { RenderPlan } from "../views/render-plan.ts";
import type { Views } from "../views/views.ts";
import type { LeadImage } from "../images/lead.ts";
import type { ImageService } from "../images/service.ts";
import type { SiteConfig } from "../content/schema.ts";
import type { Archive, Article, SiteData } from "../content/types.ts";

export interface PageData extends Omit<SiteData, "site"> {
	/** _data/site.json plus the build's address: `site.base` for absolute URLs (src/site/address.ts) */
	site: SiteConfig;
	archive: Archive;
	/** Listings, front page, indeks and per-article extras (src/views/views.ts) */
	views: Views;
	page: { url: string; outputPath: string | false };
	assets: { css: string; js: string };
	renderPlan: RenderPlan;
	/** The CMS at /admin/ (src/plugins/cms.ts): where its local proxy answers */
	cms: { proxyUrl: string };
	/** Responsive photos (src/plugins/images.ts) */
	images: ImageService;
	article?: Article;
	/** On article pages with a photo: its <picture> and social-card image (src/images/lead.ts) */
	leadImage?: LeadImage;
}

/** `this` inside a JavaScript template: universal filters are methods (https://www.11ty.dev/docs/languages/javascript/#filters). */
export interface TemplateContext {
	transformWithHtmlBase(html: string, base: string, pageUrl?: string): Promise<string>;
}
