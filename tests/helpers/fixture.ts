// Test fixtures: a throwaway site root (articles/ + _data/) in the OS temp dir, outside the repo.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export function tempDir(prefix: string): string {
	return mkdtempSync(join(tmpdir(), `warta-${prefix}-`));
}

/** A real 32×18 JPEG (274 bytes): photos are decoded and encoded by the build (src/images/), so they must be images. */
export const TINY_JPEG = Buffer.from(
	"/9j/2wBDAA0JCgsKCA0LCgsODg0PEyAVExISEyccHhcgLikxMC4pLSwzOko+MzZGNywtQFdBRkxOUlNSMj5aYVpQYEpRUk//2wBDAQ4ODhMREyYVFSZPNS01T09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT0//wAARCAASACADASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAX/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAAAAX/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCWAqpIAAAAAD//2Q==",
	"base64",
);

/**
 * A site root with the repo's _data/ and public/ (the logo, icons and author photos that data refers to), the
 * sample's newsroom pages (halaman/, which the footer in _data/navigation.json links and _data/newsroom.json names)
 * and the given files (paths relative to the root). `newsroom: false` leaves out the pages and newsroom.json.
 */
export function makeSite(files: Record<string, string | Buffer>, options: { data?: boolean; newsroom?: boolean } = {}): string {
	const root = tempDir("site");
	if (options.data !== false) {
		cpSync(join(REPO, "_data"), join(root, "_data"), { recursive: true });
		cpSync(join(REPO, "public"), join(root, "public"), { recursive: true });
		if (options.newsroom !== false) cpSync(join(REPO, "halaman"), join(root, "halaman"), { recursive: true });
		else rmSync(join(root, "_data/newsroom.json"), { force: true });
	}
	mkdirSync(join(root, "articles"), { recursive: true });
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

export interface ArticleFields {
	title?: string;
	date?: string;
	author?: string | string[];
	rubric?: string;
	tags?: string[];
	summary?: string;
	[key: string]: unknown;
}

/** Markdown text of an article; fields default to valid values, `undefined` removes a field. */
export function article(fields: ArticleFields = {}, body = "Isi berita.\n"): string {
	const all: Record<string, unknown> = {
		title: "Judul berita",
		date: "2020-01-01 08:00",
		author: "andi",
		rubric: "pemerintahan",
		tags: ["Pemkab Serang"],
		summary: "Ringkasan berita.",
		...fields,
	};
	const lines = Object.entries(all)
		.filter(([, v]) => v !== undefined)
		.map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
	return `---\n${lines.join("\n")}\n---\n${body}`;
}
