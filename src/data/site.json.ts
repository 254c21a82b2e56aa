// The corpus's figures, the names of what it names, and the files skipped or warned about: read by every page.
import {siteOutput} from "../../loaders/site/outputs.js";

process.stdout.write(siteOutput("site.json"));
