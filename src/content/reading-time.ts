// "3 menit baca": reading time from the markdown body. 200 words a minute is the usual figure for
// reading news on screen; we round up so a short story still says "1 menit", never "0".
export const WORDS_PER_MINUTE = 200;

// A word: letters or digits, optionally joined by a hyphen or apostrophe ("desa-desa", "Ma'ruf", "2018").
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** Words a reader reads: link text counts, link targets, image sources and HTML tags do not. */
export function countWords(markdown: string): number {
	const text = markdown
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, " ")
		.replace(/\]\([^)]*\)/g, "] ")
		.replace(/<[^>]*>/g, " ");
	let count = 0;
	for (const _ of text.matchAll(WORD)) count++;
	return count;
}

export function readingMinutes(markdown: string, wordsPerMinute = WORDS_PER_MINUTE): number {
	return Math.max(1, Math.ceil(countWords(markdown) / wordsPerMinute));
}
