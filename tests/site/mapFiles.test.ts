// Checks the map data in data/maps/ (built by scripts/maps/makeMaps.ts).
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { worldMap } from "../../loaders/site/mapFiles.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const MAPS = join(ROOT, "data", "maps");
const MAX_BYTES = 200 * 1024;

interface TopoGeometry {
  type: string;
  id?: string | number;
  properties?: Record<string, unknown>;
  arcs?: unknown;
  coordinates?: number[][];
}
interface Topology {
  type: "Topology";
  transform?: { scale: [number, number]; translate: [number, number] };
  objects: Record<string, { type: string; geometries: TopoGeometry[] }>;
  arcs: number[][][];
}

const readJson = (name: string): Topology => JSON.parse(readFileSync(join(MAPS, name), "utf8")) as Topology;
const readTsv = (path: string): Record<string, string>[] => {
  const [head, ...rows] = readFileSync(path, "utf8").replace(/\r/g, "").split("\n").filter((l) => l !== "");
  const cols = head.split("\t");
  return rows.map((r) => Object.fromEntries(r.split("\t").map((v, i) => [cols[i], v])));
};

// ISO 3166-2:VN codes of the 63 units in force before 2025-07-01 (same list as
// shared/reference/vn-provinces-63.tsv, which is also compared below when present).
const CODES_63 = [
  "VN-01", "VN-02", "VN-03", "VN-04", "VN-05", "VN-06", "VN-07", "VN-09", "VN-13", "VN-14", "VN-18",
  "VN-20", "VN-21", "VN-22", "VN-23", "VN-24", "VN-25", "VN-26", "VN-27", "VN-28", "VN-29", "VN-30",
  "VN-31", "VN-32", "VN-33", "VN-34", "VN-35", "VN-36", "VN-37", "VN-39", "VN-40", "VN-41", "VN-43",
  "VN-44", "VN-45", "VN-46", "VN-47", "VN-49", "VN-50", "VN-51", "VN-52", "VN-53", "VN-54", "VN-55",
  "VN-56", "VN-57", "VN-58", "VN-59", "VN-61", "VN-63", "VN-66", "VN-67", "VN-68", "VN-69", "VN-70",
  "VN-71", "VN-72", "VN-73", "VN-CT", "VN-DN", "VN-HN", "VN-HP", "VN-SG",
].sort();
// Codes of the 34 units in force since 2025-07-01 (namesake convention of vn-merger-2025.tsv).
const CODES_34 = [
  "VN-01", "VN-02", "VN-04", "VN-05", "VN-07", "VN-09", "VN-13", "VN-18", "VN-21", "VN-22", "VN-23",
  "VN-25", "VN-26", "VN-29", "VN-30", "VN-33", "VN-34", "VN-35", "VN-37", "VN-39", "VN-44", "VN-45",
  "VN-49", "VN-56", "VN-59", "VN-66", "VN-68", "VN-69", "VN-71", "VN-CT", "VN-DN", "VN-HN", "VN-HP", "VN-SG",
].sort();

const REFERENCE = resolve(ROOT, "..", "shared", "reference");
const hasReference = existsSync(join(REFERENCE, "vn-provinces-63.tsv"));

/** Decode a quantized, delta-encoded arc into lon/lat positions. */
function decodeArc(topo: Topology, arc: number[][]): [number, number][] {
  if (!topo.transform) return arc.map(([x, y]) => [x, y]);
  const { scale, translate } = topo.transform;
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]) => {
    x += dx;
    y += dy;
    return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
  });
}
function decodePoint(topo: Topology, p: number[]): [number, number] {
  if (!topo.transform) return [p[0], p[1]];
  const { scale, translate } = topo.transform;
  return [p[0] * scale[0] + translate[0], p[1] * scale[1] + translate[1]];
}

const ISLAND_BOXES: Record<string, [number, number, number, number]> = {
  // [lonMin, latMin, lonMax, latMax]
  "VN-HOANGSA": [111.0, 15.5, 113.0, 17.3],
  "VN-TRUONGSA": [111.5, 7.0, 116.5, 12.0],
};

function checkIslands(topo: Topology): void {
  const islands = topo.objects.islands;
  expect(islands, "islands object").toBeDefined();
  const byId = new Map(islands.geometries.map((g) => [g.id, g]));
  expect([...byId.keys()].sort()).toEqual(["VN-HOANGSA", "VN-TRUONGSA"]);
  const hs = byId.get("VN-HOANGSA")!;
  const ts = byId.get("VN-TRUONGSA")!;
  expect(hs.properties?.name).toBe("Quần đảo Hoàng Sa");
  expect(ts.properties?.name).toBe("Quần đảo Trường Sa");
  expect(hs.properties?.belongs_to).toBe("VN-DN");
  expect(ts.properties?.belongs_to).toBe("VN-34");
  for (const g of [hs, ts]) {
    const [x0, y0, x1, y1] = ISLAND_BOXES[String(g.id)];
    const lon = g.properties?.label_lon as number;
    const lat = g.properties?.label_lat as number;
    expect(typeof lon).toBe("number");
    expect(lon >= x0 && lon <= x1 && lat >= y0 && lat <= y1, `${g.id} label in box`).toBe(true);
    expect(g.type).toBe("MultiPoint");
    expect(g.coordinates!.length).toBeGreaterThanOrEqual(3);
    for (const p of g.coordinates!) {
      const [plon, plat] = decodePoint(topo, p);
      expect(plon >= x0 && plon <= x1 && plat >= y0 && plat <= y1, `${g.id} point ${plon},${plat}`).toBe(true);
    }
  }
}

function checkArcsInVietnam(topo: Topology): void {
  // Mainland + coastal islands of Vietnam lie within this box (the archipelagos are points, not arcs).
  for (const arc of topo.arcs) {
    for (const [lon, lat] of decodeArc(topo, arc)) {
      expect(lon > 102 && lon < 110 && lat > 8 && lat < 23.5, `arc point ${lon},${lat}`).toBe(true);
    }
  }
}

describe("data/maps/vietnam.json (63 provinces + 34 units + islands)", () => {
  const topo = readJson("vietnam.json");

  it("is at most 200 KB", () => {
    expect(statSync(join(MAPS, "vietnam.json")).size).toBeLessThanOrEqual(MAX_BYTES);
  });

  it("has exactly the 63 pre-2025 provinces, keyed by ISO 3166-2, with Vietnamese names", () => {
    const geoms = topo.objects.provinces63.geometries;
    expect(geoms.length).toBe(63);
    expect(geoms.map((g) => String(g.id)).sort()).toEqual(CODES_63);
    for (const g of geoms) {
      expect(g.type === "Polygon" || g.type === "MultiPolygon").toBe(true);
      expect(typeof g.properties?.name).toBe("string");
      expect(CODES_34).toContain(g.properties?.unit34);
    }
    // known Natural Earth display-name mislabels are fixed
    const name = (id: string) => geoms.find((g) => g.id === id)?.properties?.name;
    expect(name("VN-39")).toBe("Đồng Nai");
    expect(name("VN-53")).toBe("Bắc Kạn");
    expect(name("VN-66")).toBe("Hưng Yên");
    expect(name("VN-HN")).toBe("Hà Nội");
    expect(name("VN-SG")).toBe("Hồ Chí Minh");
  });

  it.runIf(hasReference)("matches shared/reference/vn-provinces-63.tsv and vn-merger-2025.tsv", () => {
    const ref = readTsv(join(REFERENCE, "vn-provinces-63.tsv"));
    expect(ref.map((r) => r.iso_3166_2).sort()).toEqual(CODES_63);
    const merger = readTsv(join(REFERENCE, "vn-merger-2025.tsv"));
    const key = Object.keys(merger[0]).find((k) => k.startsWith("new_iso_like_code"))!;
    const newOf = new Map(merger.map((r) => [r.old_code, r[key]]));
    expect([...new Set(newOf.values())].sort()).toEqual(CODES_34);
    for (const g of topo.objects.provinces63.geometries) {
      expect(g.properties?.unit34, String(g.id)).toBe(newOf.get(String(g.id)));
    }
  });

  it("has the 34 post-2025 units, each the union of its member provinces", () => {
    const geoms = topo.objects.units34.geometries;
    expect(geoms.length).toBe(34);
    expect(geoms.map((g) => String(g.id)).sort()).toEqual(CODES_34);
    const members = new Map<string, string[]>();
    for (const p of topo.objects.provinces63.geometries) {
      const u = String(p.properties?.unit34);
      members.set(u, [...(members.get(u) ?? []), String(p.id)]);
    }
    for (const g of geoms) {
      expect(g.type === "Polygon" || g.type === "MultiPolygon").toBe(true);
      expect(typeof g.properties?.name).toBe("string");
      expect(String(g.properties?.members).split(",").sort()).toEqual(members.get(String(g.id))!.sort());
    }
  });

  it("has both archipelagos as labelled Vietnamese island features", () => checkIslands(topo));

  it("has province arcs only within Vietnam's mainland/coastal bounding box", () => checkArcsInVietnam(topo));
});

describe("data/maps/vietnam-63.json and vietnam-34.json", () => {
  for (const [file, object, codes] of [
    ["vietnam-63.json", "provinces63", CODES_63],
    ["vietnam-34.json", "units34", CODES_34],
  ] as const) {
    it(`${file}: ≤ 200 KB, ids, islands`, () => {
      expect(statSync(join(MAPS, file)).size).toBeLessThanOrEqual(MAX_BYTES);
      const topo = readJson(file);
      expect(topo.objects[object].geometries.map((g) => String(g.id)).sort()).toEqual([...codes]);
      checkIslands(topo);
      checkArcsInVietnam(topo);
    });
  }
});

describe("data/maps/islands.tsv", () => {
  it("lists island positions inside each archipelago's box", () => {
    const rows = readTsv(join(MAPS, "islands.tsv"));
    expect(Object.keys(rows[0])).toEqual(["archipelago", "name_vi", "name_en", "lat", "lon", "source_note"]);
    for (const r of rows) {
      const box = ISLAND_BOXES[r.archipelago];
      expect(box, r.archipelago).toBeDefined();
      const lon = Number(r.lon);
      const lat = Number(r.lat);
      expect(lon >= box[0] && lon <= box[2] && lat >= box[1] && lat <= box[3], r.name_vi).toBe(true);
    }
  });
});

describe("data/maps/world-110m.json", () => {
  const topo = readJson("world-110m.json");
  const ids = topo.objects.countries.geometries.map((g) => g.id).filter((id) => id !== undefined).map(String);

  it("is at most 200 KB", () => {
    expect(statSync(join(MAPS, "world-110m.json")).size).toBeLessThanOrEqual(MAX_BYTES);
  });

  it("has countries with 3-digit ISO 3166-1 numeric ids and names", () => {
    expect(ids.length).toBeGreaterThan(170);
    for (const id of ids) expect(id).toMatch(/^\d{3}$/);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ["156", "643", "392", "410", "250", "840", "704", "036", "276", "826"]) expect(ids).toContain(id);
    for (const g of topo.objects.countries.geometries) expect(typeof g.properties?.name).toBe("string");
  });

  it("has a centroid for every country, plus small ones missing from 110m (Singapore 702)", () => {
    const rows = readTsv(join(MAPS, "country-centroids.tsv"));
    const byId = new Map(rows.map((r) => [r.numeric, r]));
    expect(byId.size).toBe(rows.length);
    for (const r of rows) {
      expect(r.numeric).toMatch(/^\d{3}$/);
      const lon = Number(r.lon);
      const lat = Number(r.lat);
      expect(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90, r.numeric).toBe(true);
    }
    for (const id of ids) expect(byId.has(id), id).toBe(true);
    const sg = byId.get("702")!;
    expect(Math.abs(Number(sg.lon) - 103.82)).toBeLessThan(0.3);
    expect(Math.abs(Number(sg.lat) - 1.35)).toBeLessThan(0.3);
    const vn = byId.get("704")!;
    expect(Number(vn.lon)).toBeGreaterThan(102);
    expect(Number(vn.lon)).toBeLessThan(110);
  });
});

describe("world-map.json (loaders/site/mapFiles.ts, worldMap)", () => {
  const file = JSON.parse(worldMap(MAPS));
  it("holds the world, a centroid per country and Vietnam's two archipelagos, so that no page needs the map of Vietnam for them", () => {
    expect(file.world.type).toBe("Topology");
    expect(file.centroids.find((c: {numeric: string}) => c.numeric === "702")).toBeDefined();
    expect(file.islands.type).toBe("FeatureCollection");
    expect(file.islands.features.map((f: {properties: {name: string; belongs_to: string}}) => [f.properties.name, f.properties.belongs_to])).toEqual([
      ["Quần đảo Hoàng Sa", "VN-DN"],
      ["Quần đảo Trường Sa", "VN-34"]
    ]);
  });
  it("stays a small download (under 140 KB)", () => {
    expect(worldMap(MAPS).length).toBeLessThan(140_000);
  });
});
