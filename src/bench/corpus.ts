// A deterministic synthetic news archive for the benchmark: N articles over ~10 years, ~40 authors,
// 12 rubrics, ~1,000 tags (a few very common, most rare, as in a real newsroom), 300–1,200 words each,
// one in five with a lead photo. Same N and seed → byte-identical files.
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { DateTime } from "luxon";
import { prng } from "./prng.ts";

export interface CorpusOptions {
	articles: number;
	seed?: number;
	/** The last article's date; the archive spans ~10 years back from it */
	end?: string;
	/** A JPEG to copy as the shared lead photo (the repo's sample photo) */
	photo?: string;
	/** UI strings to copy (the repo's _data/i18n) */
	i18nDir: string;
}

const WORDS = (
	"pemerintah kabupaten serang warga desa jalan jembatan sekolah guru murid polisi bupati camat kepala dinas " +
	"anggaran pembangunan perbaikan banjir sungai pantai pasar pedagang petani sawah panen harga beras nelayan " +
	"kampung kecamatan kantor layanan pegawai rapat dewan program bantuan kesehatan puskesmas bidan rumah sakit " +
	"kegiatan peresmian lomba pertandingan klub pemain pelatih stadion penonton kemenangan kekalahan musim liga " +
	"tersangka penyidik pengadilan hakim jaksa vonis perkara laporan pengaduan keamanan patroli lalu lintas " +
	"truk motor mobil angkutan terminal stasiun pelabuhan industri pabrik buruh upah pekerja investasi izin " +
	"hujan musim kemarau air bersih listrik sampah lingkungan hutan pohon taman alun-alun masjid pondok pesantren " +
	"tahun bulan minggu hari pagi siang sore malam baru lama besar kecil tinggi rendah cepat lambat banyak sedikit " +
	"mengatakan menyebutkan menjelaskan meminta berharap menargetkan menyiapkan membangun memperbaiki mengecek " +
	"meninjau menerima menyerahkan mengikuti menghadiri melaporkan menangkap memeriksa memutuskan menyampaikan"
).split(/\s+/);

const TOWNS = [
	"Serang",
	"Cikande",
	"Anyer",
	"Kramatwatu",
	"Pontang",
	"Tanara",
	"Ciruas",
	"Kragilan",
	"Waringinkurung",
	"Cinangka",
	"Padarincang",
	"Baros",
];
const RUBRICS = [
	"pemerintahan",
	"infrastruktur",
	"pendidikan",
	"hukum",
	"olahraga",
	"ekonomi",
	"kesehatan",
	"lingkungan",
	"politik",
	"budaya",
	"wisata",
	"teknologi",
];

function sentence(rand: () => number, words: number): string {
	const picked = Array.from({ length: words }, () => WORDS[Math.floor(rand() * WORDS.length)]!);
	const text = picked.join(" ");
	return text.charAt(0).toUpperCase() + text.slice(1) + ".";
}

function paragraph(rand: () => number, words: number): string {
	const parts: string[] = [];
	let left = words;
	while (left > 0) {
		const n = Math.min(left, 8 + Math.floor(rand() * 14));
		parts.push(sentence(rand, n));
		left -= n;
	}
	return parts.join(" ");
}

export interface CorpusSummary {
	root: string;
	articles: number;
	authors: number;
	rubrics: number;
	tags: number;
	withImage: number;
	/** Every article's URL, in file order (for checking the built site) */
	urls: string[];
}

export function generateCorpus(root: string, options: CorpusOptions): CorpusSummary {
	const rand = prng(options.seed ?? 20180417);
	const zone = "Asia/Jakarta";
	const end = DateTime.fromISO(options.end ?? "2026-11-01T12:00:00", { zone });
	const spanMinutes = 10 * 365 * 24 * 60;
	const authorKeys = Array.from({ length: 40 }, (_, i) => `penulis-${i + 1}`);
	const tagNames = Array.from({ length: 1000 }, (_, i) => `Topik ${i + 1}`);

	mkdirSync(join(root, "_data/i18n"), { recursive: true });
	for (const lang of ["id", "en"]) copyFileSync(join(options.i18nDir, `${lang}.json`), join(root, `_data/i18n/${lang}.json`));
	writeFileSync(
		join(root, "_data/site.json"),
		JSON.stringify(
			{
				title: "Warta Bench",
				tagline: "Arsip sintetis",
				description: "Arsip berita sintetis untuk mengukur Warta.",
				url: "https://bench.example",
				language: "id",
				timezone: zone,
				timezoneLabel: "WIB",
			},
			null,
			2,
		),
	);
	writeFileSync(
		join(root, "_data/authors.json"),
		JSON.stringify(
			Object.fromEntries(
				authorKeys.map((key, i) => [key, { name: `Penulis Nomor ${i + 1}`, role: "Wartawan", bio: "Wartawan Warta Bench." }]),
			),
			null,
			2,
		),
	);
	writeFileSync(
		join(root, "_data/rubrics.json"),
		JSON.stringify(Object.fromEntries(RUBRICS.map((key) => [key, { name: key.charAt(0).toUpperCase() + key.slice(1) }])), null, 2),
	);
	writeFileSync(join(root, "_data/navigation.json"), JSON.stringify({ main: [{ text: "Beranda", url: "/" }], footer: [] }, null, 2));
	if (options.photo) {
		mkdirSync(join(root, "public/media"), { recursive: true });
		copyFileSync(options.photo, join(root, "public/media/foto.jpg"));
	}

	const urls: string[] = [];
	const usedTags = new Set<string>();
	let withImage = 0;
	for (let i = 0; i < options.articles; i++) {
		// Spread evenly over ten years with jitter; i = 0 is the oldest.
		const minutes = Math.floor(((i + rand()) / options.articles) * spanMinutes);
		const date = end.minus({ minutes: spanMinutes - minutes });
		const town = TOWNS[Math.floor(rand() * TOWNS.length)]!;
		// 5–9 words: under the 110-character headline warning (src/content/checks/article-checks.ts).
		const title = `${sentence(rand, 5 + Math.floor(rand() * 5)).slice(0, -1)} di ${town}`;
		const slug = `berita-${String(i + 1).padStart(6, "0")}`;
		// Zipf-like tags: squaring a uniform number favours the first (common) tags.
		const tagCount = 1 + Math.floor(rand() * 5);
		const tags = new Set<string>();
		while (tags.size < tagCount) tags.add(tagNames[Math.floor(rand() * rand() * tagNames.length)]!);
		for (const tag of tags) usedTags.add(tag);
		const authorCount = rand() < 0.1 ? 2 : 1;
		const authors = Array.from(
			{ length: authorCount },
			(_, k) => authorKeys[(Math.floor(rand() * authorKeys.length) + k) % authorKeys.length]!,
		);
		const words = 300 + Math.floor(rand() * 900);
		const paragraphs: string[] = [];
		for (let left = words; left > 0;) {
			const n = Math.min(left, 60 + Math.floor(rand() * 60));
			paragraphs.push(rand() < 0.1 ? `"${paragraph(rand, n)}" kata ${town.toLowerCase()}.` : paragraph(rand, n));
			left -= n;
		}
		if (rand() < 0.3) paragraphs.splice(2, 0, `## ${sentence(rand, 4).slice(0, -1)}`);
		const image = rand() < 0.2;
		if (image) withImage++;
		const frontMatter = [
			`title: ${JSON.stringify(title)}`,
			`date: "${date.toFormat("yyyy-MM-dd HH:mm")}"`,
			`author: ${authorCount === 1 ? authors[0] : JSON.stringify(authors)}`,
			`rubric: ${RUBRICS[Math.floor(rand() * RUBRICS.length)]}`,
			`tags: ${JSON.stringify([...tags])}`,
			`summary: ${JSON.stringify(sentence(rand, 18))}`,
			`dateline: ${town}`,
			...(image && options.photo
				? [
						"image:",
						"  src: /media/foto.jpg",
						`  alt: ${JSON.stringify(`Foto ilustrasi ${town}`)}`,
						"  credit: Warta Bench",
						"  width: 1200",
						"  height: 675",
					]
				: []),
		];
		const file = join(root, "articles", date.toFormat("yyyy/MM"), `${slug}.md`);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, `---\n${frontMatter.join("\n")}\n---\n${paragraphs.join("\n\n")}\n`);
		urls.push(`/${date.toFormat("yyyy/MM/dd")}/${slug}/`);
	}
	return { root, articles: options.articles, authors: authorKeys.length, rubrics: RUBRICS.length, tags: usedTags.size, withImage, urls };
}
