// facets.json and facets-mentions.json: what the writer encodes is what the pages decode, article by
// article, and the first file holds exactly the articles that report cooperation.
import {describe, expect, it} from "vitest";
import {facetsFiles, pairsOf, reportsCooperation} from "../../loaders/site/facetsFile.js";
import {decodeFacets} from "../../src/components/facetRows.js";
import {mixed} from "./siteFixtures.js";

const files = facetsFiles(mixed);
const file = files.cooperation;
const rows = [...decodeFacets(files.cooperation), ...decodeFacets(files.mentions)];

describe("facets.json and facets-mentions.json", () => {
  it("put the articles that report cooperation in facets.json, and the others after them in facets-mentions.json", () => {
    const cooperating = mixed.articles.filter(reportsCooperation).length;
    expect(cooperating).toBeGreaterThan(0);
    expect(cooperating).toBeLessThan(mixed.articles.length);
    expect(files.cooperation.rows).toHaveLength(cooperating);
    expect(files.cooperation.first).toBe(0);
    expect(files.mentions.first).toBe(cooperating);
    expect(files.mentions.rows).toHaveLength(mixed.articles.length - cooperating);
    expect(decodeFacets(files.cooperation).every((a) => a.relevance === "st_cooperation" || a.relevance === "cooperation")).toBe(true);
    expect(decodeFacets(files.mentions).every((a) => a.relevance === "mention" || a.relevance === "none")).toBe(true);
  });
  it("refuse articles that are not in position order (a cooperation article after a mention)", () => {
    const [a, ...rest] = mixed.articles;
    expect(() => facetsFiles({...mixed, articles: [...rest, a]})).toThrow(/position order/);
  });
  it("has one row per article, in position order", () => {
    expect(rows.map((r) => r.i)).toEqual(mixed.articles.map((_, i) => i));
  });
  it("decodes each article's date, source and class", () => {
    mixed.articles.forEach((a, i) => {
      expect(rows[i].y, a.id).toBe(a.date.year);
      expect(rows[i].m, a.id).toBe(a.date.year === null ? null : a.date.month);
      expect(rows[i].source, a.id).toBe(a.source);
      expect(rows[i].relevance, a.id).toBe(a.relevance);
    });
  });
  it("decodes what each article names, with its mentions", () => {
    mixed.articles.forEach((a, i) => {
      const named = (kind: string) => {
        const n: Record<string, number> = {};
        for (const m of a.mentions) if (m.kind === kind) n[m.code] = (n[m.code] ?? 0) + 1;
        return n;
      };
      expect(Object.fromEntries(rows[i].c), a.id).toEqual(named("country"));
      expect(Object.fromEntries(rows[i].p), a.id).toEqual(named("province"));
      expect(Object.fromEntries(rows[i].f), a.id).toEqual(named("field"));
    });
  });
  it("decodes each pair with its S&T flag, fields, activities and sentences", () => {
    const sorted = <T extends {activities: string[]}>(pairs: T[]) => pairs.map((p) => ({...p, activities: [...p.activities].sort()}));
    mixed.articles.forEach((a, i) => expect(sorted(rows[i].pairs), a.id).toEqual(sorted(pairsOf(a))));
    expect(rows.some((r) => r.pairs.some((p) => p.st)) && rows.some((r) => r.pairs.some((p) => !p.st))).toBe(true);
  });
  it("carries its own dictionaries, so that the pages decode by what was written", () => {
    expect(file.relevances).toEqual(["st_cooperation", "cooperation", "mention", "none"]);
    expect(file.activities).toContain("tech_transfer");
  });
});
