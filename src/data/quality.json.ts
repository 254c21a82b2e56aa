// The extractor's accuracy on the seed gold and the gazetteer's sizes, computed at build time.
import {siteData} from "../../loaders/siteData.js";
import {quality} from "../../loaders/site/quality.js";

process.stdout.write(JSON.stringify(quality(siteData())));
