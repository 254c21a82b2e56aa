// The world map and a dot position for every country (loaders/site/maps.ts).
import {siteOutput} from "../../loaders/site/output.js";

process.stdout.write(await siteOutput("world-map.json"));
