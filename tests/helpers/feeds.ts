// A feed model with hostile text, shared by the unit tests of the three feed formats.
import { DateTime } from "luxon";
import type { FeedEntry, FeedMeta } from "../../src/feeds/model.ts";

const at = (iso: string) => DateTime.fromISO(iso, { zone: "Asia/Jakarta" });

/** &, <, quotes, emoji, "]]>", "--" and a control character that XML 1.0 forbids. */
export const HOSTILE = "Banjir <Pontang> & \"Tanara\" 'lagi' ]]> -- 🌊\u0001";
export const HOSTILE_CLEAN = HOSTILE.replace("\u0001", "");

export const meta: FeedMeta = {
	title: "Warta & Kabar",
	description: "Berita <lokal>",
	language: "id",
	homeUrl: "https://warta.example/",
	selfUrl: "https://warta.example/feed.xml",
	publisher: "Warta & Kabar",
	logo: { url: "https://warta.example/logo.png", width: 144, height: 144 },
	icon: "https://warta.example/icon-512.png",
	generator: "Warta (Eleventy)",
	timeZone: "Asia/Jakarta",
	emptyUpdated: at("2026-11-29T08:00:00"),
};

export const entries: FeedEntry[] = [
	{
		id: "https://warta.example/2018/04/18/banjir/",
		url: "https://warta.example/2018/04/18/banjir/",
		title: HOSTILE,
		summary: `Ringkasan ${HOSTILE}`,
		contentHtml: '<p>Isi <a href="https://warta.example/x/">tautan</a> ]]> <script>alert(1)</script></p>',
		date: at("2018-04-18T10:15:00"),
		updated: at("2018-04-19T08:00:00"),
		authors: [
			{ name: "Andi Saputra", url: "https://warta.example/penulis/andi/" },
			{ name: "Sari Wulandari", url: "https://warta.example/penulis/sari/" },
		],
		categories: ["Infrastruktur", "Banjir & Rob"],
		image: {
			url: "https://warta.example/media/banjir.jpg",
			type: "image/jpeg",
			length: 29922,
			width: 1200,
			height: 675,
			alt: "Banjir <rob>",
		},
	},
	{
		id: "https://warta.example/2018/04/17/rapat/",
		url: "https://warta.example/2018/04/17/rapat/",
		title: "Rapat DPRD",
		summary: "Ringkasan",
		contentHtml: "<p>Isi</p>",
		date: at("2018-04-17T23:30:00"),
		authors: [{ name: "Rudi Hartono" }],
		categories: ["Pemerintahan"],
	},
];
