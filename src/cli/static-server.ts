// `npm run preview`: serves a built _site/ as a static host would — directory URLs → index.html, unknown
// paths → 404.html with status 404 (plain text if the site has none), a folder without its trailing slash → 301
// to the slash form, gzip for text, long cache lifetimes only for content-hashed assets (src/deploy/headers.ts).
// Nothing outside the site folder is ever served, and a malformed URL gets 400. `PORT=8081` picks another port.
// Also used by the browser tests and the Lighthouse script. A site built with a path prefix is served under
// it: `SITE_PATH_PREFIX=/berita/ npm run preview`.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";
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
	// The CMS's configuration (admin/config.yml) and its WebAssembly files (src/cms/).
	".yml": "text/yaml; charset=utf-8",
	".wasm": "application/wasm",
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

/** The decoded path of a request URL, or undefined when it is not valid percent-encoding (`/%E0%A4%A`). */
export function decodedPath(url: string | undefined): string | undefined {
	try {
		return decodeURIComponent(new URL(url ?? "/", "http://localhost").pathname);
	} catch {
		return undefined;
	}
}

/** A decoded path with a ".." segment ("/%2e%2e%2fetc%2fpasswd" decodes to "/../etc/passwd"): it climbs out of the site. */
const climbsOut = (path: string) => path.split(/[/\\]/).includes("..");

/**
 * Connect-style middleware for Eleventy's dev server (`npm start`, .eleventy.ts): answers 400 to a URL that is
 * not valid percent-encoding (URIError from decodeURIComponent) or whose decoded path has a ".." segment. Either
 * would crash the dev server: @11ty/eleventy-dev-server 2.1 throws "Invalid path" for an escaping path outside
 * any try/catch, which ends `npm start` (https://github.com/11ty/dev-server/issues/150).
 */
export function rejectMalformedUrls(req: IncomingMessage, res: ServerResponse, next: () => void): void {
	const path = decodedPath(req.url);
	if (path !== undefined && !climbsOut(path)) return next();
	res.writeHead(400, { "content-type": "text/plain; charset=utf-8" });
	res.end(
		path === undefined ? "Bad request: the address is not valid URL encoding.\n" : "Bad request: the address leads out of the site.\n",
	);
}

/** `pathPrefix`: the site was built for a subfolder ("/berita/"); it is served there, and nothing else is. */
export async function serve(dir: string, port = 0, options: { pathPrefix?: string } = {}): Promise<StaticServer> {
	const root = resolve(dir);
	const prefix = normalizePathPrefix(options.pathPrefix);
	const server: Server = createServer((req, res) => {
		const requested = decodedPath(req.url);
		if (requested === undefined) return rejectMalformedUrls(req, res, () => {});
		const inside = `${requested}/`.startsWith(prefix);
		const path = inside ? `/${requested.slice(prefix.length)}` : "/404.html";
		let file = normalize(join(root, path));
		// Only files inside the site: "/..%2F_site.old%2F…" must not reach a sibling folder that shares the prefix.
		const contained = file === root || file.startsWith(root + sep);
		if (!contained) file = join(root, "404.html");
		const isDir = contained && statSync(file, { throwIfNoEntry: false })?.isDirectory();
		if (isDir && !requested.endsWith("/")) {
			// Static hosts redirect a folder without its trailing slash, so relative links resolve the same way.
			const query = (req.url ?? "").includes("?") ? (req.url ?? "").slice((req.url ?? "").indexOf("?")) : "";
			res.writeHead(301, { location: `${encodeURI(requested)}/${query}`, "cache-control": SHORT });
			return res.end();
		}
		if (isDir) file = join(file, "index.html");
		const found = contained && inside && statSync(file, { throwIfNoEntry: false })?.isFile() === true;
		if (!found) file = join(root, "404.html");
		if (!found && !existsSync(file)) {
			res.writeHead(404, { "content-type": "text/plain; charset=utf-8", "cache-control": SHORT });
			return res.end("Not found (this site has no 404.html).\n");
		}
		const type = TYPES[extname(file)] ?? "application/octet-stream";
		const headers: Record<string, string> = {
			"content-type": type,
			"cache-control": found && isImmutable(path) ? IMMUTABLE : SHORT,
		};
		const gzip = TEXT.test(type) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
		if (gzip) headers["content-encoding"] = "gzip";
		res.writeHead(found ? 200 : 404, headers);
		const stream = createReadStream(file);
		stream.on("error", () => res.destroy());
		if (gzip) stream.pipe(createGzip()).pipe(res);
		else stream.pipe(res);
	});
	await new Promise<void>((done, fail) => {
		server.once("error", fail);
		server.listen(port, "127.0.0.1", done);
	});
	const address = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${address.port}`,
		close: () => new Promise((done) => server.close(() => done())),
	};
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const dir = process.argv[2] ?? "_site";
	const pathPrefix = normalizePathPrefix(process.env.SITE_PATH_PREFIX);
	const port = Number(process.env.PORT ?? 8080);
	try {
		const { url } = await serve(dir, port, { pathPrefix });
		console.log(`[warta] Serving ${dir}/ at ${url}${pathPrefix} (Ctrl+C to stop)`);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
		console.error(`[warta] Port ${port} is busy (another server is using it). Choose another port: PORT=8081 npm run preview`);
		process.exitCode = 1;
	}
}
