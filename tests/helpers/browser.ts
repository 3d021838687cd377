// The launcher lives in src/cli/browser.ts so `npm run screenshots` can use it too.
export { CHROMIUM, launch } from "../../src/cli/browser.ts";
