// The one owner of time in Warta: every date an author writes is read here, in the site's time zone,
// and every date a reader sees is formatted here. Nothing depends on the build machine's TZ.
// Why not js-yaml timestamps or `new Date(string)`: both read a zone-less value as UTC (or as the
// machine's zone), which is the classic off-by-one-day bug (docs/toolchain.md §3).
import { DateTime } from "luxon";
import { siteZone } from "./zone.ts";

export type DateResult = { ok: true; value: DateTime } | { ok: false; reason: string };

// YYYY-MM-DD, optionally followed by HH:MM[:SS[.sss]] (separated by "T" or a space), optionally an offset.
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

export const DATE_EXPECTED =
	'a date like "2018-04-17 10:15" (YYYY-MM-DD HH:MM, read in the site\'s time zone) or with an offset "2018-04-17T10:15:00+07:00"';

/**
 * Parses a front-matter date. Values without an offset are wall-clock time in `zone`; date-only values
 * mean midnight there. Impossible calendar values (2018-02-30, 2018-13-45, 25:00) are errors, never rolled over.
 */
export function parseSiteDate(input: unknown, zone: string): DateResult {
	if (typeof input !== "string") {
		return { ok: false, reason: `expected ${DATE_EXPECTED}, found ${describe(input)}` };
	}
	const match = DATE_PATTERN.exec(input.trim());
	if (!match) return { ok: false, reason: `expected ${DATE_EXPECTED}, found "${input}"${dateHint(input.trim())}` };
	const [, y, mo, d, h = "0", mi = "0", s = "0", ms = "0", offset] = match;
	const parts = {
		year: Number(y),
		month: Number(mo),
		day: Number(d),
		hour: Number(h),
		minute: Number(mi),
		second: Number(s),
		millisecond: Number(ms.padEnd(3, "0")),
	};
	const dateZone = offset ? offsetZone(offset) : siteZone(zone);
	const why = whyInvalid(parts);
	if (why) return { ok: false, reason: `"${input}" is not a real date and time: ${why}` };
	const dt = DateTime.fromObject(parts, { zone: dateZone });
	if (!dt.isValid) {
		return { ok: false, reason: `"${input}" is not a real date and time: ${dt.invalidExplanation ?? dt.invalidReason}` };
	}
	// luxon moves times that fall into a DST gap; treat that as an impossible wall-clock time.
	if (dt.hour !== parts.hour || dt.minute !== parts.minute || dt.day !== parts.day) {
		return { ok: false, reason: `"${input}" does not exist as a wall-clock time in ${offset ? dateZone : zone}` };
	}
	return { ok: true, value: sharedLocale(dt.setZone(siteZone(zone))) };
}

/** The instant `ms` (epoch milliseconds) in `zone`, for dates kept as numbers (the build cache). */
export const dateFromMillis = (ms: number, zone: ReturnType<typeof siteZone>): DateTime => sharedLocale(DateTime.fromMillis(ms, { zone }));

/** A DateTime's Locale, as far as `sharedLocale` needs it (luxon keeps it in `loc`; `equals` compares its settings). */
type WithLocale = { loc?: { equals?: (other: unknown) => boolean; weekSettings?: unknown } };
let defaultLocale: WithLocale["loc"];

/**
 * The date with the Locale of luxon's default settings shared with every other date, when its own is equal.
 * luxon gives every DateTime made by `fromMillis` or `fromObject` a Locale of its own (its parsed settings and
 * empty caches): at 100,000 articles those were about 50 MB of the build's heap, and each young-generation
 * collection copied them (docs/performance.md). Dates made from a date (`setZone`, `startOf`) share its Locale
 * already. DateTimes are immutable and an equal Locale formats alike, so nothing a page shows changes; if a luxon
 * release stores its Locale otherwise, the date is returned as it is (tests/unit/dates.test.ts notices).
 */
export function sharedLocale(dt: DateTime): DateTime {
	defaultLocale ??= (DateTime.fromMillis(0, { zone: "UTC" }) as unknown as WithLocale).loc;
	const own = dt as unknown as WithLocale;
	if (own.loc !== defaultLocale && own.loc?.equals?.(defaultLocale) === true && own.loc.weekSettings === defaultLocale?.weekSettings) {
		own.loc = defaultLocale;
	}
	return dt;
}

/** Which part of an impossible date is wrong, in words (luxon's own explanation is written for programmers). */
function whyInvalid(parts: { year: number; month: number; day: number; hour: number; minute: number; second: number }): string | undefined {
	if (parts.month < 1 || parts.month > 12) return `there is no month ${parts.month} (months go from 01 to 12)`;
	const days = DateTime.utc(parts.year, parts.month, 1).daysInMonth ?? 31;
	if (parts.day < 1 || parts.day > days) {
		return `${DateTime.utc(parts.year, parts.month, 1).setLocale("en").toFormat("LLLL yyyy")} has ${days} days, there is no day ${parts.day}`;
	}
	if (parts.hour > 23) return `hours go from 00 to 23, found ${parts.hour}`;
	if (parts.minute > 59 || parts.second > 59) return "minutes and seconds go from 00 to 59";
	return undefined;
}

/** The usual ways newsroom dates differ from ISO, with the fix. */
function dateHint(input: string): string {
	if (/\b(WIB|WITA|WIT)\b/i.test(input)) return "; leave out the zone name: times are read in the site's time zone";
	if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/.test(input)) return "; write the year first: YYYY-MM-DD";
	if (/^\d{4}-\d{1,2}-\d{1,2}[T ]\d{1,2}\.\d{2}/.test(input)) return '; write the time with a colon, "10:15", not "10.15"';
	if (/^\d{4}-\d{1,2}-\d{1,2}/.test(input)) return "; month, day, hour and minute take two digits each (2018-04-07 09:05)";
	return "";
}

function offsetZone(offset: string): string {
	if (offset === "Z") return "UTC";
	const normal = offset.includes(":") ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`;
	return `UTC${normal}`;
}

function describe(value: unknown): string {
	if (value === null || value === undefined) return "nothing";
	if (value instanceof Date) return `an unquoted YAML timestamp (${value.toISOString()})`;
	return `${typeof value} ${JSON.stringify(value)}`;
}

/** The moment a build runs, in the site zone. Tests and embargo previews pass their own. */
export function siteNow(zone: string, now?: string | Date | DateTime): DateTime {
	if (now === undefined) return DateTime.now().setZone(siteZone(zone));
	if (DateTime.isDateTime(now)) return now.setZone(siteZone(zone));
	if (now instanceof Date) return DateTime.fromJSDate(now, { zone: siteZone(zone) });
	const parsed = parseSiteDate(now, zone);
	if (!parsed.ok) throw new Error(`Invalid "now" for the build: ${parsed.reason}`);
	return parsed.value;
}

export interface DateFormats {
	/** luxon format for the date part, e.g. "cccc, d LLLL yyyy" → "Selasa, 17 April 2018" */
	date: string;
	/** luxon format for the time part, e.g. "HH.mm" → "10.15" */
	time: string;
	/** Joins date and time: "{date} · {time} {zone}" */
	dateTime: string;
}

/** Display strings for one instant, in the site zone and locale. */
export interface FormattedDate {
	/** ISO 8601 with the site offset, for <time datetime>: 2018-04-17T10:15:00.000+07:00 */
	iso: string;
	/** "Selasa, 17 April 2018" */
	date: string;
	/** "Selasa, 17 April 2018 · 10.15 WIB" */
	dateTime: string;
}

export function formatSiteDate(dt: DateTime, locale: string, formats: DateFormats, zoneLabel?: string): FormattedDate {
	const local = dt.setLocale(locale);
	const date = local.toFormat(formats.date);
	const label = zoneLabel ?? local.offsetNameShort ?? "";
	const dateTime = formats.dateTime.replace("{date}", date).replace("{time}", local.toFormat(formats.time)).replace("{zone}", label).trim();
	return { iso: dt.toISO({ suppressMilliseconds: true }) ?? "", date, dateTime };
}

/**
 * RFC 3339 / W3C datetime in the site zone, seconds precision: "2018-04-17T10:15:00+07:00". For Atom
 * (RFC 4287 §3.3), JSON Feed, sitemaps and JSON-LD. plugin-rss's dateToRfc3339 would give UTC ("…Z").
 */
export function rfc3339(dt: DateTime): string {
	// Built from the instant and its offset rather than luxon's toISO, which costs ~30 µs a call in a named
	// zone: a sitemap of 100,000 articles would spend seconds on it.
	const offset = dt.offset;
	const local = new Date(dt.toMillis() + offset * 60_000).toISOString().slice(0, 19);
	const sign = offset < 0 ? "-" : "+";
	const abs = Math.abs(offset);
	const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
	return `${local}${zone}`;
}

/** One instant in the site zone with a luxon pattern and locale: "April 2018" from "LLLL yyyy". */
export function formatLocal(dt: DateTime, locale: string, pattern: string): string {
	return dt.setLocale(locale).toFormat(pattern);
}
