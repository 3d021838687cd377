// Warta's search page (/cari/): queries the static Pagefind index (https://pagefind.app/docs/api/) in the
// reader's browser. The only script on the site; every label comes from the page (data-* attributes filled
// from _data/i18n/), so this file knows no language. Without JavaScript the page still shows the form and
// links to browse the news. Served under a content-hashed name (src/search/script.ts).

// The index is split into shards, one folder each under pagefind/ (src/search/pagefind.ts): pagefind/shards.json
// lists them. pagefind.js is loaded once; its own folder holds a one-record placeholder index (the runtime is
// loaded from the first index), whose result is skipped; every listed shard is merged into it. Results are pooled
// by score across shards. (Pagefind's `sort` would be wrong across merged indexes: each sorts its own results.)

// This file is served from <site>/js/, so the site root (with any path prefix) is one folder up.
const siteRoot = new URL("../", import.meta.url);
const bundle = new URL("pagefind/", siteRoot);
const PAGE_SIZE = 10;
// The same options for every index, or merged results would be ranked unevenly. Result URLs are site paths
// ("/2018/04/17/x/"); the prefix the site is served under goes in front.
const SHARED = { baseUrl: siteRoot.pathname };

const form = document.querySelector("[data-search-form]");
const input = form?.querySelector("input[name=q]");
const status = document.querySelector("[data-search-status]");
const list = document.querySelector("[data-search-results]");
const more = document.querySelector("[data-search-more]");

let loading;
let skip;
let results = [];
let shown = 0;
let current = 0; // guards against a slow search overwriting a newer one

const fill = (template, values) => template.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));

// Only shards in the manifest are merged: one missing index would make every search fail (Pagefind #887).
async function openIndex() {
	const response = await fetch(new URL("shards.json", bundle), { cache: "no-cache" });
	if (!response.ok) throw new Error(`${response.status} for shards.json`);
	const manifest = await response.json();
	const pagefind = await import(new URL("pagefind.js", bundle).href);
	await pagefind.options({ ...SHARED, metaCacheTag: manifest.runtime.tag });
	skip = manifest.runtime.skip;
	await Promise.all(
		manifest.shards.map((shard) => pagefind.mergeIndex(new URL(`${shard.id}/`, bundle).pathname, { ...SHARED, metaCacheTag: shard.tag })),
	);
	return pagefind;
}

function loadPagefind() {
	loading ??= openIndex();
	return loading;
}

function say(text) {
	status.textContent = text;
}

function resultItem(data) {
	const item = document.createElement("li");
	item.className = "search-result";
	const title = document.createElement("h2");
	title.className = "search-result__title";
	const link = document.createElement("a");
	link.href = data.url;
	link.textContent = data.meta.title ?? data.url;
	title.append(link);
	item.append(title);
	if (data.meta.date) {
		const meta = document.createElement("p");
		meta.className = "search-result__date";
		const time = document.createElement("time");
		if (data.meta.datetime) time.dateTime = data.meta.datetime;
		time.textContent = data.meta.date;
		meta.append(time);
		item.append(meta);
	}
	const summary = document.createElement("p");
	summary.className = "search-result__summary";
	summary.textContent = data.meta.summary ?? "";
	item.append(summary);
	return item;
}

async function showMore(searchId) {
	const batch = results.slice(shown, shown + PAGE_SIZE);
	const data = await Promise.all(batch.map((result) => result.data()));
	if (searchId !== current) return;
	list.append(...data.map(resultItem));
	shown += batch.length;
	more.hidden = shown >= results.length;
}

async function search(query) {
	const searchId = ++current;
	const url = new URL(location.href);
	if (query) url.searchParams.set("q", query);
	else url.searchParams.delete("q");
	history.replaceState(null, "", url);
	list.replaceChildren();
	more.hidden = true;
	results = [];
	shown = 0;
	if (!query) {
		say("");
		return;
	}
	say(status.dataset.loading);
	let response;
	try {
		response = await (await loadPagefind()).search(query);
	} catch (error) {
		console.warn("Search index not available:", error);
		say(status.dataset.unavailable);
		return;
	}
	if (searchId !== current) return;
	results = response.results.filter((result) => result.id !== skip);
	await showMore(searchId);
	// Announced once the results are on the page (the status is a live region).
	if (searchId === current) say(fill(results.length ? status.dataset.found : status.dataset.none, { count: results.length, query }));
}

if (form && input && status && list && more) {
	let timer;
	form.addEventListener("submit", (event) => {
		event.preventDefault();
		clearTimeout(timer);
		search(input.value.trim());
	});
	// Results while typing, once the reader pauses.
	input.addEventListener("input", () => {
		clearTimeout(timer);
		timer = setTimeout(() => search(input.value.trim()), 250);
	});
	more.addEventListener("click", () => showMore(current));
	// A query in the address (?q=…, from the form without JavaScript or a shared link) runs at once.
	const initial = new URL(location.href).searchParams.get("q")?.trim();
	if (initial) {
		input.value = initial;
		search(initial);
	}
}
