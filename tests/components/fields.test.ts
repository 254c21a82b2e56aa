// @vitest-environment jsdom
// fields: the fields of science and technology as bars grouped by their OECD Fields of R&D (FORD)
// broad field: largest group first, largest field first within it.
import {describe, expect, it} from "vitest";
import {BROAD_ORDER, broadOf, fieldBars, fieldBarsHeight, FORD_BROAD, type FieldBar} from "../../src/components/fields.js";

const field = (id: string, label: string, ford: string, value: number, href?: string): FieldBar => ({id, label, ford, value, href});
// Engineering 7 (energy 4, materials 3), medical 6 (health), natural sciences 5 (AI), social 0.
const fields = [
  field("ai", "Artificial intelligence", "1.2", 5, "./fields.html?field=ai"),
  field("health", "Health", "3.3", 6),
  field("materials", "Materials", "2.5", 3),
  field("energy", "Energy", "2.7", 4),
  field("economics", "Economics", "5.2", 0)
];
// The chart is a figure: the legend's swatches, then the plot's own svg.
const svgOf = (chart: Element) => (chart.tagName.toLowerCase() === "svg" ? chart : chart.querySelector(":scope > svg")!);
const ticks = (chart: Element) => [...svgOf(chart).querySelectorAll('g[aria-label="y-axis tick label"] text')].map((t) => t.textContent);

describe("OECD broad fields", () => {
  it("are named by the first digit of a FORD class, and 'Other' for anything else", () => {
    expect(broadOf("1.2")).toBe("Natural sciences");
    expect(broadOf("3")).toBe("Medical and health sciences");
    expect(broadOf("6.4")).toBe("Humanities and the arts");
    expect(broadOf("9.1")).toBe("Other");
    expect(broadOf("")).toBe("Other");
  });
  it("come in the OECD's order, 'Other' last", () => {
    expect(BROAD_ORDER).toEqual([...Object.values(FORD_BROAD), "Other"]);
    expect(BROAD_ORDER.at(-1)).toBe("Other");
  });
});

describe("fieldBars", () => {
  const chart = fieldBars(fields, {width: 640, label: "Articles"});
  it("orders groups by their totals and fields by their values within a group", () => {
    expect(ticks(chart)).toEqual(["Energy", "Materials", "Health", "Artificial intelligence"]);
  });
  it("leaves out the fields without a value", () => {
    expect(svgOf(chart).querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(4);
  });
  it("colours each bar by its broad field, with a legend of the groups present in the OECD's order", () => {
    const swatches = [...chart.querySelectorAll("[class*=-swatches] > span")];
    expect(swatches.map((s) => s.textContent)).toEqual([
      "Natural sciences",
      "Engineering and technology",
      "Medical and health sciences"
    ]);
    const fills = [...svgOf(chart).querySelectorAll('g[aria-label="bar"] rect')].map((rect) => rect.getAttribute("fill"));
    const swatchFills = swatches.map((s) => s.querySelector("svg")!.getAttribute("fill"));
    // Energy and Materials (engineering), Health (medical), AI (natural sciences).
    expect(fills).toEqual([swatchFills[1], swatchFills[1], swatchFills[2], swatchFills[0]]);
  });
  it("writes each value beside its bar", () => {
    expect([...svgOf(chart).querySelectorAll('g[aria-label="text"] text')].map((t) => t.textContent)).toEqual(["4", "3", "6", "5"]);
  });
  it("links a field to its page when it has one, named by the field and its value", () => {
    const links = [...svgOf(chart).querySelectorAll("a")];
    expect(links.map((a) => [a.getAttribute("href"), a.getAttribute("aria-label")])).toEqual([["./fields.html?field=ai", "Artificial intelligence: 5 articles"]]);
  });
  it("sums up each group for a screen reader", () => {
    const label = svgOf(chart).getAttribute("aria-label")!;
    expect(label.startsWith("Fields by articles, grouped by OECD broad field: ")).toBe(true);
    for (const part of ["Engineering and technology 7", "Medical and health sciences 6", "Natural sciences 5"]) expect(label).toContain(part);
  });
  it("is as tall as its fields need", () => {
    expect(svgOf(chart).getAttribute("height")).toBe(String(fieldBarsHeight(4)));
  });
});
