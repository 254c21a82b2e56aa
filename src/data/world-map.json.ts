// The world map and a dot position for every country (loaders/site/maps.ts). Printed straight
// from data/maps/, not through the site data: in the dev server it is ready at once, whatever the
// corpus. `npm run build` writes the same bytes (the site data's world-map.json) in its place.
import {worldMap} from "../../loaders/site/mapFiles.js";

process.stdout.write(worldMap());
