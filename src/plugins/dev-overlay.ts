// `npm start` shows content errors in the browser, not only in the terminal: while the last rebuild stopped on
// errors, every page the preview serves is the list of problems (src/views/problem-page.ts); the first good rebuild
// brings the site back. The dev server only logs a failed build to the browser's console
// (https://github.com/11ty/eleventy-dev-server, client/reload-client.js "eleventy.error"), so:
//  - a middleware answers page requests with the problem page while there are errors
//    (https://www.11ty.dev/docs/dev-server/#options, `middleware`);
//  - when a rebuild fails, connected browsers are told to reload, so they fetch it. Eleventy calls server middleware
//    with the dev server as `this`; the middleware keeps it to send that reload (the server's own reload message with
//    no changed template, which the browser answers with a full page reload). On success Eleventy reloads them itself.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Problem } from "../content/problems.ts";
import { problemPage } from "../views/problem-page.ts";

interface DevServer {
	reload(event: { files: string[] }): void;
}

export interface DevOverlay {
	/** The problems of the build that just failed, or undefined after a good one */
	update(problems: readonly Problem[] | undefined): void;
	middleware(this: unknown, req: IncomingMessage, res: ServerResponse, next: () => void): void;
}

/** A page the browser navigates to (not a stylesheet, photo or script of one). */
const isPageRequest = (req: IncomingMessage): boolean =>
	req.method === "GET" && (req.headers["sec-fetch-dest"] === "document" || /text\/html/.test(req.headers.accept ?? ""));

export function devOverlay(): DevOverlay {
	let shown: readonly Problem[] | undefined;
	let server: DevServer | undefined;
	return {
		update(problems) {
			const failed = problems?.some((p) => p.severity === "error") ? problems : undefined;
			const changed = failed !== shown;
			shown = failed;
			if (failed && changed) server?.reload({ files: [] });
		},
		middleware(req, res, next) {
			if (this && typeof (this as Partial<DevServer>).reload === "function") server = this as DevServer;
			if (!shown || !isPageRequest(req)) return next();
			res.writeHead(500, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
			res.end(problemPage(shown));
		},
	};
}
