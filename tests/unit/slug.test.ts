import { test } from "uvu";
import * as assert from "uvu/assert";
import { slugify } from "../../src/site/slug.ts";

test("headlines become readable ASCII slugs", () => {
	assert.is(slugify("Bupati Serang Minta ASN Milenial Berinovasi!"), "bupati-serang-minta-asn-milenial-berinovasi");
});

test("case, accents and spacing variants share one slug", () => {
	for (const variant of ["Banten", "banten", " BANTEN ", "Bantén"]) assert.is(slugify(variant), "banten");
});

test("emoji and punctuation are dropped; apostrophes join words", () => {
	assert.is(slugify("Juara 🏆 Liga 3: Perserang Menang 2-1"), "juara-liga-3-perserang-menang-2-1");
	assert.is(slugify("Jum'at Bersih"), "jumat-bersih");
});

test("text with nothing usable gives an empty slug (callers report it)", () => {
	assert.is(slugify("🎉🎉"), "");
});

test.run();
