// What Framework's configuration reads of the site data: search entries and the footer.
import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {fold, footerText, PROFILE_KIND_SCRIPT, searchEntries, siteFacts} from "../../loaders/site/config.js";
import {entityKind} from "../../loaders/contract.js";
import {siteFile} from "../../loaders/site/siteFile.js";
import {mixed} from "./siteFixtures.js";

const site = siteFile(mixed, {entities: {JP: 1, EU: 2, "VN-HP": 0, VN: 3}, texts: []});

describe("search entries", () => {
  const entries = searchEntries(site.names, ["JP"], ["VN-HP"]);
  it("point to the profile page of each partner and province", () => {
    expect(entries.map((e) => e.path)).toEqual(["/profile.html?code=JP", "/profile.html?code=VN-HP"]);
  });
  it("find a page by its English and Vietnamese names, with or without diacritics", () => {
    expect(entries[0].text).toContain("Japan");
    expect(entries[0].text).toContain("Nhật Bản");
    expect(entries[0].text).toContain("nhat ban");
    expect(entries[1].title).toBe("Hải Phòng");
    expect(entries[1].text).toContain("hai phong");
  });
  it("fold đ to d and drop every mark", () => {
    expect(fold("Đà Nẵng")).toBe("da nang");
  });
});

describe("siteFacts", () => {
  it("reads the site data's summary: entries for the partners and provinces it names, not the national level", () => {
    const dir = mkdtempSync(join(tmpdir(), "site-"));
    writeFileSync(join(dir, "site.json"), JSON.stringify(site));
    const facts = siteFacts(dir);
    expect(facts.search.map((e) => e.path)).toEqual(["/profile.html?code=EU", "/profile.html?code=JP", "/profile.html?code=VN-HP"]);
    expect(facts.footer).toBe(footerText(site).replace(/&/g, "&#38;"));
  });
  it("still gives a footer when the site data has not been written yet", () => {
    expect(siteFacts(mkdtempSync(join(tmpdir(), "site-"))).footer).toContain("npm run build");
  });
  it("says how many articles report S&T cooperation, and when the site was built", () => {
    expect(footerText(site)).toMatch(new RegExp(`^Built on 2026-06-01 from ${site.corpus.articles} Vietnamese news articles, ${site.relevance.st_cooperation} of them reporting S&T cooperation`));
  });
});

describe("the profile page's kind, set in the page head", () => {
  const run = (path: string, search: string) => {
    const dataset: Record<string, string> = {};
    new Function("location", "document", PROFILE_KIND_SCRIPT)({pathname: path, search}, {documentElement: {dataset}});
    return dataset.kind;
  };
  it("is the code's kind, as the pipeline tells it", () => {
    for (const code of ["JP", "VN", "VN-HN", "EU", "VNM"]) expect(run("/profile.html", `?code=${code}`), code).toBe(entityKind(code));
    expect(run("/sub/path/profile", "?code=VN-SG&scope=mentions")).toBe("province");
  });
  it("is set on the profile page only", () => {
    expect(run("/partners.html", "?code=JP")).toBeUndefined();
  });
});
