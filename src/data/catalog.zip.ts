// Each article's id, title, file and address, newest first, in a fixed number of parts
// (`data/catalog/<part>.json`, see CATALOG_PARTS), fetched by the pages for the rows they show.
import {siteOutput} from "../../loaders/site/output.js";

process.stdout.write(await siteOutput("catalog.zip"));
