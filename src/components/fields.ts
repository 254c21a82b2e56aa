// Fields of science and technology, grouped by their OECD Fields of R&D (FORD) broad field.
import * as Plot from "@observablehq/plot";
import * as d3 from "./d3.js";
import {accessibleChart} from "./a11y.js";
import {SIZES} from "./chartSizes.js";
import {integerTicks, textWidth} from "./bars.js";

export const FORD_BROAD: Record<string, string> = {
  "1": "Natural sciences",
  "2": "Engineering and technology",
  "3": "Medical and health sciences",
  "4": "Agricultural and veterinary sciences",
  "5": "Social sciences",
  "6": "Humanities and the arts"
};
export const broadOf = (ford: string) => FORD_BROAD[String(ford).split(".")[0]] ?? "Other";
export const BROAD_ORDER = [...Object.values(FORD_BROAD), "Other"];

export interface FieldBar {
  id: string;
  label: string;
  ford: string;
  value: number;
  href?: string;
  note?: string;
}

/** The height of the chart of `n` fields. */
export const fieldBarsHeight = (n: number) => n * SIZES.fieldRow + SIZES.fieldAxis;

/** Bars grouped by broad field (colour), largest group first, largest field first within it. */
export function fieldBars(fields: FieldBar[], {width, label, title, subtitle, caption}: {width: number; label: string; title?: string; subtitle?: string; caption?: string}) {
  const data = fields.filter((f) => f.value > 0);
  const groupTotal = new Map<string, number>();
  for (const f of data) groupTotal.set(broadOf(f.ford), (groupTotal.get(broadOf(f.ford)) ?? 0) + f.value);
  const sorted = [...data].sort(
    (a, b) =>
      (groupTotal.get(broadOf(b.ford)) ?? 0) - (groupTotal.get(broadOf(a.ford)) ?? 0) ||
      broadOf(a.ford).localeCompare(broadOf(b.ford)) ||
      b.value - a.value ||
      a.label.localeCompare(b.label)
  );
  const marginLeft = Math.min(Math.round(width * 0.45), Math.max(60, ...sorted.map((f) => textWidth(f.label))));
  const summary = `${title ?? "Fields"} by ${label.toLowerCase()}, grouped by OECD broad field: ${[...groupTotal].map(([g, v]) => `${g} ${v}`).join("; ")}.`;
  return accessibleChart(Plot.plot({
    width,
    height: fieldBarsHeight(sorted.length),
    marginLeft,
    marginRight: 36,
    title,
    subtitle,
    caption,
    ariaLabel: summary,
    ariaDescription: summary,
    x: {label: `${label} →`, grid: true, ticks: integerTicks(d3.max(sorted, (f) => f.value) ?? 1, width < 500 ? 4 : 6), tickFormat: (x: number) => x.toLocaleString("en-US")},
    y: {label: null, domain: sorted.map((f) => f.label), tickFormat: (s: string) => (textWidth(s) > marginLeft ? s.slice(0, Math.floor((marginLeft - 14) / 6.6)) + "…" : s)},
    color: {domain: BROAD_ORDER.filter((g) => groupTotal.has(g)), scheme: "tableau10", legend: true},
    marks: [
      Plot.barX(sorted, {
        x: "value",
        y: "label",
        fill: (f: FieldBar) => broadOf(f.ford),
        href: (f: FieldBar) => f.href ?? null,
        ariaLabel: (f: FieldBar) => `${f.label}: ${f.value} ${label.toLowerCase()}`,
        title: (f: FieldBar) => `${f.label}\nOECD FORD ${f.ford} · ${broadOf(f.ford)}\n${label}: ${f.value}${f.note ? `\n${f.note}` : ""}`,
        tip: true
      } as never),
      Plot.text(sorted, {x: "value", y: "label", text: (f: FieldBar) => String(f.value), dx: 4, textAnchor: "start", fill: "currentColor"}),
      Plot.ruleX([0])
    ]
  }));
}
