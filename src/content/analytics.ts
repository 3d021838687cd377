// "Terpopuler" (most read): the newsroom drops an export of its analytics into analytics/ (a CSV or JSON of
// page paths and views, as Plausible, Umami or Google Analytics write it), and every build ranks the site's
// stories by it. Read and validated like every other input: each problem names the file, the row (as a line,
// or the item's position in JSON) and the column. Not in _data/, which holds only JSON data files (data.ts).
// Columns and shapes accepted: docs/authoring.md#terpopuler-most-read.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileErrorReason } from "./checks/files.ts";
import { parseJson } from "./json.ts";
import type { ProblemList } from "./problems.ts";
import type { Article, PopularStory } from "./types.ts";

export const ANALYTICS_FOLDER = "analytics";
/** How many stories the Terpopuler block lists. */
export const POPULAR_COUNT = 5;

/** One row of an export: a page and how often it was read. `row` is the line (CSV) or item number (JSON). */
export interface ViewsRow {
	row: number;
	path: string;
	views: number;
}

export interface AnalyticsExport {
	file: string;
	rows: ViewsRow[];
}

// Column names, compared in lowercase with spaces, dashes and underscores removed. The first name found wins,
// so page views are preferred to visitors when an export has both (Plausible writes both).
const PATH_COLUMNS = [
	"page",
	"path",
	"pathname",
	"url",
	"pageurl",
	"pagepath",
	"pagepathandscreenclass",
	"pagepathandquerystring",
	"name",
	"x",
];
const VIEWS_COLUMNS = ["pageviews", "views", "screenpageviews", "visits", "visitors", "y"];
const columnKey = (name: string) => name.toLowerCase().replace(/[\s_\-+]/g, "");

/** The export in analytics/, or undefined when there is none (then the site has no Terpopuler block). */
export function readAnalytics(root: string, problems: ProblemList): AnalyticsExport | undefined {
	const folder = join(root, ANALYTICS_FOLDER);
	if (!existsSync(folder)) return undefined;
	let names: string[];
	try {
		names = readdirSync(folder).filter((name) => !name.startsWith("."));
	} catch (error) {
		problems.error(
			`${ANALYTICS_FOLDER}/`,
			`the folder could not be read (${fileErrorReason(error)}); check that the user running Warta may read it`,
		);
		return undefined;
	}
	const exports = names.filter((name) => /\.(csv|json)$/.test(name)).sort();
	for (const name of names.filter((name) => !/\.(csv|json)$/.test(name)).sort()) {
		problems.error(
			`${ANALYTICS_FOLDER}/${name}`,
			`is not read: ${ANALYTICS_FOLDER}/ holds one analytics export, a ".csv" or ".json" file; export it in one of those formats, or move this file out`,
		);
	}
	if (exports.length > 1) {
		problems.error(
			`${ANALYTICS_FOLDER}/`,
			`holds ${exports.length} exports (${exports.join(", ")}), and Warta ranks stories by one; keep only the newest`,
		);
		return undefined;
	}
	if (exports.length === 0) return undefined;
	const file = `${ANALYTICS_FOLDER}/${exports[0]}`;
	let source: string;
	try {
		source = readFileSync(join(root, file), "utf8").replace(/^\uFEFF/, "");
	} catch (error) {
		problems.error(file, `the file could not be read (${fileErrorReason(error)}); check that the user running Warta may read it`);
		return undefined;
	}
	const rows = file.endsWith(".csv") ? csvRows(file, source, problems) : jsonRows(file, source, problems);
	return rows && { file, rows };
}

/** A count of views: digits, optionally with thousands separated by "," or "." ("12,345"). */
function parseViews(value: unknown): number | undefined {
	if (typeof value === "number") return Number.isInteger(value) && value >= 0 ? value : undefined;
	if (typeof value !== "string") return undefined;
	const text = value.trim();
	if (/^\d+$/.test(text)) return Number(text);
	if (/^\d{1,3}([,.]\d{3})+$/.test(text)) return Number(text.replace(/[,.]/g, ""));
	return undefined;
}

function pickColumns(names: string[]): { path?: number; views?: number } {
	const keys = names.map(columnKey);
	const find = (wanted: string[]) => {
		for (const name of wanted) {
			const at = keys.indexOf(name);
			if (at >= 0) return at;
		}
		return undefined;
	};
	return { path: find(PATH_COLUMNS), views: find(VIEWS_COLUMNS) };
}

const COLUMNS_HINT = `a column of pages (one of: ${PATH_COLUMNS.join(", ")}) and a column of views (one of: ${VIEWS_COLUMNS.join(", ")})`;

function checkRow(
	file: string,
	row: number,
	path: unknown,
	views: unknown,
	names: [string, string],
	problems: ProblemList,
): ViewsRow | undefined {
	let ok = true;
	if (typeof path !== "string" || !/^(\/|https?:\/\/)\S*$/.test(path.trim())) {
		problems.error(
			file,
			`expected a page path starting with "/" or a full "https://…" address, found ${JSON.stringify(path ?? "")}`,
			names[0],
			row,
		);
		ok = false;
	}
	const count = parseViews(views);
	if (count === undefined) {
		problems.error(file, `expected a whole number of views, e.g. 1520, found ${JSON.stringify(views ?? "")}`, names[1], row);
		ok = false;
	}
	return ok ? { row, path: (path as string).trim(), views: count! } : undefined;
}

/** RFC 4180 CSV (quoted fields, "" inside quotes); lines starting with "#" are comments (Google Analytics). */
function csvRows(file: string, source: string, problems: ProblemList): ViewsRow[] | undefined {
	const lines = parseCsv(source);
	if (lines === "unclosed") {
		problems.error(file, 'a quoted field is not closed: every field that starts with " must end with "');
		return undefined;
	}
	const records = lines.filter((l) => !(l.fields.length === 1 && l.fields[0]!.trim() === "") && !l.fields[0]!.startsWith("#"));
	const header = records.shift();
	if (!header) {
		problems.error(file, `the export is empty; expected a header line with ${COLUMNS_HINT}, then one line per page`);
		return undefined;
	}
	const { path, views } = pickColumns(header.fields);
	if (path === undefined || views === undefined) {
		problems.error(file, `the header line (${header.fields.join(", ")}) lacks ${COLUMNS_HINT}`, undefined, header.line);
		return undefined;
	}
	const names: [string, string] = [header.fields[path]!, header.fields[views]!];
	const rows: ViewsRow[] = [];
	for (const record of records) {
		// Google Analytics and spreadsheets add a totals line: its "page" is the word, not an address.
		if (/^(grand )?total$/i.test((record.fields[path] ?? "").trim())) continue;
		const row = checkRow(file, record.line, record.fields[path], record.fields[views], names, problems);
		if (row) rows.push(row);
	}
	return rows;
}

/** Records with the line each starts on. */
function parseCsv(source: string): { line: number; fields: string[] }[] | "unclosed" {
	const text = source.replace(/\r\n?/g, "\n");
	const records: { line: number; fields: string[] }[] = [];
	let fields: string[] = [];
	let field = "";
	let line = 1;
	let start = 1;
	let i = 0;
	while (i < text.length) {
		const c = text[i]!;
		if (c === '"' && field === "") {
			const end = (function findEnd(): number {
				let j = i + 1;
				while (j < text.length) {
					if (text[j] === '"') {
						if (text[j + 1] === '"') j += 2;
						else return j;
					} else j++;
				}
				return -1;
			})();
			if (end < 0) return "unclosed";
			const quoted = text.slice(i + 1, end);
			line += quoted.split("\n").length - 1;
			field = quoted.replace(/""/g, '"');
			i = end + 1;
			continue;
		}
		if (c === ",") {
			fields.push(field);
			field = "";
		} else if (c === "\n") {
			fields.push(field);
			records.push({ line: start, fields });
			fields = [];
			field = "";
			line++;
			start = line;
		} else field += c;
		i++;
	}
	if (field !== "" || fields.length) {
		fields.push(field);
		records.push({ line: start, fields });
	}
	return records;
}

/** A list of objects, or an object holding it under "results" (Plausible's API) or "data". */
function jsonRows(file: string, source: string, problems: ProblemList): ViewsRow[] | undefined {
	const parsed = parseJson(source);
	if (!parsed.ok) {
		problems.error(file, parsed.message, undefined, parsed.line);
		return undefined;
	}
	const value = parsed.value as unknown;
	const list = Array.isArray(value)
		? value
		: value && typeof value === "object"
			? ((value as Record<string, unknown>).results ?? (value as Record<string, unknown>).data)
			: undefined;
	if (!Array.isArray(list)) {
		problems.error(file, `expected a list of pages, e.g. [{ "page": "/2026/11/28/x/", "pageviews": 1520 }], or { "results": [ … ] }`);
		return undefined;
	}
	const rows: ViewsRow[] = [];
	list.forEach((item: unknown, index) => {
		const where = `${index + 1}`;
		if (!item || typeof item !== "object" || Array.isArray(item)) {
			problems.error(file, `item ${where}: expected a group of fields with ${COLUMNS_HINT}`);
			return;
		}
		const names = Object.keys(item);
		const { path, views } = pickColumns(names);
		if (path === undefined || views === undefined) {
			problems.error(file, `item ${where} (fields: ${names.join(", ")}) lacks ${COLUMNS_HINT}`);
			return;
		}
		const record = item as Record<string, unknown>;
		const row = checkRow(
			file,
			index + 1,
			record[names[path]!],
			record[names[views]!],
			[`${index}.${names[path]}`, `${index}.${names[views]}`],
			problems,
		);
		if (row) rows.push({ ...row, row: index + 1 });
	});
	return rows;
}

/** A page address from an export as a site path: no origin, no ?query or #fragment. */
export function exportPath(value: string): string {
	const path = value.replace(/^https?:\/\/[^/]+/i, "").replace(/[?#].*$/, "") || "/";
	return path.startsWith("/") ? path : `/${path}`;
}

/**
 * The POPULAR_COUNT most read stories: rows of one story (with and without a query, or a path prefix) add up.
 * A row naming no page of the site is reported (one warning listing them); rows of the site's other pages
 * (home, listings, `isSitePage`) are expected in an export and not counted.
 */
export function rankPopular(
	analytics: AnalyticsExport,
	articles: readonly Article[],
	isSitePage: (path: string) => boolean,
	problems: ProblemList,
): PopularStory[] {
	const byUrl = new Map(articles.map((a) => [a.url, a]));
	const views = new Map<Article, number>();
	const unknown: ViewsRow[] = [];
	for (const row of analytics.rows) {
		const path = exportPath(row.path);
		const article = findArticle(path, byUrl);
		if (article) views.set(article, (views.get(article) ?? 0) + row.views);
		else if (!isSitePage(path)) unknown.push(row);
	}
	if (unknown.length) {
		// JSON items are numbered; CSV rows are lines.
		const what = analytics.file.endsWith(".csv") ? "line" : "item";
		const listed = unknown.slice(0, 5).map((r) => `${what} ${r.row} "${r.path}"`);
		const more = unknown.length > 5 ? `, and ${unknown.length - 5} more` : "";
		problems.warn(
			analytics.file,
			`${unknown.length} ${unknown.length === 1 ? "row names a page" : "rows name pages"} that this build does not publish (${listed.join(", ")}${more}), so ${unknown.length === 1 ? "it is" : "they are"} not counted in Terpopuler; a deleted, draft or embargoed story is not listed`,
		);
	}
	return [...views]
		.map(([article, count]) => ({ article, views: count }))
		.sort(
			(a, b) => b.views - a.views || b.article.date.toMillis() - a.article.date.toMillis() || (a.article.file < b.article.file ? -1 : 1),
		)
		.slice(0, POPULAR_COUNT);
}

/** The article at `path`, or at the end of it (an export of a site in a subfolder: "/berita/2018/04/17/x/"). */
function findArticle(path: string, byUrl: Map<string, Article>): Article | undefined {
	const exact = byUrl.get(path) ?? byUrl.get(path.endsWith("/") || path.endsWith(".html") ? path : `${path}/`);
	if (exact) return exact;
	for (let at = path.indexOf("/", 1); at > 0; at = path.indexOf("/", at + 1)) {
		const found = byUrl.get(path.slice(at));
		if (found) return found;
	}
	return undefined;
}
