// A matrix of counts (partner × field, province × partner): cells shaded by value, the value
// written in the cell, rows and columns ordered by their totals.
import * as Plot from "@observablehq/plot";
import * as d3 from "./d3.js";
import {accessibleChart} from "./a11y.js";
import {SIZES} from "./chartSizes.js";
import {textWidth} from "./bars.js";

export interface Cell {
  x: string;
  y: string;
  value: number;
  href?: string;
}

export interface HeatmapOptions {
  width: number;
  label: string;
  xLabel?: string;
  yLabel?: string;
  title?: string;
  subtitle?: string;
  caption?: string;
  maxX?: number;
  maxY?: number;
  scheme?: string;
}


export function heatmap(cells: Cell[], o: HeatmapOptions) {
  const data = cells.filter((c) => c.value > 0);
  const order = (key: "x" | "y", max: number) =>
    d3
      .sort(d3.rollups(data, (v) => d3.sum(v, (c) => c.value), (c) => c[key]), ([k, v]) => -v, ([k]) => k)
      .slice(0, max)
      .map(([k]) => k);
  const xs = order("x", o.maxX ?? (o.width < 600 ? 8 : 16));
  const ys = order("y", o.maxY ?? 20);
  const shown = data.filter((c) => xs.includes(c.x) && ys.includes(c.y));
  const max = d3.max(shown, (c) => c.value) ?? 1;
  const marginLeft = Math.min(Math.round(o.width * 0.4), Math.max(60, ...ys.map(textWidth)));
  const marginBottom = Math.min(140, Math.max(40, ...xs.map((x) => textWidth(x) * 0.75)));
  const cellSize = Math.max(18, Math.min(44, (o.width - marginLeft - 10) / Math.max(1, xs.length)));
  const summary = `${o.title ?? "Matrix"}: ${ys.length} ${o.yLabel ?? "rows"} by ${xs.length} ${o.xLabel ?? "columns"}. Largest cells: ${d3
    .sort(shown, (c) => -c.value)
    .slice(0, 5)
    .map((c) => `${c.y} × ${c.x} ${c.value}`)
    .join("; ")}.`;
  return accessibleChart(Plot.plot({
    width: Math.min(o.width, marginLeft + cellSize * xs.length + 10),
    height: 30 + marginBottom + SIZES.cellRow * ys.length,
    marginLeft,
    marginBottom,
    marginTop: 10,
    title: o.title,
    subtitle: o.subtitle,
    caption: o.caption,
    ariaLabel: summary,
    ariaDescription: summary,
    x: {domain: xs, label: null, tickRotate: -40, axis: "bottom", tickFormat: (x: string) => (x.length > 22 ? x.slice(0, 21) + "…" : x)},
    y: {domain: ys, label: null, tickFormat: (y: string) => (textWidth(y) > marginLeft ? y.slice(0, Math.floor((marginLeft - 14) / 6.6)) + "…" : y)},
    color: {type: "sqrt", scheme: (o.scheme ?? "blues") as Plot.ColorScheme, label: o.label, legend: true, zero: true},
    marks: shown.length
      ? [
          Plot.cell(shown, {
            x: "x",
            y: "y",
            fill: "value",
            inset: 1,
            href: (c: Cell) => c.href ?? null,
            ariaLabel: (c: Cell) => `${c.y} × ${c.x}: ${c.value.toLocaleString("en-US")} ${o.label.toLowerCase()}`,
            title: (c: Cell) => `${c.y} × ${c.x}\n${o.label}: ${c.value.toLocaleString("en-US")}`,
            tip: true
          } as never),
          Plot.text(shown, {x: "x", y: "y", text: (c: Cell) => c.value.toLocaleString("en-US"), fill: (c: Cell) => (Math.sqrt(c.value) > 0.6 * Math.sqrt(max) ? "white" : "black"), fontSize: 10})
        ]
      : [Plot.text(["No data for this selection"], {frameAnchor: "middle"})]
  }));
}
