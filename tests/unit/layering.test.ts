// The folders of src/ are layers (docs/architecture.md): a module imports only from its own layer or the
// layers below it, and the imports between modules form no cycle. Parsed from the source text, so a new
// file or folder is checked without registering it; a folder missing from LAYERS fails the test.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, posix, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { test } from "uvu";
import * as assert from "uvu/assert";

const SRC = join(dirname(fileURLToPath(import.meta.url)), "../../src");

/** Lowest first. Folders on one line form one layer and may import each other (without cycles). */
export const LAYERS: string[][] = [
	["site", "time", "markdown", "types"],
	["content"],
	["views"],
	["feeds", "seo", "images", "search", "deploy", "cms"],
	["pages"],
	["plugins"],
	["build"],
	["cli", "bench"],
];

const rank = (file: string): number | undefined => {
	const top = file.split("/")[0]!;
	const index = LAYERS.findIndex((layer) => layer.includes(top));
	return index < 0 ? undefined : index;
};

function sourceFiles(dir = SRC): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return entry.name.endsWith(".ts") ? [relative(SRC, path).split("\\").join("/")] : [];
	});
}

/** Relative imports and re-exports of a module, static or dynamic, resolved to paths under src/ ("../x" outside it). */
export function importsOf(file: string, text: string): string[] {
	const found: string[] = [];
	const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
	for (const m of code.matchAll(/(?:^|[\s;])(?:import|export)\b[^"';]*?(?:from\s*)?\(?\s*["'](\.{1,2}\/[^"']+)["']/gm)) {
		found.push(posix.normalize(posix.join(posix.dirname(file), m[1]!)));
	}
	return found;
}

/** Every import that points up the layer order, and every cycle, as readable lines. */
export function layeringProblems(modules: Map<string, string[]>): string[] {
	const problems: string[] = [];
	for (const [file, imports] of modules) {
		const from = rank(file);
		if (from === undefined) problems.push(`${file}: its folder is not in a layer of tests/unit/layering.test.ts`);
		for (const target of imports) {
			if (target.startsWith("..")) continue; // outside src/ (.eleventy.ts): only the CLI and bench reach it
			const to = rank(target);
			if (from !== undefined && to !== undefined && to > from) problems.push(`${file} imports ${target}, which is in a higher layer`);
		}
	}
	const state = new Map<string, "open" | "done">();
	const visit = (file: string, path: string[]): void => {
		if (state.get(file) === "done") return;
		if (state.get(file) === "open") {
			problems.push(`import cycle: ${[...path.slice(path.indexOf(file)), file].join(" → ")}`);
			return;
		}
		state.set(file, "open");
		for (const target of modules.get(file) ?? []) if (modules.has(target)) visit(target, [...path, file]);
		state.set(file, "done");
	};
	for (const file of modules.keys()) visit(file, []);
	return problems;
}

const modules = new Map(sourceFiles().map((file) => [file, importsOf(file, readFileSync(join(SRC, file), "utf8"))]));

test("src/ has modules and sees their imports", () => {
	assert.ok(modules.size > 50);
	assert.ok(modules.get("content/archive.ts")!.includes("content/articles.ts"));
	assert.ok(modules.get("pages/author.11ty.ts")!.includes("pages/listing-page.ts")); // `export { … } from`
});

test("imports only point down the layers and form no cycle", () => {
	assert.equal(layeringProblems(modules), []);
});

test("the check finds an upward import and a cycle", () => {
	const bad = new Map([
		["views/a.ts", ["content/b.ts"]],
		["content/b.ts", ["plugins/c.ts", "content/d.ts"]],
		["content/d.ts", ["content/b.ts"]],
		["plugins/c.ts", []],
	]);
	const problems = layeringProblems(bad);
	assert.ok(problems.includes("content/b.ts imports plugins/c.ts, which is in a higher layer"), problems.join("\n"));
	assert.ok(
		problems.some((p) => p.startsWith("import cycle: content/b.ts → content/d.ts → content/b.ts")),
		problems.join("\n"),
	);
});

test.run();
