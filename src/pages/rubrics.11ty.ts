// /kategori/: every rubric with its description and number of stories.
import { rubricIndexUrl } from "../site/urls.ts";
import { directoryData } from "./directory.ts";

export const data = directoryData(rubricIndexUrl, "rubrics", "rubrics");
export { render } from "./listing-page.ts";
