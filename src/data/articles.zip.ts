// The articles' texts, lines and mentions in chunks (`data/articles/<k>.json`), fetched on demand.
import {siteOutput} from "../../loaders/site/outputs.js";

process.stdout.write(siteOutput("articles.zip"));
