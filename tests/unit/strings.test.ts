// UI strings are typed from the default locale file (_data/i18n/id.json): code reading a key the file lacks does
// not compile, and the other locales must carry the same keys.
import { test } from "uvu";
import * as assert from "uvu/assert";
import en from "../../_data/i18n/en.json" with { type: "json" };
import id from "../../_data/i18n/id.json" with { type: "json" };
import site from "../../_data/site.json" with { type: "json" };
import type { Strings } from "../../src/content/schema.ts";
import { archiveOf } from "../helpers/archive.ts";

// Compile-time checks: a key missing from en.json is a type error here.
const english: Strings = en;
const indonesian: Strings = id;

test("the English locale has exactly the keys of the default one", () => {
	assert.equal(Object.keys(english).sort(), Object.keys(indonesian).sort());
});

test("a site in English builds without a problem about its strings", () => {
	const archive = archiveOf({ "_data/site.json": JSON.stringify({ ...site, language: "en", locale: "en-GB" }) });
	assert.is(archive.data.strings.rubric, en.rubric);
});

test.run();
