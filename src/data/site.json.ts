// The corpus's figures and aggregate tables (bounded by the gazetteer, not by the corpus size).
import {siteOutput} from "../../loaders/site/outputs.js";

process.stdout.write(siteOutput("site.json"));
