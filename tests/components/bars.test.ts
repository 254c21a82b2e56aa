// @vitest-environment jsdom
// bars: ranked horizontal bars (partners, provinces, fields with the most articles), each with its
// value written beside it and a link to its page.
import {describe, expect, it} from "vitest";
import {barsHeight, integerTicks, rankedBars, textWidth} from "../../src/components/bars.js";
import {SIZES} from "../../src/components/chartSizes.js";

interface Row {
  code: string;
  name: string;
  articles: number;
}
const row = (code: string, name: string, articles: number): Row => ({code, name, articles});
const partners = [row("JP", "Nhật Bản", 1234), row("KR", "Hàn Quốc", 40), row("US", "Hoa Kỳ", 12), row("EU", "Liên minh châu Âu", 3), row("SG", "Singapore", 2), row("FR", "Pháp", 1), row("DE", "Đức", 0)];
const options = {width: 640, value: (d: Row) => d.articles, label: (d: Row) => d.name};

const svgOf = (chart: Element) => (chart.tagName.toLowerCase() === "svg" ? chart : chart.querySelector(":scope > svg")!);
const bars = (chart: Element) => [...svgOf(chart).querySelectorAll("g[aria-label=bar] rect")];
const texts = (chart: Element, group: string) => [...svgOf(chart).querySelectorAll(`g[aria-label="${group}"] text`)].map((t) => t.textContent);

describe("rankedBars", () => {
  it("draws a bar per row with a value, in the order given, leaving out the rows without one", () => {
    const chart = rankedBars(partners, options);
    expect(bars(chart)).toHaveLength(6);
    expect(texts(chart, "y-axis tick label")).toEqual(["Nhật Bản", "Hàn Quốc", "Hoa Kỳ", "Liên minh châu Âu", "Singapore", "Pháp"]);
  });
  it("draws at most `limit` bars, 15 unless told", () => {
    expect(bars(rankedBars(partners, {...options, limit: 2}))).toHaveLength(2);
    const many = Array.from({length: 20}, (_, k) => row(`C${k}`, `Nước ${k}`, 20 - k));
    expect(bars(rankedBars(many, options))).toHaveLength(15);
  });
  it("writes each value beside its bar, thousands grouped", () => {
    expect(texts(rankedBars(partners, {...options, limit: 3}), "text")).toEqual(["1,234", "40", "12"]);
  });
  it("links each bar to its page, the link named by the row and its value", () => {
    const chart = rankedBars(partners, {...options, limit: 2, href: (d) => `./profile.html?code=${d.code}`});
    const links = [...svgOf(chart).querySelectorAll("a")];
    expect(links.map((a) => a.getAttribute("href"))).toEqual(["./profile.html?code=JP", "./profile.html?code=KR"]);
    expect(links.map((a) => a.getAttribute("aria-label"))).toEqual(["Nhật Bản: 1234", "Hàn Quốc: 40"]);
    expect(links.every((a) => a.querySelector("rect"))).toBe(true);
  });
  it("draws no links without `href`", () => {
    expect(svgOf(rankedBars(partners, options)).querySelector("a")).toBeNull();
  });
  it("sums itself up for a screen reader: the first five and how many more", () => {
    const chart = rankedBars(partners, {...options, title: "Partners"});
    expect(svgOf(chart).getAttribute("aria-label")).toBe("Partners: Nhật Bản 1234; Hàn Quốc 40; Hoa Kỳ 12; Liên minh châu Âu 3; Singapore 2; and 1 more.");
    expect(svgOf(rankedBars(partners, {...options, ariaLabel: "Đối tác"})).getAttribute("aria-label")).toBe("Đối tác");
  });
  it("says so when there is nothing to draw, and draws no bar", () => {
    const chart = rankedBars([row("DE", "Đức", 0)], options);
    expect(bars(chart)).toHaveLength(0);
    expect(svgOf(chart).textContent).toContain("No data for this selection");
    expect(svgOf(chart).getAttribute("aria-label")).toBe("Bar chart: no data.");
  });
  it("is as tall as its bars need", () => {
    expect(svgOf(rankedBars(partners, options)).getAttribute("height")).toBe(String(barsHeight(6)));
    expect(barsHeight(6)).toBe(6 * SIZES.barRow + SIZES.barAxis);
    expect(barsHeight(0)).toBe(60);
  });
  it("shortens a long name on the axis, keeping it whole in the bar's name", () => {
    const long = row("UN", "Tổ chức Giáo dục, Khoa học và Văn hóa Liên Hợp Quốc (UNESCO)", 5);
    const chart = rankedBars([long], {...options, width: 200, href: () => "x"});
    const [tick] = texts(chart, "y-axis tick label");
    expect(tick!.endsWith("…")).toBe(true);
    expect(tick!.length).toBeLessThan(long.name.length);
    expect(svgOf(chart).querySelector("a")!.getAttribute("aria-label")).toBe(`${long.name}: 5`);
  });
  it("comes in a figure with its title, subtitle and caption when given", () => {
    const chart = rankedBars(partners, {...options, title: "Đối tác", subtitle: "Articles", caption: "Source: news"});
    expect(chart.tagName).toBe("FIGURE");
    expect(chart.querySelector("h2")!.textContent).toBe("Đối tác");
    expect(chart.querySelector("h3")!.textContent).toBe("Articles");
    expect(chart.querySelector("figcaption")!.textContent).toBe("Source: news");
  });
});

describe("integerTicks and textWidth", () => {
  it("puts ticks at whole numbers from 0, never between two counts", () => {
    expect(integerTicks(0)).toEqual([0]);
    expect(integerTicks(2)).toEqual([0, 1, 2]);
    expect(integerTicks(12, 6)).toEqual([0, 2, 4, 6, 8, 10, 12]);
  });
  it("takes steps large enough for at most `max` of them", () => {
    for (const n of [7, 99, 1234]) {
      const ticks = integerTicks(n, 4);
      expect(ticks.length - 1, String(n)).toBeLessThanOrEqual(4);
      expect(ticks.every(Number.isInteger)).toBe(true);
    }
  });
  it("steps by 1, 2 or 5 times a power of ten, so that a reader can count along the axis", () => {
    expect(integerTicks(51, 6)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(integerTicks(47, 4)).toEqual([0, 20, 40]);
    expect(integerTicks(3607, 6)).toEqual([0, 1000, 2000, 3000]);
    expect(integerTicks(130, 6)).toEqual([0, 50, 100]);
  });
  it("measures a label by its characters, a Vietnamese letter as one", () => {
    expect(textWidth("Hà Nội".normalize("NFC"))).toBe(textWidth("Ha Noi"));
    expect(textWidth("Liên minh châu Âu")).toBeGreaterThan(textWidth("Hà Nội"));
  });
});
