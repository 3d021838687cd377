// The search page's script (_includes/js/search.js), served under a content-hashed name like the stylesheet
// (src/site/assets.ts), so hosts may cache it for a year: /js/cari.<hash>.js.
import { hashedAsset } from "../site/assets.ts";
import { jsFolder } from "../site/urls.ts";

export function readSearchScript(): { text: string; url: string } {
	return hashedAsset("js/search.js", `${jsFolder}cari.{hash}.js`);
}
