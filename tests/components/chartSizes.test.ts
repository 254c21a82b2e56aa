// chartSizes: the charts' sizes in one place, also declared as CSS variables in style.css so that a
// card keeps the room of its chart from the first paint.
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {barsHeight} from "../../src/components/bars.js";
import {cssVariables, SIZES} from "../../src/components/chartSizes.js";
import {fieldBarsHeight} from "../../src/components/fields.js";
import {networkHeight} from "../../src/components/network.js";

const css = readFileSync(new URL("../../src/style.css", import.meta.url), "utf8");
const rootBlock = /:root \{([^}]*--bar-row[^}]*)\}/.exec(css)?.[1] ?? "";
const declared = rootBlock.split(";").map((d) => d.trim()).filter(Boolean);

describe("chart sizes", () => {
  it("are declared in style.css as CSS variables, in pixels, named in kebab case, each as SIZES has it", () => {
    expect(declared).toEqual(cssVariables());
    expect(declared).toContain(`--bar-row: ${SIZES.barRow}px`);
    expect(declared).toContain(`--cell-axis: ${SIZES.cellAxis}px`);
  });
  it("give the maps' aspects as plain ratios", () => {
    expect(declared).toContain(`--world-aspect: ${SIZES.worldAspect}`);
    expect(declared).toContain(`--vietnam-aspect: ${SIZES.vietnamAspect}`);
  });
  it("are the sizes the charts draw with", () => {
    expect(barsHeight(10)).toBe(10 * SIZES.barRow + SIZES.barAxis);
    expect(fieldBarsHeight(4)).toBe(4 * SIZES.fieldRow + SIZES.fieldAxis);
    expect(networkHeight(5)).toBe(5 * SIZES.nodeRow + SIZES.nodeAxis);
  });
});
