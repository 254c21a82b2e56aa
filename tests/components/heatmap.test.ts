// @vitest-environment jsdom
// heatmap: a matrix of counts (province × partner, partner × field), each cell shaded by its value
// and writing it, rows and columns ordered by their totals.
import {describe, expect, it} from "vitest";
import {heatmap, type Cell} from "../../src/components/heatmap.js";
import {stubCanvas} from "./componentFixtures.js";

stubCanvas();

const cell = (y: string, x: string, value: number, href?: string): Cell => ({x, y, value, href});
// Totals: columns Japan 7, Korea 4, EU 4, Singapore 1; rows Hà Nội 8, Hải Phòng 5, Đà Nẵng 3.
const cells = [
  cell("Hải Phòng", "Korea", 3),
  cell("Hà Nội", "Japan", 5),
  cell("Đà Nẵng", "EU", 2),
  cell("Hà Nội", "EU", 2),
  cell("Hải Phòng", "Japan", 2),
  cell("Hà Nội", "Korea", 1),
  cell("Đà Nẵng", "Singapore", 1),
  cell("Đà Nẵng", "Laos", 0)
];
const options = {width: 700, label: "Articles", xLabel: "partners", yLabel: "provinces"};
// The chart is a figure: the colour legend, then the plot's own svg.
const svgOf = (chart: Element) => (chart.tagName.toLowerCase() === "svg" ? chart : [...chart.querySelectorAll(":scope > svg")].at(-1)!);
const ticks = (chart: Element, axis: "x" | "y") => [...svgOf(chart).querySelectorAll(`g[aria-label="${axis}-axis tick label"] text`)].map((t) => t.textContent);
const rects = (chart: Element) => [...svgOf(chart).querySelectorAll('g[aria-label="cell"] rect')];

describe("heatmap", () => {
  it("orders columns and rows by their totals, largest first, ties by name", () => {
    const chart = heatmap(cells, options);
    expect(ticks(chart, "x")).toEqual(["Japan", "EU", "Korea", "Singapore"]);
    expect(ticks(chart, "y")).toEqual(["Hà Nội", "Hải Phòng", "Đà Nẵng"]);
  });
  it("draws a cell per value and none for a zero (Laos has no column)", () => {
    const chart = heatmap(cells, options);
    expect(rects(chart)).toHaveLength(7);
    expect(ticks(chart, "x")).not.toContain("Laos");
  });
  it("writes the value in each cell, white on the darkest ones", () => {
    const chart = heatmap(cells, options);
    const texts = [...svgOf(chart).querySelectorAll('g[aria-label="text"] text')];
    expect(texts.map((t) => t.textContent).sort()).toEqual(["1", "1", "2", "2", "2", "3", "5"]);
    expect(texts.find((t) => t.textContent === "5")!.getAttribute("fill")).toBe("white");
    expect(texts.find((t) => t.textContent === "1")!.getAttribute("fill")).toBe("black");
  });
  it("shades a larger value darker", () => {
    const chart = heatmap(cells, options);
    const fillOf = (v: number) => {
      const label = rects(chart).find((r) => (r.getAttribute("aria-label") ?? r.parentElement!.getAttribute("aria-label"))!.endsWith(`: ${v} articles`))!;
      return label.getAttribute("fill")!;
    };
    const lightness = (rgb: string) => rgb.match(/\d+/g)!.map(Number).reduce((a, b) => a + b, 0);
    expect(lightness(fillOf(5))).toBeLessThan(lightness(fillOf(2)));
    expect(lightness(fillOf(2))).toBeLessThan(lightness(fillOf(1)));
  });
  it("keeps the largest columns and rows when asked for fewer", () => {
    const chart = heatmap(cells, {...options, maxX: 2, maxY: 2});
    expect(ticks(chart, "x")).toEqual(["Japan", "EU"]);
    expect(ticks(chart, "y")).toEqual(["Hà Nội", "Hải Phòng"]);
    expect(rects(chart)).toHaveLength(3);
  });
  it("keeps 8 columns on a narrow screen and 16 on a wide one unless told", () => {
    const wide = Array.from({length: 20}, (_, k) => cell("Hà Nội", `P${String(k).padStart(2, "0")}`, 20 - k));
    expect(ticks(heatmap(wide, {...options, width: 400}), "x")).toHaveLength(8);
    expect(ticks(heatmap(wide, {...options, width: 1200}), "x")).toHaveLength(16);
  });
  it("links each cell to its page, named by its row, column and value", () => {
    const chart = heatmap([cell("Hà Nội", "Japan", 5, "./profile.html?code=VN-HN"), cell("Hà Nội", "EU", 1)], options);
    const links = [...svgOf(chart).querySelectorAll("a")];
    expect(links.map((a) => [a.getAttribute("href"), a.getAttribute("aria-label")])).toEqual([["./profile.html?code=VN-HN", "Hà Nội × Japan: 5 articles"]]);
  });
  it("sums itself up for a screen reader: its size and its largest cells", () => {
    const chart = heatmap(cells, {...options, title: "Provinces × partners"});
    expect(svgOf(chart).getAttribute("aria-label")).toBe("Provinces × partners: 3 provinces by 4 partners. Largest cells: Hà Nội × Japan 5; Hải Phòng × Korea 3; Đà Nẵng × EU 2; Hà Nội × EU 2; Hải Phòng × Japan 2.");
  });
  it("is never wider than asked, narrower when it has few columns", () => {
    expect(+svgOf(heatmap(cells, options)).getAttribute("width")!).toBeLessThan(700);
    const wide = Array.from({length: 16}, (_, k) => cell("Hà Nội", `P${k}`, k + 1));
    expect(+svgOf(heatmap(wide, {...options, width: 500, maxX: 16})).getAttribute("width")!).toBeLessThanOrEqual(500);
  });
  it("says so when there is nothing to draw", () => {
    const chart = heatmap([cell("Hà Nội", "Japan", 0)], options);
    expect(rects(chart)).toHaveLength(0);
    expect(svgOf(chart).textContent).toContain("No data for this selection");
  });
});
