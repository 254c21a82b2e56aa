// Articles and cooperation pairs over time. An article with no stated year is shown apart, in its
// own bar, never placed in a year.
import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import {accessibleChart} from "./a11y.js";
import {integerTicks} from "./format.js";
import type {TimelineRow, YearRow} from "../../loaders/contract.js";

export const NO_YEAR = "No stated year";

export interface TimeOptions {
  width: number;
  title?: string;
  subtitle?: string;
  caption?: string;
}

/** Bars per year, for one measure; the undated articles in a separate, hatched bar at the end. */
export function yearBars(years: YearRow[], measure: "articles" | "pairs" | "evidence", o: TimeOptions & {label: string}) {
  const dated = years.filter((y) => y.year !== null).sort((a, b) => a.year! - b.year!);
  const first = dated[0]?.year ?? 0;
  const last = dated[dated.length - 1]?.year ?? 0;
  // Every year between the first and the last, so gaps show as gaps.
  const all: {key: string; value: number; undated: boolean}[] = [];
  for (let y = first; dated.length && y <= last; y++) all.push({key: String(y), value: dated.find((d) => d.year === y)?.[measure] ?? 0, undated: false});
  const undated = years.find((y) => y.year === null);
  if (undated) all.push({key: NO_YEAR, value: undated[measure], undated: true});
  const summary = `${o.title ?? o.label} per year: ${all.map((d) => `${d.key} ${d.value}`).join("; ")}.`;
  return accessibleChart(Plot.plot({
    width: o.width,
    height: 260,
    title: o.title,
    subtitle: o.subtitle,
    caption: o.caption,
    ariaLabel: summary,
    ariaDescription: summary,
    marginBottom: 40,
    x: {label: null, domain: all.map((d) => d.key), tickRotate: all.length > 12 ? -45 : 0},
    y: {label: o.label, grid: true, ticks: integerTicks(d3.max(all, (d) => d.value) ?? 1, 5), tickFormat: (x: number) => x.toLocaleString("en-US")},
    marks: [
      Plot.barY(all, {
        x: "key",
        y: "value",
        fill: (d: {undated: boolean}) => (d.undated ? "var(--theme-foreground-faint)" : "var(--theme-foreground-focus)"),
        title: (d: {key: string; value: number; undated: boolean}) => `${d.key}\n${o.label}: ${d.value}${d.undated ? "\n(the article does not state its year)" : ""}`,
        tip: true
      } as never),
      Plot.text(all, {x: "key", y: "value", text: (d: {value: number}) => (d.value ? String(d.value) : ""), dy: -8, fill: "currentColor"}),
      Plot.ruleY([0])
    ]
  }));
}

/** Articles per month, for the articles whose month and year are known. */
export function monthBars(timeline: TimelineRow[], o: TimeOptions) {
  const rows = timeline.filter((r) => r.year !== null && r.month !== null).map((r) => ({date: new Date(Date.UTC(r.year!, r.month! - 1, 1)), articles: r.articles, evidence: r.evidence}));
  const summary = `Articles per month: ${rows.map((r) => `${r.date.toISOString().slice(0, 7)} ${r.articles}`).join("; ") || "none"}.`;
  return accessibleChart(Plot.plot({
    width: o.width,
    height: 220,
    title: o.title,
    subtitle: o.subtitle,
    caption: o.caption,
    ariaLabel: summary,
    ariaDescription: summary,
    x: {type: "utc", label: null, nice: true},
    y: {label: "Articles", grid: true, ticks: integerTicks(d3.max(rows, (d) => d.articles) ?? 1, 5), tickFormat: (x: number) => x.toLocaleString("en-US")},
    marks: rows.length
      ? [
          Plot.rectY(rows, {
            x1: "date",
            x2: (d: {date: Date}) => new Date(Date.UTC(d.date.getUTCFullYear(), d.date.getUTCMonth() + 1, 1)),
            y: "articles",
            fill: "var(--theme-foreground-focus)",
            inset: 0.5,
            title: (d: {date: Date; articles: number; evidence: number}) =>
              `${d.date.toLocaleString("en-GB", {month: "long", year: "numeric", timeZone: "UTC"})}\nArticles: ${d.articles}\nEvidence sentences: ${d.evidence}`,
            tip: true
          } as never),
          Plot.ruleY([0])
        ]
      : [Plot.text(["No article states its month and year"], {frameAnchor: "middle"})]
  }));
}
