// The world map (Natural Earth 110m via world-atlas, ISO numeric ids) and a dot position for every
// country, including the small ones 110m leaves out. See data/maps/PROVENANCE.md.
import {readFileSync} from "node:fs";
import {parseTsv} from "../../loaders/tsv.js";

const dir = new URL("../../data/maps/", import.meta.url);
const world = JSON.parse(readFileSync(new URL("world-110m.json", dir), "utf8"));
const centroids = parseTsv(readFileSync(new URL("country-centroids.tsv", dir), "utf8")).map((r) => ({
  numeric: r.numeric,
  lon: +r.lon,
  lat: +r.lat,
  name: r.name
}));
process.stdout.write(JSON.stringify({world, centroids}));
