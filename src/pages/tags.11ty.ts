// /tag/: every tag in use, with its number of stories.
import { tagIndexUrl } from "../content/urls.ts";
import { directoryData } from "./directory.ts";

export const data = directoryData(tagIndexUrl, "tags", "tagsIndex");
export { render } from "./listing.ts";
