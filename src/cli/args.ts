// Command-line options shared by `npm run build`, `check` and `new`: which site to work on and what time it is.
// https://nodejs.org/docs/latest-v20.x/api/util.html#utilparseargsconfig
import { dirname, isAbsolute, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { parseSiteDate } from "../time/dates.ts";

/** Warta's own folder; also the default site root (the sample site lives in it). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

type Options = NonNullable<ParseArgsConfig["options"]>;

export const COMMON_OPTIONS = {
	root: { type: "string" },
	now: { type: "string" },
	help: { type: "boolean", short: "h" },
} satisfies Options;

export interface Parsed {
	values: Record<string, string | boolean | undefined>;
	positionals: string[];
	/** The site root: --root, else $WARTA_ROOT, else Warta's own folder */
	root: string;
	/** "Now" for embargoes and new articles: --now, else $WARTA_NOW, else the clock */
	now?: string;
}

/** Parses argv. After printing the usage (for --help or a mistake) it returns the exit code instead: 0 or 2. */
export function parseCli(argv: string[], options: Options, usage: string, allowPositionals = false): Parsed | number {
	let parsed;
	try {
		parsed = parseArgs({ args: argv, options: { ...COMMON_OPTIONS, ...options }, allowPositionals, strict: true });
	} catch (error) {
		console.error(`[warta] ${(error as Error).message}\n\n${usage}`);
		return 2;
	}
	if (parsed.values.help) {
		console.log(usage);
		return 0;
	}
	const values = parsed.values as Parsed["values"];
	const root = resolve((values.root as string | undefined) ?? process.env.WARTA_ROOT ?? PROJECT_ROOT);
	const now = (values.now as string | undefined) ?? (process.env.WARTA_NOW || undefined);
	const nowCheck = now === undefined ? undefined : parseSiteDate(now, "UTC");
	if (nowCheck && !nowCheck.ok) {
		console.error(`[warta] --now / WARTA_NOW: ${nowCheck.reason}`);
		return 2;
	}
	return { values, positionals: parsed.positionals, root, now };
}

/** True when this module is the script node was started with (not imported by a test). */
export function isMain(moduleUrl: string): boolean {
	return Boolean(process.argv[1]) && resolve(process.argv[1]!) === fileURLToPath(moduleUrl);
}

/** A folder as the user would type it: relative to where they are when that is below, else absolute. */
export function displayPath(path: string): string {
	const rel = relative(process.cwd(), path);
	return rel === "" ? "." : rel.startsWith("..") || isAbsolute(rel) ? path : rel;
}
