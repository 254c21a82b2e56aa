// The two maps: the world (partners by ISO numeric id, small countries as dots) and Vietnam (63
// provinces or the 34 units since 1 July 2025), always with the Hoàng Sa (Paracel) and Trường Sa
// (Spratly) archipelagos drawn and labelled as Vietnamese territory, as Vietnamese maps do.
import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import {accessibleChart} from "./a11y.js";
import * as topojson from "topojson-client";

export interface WorldData {
  world: any;
  centroids: {numeric: string; lon: number; lat: number; name: string}[];
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

export function worldChoropleth(values: MapValue[], {world, centroids}: WorldData, o: MapOptions & {vietnam?: any}) {
  const countries = topojson.feature(world, world.objects.countries).features.filter((f: any) => f.id !== "010");
  const byId = new Map(values.map((v) => [v.id, v]));
  const drawn = new Set(countries.map((f: any) => f.id));
  // Partners too small for the 110m map (Singapore, Bahrain…) are drawn as dots at their centroid.
  const centroid = new Map(centroids.map((c) => [c.numeric, c]));
  const dots = values.filter((v) => v.value > 0 && !drawn.has(v.id) && centroid.has(v.id)).map((v) => ({...v, ...centroid.get(v.id)!}));
  const max = d3.max(values, (v) => v.value) ?? 1;
  const islands = o.vietnam?.objects?.islands ? islandPoints(topojson.feature(o.vietnam, o.vietnam.objects.islands)) : [];
  const vn = countries.find((f: any) => f.id === VIETNAM_NUMERIC);
  return accessibleChart(Plot.plot({
    width: o.width,
    height: Math.round(o.width * 0.5),
    projection: {type: "equal-earth", domain: {type: "FeatureCollection", features: countries} as never},
    title: o.title,
    subtitle: o.subtitle,
    caption: o.caption,
    ariaLabel: o.ariaLabel ?? describe(values, `World map of partner countries shaded by ${o.label.toLowerCase()}`),
    ariaDescription: describe(values, `World map of partner countries shaded by ${o.label.toLowerCase()}`),
    color: {type: "sqrt", scheme: (o.scheme ?? "blues") as Plot.ColorScheme, domain: [0, max], label: o.label, legend: true, zero: true},
    marks: [
      Plot.sphere({stroke: "currentColor", strokeOpacity: 0.2}),
      Plot.geo(countries, {fill: "currentColor", fillOpacity: 0.07}),
      Plot.geo(
        countries.filter((f: any) => byId.get(f.id)?.value),
        {
          fill: (f: any) => byId.get(f.id)!.value,
          href: (f: any) => byId.get(f.id)!.href ?? null,
          ariaLabel: (f: any) => `${byId.get(f.id)!.name}: ${byId.get(f.id)!.value.toLocaleString("en-US")} ${o.label.toLowerCase()}`,
          title: (f: any) => {
            const v = byId.get(f.id)!;
            return `${v.name}\n${o.label}: ${v.value.toLocaleString("en-US")}${v.note ? `\n${v.note}` : ""}`;
          },
          tip: true
        } as never
      ),
      Plot.geo(topojson.mesh(world, world.objects.countries, (a: any, b: any) => a !== b), {stroke: "var(--theme-background)", strokeWidth: 0.5}),
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

export function vietnamChoropleth(values: MapValue[], topology: any, o: VietnamOptions) {
  const object = o.level === "34" ? topology.objects.units34 : topology.objects.provinces63;
  const features = topojson.feature(topology, object).features;
  const islands = topojson.feature(topology, topology.objects.islands);
  const byId = new Map(values.map((v) => [v.id, v]));
  const owner = (f: any) => (o.level === "34" ? f.properties.belongs_to_34 : f.properties.belongs_to) as string;
  const nameOf = (id: string) => byId.get(id)?.name ?? features.find((f: any) => f.id === id)?.properties.name ?? id;
  const points = islandPoints(islands);
  // Room to the east for the Trường Sa label.
  const domain = {
    type: "FeatureCollection",
    features: [...features, ...islands.features, {type: "Feature", geometry: {type: "MultiPoint", coordinates: [[117.6, 9], [117.6, 17]]}}]
  };
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
    color: {type: "sqrt", scheme: (o.scheme ?? "blues") as Plot.ColorScheme, domain: [0, max], label: o.label, legend: true, zero: true},
    marks: [
      Plot.geo(features, {
        fill: (f: any) => (value(f.id) > 0 ? value(f.id) : null),
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
      Plot.geo(features.filter((f: any) => !(value(f.id) > 0)), {fill: "currentColor", fillOpacity: 0.06}),
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
