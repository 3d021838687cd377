// The CMS configuration (admin/config.yml) is generated from the content schema: every field an author may write
// has a widget, the choices come from _data/, dates are stored the way src/time/dates.ts reads them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";
import { z } from "zod";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { CMS_DATE_FORMAT, cmsConfig, cmsConfigYaml, cmsFields, type CmsField, type CmsInput } from "../../src/cms/config.ts";
import { ARTICLE_FIELDS, articleSchema, authorSchema, navigationSchema, pageSchema, rubricSchema } from "../../src/content/schema.ts";
import { parseSiteDate } from "../../src/time/dates.ts";
import { REPO } from "../helpers/fixture.ts";

const json = (file: string) => JSON.parse(readFileSync(join(REPO, "_data", file), "utf8"));
const site = json("site.json");
const input: CmsInput = {
	site: { ...site, base: site.url },
	authors: json("authors.json"),
	rubrics: json("rubrics.json"),
	proxyUrl: "http://127.0.0.1:8081/api/v1",
};
const { config, uncovered } = cmsConfig(input);
type Collection = {
	name: string;
	fields?: CmsField[];
	files?: { name: string; file: string; fields: CmsField[] }[];
	[key: string]: unknown;
};
const collections = config.collections as Collection[];
const articles = collections.find((c) => c.name === "articles")!;
const byName = (fields: CmsField[], name: string) => fields.find((f) => f.name === name)!;
const keysOf = (shape: object) => Object.keys(shape);

test("every field of the content schema has a widget; none is left uncovered", () => {
	assert.equal(uncovered, [], `fields with no CMS widget: add them to WIDGETS in src/cms/config.ts: ${uncovered.join(", ")}`);
	assert.equal(
		articles.fields!.map((f) => f.name),
		[...ARTICLE_FIELDS, "body"],
	);
	assert.equal(
		(byName(articles.fields!, "image").fields as CmsField[]).map((f: CmsField) => f.name),
		keysOf(articleSchema.shape.image.unwrap().shape),
	);
	const pages = collections.find((c) => c.name === "pages")!;
	assert.equal(
		pages.fields!.map((f) => f.name),
		[...keysOf(pageSchema.shape), "body"],
	);
	const data = collections.find((c) => c.name === "data")!.files!;
	for (const file of data.filter((f) => f.name !== "navigation")) {
		const schema = file.name === "authors" ? authorSchema : rubricSchema;
		for (const entry of file.fields)
			assert.equal(
				(entry.fields as CmsField[]).map((f: CmsField) => f.name),
				keysOf(schema.shape),
				file.name,
			);
	}
	assert.equal(
		data.find((f) => f.name === "navigation")!.fields.map((f) => f.name),
		keysOf(navigationSchema.shape),
	);
});

test("a field added to the schema later appears by its type, or is reported when no widget fits", () => {
	const shape = {
		jenis: z.enum(["berita", "opini", "tajuk"]).default("berita"),
		replyTo: z.string().optional(),
		pinned: z.boolean().default(false),
		sources: z.array(z.strictObject({ name: z.string(), url: z.string() })).optional(),
		// like author: a key or a list of keys, a choice from _data/authors.json (WIDGETS)
		editor: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
		withdrawn: z.strictObject({ date: z.string(), reason: z.string() }).optional(),
		odd: z.union([z.string(), z.number()]),
	};
	const { fields, uncovered } = cmsFields(input, "articles", shape);
	assert.equal(
		fields.map((f) => [f.name, f.widget]),
		[
			["jenis", "select"],
			["replyTo", "string"],
			["pinned", "boolean"],
			["sources", "list"],
			["editor", "select"],
			["withdrawn", "object"],
		],
	);
	assert.equal(
		(byName(fields, "editor").options as { value: string }[]).map((o) => o.value),
		Object.keys(input.authors),
	);
	const withdrawn = byName(fields, "withdrawn").fields as CmsField[];
	assert.equal([byName(withdrawn, "date").widget, byName(withdrawn, "date").format], ["datetime", CMS_DATE_FORMAT]);
	assert.ok(
		withdrawn.every((f) => f.required === false),
		"inside an optional group nothing is required by the form",
	);
	assert.equal(byName(fields, "jenis").options, ["berita", "opini", "tajuk"]);
	assert.is(byName(fields, "replyTo").required, false);
	assert.equal(uncovered, ["articles.odd"]);
});

test("no field inside an optional group has a default, so a new article never gets a group its author did not fill", () => {
	// A default there (withdrawn.date: "{{now}}") made Decap write `withdrawn: { date: … }` into every new article.
	for (const group of articles.fields!.filter((f) => f.widget === "object" && f.required === false)) {
		for (const child of group.fields as CmsField[]) assert.is(child.default, undefined, `${group.name}.${child.name}`);
	}
});

test("rubric and authors are choices from _data/; new articles start as drafts", () => {
	const rubric = byName(articles.fields!, "rubric");
	assert.is(rubric.widget, "select");
	assert.equal(
		(rubric.options as { value: string }[]).map((o) => o.value),
		Object.keys(input.rubrics),
	);
	const author = byName(articles.fields!, "author");
	assert.equal([author.widget, author.multiple, author.min, author.required], ["select", true, 1, true]);
	assert.equal(
		(author.options as { value: string }[]).map((o) => o.value),
		Object.keys(input.authors),
	);
	assert.equal([byName(articles.fields!, "draft").widget, byName(articles.fields!, "draft").default], ["boolean", true]);
	assert.is(byName(articles.fields!, "tags").widget, "list");
	assert.is(byName(byName(articles.fields!, "image").fields as CmsField[], "src").widget, "image");
});

test("dates are stored in the form Warta reads in the site's time zone", () => {
	const dates = [
		byName(articles.fields!, "date"),
		byName(articles.fields!, "updated"),
		byName(byName(articles.fields!, "corrections").fields as CmsField[], "date"),
	];
	for (const field of dates) assert.equal([field.widget, field.format, field.picker_utc], ["datetime", CMS_DATE_FORMAT, false]);
	// "YYYY-MM-DD HH:mm" in Day.js tokens gives e.g. "2018-04-17 10:15", which the site reads as 10.15 WIB.
	const stored = CMS_DATE_FORMAT.replace("YYYY", "2018").replace("MM", "04").replace("DD", "17").replace("HH", "10").replace("mm", "15");
	const parsed = parseSiteDate(stored, "Asia/Jakarta");
	assert.ok(parsed.ok && parsed.value.toISO() === "2018-04-17T10:15:00.000+07:00", JSON.stringify(parsed));
});

test("new articles land where npm run new puts them; photos under public/", () => {
	assert.equal([articles.folder, articles.path, articles.slug], ["articles", "{{year}}/{{month}}/{{slug}}", "{{slug}}"]);
	assert.equal([config.media_folder, config.public_folder], ["public/media", "/media"]);
	assert.equal(config.local_backend, { url: input.proxyUrl });
});

test("the YAML file reads back as the same configuration; the Git host comes from site.json's cms", () => {
	assert.equal(yaml.load(cmsConfigYaml(input)), JSON.parse(JSON.stringify(config)));
	assert.equal(config.backend, { name: "git-gateway", branch: "main" });
	const github = { name: "github" as const, repo: "warta-serang/situs", branch: "main" };
	assert.equal(cmsConfig({ ...input, site: { ...input.site, cms: { backend: github } } }).config.backend, github);
});

test.run();
