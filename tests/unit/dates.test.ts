import { test } from "uvu";
import * as assert from "uvu/assert";
import { DateTime } from "luxon";
import { dateFromMillis, formatSiteDate, parseSiteDate, rfc3339, sharedLocale, siteNow } from "../../src/time/dates.ts";
import { siteZone } from "../../src/time/zone.ts";

const ZONE = "Asia/Jakarta";
const FORMATS = { date: "cccc, d LLLL yyyy", time: "HH.mm", dateTime: "{date} · {time} {zone}" };

function parse(value: unknown) {
	const result = parseSiteDate(value, ZONE);
	if (!result.ok) throw new Error(result.reason);
	return result.value;
}

test("a zone-less date and time is wall-clock time in the site zone", () => {
	const dt = parse("2018-04-17 10:15");
	assert.is(dt.toISO({ suppressMilliseconds: true }), "2018-04-17T10:15:00+07:00");
	assert.is(dt.toUTC().toISO({ suppressMilliseconds: true }), "2018-04-17T03:15:00Z");
});

test("late evening stays on the same day (the off-by-one-day bug)", () => {
	const dt = parse("2018-04-17 23:30");
	assert.is(dt.day, 17);
	assert.is(formatSiteDate(dt, "id", FORMATS).date, "Selasa, 17 April 2018");
});

test("date-only means midnight in the site zone, not UTC midnight", () => {
	const dt = parse("2018-04-17");
	assert.is(dt.toISO({ suppressMilliseconds: true }), "2018-04-17T00:00:00+07:00");
	assert.is(formatSiteDate(dt, "id", FORMATS).date, "Selasa, 17 April 2018");
});

test("accepts seconds, a T separator and explicit offsets", () => {
	assert.is(parse("2018-04-17T10:15:30").second, 30);
	// 03:15 UTC is 10:15 WIB: an explicit offset is honoured, then shown in the site zone.
	assert.is(parse("2018-04-17T03:15:00Z").hour, 10);
	assert.is(parse("2018-04-17T12:15:00+09:00").hour, 10);
	assert.is(parse("2018-04-17 10:15 +0700").hour, 10);
});

test("impossible dates are errors, never rolled over", () => {
	for (const bad of ["2018-02-30", "2018-13-45", "2018-04-17 25:00", "2018-04-17 10:61", "17-04-2018", "kemarin", ""]) {
		const result = parseSiteDate(bad, ZONE);
		assert.is(result.ok, false, bad);
	}
	const result = parseSiteDate("2018-02-30", ZONE);
	assert.ok(!result.ok && /2018-02-30/.test(result.reason));
});

test("non-string values explain what was expected", () => {
	const result = parseSiteDate(new Date("2018-04-17T00:00:00Z"), ZONE);
	assert.ok(!result.ok && /unquoted YAML timestamp/.test(result.reason));
	const missing = parseSiteDate(undefined, ZONE);
	assert.ok(!missing.ok && /found nothing/.test(missing.reason));
});

test("display format: Selasa, 17 April 2018 · 10.15 WIB", () => {
	const formatted = formatSiteDate(parse("2018-04-17 10:15"), "id", FORMATS, "WIB");
	assert.is(formatted.dateTime, "Selasa, 17 April 2018 · 10.15 WIB");
	assert.is(formatted.iso, "2018-04-17T10:15:00+07:00");
});

test("the zone label comes from the locale when the site gives none", () => {
	assert.is(formatSiteDate(parse("2018-04-17 10:15"), "id", FORMATS).dateTime, "Selasa, 17 April 2018 · 10.15 WIB");
});

test("formatting does not depend on the machine's TZ", () => {
	// The suite runs under TZ=Pacific/Kiritimati (UTC+14) and America/Los_Angeles (UTC-8).
	const dt = parse("2018-04-17 00:05");
	assert.is(formatSiteDate(dt, "id", FORMATS, "WIB").dateTime, "Selasa, 17 April 2018 · 00.05 WIB");
});

test("siteNow accepts an injected moment", () => {
	assert.is(siteNow(ZONE, "2026-11-29 08:00").toISO({ suppressMilliseconds: true }), "2026-11-29T08:00:00+07:00");
	assert.is(siteNow(ZONE).zoneName, ZONE);
	assert.throws(() => siteNow(ZONE, "besok"), /Invalid "now"/);
});

test("rfc3339: 2018-04-17T10:15:00+07:00, the site offset and whole seconds", () => {
	assert.is(rfc3339(parse("2018-04-17 10:15")), "2018-04-17T10:15:00+07:00");
	assert.is(rfc3339(parse("2018-04-17 23:59:59.999")), "2018-04-17T23:59:59+07:00");
	assert.is(rfc3339(DateTime.fromISO("2018-04-17T03:15:00Z", { zone: "UTC" })), "2018-04-17T03:15:00+00:00");
	assert.is(rfc3339(DateTime.fromISO("2018-01-05T09:00:00", { zone: "America/St_Johns" })), "2018-01-05T09:00:00-03:30");
});

test("rfc3339 agrees with luxon's own ISO output across zones and DST changes", () => {
	for (const zone of ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura", "Europe/Berlin", "America/Los_Angeles", "Australia/Adelaide"]) {
		for (let i = 0; i < 200; i++) {
			const dt = DateTime.fromMillis(Date.UTC(2018, 0, 1) + i * 1.9e9 + i * 7919, { zone }).startOf("second");
			assert.is(rfc3339(dt), dt.toISO({ suppressMilliseconds: true }), `${zone} ${dt.toISO()}`);
		}
	}
});

// luxon gave every date read (front matter, build cache) a Locale object of its own: at 100,000 articles ~50 MB of
// the build's heap, copied by every young-generation collection. Dates now share one; what they print is the same.
test("dates read from front matter or the build cache share one luxon Locale and print as before", () => {
	const loc = (dt: DateTime) => (dt as unknown as { loc: object }).loc;
	const a = parse("2018-04-17 10:15");
	const b = parse("2019-01-02T23:59:00+09:00");
	const c = dateFromMillis(Date.UTC(2020, 5, 1, 3, 0), siteZone(ZONE));
	assert.ok(loc(a) === loc(b) && loc(b) === loc(c), "one Locale");
	const own = DateTime.fromMillis(c.toMillis(), { zone: siteZone(ZONE) });
	assert.not.ok(loc(own) === loc(c), "luxon's own fromMillis makes a Locale per date (what sharedLocale undoes)");
	for (const [shared, fresh] of [
		[c, own],
		[a, DateTime.fromISO("2018-04-17T10:15:00", { zone: ZONE })],
	] as const) {
		assert.is(shared.toISO(), fresh.toISO());
		assert.equal(formatSiteDate(shared, "id", FORMATS, "WIB"), formatSiteDate(fresh, "id", FORMATS, "WIB"));
		assert.is(shared.setLocale("en").toFormat("cccc d LLLL"), fresh.setLocale("en").toFormat("cccc d LLLL"));
	}
	const english = DateTime.fromMillis(0, { zone: "UTC", locale: "en-GB" });
	assert.not.ok(loc(sharedLocale(english)) === loc(a), "a date with another locale keeps its own");
	assert.is(sharedLocale(english).locale, "en-GB");
});

test.run();
