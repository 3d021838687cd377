// /penulis/: every author with photo, role and number of stories.
import { authorIndexUrl } from "../site/urls.ts";
import { directoryData } from "./directory.ts";

export const data = directoryData(authorIndexUrl, "authors", "authors");
export { render } from "./listing-page.ts";
