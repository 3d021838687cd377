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
