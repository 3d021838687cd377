// Front matter is YAML, and YAML's rules surprise people who write news, not code. These helpers turn
// js-yaml's parser messages into a fix an editor can apply, and catch the one YAML rule that loses text
// without any error: an unquoted " #" starts a comment. Messages are listed in docs/authoring.md.

const QUOTE_HINT = 'put the whole value in double quotes, e.g. title: "Pemilu: hasil akhir"';

/** A fix for a js-yaml error `reason`, given the offending line of the front matter (may be undefined). */
export function yamlHint(reason: string, line: string | undefined): string {
	if (reason.startsWith("duplicated mapping key")) return "the same field is written twice; keep one of them";
	if (reason.startsWith("unidentified alias")) {
		return `a value that starts with * is read as a YAML alias, which front matter does not use; ${QUOTE_HINT}`;
	}
	if (reason.includes("tab characters")) return "indent with spaces, not tabs";
	if (reason.includes("missed comma") || reason.includes("flow collection")) {
		return "a list in [ ] needs a comma between items and a closing ], e.g. tags: [Banjir, Tanara]";
	}
	if (reason.includes("double quoted scalar")) return 'a value opened with " must end with " on the same line';
	if (reason.includes("single quoted scalar")) return `a value opened with ' must end with '; ${QUOTE_HINT}`;
	const value = line?.replace(/^\s*(?:-\s+)?[\w-]+:\s*/, "") ?? "";
	const needsQuotes = /: /.test(value) || /^[[{"'@`*&!%|>]/.test(value);
	if (!needsQuotes && line !== undefined && /^\s+[\w-]+:/.test(line)) {
		return "remove the spaces before the field name; only the fields inside a group (image: src, alt …) are indented";
	}
	return `if the value contains ": " or starts with [ { " ' @ \` * & ! % | >, ${QUOTE_HINT}`;
}

/**
 * The 0-based line of yamlText where a quoted value opens and never closes, or undefined. js-yaml reports such a
 * quote at the end of the text it was given — the closing "---" — which is usually far from the slip.
 * A quote opens a value only where a value can start: at the start of a line, after "key:", "- ", "[", "{" or ",".
 */
export function unclosedQuoteLine(yamlText: string): number | undefined {
	let line = 0;
	let open: { quote: string; line: number } | undefined;
	let valueCanStart = true;
	for (let i = 0; i < yamlText.length; i++) {
		const c = yamlText[i]!;
		if (open) {
			if (c === "\n") line++;
			else if (open.quote === '"' && c === "\\") {
				if (yamlText[i + 1] === "\n") line++;
				i++;
			} else if (c === open.quote) {
				if (open.quote === "'" && yamlText[i + 1] === "'") i++;
				else open = undefined;
			}
			continue;
		}
		if (c === "\n") {
			line++;
			valueCanStart = true;
		} else if (c === "#" && (i === 0 || /\s/.test(yamlText[i - 1]!))) {
			while (i + 1 < yamlText.length && yamlText[i + 1] !== "\n") i++;
		} else if ((c === '"' || c === "'") && valueCanStart) {
			open = { quote: c, line };
		} else if (
			c === ":" ||
			c === "[" ||
			c === "{" ||
			c === "," ||
			(c === "-" && /^\s*$/.test(yamlText.slice(yamlText.lastIndexOf("\n", i - 1) + 1, i)))
		) {
			valueCanStart = true;
		} else if (!/[ \t]/.test(c)) {
			valueCanStart = false;
		}
	}
	return open?.line;
}

export interface CommentWarning {
	/** 1-based line in the file */
	line: number;
	field?: string;
	/** The text that YAML dropped */
	dropped: string;
}

// "key: value" or "- value" (a list item), where the value is a plain (unquoted) scalar.
const PLAIN_VALUE = /^[^\s"'[\]{}|>#&*!%@`]/;
const KEY_LINE = /^\s*(?:-\s+)?([\w-]+):[ \t]+(.*)$/;
const ITEM_LINE = /^\s*-[ \t]+(.*)$/;

/**
 * Lines whose unquoted value contains " #": YAML reads the rest as a comment, so
 * `title: Aksi #SaveSerang di alun-alun` becomes just "Aksi". `firstLine` is the file line of yamlText's first line.
 */
export function findSilentComments(yamlText: string, firstLine: number): CommentWarning[] {
	const found: CommentWarning[] = [];
	yamlText.split("\n").forEach((text, index) => {
		const keyed = KEY_LINE.exec(text);
		const item = keyed ? undefined : ITEM_LINE.exec(text);
		const value = keyed?.[2] ?? item?.[1];
		if (value === undefined || !PLAIN_VALUE.test(value)) return;
		const at = value.search(/[ \t]#/);
		if (at < 0) return;
		found.push({ line: firstLine + index, field: keyed?.[1], dropped: value.slice(at).trim() });
	});
	return found;
}
