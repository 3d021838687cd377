// Everything the <head> partial prints, computed in one place: title, description, canonical URL, robots,
// Open Graph (https://ogp.me/), Twitter cards, feed discovery links and JSON-LD. The partial
// (_includes/partials/head.njk) only prints these values.
import type { SiteConfig, Strings } from "../content/schema.ts";
import type { Article } from "../content/types.ts";
import { absoluteUrl } from "../site/urls.ts";
import { siteFeedLinks, type FeedLink } from "../feeds/catalog.ts";
import { mediaType } from "../feeds/media.ts";
import { rfc3339 } from "../time/dates.ts";
import { articleGraph, homeGraph, serializeJsonLd } from "./jsonld.ts";
import type { Newsroom } from "../content/types.ts";
import type { SocialImage } from "../images/lead.ts";

/** What a page hands the head partial; listing pages set `title`, `description` and `feeds` in their data. */
export interface HeadInput {
	/** The page's site path (Eleventy's page.url) */
	url: string;
	article?: Article;
	/** The article's lead photo as encoded for social cards (src/images/lead.ts `leadImage.social`: 1200 px wide);
	 *  og:image and the JSON-LD image point at it rather than at the source file, which may be any size. */
	image?: SocialImage;
	title?: string;
	description?: string;
	/** Feeds that belong to this page (a rubric's, an author's), advertised after the site feeds */
	feeds?: FeedLink[];
	/** Keep the page out of search results (404, previews; drafts and withdrawn stories always are) */
	noindex?: boolean;
}

export interface MetaTag {
	name?: string;
	property?: string;
	content: string;
}

export interface HeadMeta {
	title: string;
	description: string;
	canonical: string;
	robots: string;
	meta: MetaTag[];
	feeds: FeedLink[];
	/** Serialized JSON-LD, safe to print unescaped inside <script type="application/ld+json"> */
	jsonLd?: string;
}

const OG_LOCALES: Record<string, string> = { id: "id_ID", en: "en_US" };

// What is the same on every page of a build, computed once per site object: in a build of 100,000 pages
// the site data reaches the filter through Eleventy's data proxy, where every property read costs.
const perSite = new WeakMap<object, { feeds: FeedLink[]; locale: string }>();
function siteWide(site: SiteConfig, strings: Strings) {
	let cached = perSite.get(site);
	if (!cached) {
		cached = { feeds: siteFeedLinks({ site, strings }), locale: OG_LOCALES[site.language] ?? site.language };
		perSite.set(site, cached);
	}
	return cached;
}

/** `newsroom`: _data/newsroom.json, for the publisher's JSON-LD on the home page (src/seo/jsonld.ts). */
export function headMeta(input: HeadInput, site: SiteConfig, strings: Strings, newsroom?: Newsroom): HeadMeta {
	const { article } = input;
	const shared = siteWide(site, strings);
	const pageTitle = article?.title ?? input.title;
	// A withdrawn story's page says why it was withdrawn, shows no photo, and leaves search results.
	const withdrawn = article?.withdrawn;
	const description = withdrawn
		? `${strings.withdrawnTitle}. ${strings.withdrawnReason}: ${withdrawn.reason}`
		: (article?.summary ?? input.description ?? site.description);
	const canonical = absoluteUrl(site.base, input.url);
	const isHome = input.url === "/";
	const property = (name: string, content: string | number | undefined): MetaTag[] =>
		content === undefined || content === "" ? [] : [{ property: name, content: String(content) }];
	const named = (name: string, content: string | undefined): MetaTag[] => (content ? [{ name, content }] : []);

	const meta: MetaTag[] = [
		...property("og:site_name", site.title),
		...property("og:locale", shared.locale),
		...property("og:type", article ? "article" : "website"),
		...property("og:title", pageTitle ?? site.title),
		...property("og:description", description),
		...property("og:url", canonical),
	];
	// The lead photo, else the site's square icon, so every shared link has a picture.
	const photo = withdrawn ? undefined : article?.image;
	const social = photo && input.image;
	const image = social
		? { src: social.url, type: social.type, width: social.width, height: social.height, alt: photo.alt }
		: photo
			? { src: photo.src, type: undefined, width: photo.width, height: photo.height, alt: photo.alt }
			: site.icon && { src: site.icon.src, type: undefined, width: site.icon.width, height: site.icon.height, alt: site.title };
	if (image) {
		meta.push(
			...property("og:image", absoluteUrl(site.base, image.src)),
			...property("og:image:type", image.type ?? mediaType(image.src)),
			...property("og:image:width", image.width),
			...property("og:image:height", image.height),
			...property("og:image:alt", image.alt),
		);
	}
	if (article) {
		meta.push(
			...property("article:published_time", rfc3339(article.date)),
			...property("article:modified_time", rfc3339(article.updated ?? article.date)),
			...property("article:section", article.rubric.name),
			...article.authors.flatMap((author) => property("article:author", absoluteUrl(site.base, author.url))),
			...article.tags.flatMap((tag) => property("article:tag", tag.name)),
		);
	}
	// Twitter/X reads title, description and image from Open Graph; only the card type and the image's
	// alt text need their own tags. A large card needs a wide photo; the square icon gets the small card.
	meta.push(...named("twitter:card", photo ? "summary_large_image" : "summary"), ...named("twitter:image:alt", image?.alt));

	const jsonLd = article ? articleGraph(article, site, strings, social) : isHome ? homeGraph(site, newsroom) : undefined;
	return {
		title: pageTitle ? `${pageTitle} – ${site.title}` : site.title,
		description,
		canonical,
		// Large previews in Google Discover and search (developers.google.com/search/docs/crawling-indexing/robots-meta-tag).
		robots: input.noindex || article?.draft || withdrawn ? "noindex" : "index, follow, max-image-preview:large",
		meta,
		feeds: [...shared.feeds, ...(input.feeds ?? [])],
		jsonLd: jsonLd && serializeJsonLd(jsonLd),
	};
}
