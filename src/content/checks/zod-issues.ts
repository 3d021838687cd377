// Turns zod's validation issues into problems an editor can act on: the field path, what was found and what
// is expected, and for a misspelt field the nearest known one.
import type { z } from "zod";
import type { ProblemList } from "../problems.ts";
import { show } from "../schema.ts";
import { didYouMean } from "./suggest.ts";

/** Turns zod issues into problems with a field path and a message that says what is expected. */
export function reportZodIssues(
	file: string,
	issues: readonly z.core.$ZodIssue[],
	input: unknown,
	problems: ProblemList,
	schema?: z.ZodType,
): void {
	for (const issue of issues) {
		const path = issue.path.map(String);
		if (issue.code === "unrecognized_keys") {
			for (const key of issue.keys) {
				const known = fieldsAt(schema, path);
				const guess = didYouMean(key, known) || "; check the spelling";
				const list = known.length ? ` (known fields: ${known.join(", ")})` : "";
				problems.error(file, `is not a field Warta knows${guess}${list}`, [...path, key].join("."));
			}
			continue;
		}
		let message = issue.message;
		if (issue.code === "too_small" || issue.code === "too_big" || issue.code === "invalid_format") {
			message = `${message}, found ${show(valueAt(input, path))}`;
		}
		problems.error(file, message, path.join(".") || undefined);
	}
}

/** The field names the object at `path` of `schema` allows (for "known fields: …" in messages). */
export function fieldsAt(schema: z.ZodType | undefined, path: readonly string[]): string[] {
	let node: unknown = schema;
	const steps = [...path];
	for (let guard = 0; node && guard < 100; guard++) {
		const def = (node as { def?: Record<string, unknown> }).def;
		if (!def) return [];
		if (def.type === "object") {
			if (steps.length === 0) return Object.keys(def.shape as object);
			node = (def.shape as Record<string, unknown>)[steps.shift()!];
		} else if (def.type === "record") {
			if (steps.length === 0) return [];
			steps.shift();
			node = def.valueType;
		} else if (def.type === "array") {
			if (steps.length === 0) return [];
			steps.shift();
			node = def.element;
		} else if (def.type === "pipe") {
			node = def.in;
		} else if ("innerType" in def) {
			node = def.innerType; // optional, default, prefault, nullable
		} else {
			return [];
		}
	}
	return [];
}

function valueAt(input: unknown, path: string[]): unknown {
	let value = input;
	for (const key of path) value = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
	return value;
}
