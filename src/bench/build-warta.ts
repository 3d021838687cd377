// Bench child: the full Warta site (every page, feed and listing main builds) from a corpus root.
// Usage: node --import tsx src/bench/build-warta.ts <site-root> <out-dir> <now>
import Eleventy from "@11ty/eleventy";
import { configure, PAGES_DIR } from "../../.eleventy.ts";
import { reportUsage } from "./measure.ts";

const [root, out, now] = process.argv.slice(2);
if (!root || !out) throw new Error("usage: build-warta.ts <site-root> <out-dir> [now]");
const eleventy = new Eleventy(PAGES_DIR, out, {
	configPath: false,
	quietMode: true,
	runMode: "build",
	config: (eleventyConfig) => configure(eleventyConfig, { root, now }),
});
await eleventy.write();
reportUsage();
