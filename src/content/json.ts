// JSON data files are edited by hand. JSON.parse says "at position 112"; editors need the line and the usual
// cause (a comma after the last item, single quotes, a comment), so say those.
export type JsonResult = { ok: true; value: unknown } | { ok: false; message: string; line?: number };

export function parseJson(source: string): JsonResult {
	const text = source.replace(/^\uFEFF/, "");
	if (text.trim() === "") return { ok: false, message: "the file is empty; it must hold JSON, at least {}" };
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch (error) {
		// V8 says either "… in JSON at position 16" or `Unexpected token ']', "[1, 2,]" is not valid JSON`
		// (quoting the source); in the second case find the token ourselves.
		const reason = (error as Error).message.replace(/\s*\(line \d+ column \d+\)$/, "").replace(/, ".*" is not valid JSON$/s, "");
		const position = /at position (\d+)/.exec(reason);
		const offset = position ? Number(position[1]) : locate(text, reason);
		const line = offset === undefined ? undefined : text.slice(0, offset).split("\n").length;
		return { ok: false, message: `is not valid JSON (${reason}): ${jsonHint(text, offset)}`, line };
	}
}

function locate(text: string, reason: string): number | undefined {
	const token = /Unexpected token '(.)'/.exec(reason)?.[1];
	if (token === undefined) return undefined;
	if (token === "]" || token === "}") {
		const trailing = /,\s*[}\]]/.exec(text);
		if (trailing) return trailing.index + trailing[0].length - 1;
	}
	const at = text.indexOf(token);
	return at < 0 ? undefined : at;
}

function jsonHint(text: string, offset: number | undefined): string {
	const before = offset === undefined ? "" : text.slice(0, offset).trimEnd();
	const at = offset === undefined ? "" : text.slice(offset, offset + 2);
	if (before.endsWith(",") && /^[}\]]/.test(at)) return "remove the comma after the last item of the list or group";
	if (at.startsWith("'")) return 'JSON needs double quotes "…" around names and text, not single quotes';
	if (at.startsWith("/")) return "JSON has no comments; remove the // or /* */ line";
	if (/^[}\]]/.test(at) === false && /["\d\]}el]$/.test(before) && /^["{[]/.test(at)) return "a comma is missing between two items";
	return 'check the quotes and commas around this line (every name and text in "double quotes", items separated by commas)';
}
