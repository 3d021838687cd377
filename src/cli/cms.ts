// `npm run cms`: the editor's local loop. Starts Decap CMS's local proxy (decap-server), which reads and writes the
// site's files for the CMS at /admin/, and `npm start` beside it; Ctrl+C stops both. The proxy has no sign-in, so it
// listens on this computer only (127.0.0.1). docs/authoring.md#the-editor-in-the-browser, docs/deploy.md#the-cms-at-admin
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { connect, createServer } from "node:net";
import { CMS_PROXY_PORT } from "../cms/config.ts";
import { isMain, parseCli, PROJECT_ROOT } from "./args.ts";

const USAGE = `Usage: npm run cms

Starts the editor's local loop: the preview (npm start) at http://localhost:8080/ and the editor at
http://localhost:8080/admin/, which saves into this site's articles/ and _data/.
  --root       the site folder (default: $WARTA_ROOT, else Warta's folder)
  --port       the preview's port (default 8080, as npm start)
  WARTA_CMS_PORT=8082 npm run cms   when port ${CMS_PROXY_PORT} (the editor's file service) is taken`;

export async function main(argv: string[]): Promise<number> {
	const cli = parseCli(argv, { port: { type: "string" } }, USAGE);
	if (typeof cli === "number") return cli;
	const port = process.env.WARTA_CMS_PORT || String(CMS_PROXY_PORT);
	const env = { ...process.env, WARTA_ROOT: cli.root, WARTA_CMS_PORT: port };
	const children: ChildProcess[] = [];
	const stopAll = () => children.forEach((child) => child.exitCode === null && child.kill("SIGTERM"));

	if (!(await portFree(Number(port)))) {
		console.error(
			`[warta] Port ${port} is busy (another program, perhaps another npm run cms, uses it). Stop it, or choose another port: WARTA_CMS_PORT=${Number(port) + 1} npm run cms`,
		);
		return 1;
	}
	const proxy = await startCmsProxy(cli.root, Number(port), "inherit");
	children.push(proxy);
	if (proxy.exitCode !== null || proxy.signalCode !== null) {
		console.error("[warta] The editor's file service (decap-server) did not start; its message is above.");
		stopAll();
		return 1;
	}

	const previewPort = (cli.values.port as string | undefined) ?? "8080";
	const preview = spawn("npm", ["start", "--silent", "--", `--port=${previewPort}`], { cwd: PROJECT_ROOT, env, stdio: "inherit" });
	children.push(preview);
	console.error(
		`[warta] The editor: http://localhost:${previewPort}/admin/ once the preview is ready (it saves into ${cli.root}). Ctrl+C stops it.`,
	);
	for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, stopAll);
	return new Promise<number>((resolve) => {
		const done = (code: number | null) => {
			stopAll();
			resolve(code ?? 0);
		};
		proxy.on("exit", done);
		preview.on("exit", done);
	});
}

/**
 * Starts decap-server for the site at `root`: file system mode (it writes files and makes no commits), listening on
 * this computer only, as the CMS's `local_backend` (src/cms/config.ts) expects. Resolves once it answers, or has
 * stopped. Tests start it the same way on a free port (tests/browser/cms.test.ts).
 */
export async function startCmsProxy(root: string, port: number, stdio: "inherit" | "pipe"): Promise<ChildProcess> {
	const proxy = spawn(process.execPath, [createRequire(import.meta.url).resolve("decap-server/dist/index.js")], {
		cwd: root,
		env: { ...process.env, PORT: String(port), BIND_HOST: "127.0.0.1", MODE: "fs", GIT_REPO_DIRECTORY: root, LOG_LEVEL: "warn" },
		stdio: ["ignore", stdio, stdio],
	});
	await listening(proxy, port);
	return proxy;
}

function portFree(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const probe = createServer();
		probe.once("error", () => resolve(false));
		probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
	});
}

/** Whether the proxy answers on its port within 30 s (it says nothing when it does, at LOG_LEVEL=warn). */
async function listening(proxy: ChildProcess, port: number): Promise<boolean> {
	if (proxy.stdout) proxy.stdout.resume(); // piped output is drained, never left to fill the pipe
	if (proxy.stderr) proxy.stderr.resume();
	const deadline = Date.now() + 30_000;
	while (proxy.exitCode === null && proxy.signalCode === null && Date.now() < deadline) {
		const open = await new Promise<boolean>((resolve) => {
			const socket = connect(port, "127.0.0.1");
			const end = (answer: boolean) => {
				socket.destroy();
				resolve(answer);
			};
			socket.once("connect", () => end(true)).once("error", () => end(false));
			socket.setTimeout(1000, () => end(false));
		});
		if (open) return true;
		await new Promise((r) => setTimeout(r, 200));
	}
	return false;
}

if (isMain(import.meta.url)) process.exitCode = await main(process.argv.slice(2));
