// Ranked horizontal bars: the partners, provinces or fields with the most articles (or mentions,
// or evidence sentences). Each bar links to its page when `href` is given.
import * as Plot from "@observablehq/plot";
import * as d3 from "./d3.js";
import {range} from "d3-array";
import {accessibleChart} from "./a11y.js";
import {SIZES} from "./chartSizes.js";

export interface BarOptions<T> {
  width: number;
  value: (d: T) => number;
  label: (d: T) => string;
  href?: (d: T) => string;
  /** Extra lines for the tooltip. */
  tip?: (d: T) => string;
  fill?: string | ((d: T) => string);
  xLabel?: string;
  limit?: number;
  title?: string;
  subtitle?: string;
  caption?: string;
  ariaLabel?: string;
}

/** Approximate width in pixels of a label at 12px, for the left margin. */
export const textWidth = (s: string) => 6.6 * [...s].length + 8;

/**
 * Axis ticks for counts: whole numbers from 0, in round steps (1, 2 or 5 times a power of ten, so
 * 0, 10, 20 … rather than 0, 13, 26 …), at most `max` steps up to `maxValue`.
 */
export function integerTicks(maxValue: number, max = 6): number[] {
  const least = Math.max(1, maxValue / max);
  const power = 10 ** Math.floor(Math.log10(least));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= least)!;
  return range(0, maxValue + 0.5, step);
}

/** The height of a chart of `n` bars. */
export const barsHeight = (n: number) => Math.max(60, n * SIZES.barRow + SIZES.barAxis);

export function rankedBars<T>(rows: T[], o: BarOptions<T>) {
  const data = rows.filter((d) => o.value(d) > 0).slice(0, o.limit ?? 15);
  const longest = Math.max(40, ...data.map((d) => textWidth(o.label(d))));
  const marginLeft = Math.min(Math.round(o.width * 0.45), longest);
  const truncate = (s: string) => (textWidth(s) > marginLeft ? [...s].slice(0, Math.floor((marginLeft - 14) / 6.6)).join("") + "…" : s);
  const summary = data.length
    ? `${o.title ?? "Bar chart"}: ${data.slice(0, 5).map((d) => `${o.label(d)} ${o.value(d)}`).join("; ")}${data.length > 5 ? `; and ${data.length - 5} more` : ""}.`
    : `${o.title ?? "Bar chart"}: no data.`;
  return accessibleChart(Plot.plot({
    width: o.width,
    height: barsHeight(data.length),
    marginLeft,
    marginRight: 40,
    title: o.title,
    subtitle: o.subtitle,
    caption: o.caption,
    ariaLabel: o.ariaLabel ?? summary,
    ariaDescription: summary,
    x: {label: o.xLabel ?? null, grid: true, ticks: integerTicks(d3.max(data, o.value) ?? 1, o.width < 500 ? 4 : 6), tickFormat: (x: number) => x.toLocaleString("en-US")},
    y: {label: null, domain: data.map(o.label), tickFormat: truncate},
    marks: data.length
      ? [
          Plot.barX(data, {
            x: o.value,
            y: o.label,
            fill: (o.fill as never) ?? "var(--theme-foreground-focus)",
            href: o.href as never,
            ariaLabel: (d: T) => `${o.label(d)}: ${o.value(d)}`,
            tip: {format: {x: true, y: true}},
            title: o.tip ? (d: T) => `${o.label(d)}\n${o.tip!(d)}` : undefined
          }),
          Plot.text(data, {x: o.value, y: o.label, text: (d: T) => o.value(d).toLocaleString("en-US"), textAnchor: "start", dx: 4, fill: "currentColor"}),
          Plot.ruleX([0])
        ]
      : [Plot.text(["No data for this selection"], {frameAnchor: "middle"})]
  }));
}
