// The shapes the rest of Warta works with once content has been read and validated.
import type { DateTime } from "luxon";
import type { FormattedDate } from "../time/dates.ts";
import type { AuthorData, Jenis, NewsroomData, RubricData, Navigation, SiteConfig, Strings } from "./schema.ts";

/** _data/newsroom.json, validated: the publisher (Redaksi page, NewsMediaOrganization JSON-LD). */
export type Newsroom = NewsroomData;

export interface Author extends AuthorData {
	key: string;
	/** The author's page: "/penulis/andi/" */
	url: string;
}

export interface Rubric extends RubricData {
	key: string;
	slug: string;
	/** The rubric's page: "/kategori/pemerintahan/" */
	url: string;
}

export interface Tag {
	/** As first written by an author: "Pemkab Serang" */
	name: string;
	/** Normalised: "pemkab-serang"; case, accent and spacing variants share it */
	slug: string;
	/** The tag's page: "/tag/pemkab-serang/" */
	url: string;
}

export interface ArticleImage {
	src: string;
	alt: string;
	caption?: string;
	credit?: string;
	width?: number;
	height?: number;
}

/** A dated correction ("Ralat") printed on the article. */
export interface Correction {
	date: DateTime;
	when: FormattedDate;
	text: string;
}

/** A fact check's verdict on one claim (schema.org ClaimReview), as shown on the page. */
export interface ClaimReview {
	claim: string;
	rating: string;
	claimant?: string;
	/** When the claim appeared, in the site zone */
	claimDate?: FormattedDate;
	appearance?: string;
}

/** Pencabutan: the story's page stays, with this notice instead of its text (docs/authoring.md#withdrawal-pencabutan). */
export interface Withdrawal {
	date: DateTime;
	when: FormattedDate;
	reason: string;
}

/** Another story, as a notice on this one names it (hak jawab). A snapshot, not the article, so the archive
 *  holds no cycles and a cached article never points at a stale one. */
export interface StoryLink {
	file: string;
	url: string;
	title: string;
	date: DateTime;
	published: FormattedDate;
	/** The linked story's version (src/views/render-plan.ts articleVersion): a page showing the link changes with it */
	version: string;
}

export interface Article {
	/** Source path relative to the site root: "articles/2018/04/x.md" */
	file: string;
	/** Site-relative URL: "/2018/04/17/x/" */
	url: string;
	slug: string;
	title: string;
	summary: string;
	dateline?: string;
	date: DateTime;
	/** Last modification: front matter `updated` or the newest correction, whichever is later */
	updated?: DateTime;
	/** Front matter `updated` as written, before corrections moved it */
	editedAt?: DateTime;
	published: FormattedDate;
	modified?: FormattedDate;
	authors: Author[];
	rubric: Rubric;
	tags: Tag[];
	image?: ArticleImage;
	/** Type of work; "berita" unless front matter says otherwise */
	jenis: Jenis;
	/** The jenis as readers see it ("Opini"); undefined for plain news, which carries no label */
	jenisLabel?: string;
	claimReview?: ClaimReview;
	/** Editors credited beside the byline ("Editor: …") */
	editors: Author[];
	/** Where wire or press-release copy came from ("Sumber: …") */
	source?: string;
	/** Front matter `replyTo`, as written: the story this one replies to (resolved by src/content/replies.ts) */
	replyToRef?: string;
	/** Hak jawab: the story this one is the reply to; set by the archive once every article is read */
	replyTo?: StoryLink;
	/** Hak jawab: the published replies to this story, oldest first; set by the archive */
	replies?: StoryLink[];
	/** Pencabutan: set when the story is withdrawn (its text is then shown nowhere) */
	withdrawn?: Withdrawal;
	draft: boolean;
	featured: boolean;
	/** Corrections, oldest first */
	corrections: Correction[];
	/** Markdown source of the body; rendered on demand (src/markdown/article.ts) */
	body: string;
	/** Paths of the markdown images in the body, for the photo step (src/images/service.ts) */
	bodyImages: string[];
	/** Changes whenever the source file does (mtime and size); `npm start` uses it to re-render only what changed */
	version: string;
}

/** Everything in _data/, validated. */
export interface SiteData {
	site: SiteConfig;
	authors: Record<string, Author>;
	rubrics: Record<string, Rubric>;
	navigation: Navigation;
	/** UI strings of the site's language (_data/i18n/<language>.json) */
	strings: Strings;
	/** _data/newsroom.json, when the site has one */
	newsroom?: Newsroom;
	/** Any other JSON file in _data/, passed through by its file name */
	extra: Record<string, unknown>;
}

export interface Archive {
	data: SiteData;
	/** The moment the build counts as "now", in the site zone */
	now: DateTime;
	/** Published articles (drafts too in preview mode), newest first; withdrawn ones are not among them */
	articles: Article[];
	/** Withdrawn articles, newest withdrawal first: each keeps its page (a notice), and nothing else lists it */
	withdrawn: Article[];
	/** Articles held back because their date is after `now` */
	embargoed: number;
	/** Drafts left out of a production build */
	draftsHidden: number;
	/** The newsroom's own pages (halaman/*.md), by file name */
	pages: NewsroomPage[];
	/** "Terpopuler": the most read published stories from the analytics export (analytics/), most views first */
	popular: PopularStory[];
}

/** A page of the newsroom (halaman/*.md): Tentang Kami, Redaksi, Pedoman Media Siber… */
export interface NewsroomPage {
	/** "halaman/redaksi.md" */
	file: string;
	/** "/redaksi/" */
	url: string;
	title: string;
	summary: string;
	updated?: DateTime;
	modified?: FormattedDate;
	/** Shows the masthead of _data/newsroom.json below the text */
	masthead: boolean;
	/** Markdown source of the text */
	body: string;
	/** Hash of the file's content: the page's render signature (src/views/render-plan.ts) */
	version: string;
}

export interface PopularStory {
	article: Article;
	views: number;
}
