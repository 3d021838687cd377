// Every JSON file and JSON block Warta writes goes through this one helper. JSON.stringify alone keeps "<"
// as is, so a headline such as "</script><script>…" would appear verbatim in the JSON Feed or in a JSON-LD
// <script> element, where it closes the element. "<" as \u003c (and U+2028/U+2029, line breaks to older
// JavaScript parsers, escaped too) is the same JSON string to every reader, and can never be read as markup.
export function toJson(value: unknown, indent?: string | number): string {
	return JSON.stringify(value, null, indent)
		.replace(/</g, "\\u003c")
		.replace(/\u2028/g, "\\u2028")
		.replace(/\u2029/g, "\\u2029");
}
