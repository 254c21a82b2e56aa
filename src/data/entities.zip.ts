// The evidence sentences of each partner (`data/entities/partner/<code>.json`, the newest, and
// `<code>-more.json`, the rest) and each Vietnamese side (`data/entities/province/<code>.json` …).
import {siteOutput} from "../../loaders/site/output.js";

process.stdout.write(await siteOutput("entities.zip"));
