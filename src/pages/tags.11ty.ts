// /tag/: every tag in use, with its number of stories.
import { tagIndexUrl } from "../site/urls.ts";
import { directoryData } from "./directory.ts";

export const data = directoryData(tagIndexUrl, "tags", "tagsIndex");
export { render } from "./listing-page.ts";
