import { test } from "uvu";
import * as assert from "uvu/assert";
import { RenderPlan } from "../../src/views/render-plan.ts";

const pages = (sigs: Record<string, string>) => Object.entries(sigs).map(([url, sig]) => ({ url, sig }));
const select = (plan: RenderPlan, sigs: Record<string, string>) =>
	plan
		.select(
			pages(sigs),
			(p) => p.url,
			(p) => p.sig,
		)
		.map((p) => p.url);

test("a full build renders every page", () => {
	const plan = new RenderPlan();
	assert.equal(select(plan, { "/a/": "1", "/b/": "1" }), ["/a/", "/b/"]);
	assert.equal(select(plan, { "/a/": "1", "/b/": "1" }), ["/a/", "/b/"], "still full while partial is off");
});

test("a partial rebuild renders only new pages and pages whose signature changed", () => {
	const plan = new RenderPlan();
	select(plan, { "/a/": "1", "/b/": "1", "/c/": "1" });
	plan.partial = true;
	assert.equal(select(plan, { "/a/": "1", "/b/": "2", "/c/": "1", "/d/": "1" }), ["/b/", "/d/"]);
	assert.equal(select(plan, { "/a/": "1", "/b/": "2", "/c/": "1", "/d/": "1" }), [], "nothing changed since");
});

test.run();
