// schema.org JSON-LD for search engines and aggregators (developers.google.com/search/docs/appearance/
// structured-data/article): the article's type per jenis (NewsArticle, OpinionNewsArticle, …), a ClaimReview on
// fact checks, and a BreadcrumbList on articles; WebSite + NewsMediaOrganization on the
// home page. Built as plain objects and serialized with JSON.stringify, never from string templates.
import { toJson } from "../site/json.ts";
import type { Jenis, SiteConfig, Strings } from "../content/schema.ts";
import type { Article, Newsroom } from "../content/types.ts";
import type { SocialImage } from "../images/lead.ts";
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

/**
 * The schema.org type of each jenis (schema.org/NewsArticle lists the subtypes). A wawancara is first-hand
 * reporting — the newsroom's own questions and the answers it heard — which is what ReportageNewsArticle means
 * ("the result of journalistic news reporting conventions"); schema.org has no interview type, and the plain
 * NewsArticle would say less. An advertorial is paid content, not news: AdvertiserContentArticle is a subtype of
 * Article, not of NewsArticle, on purpose. A fact check stays a NewsArticle; its verdict is a ClaimReview beside it.
 */
export const JSONLD_TYPES: Record<Jenis, string> = {
	berita: "NewsArticle",
	opini: "OpinionNewsArticle",
	analisis: "AnalysisNewsArticle",
	wawancara: "ReportageNewsArticle",
	"cek-fakta": "NewsArticle",
	advertorial: "AdvertiserContentArticle",
};

const person = (site: SiteConfig) => (author: Article["authors"][number]) => ({
	"@type": "Person",
	name: author.name,
	url: absoluteUrl(site.base, author.url),
});

/** `social`: the lead photo as encoded for social cards (1200 px wide, src/images/lead.ts), when known. */
export function newsArticle(article: Article, site: SiteConfig, social?: SocialImage): JsonLd {
	const url = absoluteUrl(site.base, article.url);
	// A withdrawn story keeps only what identifies it: no summary, photo or keywords (src/content/replies.ts).
	const withdrawn = article.withdrawn;
	const image = withdrawn ? undefined : article.image;
	const picture = image && (social ?? { url: image.src, width: image.width, height: image.height });
	return {
		"@type": JSONLD_TYPES[article.jenis],
		"@id": `${url}#article`,
		headline: article.title,
		description: withdrawn ? withdrawn.reason : article.summary,
		...(withdrawn ? { creativeWorkStatus: "Withdrawn" } : {}),
		url,
		mainEntityOfPage: { "@type": "WebPage", "@id": url },
		datePublished: rfc3339(article.date),
		dateModified: rfc3339(article.updated ?? article.date),
		// One Person per author, name only, linked to the author's page.
		author: article.authors.map(person(site)),
		...(article.editors.length ? { editor: article.editors.map(person(site)) } : {}),
		// Wire or press-release copy: the work this text derives from (isBasedOn). Not sourceOrganization, which
		// names the organization the author worked for, and would make the agency our reporter's employer.
		...(article.source ? { isBasedOn: { "@type": "CreativeWork", name: article.source } } : {}),
		publisher: organization(site),
		...(image
			? {
					image: [
						{
							"@type": "ImageObject",
							url: absoluteUrl(site.base, picture!.url),
							...(picture!.width && picture!.height ? { width: picture!.width, height: picture!.height } : {}),
							...(image.caption ? { caption: image.caption } : {}),
							// The credit as printed under the photo; who holds the copyright is not known from it.
							...(image.credit ? { creditText: image.credit } : {}),
						},
					],
				}
			: {}),
		articleSection: article.rubric.name,
		...(article.tags.length && !withdrawn ? { keywords: article.tags.map((tag) => tag.name) } : {}),
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

/**
 * A fact check's verdict (developers.google.com/search/docs/appearance/structured-data/factcheck): the claim,
 * who made it and where, and the newsroom's rating in its own words (alternateName; no numeric scale is implied).
 */
export function claimReview(article: Article, site: SiteConfig): JsonLd | undefined {
	const review = article.claimReview;
	if (!review || article.withdrawn) return undefined;
	const url = absoluteUrl(site.base, article.url);
	const claim: JsonLd = {
		"@type": "Claim",
		...(review.claimant ? { author: { "@type": "Person", name: review.claimant } } : {}),
		...(review.claimDate ? { datePublished: review.claimDate.iso } : {}),
		...(review.appearance ? { appearance: { "@type": "CreativeWork", url: review.appearance } } : {}),
	};
	return {
		"@type": "ClaimReview",
		"@id": `${url}#claimreview`,
		url,
		claimReviewed: review.claim,
		itemReviewed: claim,
		reviewRating: { "@type": "Rating", alternateName: review.rating },
		author: { "@id": organizationId(site) },
		datePublished: rfc3339(article.date),
		isPartOf: { "@id": `${url}#article` },
	};
}

export function articleGraph(article: Article, site: SiteConfig, strings: Strings, social?: SocialImage): JsonLd {
	const review = claimReview(article, site);
	return {
		"@context": CONTEXT,
		"@graph": [newsArticle(article, site, social), ...(review ? [review] : []), breadcrumbs(article, site, strings)],
	};
}

/** The home page's graph: the site and its publisher in full, with the newsroom's masthead and policies
 *  (_data/newsroom.json) when there is one. Articles carry the short publisher (`organization`). */
export function homeGraph(site: SiteConfig, newsroom?: Newsroom): JsonLd {
	return { "@context": CONTEXT, "@graph": [website(site), newsroom ? newsMediaOrganization(site, newsroom) : organization(site)] };
}

/** NewsMediaOrganization with what the Dewan Pers and schema.org ask a publisher to state: legal name, address,
 *  contact, and the pages of its publishing principles, corrections and ethics policies and masthead. */
export function newsMediaOrganization(site: SiteConfig, newsroom: Newsroom): JsonLd {
	const page = (path: string | undefined) => (path ? absoluteUrl(site.base, path) : undefined);
	const { address, contact } = newsroom;
	const entries: [string, unknown][] = [
		["legalName", newsroom.legalName],
		[
			"address",
			address && {
				"@type": "PostalAddress",
				streetAddress: address.street,
				addressLocality: address.locality,
				addressRegion: address.region,
				postalCode: address.postalCode,
				addressCountry: address.country,
			},
		],
		[
			"contactPoint",
			contact && (contact.email || contact.telephone)
				? {
						"@type": "ContactPoint",
						contactType: "newsroom",
						email: contact.email,
						telephone: contact.telephone,
						url: page(newsroom.masthead),
					}
				: undefined,
		],
		["email", contact?.email],
		["telephone", contact?.telephone],
		["publishingPrinciples", page(newsroom.publishingPrinciples)],
		["correctionsPolicy", page(newsroom.correctionsPolicy)],
		["ethicsPolicy", page(newsroom.ethicsPolicy)],
		["masthead", page(newsroom.masthead)],
	];
	const extra = Object.fromEntries(entries.filter(([, value]) => value !== undefined).map(([k, v]) => [k, dropUndefined(v)]));
	return { ...organization(site), ...extra };
}

function dropUndefined(value: unknown): unknown {
	if (!value || typeof value !== "object") return value;
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

/**
 * JSON for a <script type="application/ld+json"> element. "<" becomes \u003c (still the same JSON string),
 * so a headline such as "</script><script>…" cannot close the element or open a comment.
 */
export function serializeJsonLd(value: unknown): string {
	return toJson(value);
}
