// Vietnam's provinces, the units of 2025 and the archipelagos (loaders/site/maps.ts).
import {siteOutput} from "../../loaders/site/output.js";

process.stdout.write(await siteOutput("vietnam-map.json"));
