// Vietnam's provinces, the units of 2025 and the archipelagos (loaders/site/maps.ts). Printed
// straight from data/maps/, not through the site data: in the dev server it is ready at once,
// whatever the corpus. `npm run build` writes the same bytes (the site data's vietnam-map.json)
// in its place.
import {vietnamMap} from "../../loaders/site/mapFiles.js";

process.stdout.write(vietnamMap());
