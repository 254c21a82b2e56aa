// Every article that carried a warning, for the Method page (fetched when the reader asks).
import {siteOutput} from "../../loaders/site/output.js";

process.stdout.write(await siteOutput("warnings.json"));
