// Share links of a story: plain links to each network's own share address, no third-party script (nothing
// loads from those sites until a reader follows a link). The story's absolute URL (with the path prefix) and
// its headline go into the query string with encodeURIComponent; the template escapes the result for HTML.
// The addresses are the networks' public share endpoints (wa.me/?text=, Facebook's sharer.php, X's web intent,
// Telegram's share/url) and a mailto: link (RFC 6068).

export interface ShareLink {
	/** Stable key for CSS and tests: whatsapp, facebook, x, telegram, email */
	key: "whatsapp" | "facebook" | "x" | "telegram" | "email";
	/** The visible label: the network's name, or `emailLabel` for e-mail */
	label: string;
	href: string;
}

/** `url` is the story's absolute URL, `title` its headline as written. */
export function shareLinks(url: string, title: string, emailLabel: string): ShareLink[] {
	const u = encodeURIComponent(url);
	const t = encodeURIComponent(title);
	return [
		{ key: "whatsapp", label: "WhatsApp", href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
		{ key: "facebook", label: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
		{ key: "x", label: "X", href: `https://x.com/intent/post?url=${u}&text=${t}` },
		{ key: "telegram", label: "Telegram", href: `https://t.me/share/url?url=${u}&text=${t}` },
		{ key: "email", label: emailLabel, href: `mailto:?subject=${t}&body=${u}` },
	];
}
