// Articles (or pairs, or evidence sentences) over time, on a continuous time axis: bars a year or a
// month wide, gaps shown as gaps, ticks that suit one year or forty. Articles with no stated date
// are never placed on the axis: pages count them beside the chart.
import * as Plot from "@observablehq/plot";
import * as d3 from "./d3.js";
import {accessibleChart} from "./a11y.js";
import {integerTicks} from "./bars.js";
import {SIZES} from "./chartSizes.js";
import type {MonthCount, YearCount} from "./counts.js";

export type Interval = "year" | "month";

export interface TimeBin {
  start: Date;
  end: Date;
  value: number;
}


const MONTH = new Intl.DateTimeFormat("en-GB", {month: "long", year: "numeric", timeZone: "UTC"});

/** Year bins of one measure. */
export function yearBins(years: YearCount[], measure: "articles" | "pairs" | "evidence"): TimeBin[] {
  return years.map((y) => ({start: new Date(Date.UTC(y.year, 0, 1)), end: new Date(Date.UTC(y.year + 1, 0, 1)), value: y[measure]}));
}

/** Month bins. */
export function monthBins(months: MonthCount[]): TimeBin[] {
  return months.map((m) => ({start: new Date(Date.UTC(m.year, m.month - 1, 1)), end: new Date(Date.UTC(m.year, m.month, 1)), value: m.articles}));
}

/** Months when the dated years span at most `maxYears` (a year's bar alone says little), else years. */
export function intervalFor(years: YearCount[], maxYears = 2): Interval {
  return years.length && years[years.length - 1].year - years[0].year + 1 <= maxYears ? "month" : "year";
}

export function timeBars(bins: TimeBin[], {width, label, interval}: {width: number; label: string; interval: Interval}) {
  const name = (b: TimeBin) => (interval === "year" ? String(b.start.getUTCFullYear()) : MONTH.format(b.start));
  const summary = bins.length ? `${label} per ${interval}: ${bins.map((b) => `${name(b)} ${b.value}`).join("; ")}.` : `${label} per ${interval}: none.`;
  const [lo, hi] = [d3.min(bins, (b) => b.start), d3.max(bins, (b) => b.end)];
  return accessibleChart(
    Plot.plot({
      width,
      height: SIZES.time,
      marginLeft: 48,
      ariaLabel: summary,
      ariaDescription: summary,
      // With nothing dated there is no span of time to draw: no axes, only the sentence below.
      x: {type: "utc", label: null, domain: lo && hi ? [lo, hi] : undefined, ticks: width < 500 ? 4 : 8, axis: bins.length ? undefined : null},
      y: {label, grid: true, ticks: integerTicks(d3.max(bins, (b) => b.value) ?? 1, 5), tickFormat: (x: number) => x.toLocaleString("en-US"), axis: bins.length ? undefined : null},
      marks: bins.length
        ? [
            Plot.rectY(bins, {
              x1: "start",
              x2: "end",
              y: "value",
              inset: interval === "year" ? 1 : 0.5,
              fill: "var(--theme-foreground-focus)",
              title: (b: TimeBin) => `${name(b)}\n${label}: ${b.value.toLocaleString("en-US")}`,
              tip: true
            } as never),
            Plot.ruleY([0])
          ]
        : [Plot.text([`No ${label.toLowerCase()} with a stated ${interval}`], {frameAnchor: "middle"})]
    })
  );
}
