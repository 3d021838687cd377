// The CMS configuration (Decap CMS's admin/config.yml), generated from Warta's content schema and data files, so
// the editor's form can never drift from what `npm run check` accepts. Every field of src/content/schema.ts gets a
// widget: the fields with a meaning beyond their type (rubric, authors, dates, the photo, draft) from WIDGETS below,
// every other one from its zod type; a field neither covers is listed in `uncovered`, and
// tests/unit/cms-config.test.ts fails on it. Why Decap CMS, and how it runs: docs/architecture.md#the-cms-at-admin.
// Widgets: https://decapcms.org/docs/widgets/  Configuration: https://decapcms.org/docs/configuration-options/
import type { z } from "zod";
import yaml from "js-yaml";
import { PAGES_FOLDER } from "../content/pages.ts";
import { articleSchema, authorSchema, navigationSchema, pageSchema, rubricSchema } from "../content/schema.ts";
import type { AuthorData, RubricData, SiteConfig } from "../content/schema.ts";

/** The storage format of every date Warta reads (src/time/dates.ts), in Day.js tokens for the datetime widget. */
export const CMS_DATE_FORMAT = "YYYY-MM-DD HH:mm";
/** Where the local proxy (decap-server) listens unless told otherwise: Decap's own default. */
export const CMS_PROXY_PORT = 8081;

/** One field of Decap's configuration. */
export interface CmsField {
	name: string;
	label: string;
	widget: string;
	required?: boolean;
	hint?: string;
	default?: unknown;
	[option: string]: unknown;
}

export interface CmsInput {
	site: Pick<SiteConfig, "base" | "timezone" | "timezoneLabel" | "title"> & { cms?: SiteConfig["cms"] };
	authors: Record<string, AuthorData>;
	rubrics: Record<string, RubricData>;
	/** Where the local proxy answers, e.g. "http://localhost:8081/api/v1" */
	proxyUrl: string;
}

export interface CmsConfig {
	config: Record<string, unknown>;
	/** Schema fields that got no widget ("articles: jenis"); a test fails on any */
	uncovered: string[];
}

type Schema = z.ZodType;
interface Def {
	type: string;
	innerType?: Schema;
	element?: Schema;
	shape?: Record<string, Schema>;
	entries?: Record<string, string | number>;
	values?: unknown[];
	in?: Schema;
}
const defOf = (schema: Schema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** A field's schema without optional/default wrappers, and whether an author may leave it out. */
function unwrap(schema: Schema): { core: Schema; optional: boolean } {
	let core = schema;
	let optional = false;
	for (;;) {
		const def = defOf(core);
		if (def.type === "optional" || def.type === "default" || def.type === "prefault") optional = true;
		if (def.type === "pipe") core = def.in!;
		else if (["optional", "default", "prefault", "nullable", "readonly", "catch"].includes(def.type)) core = def.innerType!;
		else break;
	}
	return { core, optional };
}

/** The fields whose widget is not their type: a key from _data/, a date in the site zone, a photo, a draft. */
type Special = (input: CmsInput, base: CmsField) => CmsField;
const options = (entries: Record<string, { name: string }>) =>
	Object.entries(entries).map(([key, { name }]) => ({ label: `${name} (${key})`, value: key }));
const zone = (input: CmsInput) => input.site.timezoneLabel ?? input.site.timezone;
const datetime: Special = (input, base) => ({
	...base,
	widget: "datetime",
	format: CMS_DATE_FORMAT,
	picker_utc: false,
	hint: `Date and time in the site's time zone (${zone(input)}), stored like 2018-04-17 10:15. The picker uses your computer's clock.`,
});
const WIDGETS: Record<string, Special> = {
	"articles.date": (input, base) => ({ ...datetime(input, base), default: "{{now}}" }),
	"articles.updated": datetime,
	"pages.updated": datetime,
	"pages.summary": (_input, base) => ({ ...base, widget: "text" }),
	"articles.corrections.date": (input, base) => ({ ...datetime(input, base), default: "{{now}}" }),
	// `author: andi` and `author: [andi, sari]` are both valid; the CMS always writes a list. `required: true` spelt out:
	// only then does Decap's select widget read a single key as a list of one (its SelectControl.componentDidMount).
	"articles.author": (input, base) => ({
		...base,
		widget: "select",
		multiple: true,
		required: true,
		min: 1,
		options: options(input.authors),
	}),
	// Fields other branches add to the schema (editor credit, withdrawal); a path the schema lacks is never looked up.
	"articles.editor": (input, base) => ({ ...base, widget: "select", multiple: true, options: options(input.authors) }),
	// No default inside an optional group: Decap would write the group into every new article.
	"articles.withdrawn.date": datetime,
	"articles.rubric": (input, base) => ({ ...base, widget: "select", options: options(input.rubrics) }),
	"articles.summary": (_input, base) => ({ ...base, widget: "text" }),
	"articles.image.src": (_input, base) => ({ ...base, widget: "image", choose_url: true }),
	"articles.corrections.text": (_input, base) => ({ ...base, widget: "text" }),
	// New articles start as drafts, as with `npm run new`.
	"articles.draft": (_input, base) => ({ ...base, widget: "boolean", default: true, hint: "Switch off to publish with the next build." }),
	"articles.slug": (_input, base) => ({ ...base, pattern: ["^[a-z0-9]+(-[a-z0-9]+)*$", "lowercase letters, digits and dashes"] }),
	"authors.photo": (_input, base) => ({ ...base, widget: "image" }),
	"rubrics.description": (_input, base) => ({ ...base, widget: "text" }),
	"authors.bio": (_input, base) => ({ ...base, widget: "text" }),
};

/** The widget of one schema field: a special one, else one for its type; undefined when neither fits. */
function fieldOf(input: CmsInput, path: string, name: string, schema: Schema, uncovered: string[]): CmsField | undefined {
	const { core, optional } = unwrap(schema);
	const base: CmsField = { name, label: name, widget: "string", ...(optional ? { required: false } : {}) };
	const special = WIDGETS[path];
	if (special) return special(input, base);
	const def = defOf(core);
	switch (def.type) {
		case "string":
			return base;
		case "boolean":
			return { ...base, widget: "boolean", ...(optional ? { default: false } : {}) };
		case "number":
			return { ...base, widget: "number", value_type: "int" };
		case "enum":
			return { ...base, widget: "select", options: Object.values(def.entries!).map(String) };
		case "literal":
			return { ...base, widget: "select", options: def.values!.map(String) };
		case "object": {
			// Decap requires the required fields of an optional group even when the group is left empty, so a story
			// without a photo could not be saved; inside an optional group they are optional in the form, and
			// `npm run check` still asks for image.alt once image.src is given.
			const fields = fieldsOf(input, path, def.shape!, uncovered).map((field) => (optional ? { ...field, required: false } : field));
			return { ...base, widget: "object", fields };
		}
		case "array": {
			const element = unwrap(def.element!).core;
			const elementDef = defOf(element);
			if (elementDef.type === "string") return { ...base, widget: "list", ...(optional ? { default: [] } : {}) };
			if (elementDef.type === "object") {
				// An optional list starts empty: Decap would otherwise start it with one blank item to fill in.
				const fields = fieldsOf(input, path, elementDef.shape!, uncovered);
				return { ...base, widget: "list", ...(optional ? { default: [] } : {}), fields };
			}
			if (elementDef.type === "enum") {
				return { ...base, widget: "select", multiple: true, options: Object.values(elementDef.entries!).map(String) };
			}
			return undefined;
		}
		default:
			return undefined;
	}
}

function fieldsOf(input: CmsInput, path: string, shape: Record<string, Schema>, uncovered: string[]): CmsField[] {
	const fields: CmsField[] = [];
	for (const [name, schema] of Object.entries(shape)) {
		const field = fieldOf(input, `${path}.${name}`, name, schema, uncovered);
		if (field) fields.push(field);
		else uncovered.push(`${path}.${name}`);
	}
	return fields;
}

/** The widgets of a group of schema fields (exported for tests), and the fields none fits ("articles.x"). */
export function cmsFields(input: CmsInput, path: string, shape: Record<string, Schema>): { fields: CmsField[]; uncovered: string[] } {
	const uncovered: string[] = [];
	return { fields: fieldsOf(input, path, shape, uncovered), uncovered };
}

/** The whole configuration: articles, then the data files editors may change. */
export function cmsConfig(input: CmsInput): CmsConfig {
	const uncovered: string[] = [];
	const articleFields = fieldsOf(input, "articles", articleSchema.shape as Record<string, Schema>, uncovered);
	const keyed = (
		name: "authors" | "rubrics",
		entries: Record<string, { name: string }>,
		schema: typeof authorSchema | typeof rubricSchema,
	): CmsField[] =>
		Object.entries(entries).map(([key, { name: shown }]) => ({
			name: key,
			label: `${shown} (${key})`,
			widget: "object",
			collapsed: true,
			fields: fieldsOf(input, name, schema.shape as Record<string, Schema>, uncovered),
		}));
	const backend = input.site.cms?.backend ?? { name: "git-gateway", branch: "main" };
	const config = {
		backend,
		// Used only when the CMS is opened on localhost and the proxy answers (`npm run cms`); otherwise `backend`.
		local_backend: { url: input.proxyUrl },
		site_url: input.site.base,
		display_url: input.site.base,
		// Photos go where Warta looks for them: public/ is the site root (docs/authoring.md#photos).
		media_folder: "public/media",
		public_folder: "/media",
		// File names as `npm run new` makes them (src/site/slug.ts): ASCII, no accents, dashes.
		slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
		collections: [
			{
				name: "articles",
				label: "Articles",
				label_singular: "Article",
				folder: "articles",
				// articles/YYYY/MM/<slug>.md, as `npm run new` (src/cli/new.ts)
				path: "{{year}}/{{month}}/{{slug}}",
				slug: "{{slug}}",
				extension: "md",
				format: "frontmatter",
				create: true,
				sortable_fields: ["date", "title"],
				summary: "{{title}} ({{date}})",
				fields: [...articleFields, { name: "body", label: "body (the story)", widget: "markdown" }],
			},
			{
				// The newsroom's own pages (Tentang Kami, Redaksi, …): halaman/<slug>.md, src/content/pages.ts.
				name: "pages",
				label: "Newsroom pages",
				label_singular: "Page",
				folder: PAGES_FOLDER,
				slug: "{{slug}}",
				extension: "md",
				format: "frontmatter",
				create: true,
				fields: [
					...fieldsOf(input, "pages", pageSchema.shape as Record<string, Schema>, uncovered),
					{ name: "body", label: "body (the text)", widget: "markdown" },
				],
			},
			{
				name: "data",
				label: "Site data",
				editor: { preview: false },
				files: [
					{
						name: "authors",
						label: "Authors (_data/authors.json)",
						file: "_data/authors.json",
						fields: keyed("authors", input.authors, authorSchema),
					},
					{
						name: "rubrics",
						label: "Rubrics (_data/rubrics.json)",
						file: "_data/rubrics.json",
						fields: keyed("rubrics", input.rubrics, rubricSchema),
					},
					{
						name: "navigation",
						label: "Menus (_data/navigation.json)",
						file: "_data/navigation.json",
						fields: fieldsOf(input, "navigation", navigationSchema.shape as Record<string, Schema>, uncovered),
					},
				],
			},
		],
	};
	return { config, uncovered: [...new Set(uncovered)] };
}

/** admin/config.yml */
export function cmsConfigYaml(input: CmsInput): string {
	return yaml.dump(cmsConfig(input).config, { lineWidth: -1, noRefs: true });
}
