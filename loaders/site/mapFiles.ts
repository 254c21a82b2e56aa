// The map files the pages draw with, from data/maps/ (see data/maps/PROVENANCE.md): the world
// (Natural Earth 110m via world-atlas, ISO numeric ids) with a dot position for every country,
// including the small ones 110m leaves out; and Vietnam's 63 provinces, the 34 units in force since
// 1 July 2025 and the Hoàng Sa and Trường Sa archipelagos (objects provinces63, units34, islands;
// ISO 3166-2:VN ids). Part of the site data, so that a build copies them rather than runs a loader.
import {readFileSync} from "node:fs";
import {feature} from "topojson-client";
import {join} from "node:path";
import {MAPS_DIR} from "./fingerprint.js";
import {parseTsv} from "../extract/tsv.js";

/** world-map.json: {world, centroids, islands} (islands: the archipelagos of vietnam.json as GeoJSON, which 110m leaves out). */
export function worldMap(dir = MAPS_DIR): string {
  const world = JSON.parse(readFileSync(join(dir, "world-110m.json"), "utf8"));
  const centroids = parseTsv(readFileSync(join(dir, "country-centroids.tsv"), "utf8")).map((r) => ({
    numeric: r.numeric,
    lon: +r.lon,
    lat: +r.lat,
    name: r.name
  }));
  const vietnam = JSON.parse(vietnamMap(dir));
  const islands = feature(vietnam, vietnam.objects.islands);
  return JSON.stringify({world, centroids, islands});
}

/** vietnam-map.json, as it is in data/maps/. */
export function vietnamMap(dir = MAPS_DIR): string {
  return readFileSync(join(dir, "vietnam.json"), "utf8");
}
