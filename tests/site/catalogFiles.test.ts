// The catalogue: list entries by position, in parts of consecutive positions.
import {describe, expect, it} from "vitest";
import {CATALOG_PARTS} from "../../loaders/contract.js";
import {catalogFiles, catalogSize} from "../../loaders/site/catalogFiles.js";
import {mixed} from "./siteFixtures.js";

describe("catalogue parts", () => {
  const files = catalogFiles(mixed);
  it("writes every part, empty ones included", () => {
    expect(files.map((f) => f.name)).toEqual(Array.from({length: CATALOG_PARTS}, (_, p) => `catalog/${p}.json`));
  });
  it("puts the article at position i in part ⌊i / size⌋, in order", () => {
    const size = catalogSize(mixed.articles.length);
    mixed.articles.forEach((a, i) => {
      expect(JSON.parse(files[Math.floor(i / size)].data)[i % size].id).toBe(a.id);
    });
  });
  it("sizes the parts so that they hold every article", () => {
    expect(catalogSize(0)).toBe(1);
    expect(catalogSize(15000) * CATALOG_PARTS).toBeGreaterThanOrEqual(15000);
  });
});
