// The corpus's figures, the names of what it names, and the files skipped or warned about: read by every page.
import {siteOutput} from "../../loaders/site/output.js";

process.stdout.write(await siteOutput("site.json"));
