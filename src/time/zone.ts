// The site's time zone, with its UTC offsets remembered per day. luxon asks a named zone for its offset
// (through Intl.DateTimeFormat#formatToParts) every time a date is created, moved or formatted; reading and
// formatting 100,000 articles spent about a third of its time there. A zone's offset changes at most once in
// a day (daylight saving, a new legal offset), so when the first and last millisecond of a UTC day share an
// offset, the whole day does, and that answer is kept; a day with a change is asked per instant, as before.
// Dates and formats stay luxon's own: the zone only answers "what is the offset at this instant" faster.
import { IANAZone, Zone } from "luxon";

const DAY_MS = 86_400_000;

class SiteZone extends Zone {
	readonly #zone: IANAZone;
	readonly #days = new Map<number, number>();

	constructor(zone: IANAZone) {
		super();
		this.#zone = zone;
	}

	override get type(): string {
		return "iana";
	}
	override get name(): string {
		return this.#zone.name;
	}
	get ianaName(): string {
		return this.#zone.name;
	}
	override get isUniversal(): boolean {
		return false;
	}
	override get isValid(): boolean {
		return this.#zone.isValid;
	}
	override offsetName(ts: number, options: { format?: "short" | "long"; locale?: string }): string | null {
		return this.#zone.offsetName(ts, options);
	}
	override formatOffset(ts: number, format: "narrow" | "short" | "techie"): string {
		return this.#zone.formatOffset(ts, format);
	}
	override offset(ts: number): number {
		const day = Math.floor(ts / DAY_MS);
		const known = this.#days.get(day);
		if (known !== undefined) return known;
		const start = this.#zone.offset(day * DAY_MS);
		if (start !== this.#zone.offset(day * DAY_MS + DAY_MS - 1)) return this.#zone.offset(ts);
		this.#days.set(day, start);
		return start;
	}
	/** The days whose offset is known, for the build cache */
	knownDays(): [number, number][] {
		return [...this.#days];
	}
	/** Offsets learned by an earlier process with the same time zone data (the cache's key names its version) */
	learnDays(days: [number, number][]): void {
		for (const [day, offset] of days) this.#days.set(day, offset);
	}
	override equals(other: Zone): boolean {
		return other.type === "iana" && other.name === this.name;
	}
}

const zones = new Map<string, Zone | string>();

/** The zone to give luxon for an IANA name ("Asia/Jakarta"); other names (fixed offsets, "UTC") pass through. */
export function siteZone(name: string): Zone | string {
	let zone = zones.get(name);
	if (zone === undefined) {
		zone = IANAZone.isValidZone(name) && !/^(utc|gmt|etc\/)/i.test(name) ? new SiteZone(IANAZone.create(name)) : name;
		zones.set(name, zone);
	}
	return zone;
}

/**
 * The offsets the site zone `name` knows, by UTC day (days since 1970), so the build cache can keep them: a
 * build restoring 20,000 stored articles from ten years asked Intl for ~7,000 offsets (0.3–0.5 s). Valid only
 * for the same time zone data: whoever keeps them must key them by `process.versions.tz` (timeZoneDataVersion).
 */
export function knownOffsets(name: string): [number, number][] {
	const zone = siteZone(name);
	return zone instanceof SiteZone ? zone.knownDays() : [];
}

/** Gives the site zone `name` offsets from `knownOffsets` of an earlier process with the same time zone data. */
export function learnOffsets(name: string, days: [number, number][]): void {
	const zone = siteZone(name);
	if (zone instanceof SiteZone) zone.learnDays(days);
}

/** Names the time zone data offsets come from (Node's ICU), for cache keys. */
export const timeZoneDataVersion = (): string => `${process.version} tz ${process.versions.tz ?? "?"}`;
