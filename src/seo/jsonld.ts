// schema.org JSON-LD for search engines and aggregators (developers.google.com/search/docs/appearance/
// structured-data/article): NewsArticle + BreadcrumbList on articles, WebSite + NewsMediaOrganization on the
// home page. Built as plain objects and serialized with JSON.stringify, never from string templates.
import { toJson } from "../site/json.ts";
import type { SiteConfig, Strings } from "../content/schema.ts";
import type { Article } from "../content/types.ts";
import { absoluteUrl } from "../site/urls.ts";
import { rfc3339 } from "../time/dates.ts";

type JsonLd = Record<string, unknown>;
const CONTEXT = "https://schema.org";

const organizationId = (site: SiteConfig) => absoluteUrl(site.base, "/#organization");
const websiteId = (site: SiteConfig) => absoluteUrl(site.base, "/#website");

// The publisher is the same object on every article of a build: made once per site object.
const organizations = new WeakMap<SiteConfig, JsonLd>();

/** The publisher. Google wants a logo of at least 112 × 112 px: the square icon, else the feed logo. */
export function organization(site: SiteConfig): JsonLd {
	let made = organizations.get(site);
	if (!made) {
		made = makeOrganization(site);
		organizations.set(site, made);
	}
	return made;
}

function makeOrganization(site: SiteConfig): JsonLd {
	const logo = site.icon ?? site.logo;
	return {
		"@type": "NewsMediaOrganization",
		"@id": organizationId(site),
		name: site.title,
		url: absoluteUrl(site.base, "/"),
		...(logo ? { logo: { "@type": "ImageObject", url: absoluteUrl(site.base, logo.src), width: logo.width, height: logo.height } } : {}),
	};
}

export function website(site: SiteConfig): JsonLd {
	return {
		"@type": "WebSite",
		"@id": websiteId(site),
		url: absoluteUrl(site.base, "/"),
		name: site.title,
		description: site.description,
		inLanguage: site.language,
		publisher: { "@id": organizationId(site) },
	};
}

export function newsArticle(article: Article, site: SiteConfig): JsonLd {
	const url = absoluteUrl(site.base, article.url);
	const image = article.image;
	return {
		"@type": "NewsArticle",
		"@id": `${url}#article`,
		headline: article.title,
		description: article.summary,
		url,
		mainEntityOfPage: { "@type": "WebPage", "@id": url },
		datePublished: rfc3339(article.date),
		dateModified: rfc3339(article.updated ?? article.date),
		// One Person per author, name only, linked to the author's page.
		author: article.authors.map((author) => ({ "@type": "Person", name: author.name, url: absoluteUrl(site.base, author.url) })),
		publisher: organization(site),
		...(image
			? {
					image: [
						{
							"@type": "ImageObject",
							url: absoluteUrl(site.base, image.src),
							...(image.width && image.height ? { width: image.width, height: image.height } : {}),
							...(image.caption ? { caption: image.caption } : {}),
						},
					],
				}
			: {}),
		articleSection: article.rubric.name,
		...(article.tags.length ? { keywords: article.tags.map((tag) => tag.name) } : {}),
		inLanguage: site.language,
		...(article.dateline ? { dateline: article.dateline } : {}),
		isAccessibleForFree: true,
		...(article.corrections.length
			? {
					correction: article.corrections.map((c) => ({ "@type": "CorrectionComment", text: c.text, datePublished: rfc3339(c.date) })),
				}
			: {}),
	};
}

/** Beranda › rubric › article. */
export function breadcrumbs(article: Article, site: SiteConfig, strings: Strings): JsonLd {
	const trail = [
		{ name: strings.breadcrumbHome, url: "/" },
		{ name: article.rubric.name, url: article.rubric.url },
		{ name: article.title, url: article.url },
	];
	return {
		"@type": "BreadcrumbList",
		itemListElement: trail.map((crumb, i) => ({
			"@type": "ListItem",
			position: i + 1,
			name: crumb.name,
			item: absoluteUrl(site.base, crumb.url),
		})),
	};
}

export function articleGraph(article: Article, site: SiteConfig, strings: Strings): JsonLd {
	return { "@context": CONTEXT, "@graph": [newsArticle(article, site), breadcrumbs(article, site, strings)] };
}

export function homeGraph(site: SiteConfig): JsonLd {
	return { "@context": CONTEXT, "@graph": [website(site), organization(site)] };
}

/**
 * JSON for a <script type="application/ld+json"> element. "<" becomes \u003c (still the same JSON string),
 * so a headline such as "</script><script>…" cannot close the element or open a comment.
 */
export function serializeJsonLd(value: unknown): string {
	return toJson(value);
}
