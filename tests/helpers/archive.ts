// A real index from fixture files, for unit tests of the modules built on it (no Eleventy build).
import { buildArchive } from "../../src/content/archive.ts";
import { formatProblem } from "../../src/content/problems.ts";
import type { Archive } from "../../src/content/types.ts";
import { makeSite } from "./fixture.ts";

export function archiveOf(files: Record<string, string>, now = "2026-11-29 08:00"): Archive {
	const { archive, problems } = buildArchive({ root: makeSite(files), now });
	if (!archive) throw new Error(problems.map(formatProblem).join("\n"));
	return archive;
}
