// Every article that carried a warning, for the Method page (fetched when the reader asks).
import {siteOutput} from "../../loaders/site/outputs.js";

process.stdout.write(siteOutput("warnings.json"));
