// @vitest-environment jsdom
// timeline: counts over time on a continuous UTC axis, bars a year or a month wide, gaps as gaps;
// articles without a stated date are never placed on it.
import {describe, expect, it} from "vitest";
import {SIZES} from "../../src/components/chartSizes.js";
import {intervalFor, monthBins, timeBars, yearBins, type TimeBin} from "../../src/components/timeline.js";

const utc = (y: number, m = 1) => new Date(Date.UTC(y, m - 1, 1));
const year = (y: number, articles: number) => ({year: y, articles, pairs: articles * 2, evidence: articles * 3});
const rects = (chart: Element) => [...chart.querySelectorAll('g[aria-label="rect"] rect')];
const span = (r: Element) => [+r.getAttribute("x")!, +r.getAttribute("x")! + +r.getAttribute("width")!];

describe("bins", () => {
  it("make a year's bin run from its 1 January to the next, in UTC", () => {
    expect(yearBins([year(2024, 3)], "articles")).toEqual([{start: utc(2024), end: utc(2025), value: 3}]);
  });
  it("count the measure asked for", () => {
    expect(yearBins([year(2024, 3)], "evidence")[0].value).toBe(9);
    expect(yearBins([year(2024, 3)], "pairs")[0].value).toBe(6);
  });
  it("make a month's bin run from its first day to the next month's, December into January", () => {
    expect(monthBins([{year: 2024, month: 12, articles: 2}])).toEqual([{start: utc(2024, 12), end: utc(2025, 1), value: 2}]);
  });
  it("are in months when the years span at most two (or as many as asked), else in years", () => {
    expect(intervalFor([year(2024, 1), year(2025, 1)])).toBe("month");
    expect(intervalFor([year(2023, 1), year(2025, 1)])).toBe("year");
    expect(intervalFor([year(2021, 1), year(2025, 1)], 5)).toBe("month");
    expect(intervalFor([])).toBe("year");
  });
});

describe("timeBars", () => {
  const years = yearBins([year(2020, 4), year(2021, 2), year(2023, 1)], "articles");
  const chart = timeBars(years, {width: 600, label: "Articles", interval: "year"});

  const x = (chart as unknown as {scale(name: string): {type: string; domain: Date[]; apply(d: Date): number}}).scale("x");

  it("draws a bar per bin, on a UTC time axis from the first bin's start to the last one's end", () => {
    expect(rects(chart)).toHaveLength(3);
    expect(x.type).toBe("utc");
    expect(x.domain).toEqual([utc(2020), utc(2024)]);
  });
  it("makes each bar a year wide (a leap year a day wider), less a pixel each side", () => {
    rects(chart).forEach((r, k) => {
      const [x1, x2] = span(r);
      expect(x1).toBeCloseTo(x.apply(years[k].start) + 1, 5);
      expect(x2).toBeCloseTo(x.apply(years[k].end) - 1, 5);
    });
  });
  it("leaves a year without articles as a gap", () => {
    const mid2022 = x.apply(new Date(Date.UTC(2022, 6, 1)));
    expect(rects(chart).some((r) => span(r)[0] <= mid2022 && mid2022 <= span(r)[1])).toBe(false);
  });
  it("makes month bars a month wide, so that a long month is a little wider", () => {
    const months = monthBins([
      {year: 2025, month: 2, articles: 1},
      {year: 2025, month: 3, articles: 1}
    ]);
    const [feb, mar] = rects(timeBars(months, {width: 600, label: "Articles", interval: "month"})).map(span);
    expect((mar[1] - mar[0] + 1) / (feb[1] - feb[0] + 1)).toBeCloseTo(31 / 28, 2);
  });
  it("makes a bar as tall as its value", () => {
    const heights = rects(chart).map((r) => +r.getAttribute("height")!);
    expect(heights[0] / heights[1]).toBeCloseTo(2, 1);
    expect(heights[1] / heights[2]).toBeCloseTo(2, 1);
  });
  it("puts the value axis at whole numbers", () => {
    const labels = [...chart.querySelectorAll('g[aria-label="y-axis tick label"] text')].map((t) => t.textContent);
    expect(labels).toEqual(["0", "1", "2", "3", "4"]);
  });
  it("sums itself up for a screen reader, a month by its name", () => {
    expect(chart.getAttribute("aria-label")).toBe("Articles per year: 2020 4; 2021 2; 2023 1.");
    const months = timeBars(monthBins([{year: 2025, month: 4, articles: 3}]), {width: 600, label: "Articles", interval: "month"});
    expect(months.getAttribute("aria-label")).toBe("Articles per month: April 2025 3.");
  });
  it("draws nothing for an empty series, not even axes, and says so", () => {
    const empty = timeBars([] as TimeBin[], {width: 600, label: "Articles", interval: "month"});
    expect(rects(empty)).toHaveLength(0);
    // Its only text is that sentence: no tick labels of an axis that spans nothing.
    expect([...empty.querySelectorAll("text")].map((t) => t.textContent)).toEqual(["No articles with a stated month"]);
    expect(empty.getAttribute("aria-label")).toBe("Articles per month: none.");
  });
  it("keeps the height the page reserves for it", () => {
    expect(chart.getAttribute("height")).toBe(String(SIZES.time));
  });
});
