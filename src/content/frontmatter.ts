// Splits a markdown file into YAML front matter and body. We parse front matter ourselves (not with
// gray-matter through Eleventy) because articles are not Eleventy templates (docs/toolchain.md §3–4),
// and we use js-yaml's CORE_SCHEMA so dates stay strings for src/time/dates.ts to read in the site zone.
import yaml from "js-yaml";
import { findSilentComments, unclosedQuoteLine, yamlHint } from "./checks/yaml-hints.ts";

/** Something legal but probably unintended, found while splitting the file. */
export interface FrontMatterWarning {
	message: string;
	field?: string;
	line: number;
}

export type FrontMatterResult =
	{ ok: true; data: Record<string, unknown>; body: string; warnings: FrontMatterWarning[] } | { ok: false; message: string; line?: number };

const OPENING = /^---[ \t]*\n/;
const CLOSING = /^---[ \t]*$/m;

export function parseFrontMatter(source: string): FrontMatterResult {
	// Tolerate a UTF-8 byte order mark and Windows line endings.
	const text = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
	const encoding = checkEncoding(text);
	if (encoding) return encoding;
	if (text.trim() === "") {
		return { ok: false, message: 'the file is empty; an article starts with front matter between two "---" lines' };
	}
	if (!OPENING.test(text)) {
		return {
			ok: false,
			message: 'no front matter: the file must start with a "---" line, then title, date, … and a closing "---"',
			line: 1,
		};
	}
	const afterOpening = text.replace(OPENING, "");
	const closing = CLOSING.exec(afterOpening);
	if (!closing) {
		return { ok: false, message: 'front matter is not closed: add a "---" line after the last field', line: 1 };
	}
	const yamlText = afterOpening.slice(0, closing.index);
	const body = afterOpening.slice(closing.index + closing[0].length).replace(/^\n/, "");
	let data: unknown;
	try {
		data = yaml.load(yamlText, { schema: yaml.CORE_SCHEMA, listener: refuseAnchors });
	} catch (error) {
		if (error instanceof AnchorFound) {
			const at = yamlText.search(new RegExp(`&${escapeRegExp(error.anchor)}(?![^\\s,\\[\\]{}])`));
			const line = at < 0 ? undefined : yamlText.slice(0, at).split("\n").length + 1;
			return {
				ok: false,
				message: `front matter uses the YAML anchor "&${error.anchor}"; anchors (&name) and aliases (*name) are not allowed: write each value out in full, and put a value that starts with & or * in double quotes`,
				line,
			};
		}
		if (error instanceof yaml.YAMLException) {
			// mark.line is 0-based within the YAML block; +2 for that and the opening "---" line. A quote left open
			// is found by js-yaml only at the end of the block: point at the line where it opened instead.
			const unclosed = /end of the stream within a (double|single) quoted scalar/.test(error.reason)
				? unclosedQuoteLine(yamlText)
				: undefined;
			const at = unclosed ?? error.mark.line;
			const line = at + 2;
			const hint = yamlHint(error.reason, yamlText.split("\n")[at]);
			return { ok: false, message: `front matter is not valid YAML (${error.reason}): ${hint}`, line };
		}
		throw error;
	}
	if (data === undefined || data === null) data = {};
	if (typeof data !== "object" || Array.isArray(data)) {
		return { ok: false, message: "front matter must be a list of `field: value` lines", line: 2 };
	}
	const warnings = findSilentComments(yamlText, 2).map(({ line, field, dropped }) => ({
		line,
		field,
		message: `"${dropped}" was read as a YAML comment and left out (a " #" starts a comment); put the whole value in double quotes`,
	}));
	return { ok: true, data: data as Record<string, unknown>, body, warnings };
}

// Front matter has no use for YAML anchors (&name) and aliases (*name), and nested aliases expand
// exponentially ("billion laughs": nine lines reach 9⁹ values once anything walks the result). js-yaml calls the
// listener as each node closes, before any alias can refer to it, so the first anchor stops the parse; without
// an anchor every alias is js-yaml's own "unidentified alias" error.
class AnchorFound extends Error {
	readonly anchor: string;
	constructor(anchor: string) {
		super(`YAML anchor &${anchor}`);
		this.anchor = anchor;
	}
}

function refuseAnchors(event: yaml.EventType, state: yaml.State): void {
	// `anchor` is set while js-yaml composes a node with one; @types/js-yaml does not declare it.
	const anchor = (state as unknown as { anchor?: string | null }).anchor;
	if (event === "close" && anchor) throw new AnchorFound(anchor);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// readFileSync(…, "utf8") turns bytes that are not UTF-8 into U+FFFD; a file saved as UTF-16 is full of NULs.
// Either would publish garbled text, so say which line and how to save the file instead.
// UTF-16 is recognised by its NULs or by its byte order mark (FF FE or FE FF, which decode as two U+FFFD).
function checkEncoding(text: string): FrontMatterResult | undefined {
	if (text.startsWith("\uFFFD\uFFFD") || text.includes("\u0000")) {
		return { ok: false, message: 'the file is saved as UTF-16; save it as "UTF-8" in your editor' };
	}
	const bad = text.indexOf("\uFFFD");
	if (bad < 0) return undefined;
	const line = text.slice(0, bad).split("\n").length;
	return { ok: false, message: 'the file contains characters that are not UTF-8 (shown as �); save it as "UTF-8" in your editor', line };
}
