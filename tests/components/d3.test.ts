// d3: the few d3 functions the charts use, re-exported from their own packages so that a page
// loads d3-array, d3-geo and d3-scale rather than the whole of d3.
import * as full from "d3";
import {describe, expect, it} from "vitest";
import * as d3 from "../../src/components/d3.js";

describe("the d3 facade", () => {
  it("exports exactly the functions the components use, each d3's own", () => {
    expect(Object.keys(d3).sort()).toEqual(["geoBounds", "geoMercator", "geoPath", "max", "min", "rollups", "scalePoint", "scaleSqrt", "sort", "sum"]);
    expect(d3.max([3, 9, 1])).toBe(full.max([3, 9, 1]));
    expect(d3.rollups([{k: "a"}, {k: "a"}, {k: "b"}], (v) => v.length, (d) => d.k)).toEqual([["a", 2], ["b", 1]]);
    expect(d3.scaleSqrt().domain([0, 4]).range([0, 2])(1)).toBe(1);
  });
  it("is what every component imports d3 from (never the whole of d3)", async () => {
    const {readdirSync, readFileSync} = await import("node:fs");
    const dir = new URL("../../src/components/", import.meta.url);
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      expect(readFileSync(new URL(f, dir), "utf8"), f).not.toMatch(/from\s+["']d3["']/);
    }
  });
});
