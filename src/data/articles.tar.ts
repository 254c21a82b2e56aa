// The articles' texts, lines and mentions in chunks (`data/articles/<k>.json`), fetched on demand.
import {siteData} from "../../loaders/siteData.js";
import {articleChunks} from "../../loaders/site/shape.js";
import {tar} from "../../loaders/site/tar.js";

process.stdout.write(tar(articleChunks(siteData(undefined, {details: true}))));
