// `npm run build`: a production build that replaces _site/ only when everything succeeded.
// Eleventy writes into a fresh sibling directory; on success it is swapped in with two renames, so a failed
// build leaves the previous _site/ byte for byte as it was, and a good one leaves no stale pages behind.
import { existsSync, renameSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import { reportFailure } from "./report.ts";

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export async function buildSite(output = join(projectRoot, "_site")): Promise<void> {
	const staging = `${output}.tmp-${process.pid}`;
	const previous = `${output}.old-${process.pid}`;
	rmSync(staging, { recursive: true, force: true });
	try {
		const eleventy = new Eleventy(join(projectRoot, "src/pages"), staging, {
			configPath: join(projectRoot, ".eleventy.ts"),
			quietMode: true,
			runMode: "build",
		});
		await eleventy.write();
	} catch (error) {
		rmSync(staging, { recursive: true, force: true });
		throw error;
	}
	if (existsSync(output)) renameSync(output, previous);
	renameSync(staging, output);
	rmSync(previous, { recursive: true, force: true });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const started = performance.now();
	buildSite().then(
		() => console.log(`[warta] Built _site/ in ${((performance.now() - started) / 1000).toFixed(2)} s`),
		(error: unknown) => {
			reportFailure(error, "_site/ was left as it was.");
			process.exitCode = 1;
		},
	);
}
