// A deterministic generated newsroom of several hundred articles for integration tests: a seeded PRNG, so
// every run builds the same site. It returns the files for makeSite() and, separately, what each article
// is, so tests compute the expected page counts from the generator's own record, not from Warta's code.
import { article } from "./fixture.ts";
import { prng } from "../../src/bench/prng.ts";

export interface GeneratedArticle {
	file: string;
	title: string;
	/** "2026-03-17 08:05" in the site zone (WIB) */
	date: string;
	rubric: string;
	authors: string[];
	/** Tags as written, variants included (" BANTEN ", "Bantén") */
	tags: string[];
	draft: boolean;
	/** Dated after the fixture's "now" */
	future: boolean;
	featured: boolean;
	/** "/2026/03/17/berita-12-…/" */
	url: string;
}

export interface GeneratedNewsroom {
	files: Record<string, string>;
	articles: GeneratedArticle[];
}

export const RUBRICS = [
	"pemerintahan",
	"pemerintahan",
	"pemerintahan",
	"infrastruktur",
	"infrastruktur",
	"pendidikan",
	"hukum",
	"olahraga",
];
export const TAGS = [
	"Pemkab Serang",
	"DPRD",
	"Jalan Rusak",
	"Sekolah",
	"Banjir",
	"Perserang",
	"Cikande",
	"Tanara",
	"Kramatwatu",
	"Pontang",
	"Anyer",
	"Dana Desa",
];
/** One tag, four spellings: they must make one tag page */
export const BANTEN_VARIANTS = ["Banten", "banten", " BANTEN ", "Bantén"];
/** The busiest day: more stories than fit on one indeks page */
export const BUSY_DAY = "2026-03-17";
export const BUSY_DAY_COUNT = 45;
/** Tags on exactly 20 and 21 published stories: one page and two pages */
export const TWENTY = "Tepat Dua Puluh";
export const TWENTY_ONE = "Dua Puluh Satu";
/** Dated after FIXED_NOW (2026-11-29 08:00): the first one exactly at EMBARGO_LIFTS */
export const EMBARGO_LIFTS = "2026-12-05 10:00";
export const FUTURE_DATES = [EMBARGO_LIFTS, "2027-01-10 08:00"];
export const DRAFTS = 6;

const WORDS = [
	"Pemerintah Kabupaten Serang meninjau pelaksanaan program di tingkat desa.",
	"Warga berharap perbaikan segera dilakukan sebelum musim hujan tiba.",
	"Kepala dinas menyebut anggaran sudah disiapkan dalam perubahan tahun ini.",
	"Sejumlah tokoh masyarakat hadir dalam pertemuan di balai desa.",
	"Petugas mencatat keluhan warga satu per satu dan berjanji menindaklanjutinya.",
	"Anggota DPRD meminta pelaksanaan program diawasi dengan ketat.",
];

const pad = (n: number) => String(n).padStart(2, "0");

/** `count` ordinary articles (plus drafts and future ones) between January and April 2026. */
export function generateNewsroom(count = 400, seed = 2026): GeneratedNewsroom {
	const random = prng(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
	const articles: GeneratedArticle[] = [];
	const usedMinutes = new Set<string>();

	const add = (i: number, date: string, extra: Partial<GeneratedArticle> = {}) => {
		const tags = new Set<string>([pick(TAGS)]);
		if (random() < 0.5) tags.add(pick(TAGS));
		if (random() < 0.3) tags.add(pick(BANTEN_VARIANTS));
		const authors = random() < 0.1 ? ["andi", "sari"] : [pick(["andi", "sari", "rudi"])];
		const [day, time] = date.split(" ");
		const slug = `berita-${i}-${pick(["rapat", "warga", "jalan", "sekolah", "banjir", "laga"])}`;
		articles.push({
			file: `articles/${day!.slice(0, 7).replace("-", "/")}/${slug}.md`,
			title: `Berita ${i}: ${pick(WORDS).slice(0, 40).trim()}`,
			date: `${day} ${time}`,
			rubric: pick(RUBRICS),
			authors,
			tags: [...tags],
			draft: false,
			future: false,
			featured: false,
			url: `/${day!.replace(/-/g, "/")}/${slug}/`,
			...extra,
		});
	};
	// A unique minute per article, so "newest first" has no ties to reason about.
	const uniqueTime = (day: string): string => {
		for (;;) {
			const time = `${day} ${pad(6 + Math.floor(random() * 16))}:${pad(Math.floor(random() * 60))}`;
			if (!usedMinutes.has(time)) {
				usedMinutes.add(time);
				return time;
			}
		}
	};

	for (let i = 0; i < count; i++) {
		const day = i < BUSY_DAY_COUNT ? BUSY_DAY : `2026-${pad(1 + Math.floor(random() * 4))}-${pad(1 + Math.floor(random() * 28))}`;
		add(i, uniqueTime(day));
	}
	// Boundary tags: on exactly 20 and 21 ordinary articles.
	for (let i = 0; i < 21; i++) articles[100 + i]!.tags.push(TWENTY_ONE);
	for (let i = 0; i < 20; i++) articles[200 + i]!.tags.push(TWENTY);
	articles[300]!.featured = true;
	for (let i = 0; i < DRAFTS; i++) add(count + i, uniqueTime(`2026-04-${pad(20 + i)}`), { draft: true, title: `Draf Rahasia ${i}` });
	FUTURE_DATES.forEach((date, i) =>
		add(count + DRAFTS + i, date, { future: true, title: `Berita Embargo ${i}`, tags: ["Banten", "Pemkab Serang"] }),
	);

	const files: Record<string, string> = {};
	for (const a of articles) {
		const body = Array.from({ length: 3 + Math.floor(random() * 5) }, () => pick(WORDS)).join("\n\n") + "\n";
		files[a.file] = article(
			{
				title: a.title,
				date: a.date,
				author: a.authors.length === 1 ? a.authors[0] : a.authors,
				rubric: a.rubric,
				tags: a.tags,
				summary: `Ringkasan ${a.title}`,
				draft: a.draft || undefined,
				featured: a.featured || undefined,
			},
			body,
		);
	}
	return { files, articles };
}

/** Newest first, the order of every listing (dates are unique minutes, so no tie-break is needed). */
export function newestFirst(articles: GeneratedArticle[]): GeneratedArticle[] {
	return [...articles].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** The normalised slug of a tag, written out here rather than imported, for the expectations. */
export function tagKey(name: string): string {
	return name
		.trim()
		.toLowerCase()
		.normalize("NFKD")
		.replace(/[\u0300-\u036f]/g, "")
		.replace(/\s+/g, "-");
}
