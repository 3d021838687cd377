// `npm run preview`: serves a built _site/ as a static host would — directory URLs → index.html, unknown
// paths → 404.html with status 404, gzip for text, long cache lifetimes only for content-hashed assets
// (src/deploy/headers.ts).
// Also used by the browser tests and the Lighthouse script. A site built with a path prefix is served under
// it: `SITE_PATH_PREFIX=/berita/ npm run preview`.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createGzip } from "node:zlib";
import { normalizePathPrefix } from "../site/address.ts";
import { IMMUTABLE, isImmutable, SHORT } from "../deploy/headers.ts";

const TYPES: Record<string, string> = {
	".html": "text/html; charset=utf-8",
	".css": "text/css; charset=utf-8",
	".xml": "application/xml; charset=utf-8",
	".xsl": "application/xslt+xml; charset=utf-8",
	".json": "application/feed+json; charset=utf-8",
	".txt": "text/plain; charset=utf-8",
	".js": "text/javascript; charset=utf-8",
	".jpg": "image/jpeg",
	".png": "image/png",
	".svg": "image/svg+xml",
	".webp": "image/webp",
	".avif": "image/avif",
};
const TEXT = /^(text\/|application\/(xml|xslt|feed|json)|image\/svg)/;

export interface StaticServer {
	url: string;
	close(): Promise<void>;
}

/** `pathPrefix`: the site was built for a subfolder ("/berita/"); it is served there, and nothing else is. */
export async function serve(dir: string, port = 0, options: { pathPrefix?: string } = {}): Promise<StaticServer> {
	const root = resolve(dir);
	const prefix = normalizePathPrefix(options.pathPrefix);
	const server: Server = createServer((req, res) => {
		const requested = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
		const inside = `${requested}/`.startsWith(prefix);
		const path = inside ? `/${requested.slice(prefix.length)}` : "/404.html";
		let file = normalize(join(root, path));
		if (!file.startsWith(root)) file = join(root, "404.html");
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
		const found = inside && existsSync(file);
		if (!found) file = join(root, "404.html");
		const type = TYPES[extname(file)] ?? "application/octet-stream";
		const headers: Record<string, string> = {
			"content-type": type,
			"cache-control": found && isImmutable(path) ? IMMUTABLE : SHORT,
		};
		const gzip = TEXT.test(type) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
		if (gzip) headers["content-encoding"] = "gzip";
		res.writeHead(found ? 200 : 404, headers);
		const stream = createReadStream(file);
		if (gzip) stream.pipe(createGzip()).pipe(res);
		else stream.pipe(res);
	});
	await new Promise<void>((done) => server.listen(port, "127.0.0.1", done));
	const address = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${address.port}`,
		close: () => new Promise((done) => server.close(() => done())),
	};
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const dir = process.argv[2] ?? "_site";
	const pathPrefix = normalizePathPrefix(process.env.SITE_PATH_PREFIX);
	const { url } = await serve(dir, Number(process.env.PORT ?? 8080), { pathPrefix });
	console.log(`[warta] Serving ${dir}/ at ${url}${pathPrefix} (Ctrl+C to stop)`);
}
