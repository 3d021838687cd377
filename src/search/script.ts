// The search page's script (_includes/js/search.js), served under a content-hashed name like the stylesheet
// (src/plugins/assets.ts), so hosts may cache it for a year: /js/cari.<hash>.js.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const SOURCE = join(dirname(fileURLToPath(import.meta.url)), "../../_includes/js/search.js");

export function readSearchScript(): { text: string; url: string } {
	const text = readFileSync(SOURCE, "utf8");
	const hash = createHash("sha256").update(text).digest("hex").slice(0, 10);
	return { text, url: `/js/cari.${hash}.js` };
}
