// The evidence sentences of each partner (`data/entities/partner/<code>.json`) and each
// Vietnamese side (`data/entities/province/<code>.json`), for the parameterized pages.
import {siteData} from "../../loaders/siteData.js";
import {entityFiles} from "../../loaders/site/shape.js";
import {tar} from "../../loaders/site/tar.js";

process.stdout.write(tar(entityFiles(siteData())));
