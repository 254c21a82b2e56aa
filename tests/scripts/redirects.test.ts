// The pages at earlier addresses, which send the reader on to their profile page.
import {mkdtempSync, readFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import type {SiteFile} from "../../loaders/contract.js";
import {redirectPage, redirects, writeRedirects} from "../../scripts/redirects.js";

const site = {files: {entities: {JP: 1, "VN-HN": 0, VN: 2}}, names: {provinces: {"VN-HN": {vi: "Hà Nội"}}}} as unknown as SiteFile;

describe("redirects", () => {
  it("sends the old partner, province and Partners pages to their new addresses", () => {
    expect(redirects(site)).toEqual([
      ["countries.html", "partners.html"],
      ["countries/JP.html", "../profile.html?code=JP"],
      ["provinces/VN-HN.html", "../profile.html?code=VN-HN"]
    ]);
  });
  it("writes a page that refreshes to the target and links to it, escaped", () => {
    const dist = mkdtempSync(join(tmpdir(), "dist-"));
    expect(writeRedirects(dist, site)).toBe(3);
    const page = readFileSync(join(dist, "countries/JP.html"), "utf8");
    expect(page).toContain('http-equiv="refresh" content="0; url=../profile.html?code=JP"');
    expect(redirectPage('x"><script>')).not.toContain("<script>");
  });
});
