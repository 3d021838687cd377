import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildArchive } from "../../src/content/archive.ts";
import { allCorrections } from "../../src/views/corrections.ts";
import { formatProblem } from "../../src/content/problems.ts";
import { archiveOf } from "../helpers/archive.ts";
import { article, makeSite } from "../helpers/fixture.ts";

const NOW = "2026-11-29 08:00";
const problems = (files: Record<string, string>) => buildArchive({ root: makeSite(files), now: NOW }).problems.map(formatProblem);

test("corrections are read in the site zone, oldest first, with display dates", () => {
	const archive = archiveOf({
		"articles/a.md": article({
			date: "2025-02-11 15:45",
			corrections: [
				{ date: "2025-02-13 23:30", text: "Kedua." },
				{ date: "2025-02-12 09:20", text: "Pertama." },
			],
		}),
	});
	const [first, second] = archive.articles[0]!.corrections;
	assert.is(first!.text, "Pertama.");
	assert.is(first!.when.iso, "2025-02-12T09:20:00+07:00");
	assert.is(first!.when.dateTime, "Rabu, 12 Februari 2025 · 09.20 WIB");
	assert.is(second!.date.toISO({ suppressMilliseconds: true }), "2025-02-13T23:30:00+07:00", "late evening stays on its day");
});

test("a correction sets the article's updated date unless `updated` is later", () => {
	const archive = archiveOf({
		"articles/a.md": article({ title: "A", date: "2025-02-11 15:45", corrections: [{ date: "2025-02-12 09:20", text: "Ralat." }] }),
		"articles/b.md": article({
			title: "B",
			date: "2025-02-10 08:00",
			updated: "2025-03-01 08:00",
			corrections: [{ date: "2025-02-12 09:20", text: "Ralat." }],
		}),
		"articles/c.md": article({ title: "C", date: "2025-02-09 08:00" }),
	});
	const [a, b, c] = archive.articles;
	assert.is(a!.updated!.toISO({ suppressMilliseconds: true }), "2025-02-12T09:20:00+07:00");
	assert.is(a!.modified!.iso, "2025-02-12T09:20:00+07:00");
	assert.is(b!.updated!.toISO({ suppressMilliseconds: true }), "2025-03-01T08:00:00+07:00");
	assert.is(c!.updated, undefined);
	assert.equal(c!.corrections, []);
});

test("mistakes in corrections are reported with the file and the field", () => {
	const found = problems({
		"articles/a.md": article({
			date: "2025-02-11 15:45",
			corrections: [
				{ date: "2025-02-30 10:00", text: "Tanggal mustahil." },
				{ date: "2025-02-10 10:00", text: "Sebelum terbit." },
				{ date: "2025-02-12 10:00" },
				"teks saja",
			],
		}),
		"articles/b.md": article({ corrections: [{ date: "2025-02-12", text: "x", oleh: "andi" }] }),
		"articles/c.md": article({ corrections: "Ralat." }),
	});
	const has = (pattern: RegExp) =>
		assert.ok(
			found.some((m) => pattern.test(m)),
			`${pattern}\n${found.join("\n")}`,
		);
	has(/^articles\/a\.md: corrections\.0\.date: "2025-02-30 10:00" is not a real date/);
	has(/^articles\/a\.md: corrections\.1\.date: "2025-02-10 10:00" is before the publication date/);
	has(/^articles\/a\.md: corrections\.2\.text: is required: what was wrong and what is right/);
	has(/^articles\/a\.md: corrections\.3: expected a group of fields: date, text/);
	has(/^articles\/b\.md: corrections\.0\.oleh: is not a field Warta knows/);
	has(/^articles\/c\.md: corrections: expected a list of corrections/);
});

test("all corrections of the archive, newest first, each with its article", () => {
	const archive = archiveOf({
		"articles/a.md": article({
			title: "A",
			date: "2025-02-11 15:45",
			corrections: [
				{ date: "2025-02-12 09:20", text: "A1" },
				{ date: "2025-03-01 10:00", text: "A2" },
			],
		}),
		"articles/b.md": article({ title: "B", date: "2025-02-20 08:00", corrections: [{ date: "2025-02-21 08:00", text: "B1" }] }),
		"articles/c.md": article({ title: "C", date: "2025-02-25 08:00" }),
	});
	assert.equal(
		allCorrections(archive.articles).map((c) => [c.text, c.article.title]),
		[
			["A2", "A"],
			["B1", "B"],
			["A1", "A"],
		],
	);
});

test("a correction dated in the future is held back like an embargo: no future lastmod, shown once its time has come", () => {
	const files = {
		"articles/a.md": article({
			date: "2026-11-01 08:00",
			updated: "2026-11-02 08:00",
			corrections: [
				{ date: "2026-11-03 08:00", text: "Sudah terbit." },
				{ date: "2026-12-24 08:00", text: "Belum waktunya." },
			],
		}),
	};
	const root = makeSite(files);
	const before = buildArchive({ root, now: NOW });
	const held = before.archive!.articles[0]!;
	assert.equal(
		held.corrections.map((c) => c.text),
		["Sudah terbit."],
	);
	assert.is(held.updated!.toISO({ suppressMilliseconds: true }), "2026-11-03T08:00:00+07:00", "no lastmod in the future");
	assert.equal(
		allCorrections(before.archive!.articles).map((c) => c.text),
		["Sudah terbit."],
	);
	assert.equal(before.problems.map(formatProblem), [
		"articles/a.md: warning: corrections: 2026-12-24 08:00 is in the future: the correction is held back until the first build after that time",
	]);
	const after = buildArchive({ root, now: "2026-12-24 08:00" }).archive!.articles[0]!;
	assert.equal(
		after.corrections.map((c) => c.text),
		["Sudah terbit.", "Belum waktunya."],
	);
	assert.is(after.updated!.toISO({ suppressMilliseconds: true }), "2026-12-24T08:00:00+07:00");
});

test.run();
