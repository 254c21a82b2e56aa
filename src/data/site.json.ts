// The corpus's figures and aggregate tables (bounded by the gazetteer, not by the corpus size).
import {siteData} from "../../loaders/siteData.js";
import {siteSummary} from "../../loaders/site/shape.js";

process.stdout.write(JSON.stringify(siteSummary(siteData())));
