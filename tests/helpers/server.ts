// A minimal static file server for browser tests, on a random loopback port, serving a built site as a
// static host would (directory URLs → index.html, unknown paths → 404.html with status 404).
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = {
	".html": "text/html; charset=utf-8",
	".css": "text/css; charset=utf-8",
	".xml": "application/xml; charset=utf-8",
	".json": "application/json; charset=utf-8",
	".js": "text/javascript; charset=utf-8",
	".jpg": "image/jpeg",
	".png": "image/png",
	".svg": "image/svg+xml",
	".webp": "image/webp",
	".avif": "image/avif",
};

export interface StaticServer {
	url: string;
	close(): Promise<void>;
}

export async function serve(dir: string): Promise<StaticServer> {
	const server: Server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
		let file = normalize(join(dir, path));
		if (!file.startsWith(dir)) file = join(dir, "404.html");
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
		const found = existsSync(file);
		if (!found) file = join(dir, "404.html");
		res.writeHead(found ? 200 : 404, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
