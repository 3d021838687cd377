// "Did you mean …?" for misspelt field names and keys. Editors write Indonesian, so the Indonesian word for
// a field ("judul", "penulis") points to its name too.

/** Indonesian (and common CMS) words for article fields. */
const FIELD_WORDS: Record<string, string> = {
	judul: "title",
	tanggal: "date",
	waktu: "date",
	penulis: "author",
	wartawan: "author",
	authors: "author",
	kategori: "rubric",
	rubrik: "rubric",
	rubrics: "rubric",
	tag: "tags",
	label: "tags",
	ringkasan: "summary",
	deskripsi: "summary",
	description: "summary",
	excerpt: "summary",
	lead: "summary",
	tempat: "dateline",
	lokasi: "dateline",
	gambar: "image",
	foto: "image",
	diperbarui: "updated",
	draf: "draft",
	unggulan: "featured",
	keterangan: "caption",
	kredit: "credit",
};

/** The closest known name, or undefined when nothing is close enough to be a likely typo. */
export function suggest(input: string, known: readonly string[], words: Record<string, string> = FIELD_WORDS): string | undefined {
	const lower = input.trim().toLowerCase();
	const exact = known.find((k) => k.toLowerCase() === lower);
	if (exact) return exact;
	const word = words[lower];
	if (word && known.includes(word)) return word;
	let best: string | undefined;
	// Up to 1 edit for short words, 2 from five letters ("titel" → "title" is two), 3 for long ones.
	let bestDistance = (lower.length < 5 ? 1 : lower.length < 9 ? 2 : 3) + 1;
	for (const candidate of known) {
		const distance = editDistance(lower, candidate.toLowerCase());
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best;
}

/** ` Did you mean "title"?`, or "" */
export function didYouMean(input: string, known: readonly string[], words?: Record<string, string>): string {
	const match = suggest(input, known, words);
	return match && match !== input ? `; did you mean "${match}"?` : "";
}

function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		previous = current;
	}
	return previous[b.length]!;
}
