// The partner and province pages of the built site: Framework builds the first page of each folder,
// and `npm run build` copies it under the name of every other code (scripts/entity-pages.ts). This
// holds only if the page's HTML is the same for every code: the page finds its code in its address.
import {mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, describe, expect, it} from "vitest";
import {searchEntries, templatePaths} from "../../loaders/site/config.js";
import type {Names} from "../../loaders/contract.js";
import {copyEntityPages} from "../../scripts/entity-pages.js";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, {recursive: true, force: true})));

describe("the partner and province pages Framework builds", () => {
  it("are the first page of each folder", () => {
    expect(templatePaths(["/countries/US", "/countries/CN", "/provinces/VN-HN", "/provinces/VN-SG"])).toEqual(["/countries/US", "/provinces/VN-HN"]);
    expect(templatePaths(["/provinces/VN-HP"])).toEqual(["/provinces/VN-HP"]);
    expect(templatePaths([])).toEqual([]);
  });
  it("never read observable.params, and take the code from the address (their HTML is copied under every code)", () => {
    for (const page of ["countries", "provinces"]) {
      const source = readFileSync(new URL(`../../src/${page}/[code].md`, import.meta.url), "utf8");
      expect(source, page).not.toMatch(/observable\.params/);
      expect(source, page).toMatch(/const code = codeFromPath\(location\.pathname\);/);
    }
  });
});

describe("copyEntityPages", () => {
  const built = () => {
    const dist = mkdtempSync(join(tmpdir(), "entity-pages-"));
    dirs.push(dist);
    mkdirSync(join(dist, "countries"));
    mkdirSync(join(dist, "provinces"));
    writeFileSync(join(dist, "countries/US.html"), "<p>partner page</p>");
    writeFileSync(join(dist, "provinces/VN-HN.html"), "<p>province page</p>");
    return dist;
  };
  it("writes every other code's page as a copy of its folder's built page", () => {
    const dist = built();
    const paths = ["/countries/US", "/countries/CN", "/countries/WORLD_BANK", "/provinces/VN-HN", "/provinces/VN-HP"];
    expect(copyEntityPages(dist, paths)).toBe(3);
    expect(readdirSync(join(dist, "countries")).sort()).toEqual(["CN.html", "US.html", "WORLD_BANK.html"]);
    expect(readFileSync(join(dist, "countries/WORLD_BANK.html"), "utf8")).toBe("<p>partner page</p>");
    expect(readFileSync(join(dist, "provinces/VN-HP.html"), "utf8")).toBe("<p>province page</p>");
  });
  it("fails loudly when the page to copy was not built", () => {
    const dist = built();
    rmSync(join(dist, "countries/US.html"));
    expect(() => copyEntityPages(dist, ["/countries/US", "/countries/CN"])).toThrow(/countries\/US\.html is missing/);
  });
});

describe("the search entries of the partner and province pages", () => {
  const names = {
    countries: {JP: {en: "Japan", vi: "Nhật Bản", numeric: "392"}},
    organizations: {WORLD_BANK: {en: "World Bank", vi: "Ngân hàng Thế giới", kind: "bank", country: null}},
    provinces: {"VN-HP": {vi: "Hải Phòng", en: "Haiphong", unit: "VN-HP"}, "VN-DN": {vi: "Đà Nẵng", en: "Da Nang", unit: "VN-DN"}},
    units: {},
    fields: {}
  } as unknown as Names;
  const entries = searchEntries(names, ["JP", "WORLD_BANK"], ["VN-HP", "VN-DN"]);
  it("give every page its path and its name as the title: English for partners, Vietnamese for provinces", () => {
    expect(entries.map((e) => [e.path, e.title])).toEqual([
      ["/countries/JP", "Japan"],
      ["/countries/WORLD_BANK", "World Bank"],
      ["/provinces/VN-HP", "Hải Phòng"],
      ["/provinces/VN-DN", "Đà Nẵng"]
    ]);
  });
  it("find a page by either name, with or without diacritics, and by its code", () => {
    const text = (path: string) => entries.find((e) => e.path === path)!.text;
    for (const word of ["Nhật Bản", "Nhat Ban", "Japan", "JP"]) expect(text("/countries/JP")).toContain(word);
    for (const word of ["Đà Nẵng", "Da Nang", "VN-DN"]) expect(text("/provinces/VN-DN")).toContain(word);
    expect(text("/countries/WORLD_BANK")).toContain("Ngan hang The gioi");
  });
});
