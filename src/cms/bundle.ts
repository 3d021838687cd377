// Decap CMS's browser bundle, served by Warta itself from node_modules (never from a CDN): `/admin/` works offline
// and on an intranet, and its version is the one in package-lock.json. The bundle loads its other chunks (and two
// WebAssembly files) from the folder it was loaded from, so all of them are copied next to it.
import { readdirSync } from "node:fs";
import { cmsFolder } from "../site/urls.ts";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The CMS's folder on the site. */
export const CMS_FOLDER = cmsFolder;
/** The bundle's file name, in CMS_FOLDER. */
export const CMS_SCRIPT = "decap-cms.js";

/** The bundle's files: absolute source path → file name under CMS_FOLDER. */
export function cmsBundleFiles(): Map<string, string> {
	const dist = join(dirname(createRequire(import.meta.url).resolve("decap-cms/package.json")), "dist");
	const files = new Map<string, string>();
	for (const name of readdirSync(dist)) {
		if (name === CMS_SCRIPT || name === `${CMS_SCRIPT}.LICENSE.txt` || /^\d+\.decap-cms\.js$/.test(name) || name.endsWith(".wasm")) {
			files.set(join(dist, name), name);
		}
	}
	return files;
}
