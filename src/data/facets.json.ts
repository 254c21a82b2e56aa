// One row of numbers per article, newest first: what the pages filter and count by partner,
// province, field, year and source (see loaders/site/facets.ts; decoded by src/components/facets.ts).
import {siteOutput} from "../../loaders/site/output.js";

process.stdout.write(await siteOutput("facets.json"));
