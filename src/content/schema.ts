// The content schema: every field an author or editor may write, in one typed place.
// Article front matter and every data file in _data/ are checked against it once, when the archive is
// built (src/content/archive.ts); the rest of Warta trusts the result. Field reference: docs/authoring.md.
import { z } from "zod";

/** "found …" part of a message, short and readable. */
export function show(value: unknown): string {
	if (value === undefined) return "nothing";
	if (value === null) return "an empty value";
	if (Array.isArray(value)) return `a list (${JSON.stringify(value).slice(0, 60)})`;
	if (typeof value === "object") return "a group of fields";
	return `${typeof value === "string" ? "text" : typeof value} ${JSON.stringify(value)}`;
}

/** A zod error callback that says what was expected, in editor words. */
const expect = (what: string) => ({
	error: (issue: { input?: unknown }) =>
		issue.input === undefined ? `is required: ${what}` : `expected ${what}, found ${show(issue.input)}`,
});

/** Like `expect`, for text: a number or yes/no written without quotes gets the fix. */
const expectText = (what: string) => ({
	error: (issue: { input?: unknown }) => {
		if (issue.input === undefined) return `is required: ${what}`;
		const unquoted = typeof issue.input === "number" || typeof issue.input === "boolean";
		const hint = unquoted ? `; write it in double quotes, e.g. "${String(issue.input)}"` : "";
		return `expected ${what}, found ${show(issue.input)}${hint}`;
	},
});

// Something a reader can see: not only spaces, zero-width or other format characters, controls, combining marks or
// blank "filler" letters (U+3164 …). "\u200B" alone passed .trim() and published an empty headline.
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Z}\p{M}\u115F\u1160\u2800\u3164\uFFA0]/u;
const text = (what: string) =>
	z
		.string(expectText(what))
		.trim()
		.min(1, `must not be empty: ${what}`)
		.refine((value) => value === "" || VISIBLE.test(value), {
			error: (issue) =>
				`must contain visible characters: ${what}; found only invisible ones (${[...String(issue.input)]
					.slice(0, 5)
					.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`)
					.join(" ")})`,
		});
const sitePath = (what: string) => z.string(expect(what)).regex(/^\/[^\s]*$/, `expected ${what}, a path starting with "/"`);

// ---------------------------------------------------------------------------------------------
// Articles (front matter of articles/**/*.md)

// Length limits, documented in docs/authoring.md: above *_WARN is a warning (search results and social cards
// cut the text), above *_MAX an error (almost always the lead pasted into the wrong field).
export const TITLE_WARN = 110;
export const TITLE_MAX = 160;
export const SUMMARY_WARN = 200;
export const SUMMARY_MAX = 300;
// Tags per article: each tag is a page and a link under the story; above TAGS_WARN it stops helping readers,
// above TAGS_MAX it is a paste or a script gone wrong (5,000 tags built 5,000 pages without a word).
export const TAGS_WARN = 10;
export const TAGS_MAX = 50;
// The article's text in bytes: a long report is 50 KB; above the warning it is usually a pasted file or
// embedded data, above the maximum it slows every build and every reader's phone.
export const TEXT_BYTES_WARN = 1024 * 1024;
export const TEXT_BYTES_MAX = 10 * 1024 * 1024;

const graphemes = new Intl.Segmenter("id", { granularity: "grapheme" });

// Text in these ranges (Latin, Latin-1, Latin Extended, IPA; general punctuation without joiners) has one
// user-perceived character per UTF-16 unit, so its length is the count. Segmenting costs ~100 µs a call,
// which summed to seconds per build on a large archive; nearly every Indonesian headline takes the fast path.
const ONE_UNIT_PER_CHARACTER = /^[\u0000-\u000c\u000e-\u02ff\u2010-\u2027\u2030-\u205e]*$/;

/** Characters as a reader counts them: "é", "🎉" and "👨‍👩‍👧" are one each (String.length would say 1–8). */
export function countCharacters(value: string): number {
	if (ONE_UNIT_PER_CHARACTER.test(value)) return value.length;
	let count = 0;
	for (const _ of graphemes.segment(value)) count++;
	return count;
}

/** Text of at most `max` characters as readers count them (zod's .max counts UTF-16 units). */
const limited = (what: string, max: number) =>
	text(what).refine((value) => countCharacters(value) <= max, {
		error: (issue) => `must be at most ${max} characters, found ${countCharacters(String(issue.input))} characters`,
	});

/** A path under public/ ("/media/2018/04/foto.jpg") or a full https:// address of an image elsewhere. */
const imagePath = (what: string) =>
	z
		.string(expectText(what))
		.regex(
			/^(\/(?!\/)|https?:\/\/)\S+$/,
			`expected ${what}: a path starting with "/" under public/, or a full "https://…" address, without spaces`,
		);

export const imageSchema = z
	.strictObject(
		{
			src: imagePath('the image path, e.g. "/media/2018/04/pelantikan.jpg"'),
			alt: text("a short description of the photo for readers who cannot see it"),
			caption: text("the photo caption").optional(),
			credit: text('who took the photo, e.g. "Foto: Sari Wulandari"').optional(),
			width: z.number(expect("the width in pixels")).int().positive().optional(),
			height: z.number(expect("the height in pixels")).int().positive().optional(),
		},
		expect("a group of fields: src, alt, and optionally caption, credit, width, height"),
	)
	.refine((image) => (image.width === undefined) === (image.height === undefined), {
		message: "give both width and height (in pixels), or neither",
		path: ["height"],
	});

/** The kinds of journalistic work ("jenis"), in the order editors see them; labels are UI strings (jenis.<value>
 *  in _data/i18n/*.json), schema.org types are in src/seo/jsonld.ts. Press council rules (Pedoman Pemberitaan
 *  Media Siber) want opinion and paid content told apart from news: docs/authoring.md#type-of-work-jenis. */
export const JENIS = ["berita", "opini", "analisis", "wawancara", "cek-fakta", "advertorial"] as const;
export type Jenis = (typeof JENIS)[number];

/** The UI string naming each jenis (_data/i18n/*.json). */
export const JENIS_LABELS = {
	berita: "jenisBerita",
	opini: "jenisOpini",
	analisis: "jenisAnalisis",
	wawancara: "jenisWawancara",
	"cek-fakta": "jenisCekFakta",
	advertorial: "jenisAdvertorial",
} as const satisfies Record<Jenis, StringKey>;

/** A fact check's verdict on one claim (schema.org ClaimReview); only for `jenis: cek-fakta`. */
export const claimReviewSchema = z.strictObject(
	{
		claim: text('the claim that was checked, in one sentence, e.g. "Jembatan Ciujung ambruk pekan ini"'),
		rating: text('the verdict in the newsroom\'s words, e.g. "Salah", "Sebagian benar", "Benar"'),
		claimant: text("who made or spread the claim, e.g. an account name or a person").optional(),
		// Checked as a date in the site zone after the schema (src/content/articles.ts).
		claimDate: z.string(expect('the date the claim appeared, e.g. "2026-03-01"')).optional(),
		appearance: z
			.string(expectText('the address where the claim appeared, e.g. "https://…"'))
			.regex(/^https?:\/\/\S+$/, 'expected a full "https://…" address where the claim appeared, without spaces')
			.optional(),
	},
	expect("a group of fields: claim, rating, and optionally claimant, claimDate, appearance"),
);

export const articleSchema = z.strictObject({
	title: limited("the headline", TITLE_MAX),
	// Checked as a date in the site zone by src/time/dates.ts, after the schema.
	date: z.string(expect('the publication date and time, e.g. "2018-04-17 10:15"')),
	updated: z.string(expect('the date of the last update, e.g. "2018-04-18 08:00"')).optional(),
	author: z.union(
		[text("an author key"), z.array(text("an author key")).min(1)],
		expect("an author key from _data/authors.json, or a list of keys"),
	),
	rubric: text("a rubric key from _data/rubrics.json"),
	tags: z.array(text("a tag"), expect("a list of tags, e.g. [Pemkab Serang, ASN]")).default([]),
	summary: limited("a one or two sentence summary", SUMMARY_MAX),
	dateline: text('the place the story was filed from, e.g. "Serang"').optional(),
	image: imageSchema.optional(),
	slug: z
		.string(expect("a URL slug"))
		.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lowercase letters, digits and dashes, e.g. "rapat-dprd-serang"')
		.optional(),
	permalink: sitePath('a URL path, e.g. "/berita/lama/123/"')
		.regex(/\/$|\.html$/, 'must end with "/" or ".html"')
		.optional(),
	// Type of work: labels the story above its headline and on cards, picks its schema.org type; advertorials
	// never lead the front page and stay out of the news sitemap (docs/authoring.md#type-of-work-jenis).
	jenis: z.enum(JENIS, expect(`one of ${JENIS.join(", ")}`)).default("berita"),
	claimReview: claimReviewSchema.optional(),
	// Credits beside the byline: the editor who handled the story, and where wire or press-release copy came from.
	editor: z
		.union(
			[text("an author key"), z.array(text("an author key")).min(1)],
			expect("an author key from _data/authors.json, or a list of keys"),
		)
		.optional(),
	source: text('where the copy came from, e.g. "Antara" or "Siaran pers Pemkab Serang"').optional(),
	// Hak jawab (right of reply): this story is the reply to another one, named by its file or its address;
	// resolved and checked once every article is read (src/content/replies.ts).
	replyTo: text('the original story: its file, e.g. "articles/2026/03/x.md", or its address, e.g. "/2026/03/17/x/"').optional(),
	// Pencabutan (withdrawal): the page stays with a notice, the text is gone everywhere (docs/authoring.md#withdrawal-pencabutan).
	withdrawn: z
		.strictObject(
			{
				// Checked as a date in the site zone after the schema.
				date: z.string(expect('the date of the withdrawal, e.g. "2026-03-20 09:00"')),
				reason: text("why the story was withdrawn, as readers will read it"),
			},
			expect('a group of fields: date, reason, e.g. { date: "2026-03-20 09:00", reason: "…" }'),
		)
		.optional(),
	draft: z.boolean(expect("true or false")).default(false),
	featured: z.boolean(expect("true or false")).default(false),
	// Ralat: dated corrections shown on the article; each date is read in the site zone after the schema.
	corrections: z
		.array(
			z.strictObject(
				{
					date: z.string(expect('the date of the correction, e.g. "2018-04-18 08:00"')),
					text: text("what was wrong and what is right"),
				},
				expect("a group of fields: date, text"),
			),
			expect('a list of corrections, e.g. [{ date: "2018-04-18 08:00", text: "…" }]'),
		)
		.default([]),
});

export type ArticleFrontMatter = z.infer<typeof articleSchema>;
export const ARTICLE_FIELDS = Object.keys(articleSchema.shape);

// ---------------------------------------------------------------------------------------------
// The newsroom's own pages (front matter of halaman/*.md): Tentang Kami, Redaksi, Kontak, Pedoman Media Siber…

export const pageSchema = z.strictObject({
	title: limited("the page's title", TITLE_MAX),
	summary: limited("one or two sentences about the page, for search results and shared links", SUMMARY_MAX),
	// Checked as a date in the site zone by src/time/dates.ts, after the schema.
	updated: z.string(expect('the date of the last change, e.g. "2026-11-01 09:00"')).optional(),
	slug: z
		.string(expect("a URL slug"))
		.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lowercase letters, digits and dashes, e.g. "tentang-kami"')
		.optional(),
	permalink: sitePath('a URL path, e.g. "/tentang/redaksi/"')
		.regex(/\/$|\.html$/, 'must end with "/" or ".html"')
		.optional(),
	// Shows the masthead of _data/newsroom.json (legal name, address, people and roles, contact) below the text.
	masthead: z.boolean(expect("true or false")).default(false),
});

export type PageFrontMatter = z.infer<typeof pageSchema>;

// ---------------------------------------------------------------------------------------------
// Data files in _data/

export const siteSchema = z.strictObject({
	title: text("the site's name"),
	tagline: text("a short tagline"),
	description: text("one sentence describing the site"),
	url: z
		.string(expect('the public address, e.g. "https://warta.example"'))
		.superRefine((url, context) => {
			const problem = siteUrlProblem(url);
			if (problem)
				context.addIssue({ code: "custom", message: `expected a full address starting with "https://", found "${url}": ${problem}` });
		})
		.transform((u) => u.replace(/\/+$/, "")),
	language: text('a language code, e.g. "id"').default("id"),
	locale: text('a locale for dates, e.g. "id"').default("id"),
	timezone: z
		.string(expect('an IANA time zone, e.g. "Asia/Jakarta"'))
		.refine((zone) => isTimeZone(zone), 'expected an IANA time zone name such as "Asia/Jakarta"')
		.default("Asia/Jakarta"),
	timezoneLabel: text('the zone abbreviation readers know, e.g. "WIB"').optional(),
	logo: z
		.strictObject({ src: sitePath("the logo path"), width: z.number().int().positive(), height: z.number().int().positive() })
		.optional(),
	// A square icon (512 × 512 PNG): JSON Feed `icon`, Atom <icon>, the publisher logo in JSON-LD.
	icon: z
		.strictObject({ src: sitePath("the icon path"), width: z.number().int().positive(), height: z.number().int().positive() })
		.optional(),
	// How deep the front page archive and the rubric, tag and author listings go, 20 stories a page. News portals
	// stop deep pagination: each new story shifts every page of a listing, and no reader pages back 5,000 times.
	// Older stories stay reachable through the indeks (by date) and the sitemap. docs/authoring.md.
	maxListingPages: z.number(expect("a number of pages")).int().min(1).default(50),
	feed: z
		.strictObject({
			path: sitePath('the feed URL path, e.g. "/feed.xml"').default("/feed.xml"),
			limit: z.number(expect("a number of items")).int().min(1).max(1000).default(50),
		})
		.prefault({}),
	// The CMS at /admin/: the Git host it saves to once the site is deployed (docs/deploy.md#the-cms-at-admin).
	// Without it the CMS uses Netlify's Git Gateway; on the editor's own computer it uses `npm run cms` either way.
	// Option names are Decap CMS's own: https://decapcms.org/docs/backends-overview/
	cms: z
		.strictObject(
			{
				backend: z.strictObject(
					{
						name: z.enum(
							["github", "gitlab", "gitea", "bitbucket", "azure", "git-gateway"],
							expect("github, gitlab, gitea, bitbucket, azure or git-gateway"),
						),
						repo: text('the repository, e.g. "warta-serang/situs"').optional(),
						branch: text('the branch the site is built from, e.g. "main"').default("main"),
						base_url: z.url('expected the address of the OAuth service, e.g. "https://oauth.warta.example"').optional(),
						auth_endpoint: text('the OAuth path on base_url, e.g. "auth"').optional(),
						api_root: z.url("expected the address of the Git host's API").optional(),
						app_id: text("the OAuth application id (GitLab, Gitea)").optional(),
						auth_type: z.enum(["pkce", "implicit"], expect("pkce or implicit")).optional(),
					},
					expect("a group of fields: name, repo, branch, …"),
				),
			},
			expect("a group of fields: backend"),
		)
		.optional(),
});

export const authorSchema = z.strictObject({
	name: text("the author's full name"),
	role: text('the author\'s role, e.g. "Wartawan"').optional(),
	bio: text("a short biography").optional(),
	photo: sitePath("the photo path").optional(),
	email: z.email("expected an e-mail address").optional(),
});
export const authorsSchema = z.record(
	z.string().regex(/^[a-z0-9-]+$/, "author keys use lowercase letters, digits and dashes"),
	authorSchema,
);

export const rubricSchema = z.strictObject({
	name: text("the rubric's name"),
	description: text("one sentence about the rubric").optional(),
});
export const rubricsSchema = z.record(
	z.string().regex(/^[a-z0-9-]+$/, "rubric keys use lowercase letters, digits and dashes"),
	rubricSchema,
);

/** A menu link: a path on this site ("/kategori/hukum/", "/feed.xml") or a full address elsewhere. */
const linkUrl = z
	.string(expect('a link, e.g. "/kategori/hukum/" or "https://instagram.com/wartaserang"'))
	.regex(
		/^(\/(?!\/)\S*|https?:\/\/[^\s/]+\.[^\s]+|mailto:\S+@\S+)$/,
		'expected a path on this site starting with "/" (e.g. "/kategori/hukum/"), a full "https://…" address or "mailto:…", without spaces',
	);
const menuItem = (what: string) => z.strictObject({ text: text(what), url: linkUrl }, expect('a menu item: { "text": …, "url": … }'));

export const navigationSchema = z.strictObject({
	main: z.array(menuItem("the menu label"), expect("a list of menu items")),
	footer: z.array(menuItem("the link label"), expect("a list of links")).default([]),
});

/** _data/newsroom.json: the publisher behind the site, for the Redaksi page and NewsMediaOrganization JSON-LD. */
export const newsroomSchema = z.strictObject({
	legalName: text('the company\'s registered name, e.g. "PT Warta Serang Media"'),
	address: z
		.strictObject(
			{
				street: text("the street and number"),
				locality: text('the town, e.g. "Serang"'),
				region: text('the province, e.g. "Banten"').optional(),
				postalCode: z
					.string(expectText('the postal code, e.g. "42111"'))
					.regex(/^[0-9A-Za-z -]+$/, "expected a postal code")
					.optional(),
				country: z
					.string(expect('a two-letter country code, e.g. "ID"'))
					.regex(/^[A-Z]{2}$/, 'expected a two-letter country code in capitals, e.g. "ID"')
					.default("ID"),
			},
			expect("a group of fields: street, locality, and optionally region, postalCode, country"),
		)
		.optional(),
	contact: z
		.strictObject(
			{
				email: z.email("expected an e-mail address").optional(),
				telephone: z
					.string(expectText('a telephone number, e.g. "+62 254 123456"'))
					.regex(/^\+?[0-9 ()-]{6,}$/, 'expected a telephone number, e.g. "+62 254 123456"')
					.optional(),
			},
			expect("a group of fields: email, telephone"),
		)
		.optional(),
	people: z
		.array(
			z.strictObject(
				{ role: text('the role, e.g. "Pemimpin Redaksi"'), name: text("the person's full name") },
				expect('a person: { "role": …, "name": … }'),
			),
			expect('a list of people, e.g. [{ "role": "Pemimpin Redaksi", "name": "…" }]'),
		)
		.default([]),
	// Where the policies are published: a newsroom page (halaman/) or one of Warta's pages such as "/ralat/".
	publishingPrinciples: sitePath('the page of the publishing principles, e.g. "/pedoman-media-siber/"').optional(),
	correctionsPolicy: sitePath('the page that explains corrections, e.g. "/ralat/"').optional(),
	ethicsPolicy: sitePath('the page of the code of ethics, e.g. "/kode-etik/"').optional(),
	masthead: sitePath('the Redaksi page, e.g. "/redaksi/"').optional(),
	privacyPolicy: sitePath('the privacy policy page, e.g. "/kebijakan-privasi/"').optional(),
});
export type NewsroomData = z.infer<typeof newsroomSchema>;
/** The fields of newsroom.json that name a page of the site. */
export const NEWSROOM_PAGE_FIELDS = ["publishingPrinciples", "correctionsPolicy", "ethicsPolicy", "masthead", "privacyPolicy"] as const;

/** UI strings: every key of the default locale file is required in every locale. */
export const stringsSchema = z.record(z.string(), z.string());

/** The validated site settings plus where the site lives: `base` = url + path prefix (src/site/address.ts).
 *  Build absolute URLs from `base`, never from `url`. */
export type SiteConfig = z.infer<typeof siteSchema> & { pathPrefix: string; base: string };
export type AuthorData = z.infer<typeof authorSchema>;
export type RubricData = z.infer<typeof rubricSchema>;
export type Navigation = z.infer<typeof navigationSchema>;
/**
 * The UI string keys: those of the default locale file, _data/i18n/id.json, so code that reads a key the file
 * lacks does not compile. Every other locale must have the same keys (src/content/checks/strings.ts).
 */
export type StringKey = keyof typeof import("../../_data/i18n/id.json", { with: { type: "json" } });
export type Strings = Readonly<Record<StringKey, string>>;

/**
 * Why `url` is not a site origin ("https://warta.example"), or undefined when it is. Every absolute URL Warta
 * writes starts with it, so a query or a path would end up inside every article's address, credentials would be
 * published, and another scheme would make every link unusable.
 */
export function siteUrlProblem(url: string): string | undefined {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return 'it is not a web address; write it in full, e.g. "https://warta.example"';
	}
	if (parsed.protocol !== "https:" && parsed.protocol !== "http:")
		return `"${parsed.protocol}" addresses cannot serve a site; use https://`;
	if (!/^https?:\/\/[^/?#]/i.test(url) || !parsed.hostname) return 'the domain is missing; e.g. "https://warta.example"';
	if (parsed.username || parsed.password) return "leave out the user name and password; they would be published in every link";
	if (parsed.search || parsed.hash || /[?#]/.test(url))
		return "leave out the ?query and #fragment; they would end up inside every article's address";
	if (parsed.pathname.replace(/\/+$/, "") !== "") {
		return "only the domain, without a path; for a site in a subfolder, build with --pathprefix (docs/deploy.md)";
	}
	return undefined;
}

function isTimeZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat("en", { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}
