// Readable ASCII slugs for URLs: "Bupati Serang Minta ASN Milenial Berinovasi!" → "bupati-serang-minta-asn-milenial-berinovasi".
// Accents are folded (é → e), emoji and punctuation dropped, so case or spacing variants share one slug.
export function slugify(text: string): string {
	return text
		.normalize("NFKD")
		.replace(/[\u0300-\u036f]/g, "")
		.toLowerCase()
		.replace(/['’`]/g, "")
		.replace(/[^a-z0-9]+/g, "-")
		.replace(/^-+|-+$/g, "");
}

/**
 * A tag's slug. "+" and "#" right after a letter or digit carry meaning ("C++", "C#", "Google+"), so they are
 * spelt out ("c-plus-plus", "c-sharp") instead of dropped, and such tags never merge into "C"'s /tag/c/. A "#"
 * starting a word is a hashtag and is dropped ("#SaveSerang" → "saveserang"). Case, accents, spacing and other
 * punctuation still fold together: "Jalan Rusak", "jalan-rusak" and "Jalan  Rusák" are one tag.
 */
export function tagSlug(name: string): string {
	return slugify(name.replace(/(?<=[\p{L}\p{N}]\+*)\+/gu, " plus ").replace(/(?<=[\p{L}\p{N}])#/gu, " sharp "));
}
