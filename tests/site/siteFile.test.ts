// site.json: the corpus's figures, its names and where each profile's and article's data is.
import {describe, expect, it} from "vitest";
import {siteFile} from "../../loaders/site/siteFile.js";
import {mixed} from "./siteFixtures.js";

const site = siteFile(mixed, {entities: {JP: 3, "VN-HP": 1}, texts: ["a"]});

describe("site.json", () => {
  it("counts the articles per relevance class", () => {
    expect(Object.values(site.relevance).reduce((a, b) => a + b, 0)).toBe(site.corpus.articles);
    expect(site.relevance.st_cooperation).toBeGreaterThanOrEqual(7);
    expect(site.relevance.none).toBeGreaterThanOrEqual(1);
  });
  it("counts files, skipped files and duplicates apart", () => {
    expect(site.corpus.files).toBe(mixed.files);
    expect(site.corpus.skipped + site.corpus.duplicates).toBe(mixed.skipped.length);
  });
  it("names only the countries and organisations the corpus names, and every province", () => {
    expect(site.names.countries.JP).toBeDefined();
    expect(site.names.countries.BR).toBeUndefined();
    expect(Object.keys(site.names.provinces)).toHaveLength(63);
  });
  it("carries the day it was computed and the files' index", () => {
    expect(site.built).toBe("2026-06-01");
    expect(site.files).toMatchObject({entities: {JP: 3, "VN-HP": 1}, texts: ["a"]});
  });
});
