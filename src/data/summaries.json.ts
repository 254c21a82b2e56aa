// One record per article, exactly as `npm run extract` prints it.
import {siteData} from "../../loaders/siteData.js";

process.stdout.write(JSON.stringify(siteData().summaries));
