// Debian's chromium driven by playwright-core (no browser download; .ci/run installs chromium with apt).
// Shared by the browser tests (tests/helpers/browser.ts) and `npm run screenshots`.
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launch(): Promise<Browser> {
	if (!existsSync(CHROMIUM)) {
		throw new Error(`Chromium not found at ${CHROMIUM}: install it with \`apt-get install chromium\` (see .ci/run) or set CHROMIUM_PATH.`);
	}
	return chromium.launch({
		executablePath: CHROMIUM,
		// The machine has no outside network: keep Chromium from trying to reach Google's services.
		args: [
			"--no-sandbox",
			"--disable-gpu",
			"--disable-quic",
			"--no-first-run",
			"--disable-background-networking",
			"--disable-component-update",
			"--disable-sync",
		],
	});
}
