// The page `npm start` shows in place of the site while the content has errors: every problem with its file, line,
// field and message, as `npm run check` prints them (docs/authoring.md#every-message-and-its-fix). Shown only by the
// preview's server (src/plugins/dev-overlay.ts), never written to an output folder. Self-contained: no theme, no
// stylesheet to fetch, so it works whatever is broken.
import type { Problem } from "../content/problems.ts";
import { escapeXml } from "../site/xml.ts";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function problemPage(problems: readonly Problem[]): string {
	const errors = problems.filter((p) => p.severity === "error");
	const files = new Set(errors.map((p) => p.file)).size;
	const rows = [...errors, ...problems.filter((p) => p.severity !== "error")]
		.map(
			(p) =>
				`<li class="${p.severity}"><code class="where">${escapeXml(p.line ? `${p.file}:${p.line}` : p.file)}</code>${
					p.field ? ` <code class="field">${escapeXml(p.field)}</code>` : ""
				}${p.severity === "warning" ? " <strong>warning</strong>" : ""}<p>${escapeXml(p.message)}</p></li>`,
		)
		.join("\n");
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${plural(errors.length, "error")} · Warta preview</title>
<style>
body{font:1rem/1.5 system-ui,sans-serif;margin:0;padding:1.5rem;background:#fff7f7;color:#1a1a1a}
main{max-width:60rem;margin:auto}h1{font-size:1.4rem;color:#a00}ol{padding-left:1.2rem}
li{margin:0 0 1rem;padding:.6rem .8rem;background:#fff;border-left:4px solid #c00}li.warning{border-color:#b80}
li p{margin:.3rem 0 0}code{font:.95rem ui-monospace,monospace}.field{background:#eee;padding:0 .3rem}
@media (prefers-color-scheme:dark){body{background:#1d1414;color:#eee}li{background:#2a2020}h1{color:#f88}.field{background:#333}}
</style>
</head>
<body>
<main id="warta-problems">
<h1>The preview is not up to date: ${plural(errors.length, "error")} in ${plural(files, "file")}</h1>
<p>Fix ${errors.length === 1 ? "it" : "them"} and save: this page turns back into the site by itself. The same list is in the terminal, and <code>npm run check</code> prints it too; docs/authoring.md explains every message.</p>
<ol>
${rows}
</ol>
</main>
</body>
</html>
`;
}
