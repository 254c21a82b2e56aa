// The corpus's aggregate tables: counts by partner, province, unit, field, pair, month and year
// (bounded by the gazetteer and the calendar, not by the corpus size). Read by Overview and Timeline.
import {siteOutput} from "../../loaders/site/output.js";

process.stdout.write(await siteOutput("tables.json"));
