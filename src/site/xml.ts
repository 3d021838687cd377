// The one escaping path for XML output (feeds, sitemaps), and the element builders that use it.
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

// Characters XML 1.0 forbids (C0 controls except tab, newline, carriage return; lone surrogates; U+FFFE/F).
const INVALID_XML =
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Anything the two replacements below could change (any surrogate: a valid pair is kept by the slow path).
const NEEDS_WORK = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Escapes text for an XML element or attribute value. */
export function escapeXml(value: string): string {
	// Most values (URLs, dates, plain titles) need nothing: one test instead of two replacements.
	if (!NEEDS_WORK.test(value)) return value;
	return value.replace(INVALID_XML, "").replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

export type XmlNode = string | false | undefined | null | XmlNode[];
export type XmlAttributes = Record<string, string | number | undefined>;

function attributes(attrs: XmlAttributes): string {
	return Object.entries(attrs)
		.filter(([, v]) => v !== undefined)
		.map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
		.join("");
}

/** <name attr="…">escaped text</name>, or <name attr="…"/> without text; for child elements use `parent`. */
export function element(name: string, attrs: XmlAttributes, text?: string): string {
	return text === undefined ? `<${name}${attributes(attrs)}/>` : `<${name}${attributes(attrs)}>${escapeXml(text)}</${name}>`;
}

/** <name attr="…">children</name> where children are XML strings built with `element`. */
export function parent(name: string, attrs: XmlAttributes, children: XmlNode): string {
	return `<${name}${attributes(attrs)}>${flatten(children)}</${name}>`;
}

/** The XML declaration every feed and sitemap starts with. No XSLT view: browsers are dropping XSLT. */
export function xmlDeclaration(): string {
	return `<?xml version="1.0" encoding="utf-8"?>\n`;
}

function flatten(node: XmlNode): string {
	if (Array.isArray(node)) return node.map(flatten).join("");
	return node ? `\n${node}` : "";
}
