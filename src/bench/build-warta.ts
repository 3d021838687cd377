// Bench child: `npm run build` itself — validation, every page, feed and listing, the search index, the swap
// into the output folder — on a corpus root, as a newsroom runs it. The build cache lives in <cache-dir>, so a
// second run with the same arguments is an incremental build.
// Usage: node --import tsx src/bench/build-warta.ts <site-root> <out-dir> <now> <cache-dir>
import { main } from "../cli/build.ts";
import { reportUsage } from "./measure.ts";

const [root, out, now, cache] = process.argv.slice(2);
if (!root || !out || !now || !cache) throw new Error("usage: build-warta.ts <site-root> <out-dir> <now> <cache-dir>");
const code = await main(["--root", root, "--output", out, "--now", now, "--cache", cache]);
if (code !== 0) process.exit(code);
reportUsage();
