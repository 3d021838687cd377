// A TCP port nobody listens on right now, for a server a test starts (the CMS proxy, Eleventy's dev server).
import { createServer } from "node:net";

export const freePort = () =>
	new Promise<number>((resolve) => {
		const probe = createServer();
		probe.listen(0, "127.0.0.1", () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
