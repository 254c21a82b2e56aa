// @vitest-environment jsdom
// maps: the world (partners shaded by value, small ones as dots) and Vietnam (63 provinces or the
// 34 units of 2025), always with the Hoàng Sa and Trường Sa archipelagos drawn and labelled as
// Vietnamese territory.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {feature} from "topojson-client";
import {describe, expect, it} from "vitest";
import {vietnamChoropleth, worldChoropleth, type MapValue, type WorldData} from "../../src/components/maps.js";
import {stubCanvas} from "./componentFixtures.js";

stubCanvas();

// Small topologies, one unquantised arc per shape; rings run clockwise, as d3-geo wants them.
const square = (x: number, y: number, s: number) => [[x, y], [x, y + s], [x + s, y + s], [x + s, y], [x, y]];
const topology = (objects: Record<string, {id: string; properties: object; square?: [number, number, number]; points?: number[][]}[]>) => {
  const arcs: number[][][] = [];
  const geometries = (shapes: (typeof objects)[string]) =>
    shapes.map(({id, properties, square: sq, points}) => (sq ? {type: "Polygon", id, properties, arcs: [[arcs.push(square(...sq)) - 1]]} : {type: "MultiPoint", id, properties, coordinates: points}));
  return {type: "Topology", objects: Object.fromEntries(Object.entries(objects).map(([k, shapes]) => [k, {type: "GeometryCollection", geometries: geometries(shapes)}])), arcs};
};

const world: WorldData = {
  world: topology({
    countries: [
      {id: "392", properties: {name: "Japan"}, square: [135, 33, 5]},
      {id: "410", properties: {name: "South Korea"}, square: [126, 35, 3]},
      {id: "840", properties: {name: "United States"}, square: [-100, 35, 10]},
      {id: "704", properties: {name: "Vietnam"}, square: [105, 10, 3]},
      {id: "010", properties: {name: "Antarctica"}, square: [-60, -80, 40]}
    ]
  }),
  centroids: [
    {numeric: "702", lon: 103.8, lat: 1.35, name: "Singapore"},
    {numeric: "392", lon: 138, lat: 36, name: "Japan"}
  ]
};
const island = (id: string, name: string, owner: string, points: number[][], label: number[]) => ({
  id,
  properties: {name, name_en: id, belongs_to: owner, belongs_to_34: owner, label_lon: label[0], label_lat: label[1]},
  points
});
const islands = [
  island("VN-HOANGSA", "Quần đảo Hoàng Sa", "VN-DN", [[112.3, 16.5], [111.6, 16.4]], [112, 16.4]),
  island("VN-TRUONGSA", "Quần đảo Trường Sa", "VN-34", [[114.3, 10.4], [115.8, 8.6], [114.5, 9]], [113.2, 9.7])
];
const vietnam = topology({
  provinces63: [
    {id: "VN-HN", properties: {name: "Hà Nội", unit34: "VN-HN"}, square: [105.5, 20.8, 0.5]},
    {id: "VN-DN", properties: {name: "Đà Nẵng", unit34: "VN-DN"}, square: [108, 15.9, 0.3]},
    {id: "VN-27", properties: {name: "Quảng Nam", unit34: "VN-DN"}, square: [107.6, 15.3, 0.6]},
    {id: "VN-34", properties: {name: "Khánh Hòa", unit34: "VN-34"}, square: [108.7, 11.9, 0.6]}
  ],
  units34: [
    {id: "VN-HN", properties: {name: "Hà Nội", members: "VN-HN"}, square: [105.5, 20.8, 0.5]},
    {id: "VN-DN", properties: {name: "Đà Nẵng", members: "VN-27,VN-DN"}, square: [107.6, 15.3, 0.9]},
    {id: "VN-34", properties: {name: "Khánh Hòa", members: "VN-34,VN-36"}, square: [108.7, 11.9, 0.6]}
  ],
  islands
});

const svgOf = (chart: Element) => (chart.tagName.toLowerCase() === "svg" ? chart : [...chart.querySelectorAll(":scope > svg")].at(-1)!);
// The geo marks, in the order drawn (the world: the sphere, the countries, Vietnam on top).
const geoGroups = (chart: Element) => [...svgOf(chart).querySelectorAll(":scope > g[aria-label=geo]")];
const labelled = (chart: Element, label: string) => svgOf(chart).querySelector(`[aria-label="${label}"]`);
// A linked shape's colour is on the shape inside its link.
const fillOf = (el: Element) => (el.tagName.toLowerCase() === "a" ? el.firstElementChild! : el).getAttribute("fill")!;
const lightness = (rgb: string) => rgb.match(/\d+/g)!.map(Number).reduce((a, b) => a + b, 0);
const value = (id: string, name: string, v: number, href?: string): MapValue => ({id, name, value: v, href});

describe("worldChoropleth", () => {
  const values = [value("392", "Japan", 12, "./profile.html?code=JP"), value("410", "South Korea", 3), value("702", "Singapore", 2, "./profile.html?code=SG")];
  // world-map.json carries the archipelagos of the map of Vietnam (loaders/site/mapFiles.ts).
  const chart = worldChoropleth(values, {...world, islands: feature(vietnam as any, (vietnam as any).objects.islands)}, {width: 800, label: "Articles"});

  it("shades each partner by its value, the larger darker, and names it", () => {
    const japan = labelled(chart, "Japan: 12 articles")!;
    const korea = labelled(chart, "South Korea: 3 articles")!;
    expect(lightness(fillOf(japan))).toBeLessThan(lightness(fillOf(korea)));
  });
  it("draws the countries without a value faintly, unnamed and unlinked", () => {
    const [, countries] = geoGroups(chart);
    const paths = [...countries.querySelectorAll("path")];
    expect(paths.filter((p) => p.getAttribute("fill-opacity") === "0.07")).toHaveLength(2);
    expect(svgOf(chart).querySelector('[aria-label^="United States"]')).toBeNull();
  });
  it("leaves Antarctica out", () => {
    const [, countries] = geoGroups(chart);
    expect(countries.querySelectorAll("path")).toHaveLength(4);
  });
  it("links a partner to its page", () => {
    expect(labelled(chart, "Japan: 12 articles")!.closest("a")!.getAttribute("href")).toBe("./profile.html?code=JP");
    expect(labelled(chart, "South Korea: 3 articles")!.closest("a")).toBeNull();
  });
  it("draws a partner too small for the map as a dot at its centroid, linked", () => {
    const singapore = labelled(chart, "Singapore: 2 articles")!;
    expect(singapore.tagName.toLowerCase()).toBe("a");
    expect(singapore.getAttribute("href")).toBe("./profile.html?code=SG");
    expect(singapore.querySelector("circle")).not.toBeNull();
  });
  it("draws Vietnam in red and its archipelagos as red dots", () => {
    const [, , vn] = geoGroups(chart);
    expect(vn.getAttribute("fill")).toBe("#c8102e");
    const dots = [...svgOf(chart).querySelectorAll("g[aria-label=dot]")].find((g) => g.getAttribute("fill") === "#c8102e")!;
    expect(dots.querySelectorAll("circle")).toHaveLength(5);
  });
  it("sums itself up for a screen reader: what it shades and the highest values", () => {
    expect(svgOf(chart).getAttribute("aria-label")).toBe("World map of partner countries shaded by articles. Highest: Japan 12; South Korea 3; Singapore 2.");
    expect(svgOf(worldChoropleth([], world, {width: 800, label: "Articles"})).getAttribute("aria-label")).toBe("World map of partner countries shaded by articles. No values for this selection.");
  });
  it("keeps a colour scale from 0 to 1 when every value is zero (evidence in the mentions scope)", () => {
    const zeros = worldChoropleth([value("392", "Japan", 0), value("410", "South Korea", 0)], world, {width: 800, label: "Evidence sentences"});
    expect((zeros as unknown as {scale(name: string): {domain: number[]}}).scale("color").domain).toEqual([0, 1]);
    expect(svgOf(zeros).querySelectorAll('[fill-opacity="0.07"]')).toHaveLength(4);
  });
  it("is half as tall as it is wide", () => {
    expect(svgOf(chart).getAttribute("height")).toBe("400");
  });
});

describe("vietnamChoropleth", () => {
  const values = [value("VN-DN", "Đà Nẵng", 8, "./profile.html?code=VN-DN"), value("VN-HN", "Hà Nội", 2)];
  const chart = vietnamChoropleth(values, vietnam, {width: 400, label: "Articles", level: "63"});
  const archipelagoLabels = (c: Element) => [...svgOf(c).querySelectorAll("g[aria-label=text] text")].map((t) => [...t.querySelectorAll("tspan")].map((s) => s.textContent));
  const islandDots = (c: Element) => [...svgOf(c).querySelectorAll("g[aria-label=dot] circle")];

  it("shades each province by its value, the larger darker, and names every province with its value", () => {
    const danang = labelled(chart, "Đà Nẵng: 8 articles")!;
    const hanoi = labelled(chart, "Hà Nội: 2 articles")!;
    expect(lightness(fillOf(danang))).toBeLessThan(lightness(fillOf(hanoi)));
    expect(labelled(chart, "Quảng Nam: 0 articles")).not.toBeNull();
  });
  it("draws a province without a value faintly", () => {
    const khanhHoa = labelled(chart, "Khánh Hòa: 0 articles")!;
    expect(khanhHoa.getAttribute("fill-opacity")).toBe("0.06");
  });
  it("links a province to its page", () => {
    expect(labelled(chart, "Đà Nẵng: 8 articles")!.closest("a")!.getAttribute("href")).toBe("./profile.html?code=VN-DN");
  });
  it("always draws the Hoàng Sa and Trường Sa archipelagos, island by island, labelled with their provinces", () => {
    for (const c of [chart, vietnamChoropleth([], vietnam, {width: 300, label: "Articles", level: "63"})]) {
      expect(islandDots(c)).toHaveLength(5);
      expect(archipelagoLabels(c)).toEqual([
        ["Quần đảo Hoàng Sa", "(Đà Nẵng)"],
        ["Quần đảo Trường Sa", "(Khánh Hòa)"]
      ]);
    }
  });
  it("colours the islands as the province they belong to", () => {
    const danangFill = fillOf(labelled(chart, "Đà Nẵng: 8 articles")!);
    const [hoangSa1, hoangSa2, truongSa] = islandDots(chart);
    expect(hoangSa1.getAttribute("fill")).toBe(danangFill);
    expect(hoangSa2.getAttribute("fill")).toBe(danangFill);
    expect(truongSa.getAttribute("fill")).toBe("currentColor");
  });
  it("says in its summary that the archipelagos are drawn", () => {
    expect(svgOf(chart).getAttribute("aria-label")).toBe("Map of Vietnam's 63 provinces shaded by articles, with the Hoàng Sa and Trường Sa archipelagos. Highest: Đà Nẵng 8; Hà Nội 2.");
  });
  it("draws the 34 units of 2025 when asked, an outlined province standing for its unit", () => {
    const units = vietnamChoropleth([value("VN-DN", "Đà Nẵng", 3)], vietnam, {width: 400, label: "Articles", level: "34", highlight: "VN-27"});
    expect(labelled(units, "Đà Nẵng: 3 articles")).not.toBeNull();
    expect(labelled(units, "Quảng Nam: 0 articles")).toBeNull();
    expect(svgOf(units).getAttribute("aria-label")).toContain("Map of Vietnam's 34 units (since 1 July 2025)");
    const outline = geoGroups(units).find((g) => g.getAttribute("stroke") === "#c8102e")!;
    expect(outline.querySelectorAll("path")).toHaveLength(1);
    expect(archipelagoLabels(units)[0]).toEqual(["Quần đảo Hoàng Sa", "(Đà Nẵng)"]);
  });
  it("fits its width, as tall as the country and its islands need", () => {
    expect(svgOf(chart).getAttribute("width")).toBe("400");
    expect(+svgOf(chart).getAttribute("height")!).toBeGreaterThan(400);
  });
  it("draws both archipelagos on the project's own map, at either level", () => {
    const real = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "data", "maps", "vietnam.json"), "utf8"));
    for (const level of ["63", "34"] as const) {
      expect(archipelagoLabels(vietnamChoropleth([], real, {width: 320, label: "Articles", level}))).toEqual([
        ["Quần đảo Hoàng Sa", "(Đà Nẵng)"],
        ["Quần đảo Trường Sa", "(Khánh Hòa)"]
      ]);
    }
  });
});
