// The two maps: the world (partners by ISO numeric id, small countries as dots) and Vietnam (63
// provinces or the 34 units since 1 July 2025), always with the Hoàng Sa (Paracel) and Trường Sa
// (Spratly) archipelagos drawn and labelled as Vietnamese territory, as Vietnamese maps do.
import * as Plot from "@observablehq/plot";
import * as d3 from "./d3.js";
import {accessibleChart} from "./a11y.js";
import {SIZES} from "./chartSizes.js";
import * as topojson from "topojson-client";

export interface WorldData {
  world: any;
  centroids: {numeric: string; lon: number; lat: number; name: string}[];
  /** Vietnam's Hoàng Sa and Trường Sa archipelagos (GeoJSON, from data/maps/vietnam.json), which 110m leaves out. */
  islands?: any;
}

export interface MapValue {
  /** ISO numeric (world) or ISO 3166-2:VN (Vietnam). */
  id: string;
  name: string;
  value: number;
  href?: string;
  /** Extra tooltip text. */
  note?: string;
}

export interface MapOptions {
  width: number;
  label: string;
  title?: string;
  subtitle?: string;
  caption?: string;
  ariaLabel?: string;
  scheme?: string;
}

const VIETNAM_NUMERIC = "704";
const VIETNAM_RED = "#c8102e";

function describe(values: MapValue[], what: string): string {
  const top = d3.sort(values.filter((v) => v.value > 0), (v) => -v.value).slice(0, 5);
  return top.length
    ? `${what}. Highest: ${top.map((v) => `${v.name} ${v.value.toLocaleString("en-US")}`).join("; ")}.`
    : `${what}. No values for this selection.`;
}

/** Points of the archipelagos (MultiPoints in the `islands` object) flattened, with their group. */
function islandPoints(islands: any): {lon: number; lat: number; group: any}[] {
  return islands.features.flatMap((f: any) =>
    (f.geometry.type === "MultiPoint" ? f.geometry.coordinates : [f.geometry.coordinates]).map(([lon, lat]: [number, number]) => ({lon, lat, group: f}))
  );
}

/** The countries of a world topology (Antarctica left out), converted once per topology. */
const worldShapes = new WeakMap<object, {countries: any[]; vn: any}>();
function shapesOf(world: any) {
  let shapes = worldShapes.get(world);
  if (!shapes) {
    const countries = topojson.feature(world, world.objects.countries).features.filter((f: any) => f.id !== "010");
    worldShapes.set(world, (shapes = {countries, vn: countries.find((f: any) => f.id === VIETNAM_NUMERIC)}));
  }
  return shapes;
}

/**
 * What the projection is fitted to: the inhabited world (180° W to 180° E, 56° S to 84° N), as
 * four points. Fitting to the countries themselves would project every border once more.
 */
const WORLD_EXTENT = {type: "MultiPoint", coordinates: [[-180, 0], [180, 0], [0, 84], [0, -56]]};

export function worldChoropleth(values: MapValue[], {world, centroids, islands: archipelagos}: WorldData, o: MapOptions) {
  const {countries, vn} = shapesOf(world);
  const byId = new Map(values.map((v) => [v.id, v]));
  const drawn = new Set(countries.map((f: any) => f.id));
  // Partners too small for the 110m map (Singapore, Bahrain…) are drawn as dots at their centroid.
  const centroid = new Map(centroids.map((c) => [c.numeric, c]));
  const dots = values.filter((v) => v.value > 0 && !drawn.has(v.id) && centroid.has(v.id)).map((v) => ({...v, ...centroid.get(v.id)!}));
  // Every value zero (evidence in the mentions scope): a scale from 0 to 1, as the Vietnam map has, not [0, 0].
  const max = d3.max(values, (v) => v.value) || 1;
  const islands = archipelagos ? islandPoints(archipelagos) : [];
  const valued = (f: any) => {
    const v = byId.get(f.id);
    return v?.value ? v : null;
  };
  return accessibleChart(Plot.plot({
    width: o.width,
    height: Math.round(o.width * SIZES.worldAspect),
    projection: {type: "equal-earth", domain: WORLD_EXTENT as never},
    title: o.title,
    subtitle: o.subtitle,
    caption: o.caption,
    ariaLabel: o.ariaLabel ?? describe(values, `World map of partner countries shaded by ${o.label.toLowerCase()}`),
    ariaDescription: describe(values, `World map of partner countries shaded by ${o.label.toLowerCase()}`),
    // Countries with no value get the scale's `unknown` colour, faint: one pass over the borders draws them all.
    color: {type: "sqrt", scheme: (o.scheme ?? "blues") as Plot.ColorScheme, domain: [0, max], label: o.label, legend: true, zero: true, unknown: "currentColor"},
    opacity: {type: "identity"},
    marks: [
      Plot.sphere({stroke: "currentColor", strokeOpacity: 0.2}),
      Plot.geo(countries, {
        fill: (f: any) => valued(f)?.value,
        fillOpacity: (f: any) => (valued(f) ? 1 : 0.07),
        stroke: "var(--theme-background)",
        strokeWidth: 0.5,
        href: (f: any) => valued(f)?.href ?? null,
        ariaLabel: (f: any) => {
          const v = valued(f);
          return v ? `${v.name}: ${v.value.toLocaleString("en-US")} ${o.label.toLowerCase()}` : null;
        }
      } as never),
      // Tips for the countries with a value only (a tip needs each country's centroid).
      Plot.tip(
        countries.filter(valued),
        Plot.pointer(
          Plot.geoCentroid({
            title: (f: any) => {
              const v = valued(f)!;
              return `${v.name}\n${o.label}: ${v.value.toLocaleString("en-US")}${v.note ? `\n${v.note}` : ""}`;
            }
          })
        ) as never
      ),
      vn ? Plot.geo(vn, {fill: VIETNAM_RED, fillOpacity: 0.85, title: () => "Việt Nam", tip: true} as never) : null,
      Plot.dot(islands, {x: "lon", y: "lat", r: 1, fill: VIETNAM_RED}),
      Plot.dot(dots, {
        x: "lon",
        y: "lat",
        r: 4,
        fill: "value",
        stroke: "currentColor",
        strokeWidth: 0.5,
        href: (d: any) => d.href ?? null,
        ariaLabel: (d: any) => `${d.name}: ${d.value.toLocaleString("en-US")} ${o.label.toLowerCase()}`,
        title: (d: any) => `${d.name}\n${o.label}: ${d.value.toLocaleString("en-US")}`,
        tip: true
      } as never)
    ]
  }));
}

export interface VietnamOptions extends MapOptions {
  level: "63" | "34";
  /** A province to outline (on a province's page). */
  highlight?: string;
}

/**
 * A Vietnam topology's shapes at one level, converted once: the units, the archipelagos, and the
 * longitude/latitude box the map is fitted to (with room to the east for the Trường Sa label).
 * Mercator maps a longitude/latitude box to a box, so fitting to its corners fits the map.
 */
const vietnamShapes = new WeakMap<object, Map<string, {features: any[]; islands: any; extent: any}>>();
function vietnamShapesOf(topology: any, level: "63" | "34") {
  let byLevel = vietnamShapes.get(topology);
  if (!byLevel) vietnamShapes.set(topology, (byLevel = new Map()));
  let shapes = byLevel.get(level);
  if (!shapes) {
    const features = topojson.feature(topology, level === "34" ? topology.objects.units34 : topology.objects.provinces63).features;
    const islands = topojson.feature(topology, topology.objects.islands);
    const all = {
      type: "FeatureCollection",
      features: [...features, ...islands.features, {type: "Feature", geometry: {type: "MultiPoint", coordinates: [[117.6, 9], [117.6, 17]]}}]
    };
    const [[x0, y0], [x1, y1]] = d3.geoBounds(all as never);
    const extent = {type: "MultiPoint", coordinates: [[x0, y0], [x1, y0], [x0, y1], [x1, y1]]};
    byLevel.set(level, (shapes = {features, islands, extent}));
  }
  return shapes;
}

export function vietnamChoropleth(values: MapValue[], topology: any, o: VietnamOptions) {
  const {features, islands, extent: domain} = vietnamShapesOf(topology, o.level);
  const byId = new Map(values.map((v) => [v.id, v]));
  const owner = (f: any) => (o.level === "34" ? f.properties.belongs_to_34 : f.properties.belongs_to) as string;
  const nameOf = (id: string) => byId.get(id)?.name ?? features.find((f: any) => f.id === id)?.properties.name ?? id;
  const points = islandPoints(islands);
  const inset = 8;
  const width = o.width;
  const projection = d3.geoMercator().fitWidth(width - 2 * inset, domain as never);
  const [[, y0], [, y1]] = d3.geoPath(projection).bounds(domain as never);
  const height = Math.ceil(y1 - y0) + 2 * inset;
  const max = d3.max(values, (v) => v.value) || 1;
  const value = (id: string) => byId.get(id)?.value ?? 0;
  const fontSize = width < 500 ? 9 : 11;
  const unitWord = o.level === "34" ? "units (since 1 July 2025)" : "provinces";
  const what = `Map of Vietnam's ${o.level} ${unitWord} shaded by ${o.label.toLowerCase()}, with the Hoàng Sa and Trường Sa archipelagos`;
  return accessibleChart(Plot.plot({
    width,
    height,
    projection: {type: "mercator", domain: domain as never, inset},
    title: o.title,
    subtitle: o.subtitle,
    caption: o.caption,
    ariaLabel: o.ariaLabel ?? describe(values, what),
    ariaDescription: describe(values, what),
    // Units with no value get the scale's `unknown` colour, faint: one mark draws them all.
    color: {type: "sqrt", scheme: (o.scheme ?? "blues") as Plot.ColorScheme, domain: [0, max], label: o.label, legend: true, zero: true, unknown: "currentColor"},
    opacity: {type: "identity"},
    marks: [
      Plot.geo(features, {
        fill: (f: any) => (value(f.id) > 0 ? value(f.id) : undefined),
        fillOpacity: (f: any) => (value(f.id) > 0 ? 1 : 0.06),
        stroke: "currentColor",
        strokeOpacity: 0.25,
        strokeWidth: 0.5,
        href: (f: any) => byId.get(f.id)?.href ?? null,
        ariaLabel: (f: any) => `${nameOf(f.id)}: ${value(f.id).toLocaleString("en-US")} ${o.label.toLowerCase()}`,
        title: (f: any) => {
          const v = byId.get(f.id);
          return `${nameOf(f.id)}\n${o.label}: ${(v?.value ?? 0).toLocaleString("en-US")}${v?.note ? `\n${v.note}` : ""}`;
        },
        tip: true
      } as never),
      o.highlight ? Plot.geo(features.filter((f: any) => f.id === o.highlight || (f.properties.members ?? "").split(",").includes(o.highlight)), {stroke: VIETNAM_RED, strokeWidth: 2}) : null,
      // The archipelagos: each island a dot, in the colour of the province it belongs to.
      Plot.dot(points, {
        x: "lon",
        y: "lat",
        r: 1.8,
        fill: (p: any) => (value(owner(p.group)) > 0 ? value(owner(p.group)) : "currentColor"),
        stroke: "currentColor",
        strokeWidth: 0.4,
        title: (p: any) => `${p.group.properties.name} (${p.group.properties.name_en}), part of ${nameOf(owner(p.group))}`,
        tip: true
      } as never),
      Plot.text(islands.features, {
        x: (f: any) => f.properties.label_lon,
        y: (f: any) => f.properties.label_lat,
        text: (f: any) => `${f.properties.name}\n(${nameOf(owner(f))})`,
        dy: -18,
        fontSize,
        fontStyle: "italic",
        fill: "currentColor",
        stroke: "var(--theme-background)",
        strokeWidth: 3,
        paintOrder: "stroke",
        lineHeight: 1.1
      })
    ]
  }));
}
