// One compact row per article: what the pages filter and count by partner, province, field, year.
import {siteData} from "../../loaders/siteData.js";
import {articleIndex} from "../../loaders/site/shape.js";

process.stdout.write(JSON.stringify(articleIndex(siteData())));
