// The text `npm run new` (src/cli/new.ts) puts in a new article. Shared with the checks so an article that
// still carries it cannot be published (src/content/checks/article-checks.ts).
export const PLACEHOLDER_SUMMARY = "Tulis ringkasan berita dalam satu atau dua kalimat.";
export const PLACEHOLDER_BODY = "Tulis isi berita di sini.";
