// Small progressive enhancements of story pages (the only pages that load this file). Nothing needs them:
// without JavaScript a story reads and every link works (docs/architecture.md#front-page-header-share-links-side-column).
// - The story's copy-link button is shown only where the page may write to the clipboard.
// - The phone menu scrolls sideways; CSS (scroll-initial-target in warta.css) starts it at the current entry.
//   Browsers without that property get the same here.
const current = document.querySelector(".site-nav [aria-current]");
if (current && !CSS.supports("scroll-initial-target", "nearest")) {
	const list = current.closest("ul");
	const box = current.getBoundingClientRect();
	const frame = list.getBoundingClientRect();
	if (box.right > frame.right || box.left < frame.left) list.scrollLeft += box.left - frame.left - 16;
}

for (const button of document.querySelectorAll("[data-copy-link]")) {
	if (!navigator.clipboard?.writeText || !window.isSecureContext) continue;
	const status = button.closest(".share")?.querySelector("[data-copy-status]");
	button.closest("li").hidden = false;
	button.addEventListener("click", () => {
		navigator.clipboard.writeText(button.dataset.copyLink).then(
			() => status && (status.textContent = button.dataset.copied),
			() => {},
		);
	});
}
