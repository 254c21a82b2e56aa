// The extractor's accuracy on the seed gold and the gazetteer's sizes, computed at build time.
import {siteOutput} from "../../loaders/site/outputs.js";

process.stdout.write(siteOutput("quality.json"));
