// The CMS's page, /admin/ (docs/architecture.md#the-cms-at-admin): Decap CMS's bundle, served from the site itself
// (src/cms/bundle.ts), reads admin/config.yml next to it (admin-config.11ty.ts). Not for readers: noindex, in no
// sitemap and no menu. The CMS's own interface is in English.
import { CMS_FOLDER, CMS_SCRIPT } from "../cms/bundle.ts";
import { escapeXml } from "../site/xml.ts";
import type { PageData } from "./types.ts";

export const data = {
	permalink: `${CMS_FOLDER}index.html`,
	eleventyExcludeFromCollections: true,
};

export function render(data: PageData): string {
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Editor · ${escapeXml(data.site.title)}</title>
</head>
<body>
<noscript><p>The editor needs JavaScript. Readers' pages do not.</p></noscript>
<script src="${CMS_SCRIPT}"></script>
</body>
</html>
`;
}
