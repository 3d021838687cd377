// Atom 1.0 (RFC 4287, https://www.rfc-editor.org/rfc/rfc4287): a pure builder from the feed model. Dates
// are RFC 3339 with the site offset ("2018-04-17T10:15:00+07:00"); `published` is first publication and
// `updated` moves with corrections (§4.2.9, §4.2.15). Ids are the permanent absolute URLs.
import { rfc3339 } from "../time/dates.ts";
import { lastChange, newestChange } from "../views/changes.ts";
import type { FeedEntry, FeedMeta, FeedPerson } from "./model.ts";
import { element, parent, xmlDeclaration } from "../site/xml.ts";

export const ATOM_NAMESPACE = "http://www.w3.org/2005/Atom";

const person = (p: FeedPerson) => parent("author", {}, [element("name", {}, p.name), p.url && element("uri", {}, p.url)]);

export function buildAtom(meta: FeedMeta, entries: readonly FeedEntry[]): string {
	const feed = parent("feed", { xmlns: ATOM_NAMESPACE, "xml:lang": meta.language }, [
		element("title", { type: "text" }, meta.title),
		element("subtitle", { type: "text" }, meta.description),
		element("link", { rel: "self", type: "application/atom+xml", href: meta.selfUrl }),
		element("link", { rel: "alternate", type: "text/html", href: meta.homeUrl }),
		// The feed's own URL: unique per feed and already in canonical form.
		element("id", {}, meta.selfUrl),
		element("updated", {}, rfc3339(newestChange(entries) ?? meta.emptyUpdated)),
		person({ name: meta.publisher, url: meta.homeUrl }),
		meta.generator && element("generator", {}, meta.generator),
		meta.icon && element("icon", {}, meta.icon),
		meta.logo && element("logo", {}, meta.logo.url),
		...entries.map((entry) =>
			parent("entry", {}, [
				element("title", { type: "text" }, entry.title),
				element("link", { rel: "alternate", type: "text/html", href: entry.url }),
				element("id", {}, entry.id),
				element("published", {}, rfc3339(entry.date)),
				element("updated", {}, rfc3339(lastChange(entry))),
				...entry.authors.map(person),
				...entry.categories.map((term) => element("category", { term })),
				element("summary", { type: "text" }, entry.summary),
				element("content", { type: "html" }, entry.contentHtml),
				entry.image &&
					element("link", { rel: "enclosure", type: entry.image.type, length: entry.image.length || undefined, href: entry.image.url }),
			]),
		),
	]);
	return xmlDeclaration() + feed + "\n";
}
