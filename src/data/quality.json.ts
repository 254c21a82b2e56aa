// The extractor's accuracy on the seed gold and the gazetteer's sizes, computed at build time.
import {siteOutput} from "../../loaders/site/output.js";

process.stdout.write(await siteOutput("quality.json"));
