// @vitest-environment jsdom
// chartSizes: the charts' sizes in one place, also set as CSS variables so that a card keeps the
// room of its chart while the data loads.
import {describe, expect, it} from "vitest";
import {barsHeight} from "../../src/components/bars.js";
import {SIZES} from "../../src/components/chartSizes.js";
import {fieldBarsHeight} from "../../src/components/fields.js";
import {networkHeight} from "../../src/components/network.js";

const cssVar = (name: string) => document.documentElement.style.getPropertyValue(name);

describe("chart sizes", () => {
  it("are set on the page as CSS variables, in pixels, named in kebab case", () => {
    expect(cssVar("--bar-row")).toBe(`${SIZES.barRow}px`);
    expect(cssVar("--cell-axis")).toBe(`${SIZES.cellAxis}px`);
    expect(cssVar("--time")).toBe(`${SIZES.time}px`);
  });
  it("give the maps' aspects as plain ratios", () => {
    expect(cssVar("--world-aspect")).toBe(String(SIZES.worldAspect));
    expect(cssVar("--vietnam-aspect")).toBe(String(SIZES.vietnamAspect));
  });
  it("set a variable for every size", () => {
    for (const key of Object.keys(SIZES)) expect(cssVar(`--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`), key).not.toBe("");
  });
  it("are the sizes the charts draw with", () => {
    expect(barsHeight(10)).toBe(10 * SIZES.barRow + SIZES.barAxis);
    expect(fieldBarsHeight(4)).toBe(4 * SIZES.fieldRow + SIZES.fieldAxis);
    expect(networkHeight(5)).toBe(5 * SIZES.nodeRow + SIZES.nodeAxis);
  });
});
