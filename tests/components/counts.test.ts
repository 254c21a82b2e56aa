// The count engine: what each scope counts, and the measures, on small hand-made articles.
import {describe, expect, it} from "vitest";
import type {ArticleFacts, PairFacts} from "../../loaders/contract.js";
import {activityCounts, applyFilter, articlesOf, codesOf, countBy, inScope, isFiltered, pairCounts, partnerFieldCounts, pairsWith, timeCounts, totals, yearExtent} from "../../src/components/counts.js";

const pair = (vn: string, partner: string, st: boolean, fields: string[], sentences: number[], activities = ["agreement"]): PairFacts => ({vn, partner, st, fields, sentences, activities, organization: partner === "EU"});
const article = (i: number, a: Partial<ArticleFacts>): ArticleFacts => ({i, y: null, m: null, source: null, relevance: "mention", c: [], o: [], p: [], f: [], pairs: [], ...a});

// An S&T article (Japan × Hà Nội on AI, the EU nationally on trade), a cooperation article (China,
// national, trade), a mention (the US named three times), and an article naming nothing.
const rows: ArticleFacts[] = [
  article(0, {y: 2025, m: 4, relevance: "st_cooperation", c: [["JP", 2]], o: [["EU", 1]], p: [["VN-HN", 1]], f: [["ai", 1], ["tourism", 1]], pairs: [pair("VN-HN", "JP", true, ["ai"], [1, 2]), pair("VN", "EU", false, ["trade_investment"], [3])]}),
  article(1, {y: 2024, relevance: "cooperation", c: [["CN", 1]], f: [["trade_investment", 1]], pairs: [pair("VN", "CN", false, ["trade_investment"], [0], ["talks"])]}),
  article(2, {y: 2024, m: 1, relevance: "mention", c: [["US", 3]], p: [["VN-SG", 2]], f: [["ai", 1]]}),
  article(3, {relevance: "none"})
];

describe("scopes", () => {
  it("S&T cooperation counts only the articles with an S&T pair", () => {
    expect(rows.filter((a) => inScope(a, "st")).map((a) => a.i)).toEqual([0]);
  });
  it("all cooperation counts the articles with any pair", () => {
    expect(rows.filter((a) => inScope(a, "cooperation")).map((a) => a.i)).toEqual([0, 1]);
  });
  it("all mentions counts every article", () => {
    expect(rows.filter((a) => inScope(a, "mentions"))).toHaveLength(4);
  });
  it("in the S&T scope a partner counts through an S&T pair only", () => {
    expect([...codesOf(rows[0], "partner", "st").keys()]).toEqual(["JP"]);
    expect([...codesOf(rows[0], "partner", "cooperation").keys()].sort()).toEqual(["EU", "JP"]);
  });
  it("in the cooperation scopes a province is a pair's Vietnamese side, never the national level", () => {
    expect([...codesOf(rows[0], "province", "cooperation").keys()]).toEqual(["VN-HN"]);
    expect([...codesOf(rows[2], "province", "cooperation").keys()]).toEqual([]);
    expect([...codesOf(rows[2], "province", "mentions").keys()]).toEqual(["VN-SG"]);
  });
  it("in the cooperation scopes a field is one its pairs' evidence names, not any cue of the article", () => {
    expect([...codesOf(rows[0], "field", "st").keys()]).toEqual(["ai"]);
    expect([...codesOf(rows[0], "field", "mentions").keys()].sort()).toEqual(["ai", "tourism"]);
  });
  it("keeps countries and organisations apart", () => {
    expect([...codesOf(rows[0], "country", "cooperation").keys()]).toEqual(["JP"]);
    expect([...codesOf(rows[0], "organization", "cooperation").keys()]).toEqual(["EU"]);
  });
});

describe("countBy", () => {
  it("counts articles, evidence sentences and (in the mentions scope) mentions", () => {
    expect(countBy(rows, "partner", "cooperation")).toEqual([
      {code: "CN", articles: 1, evidence: 1, mentions: 0},
      {code: "EU", articles: 1, evidence: 1, mentions: 0},
      {code: "JP", articles: 1, evidence: 2, mentions: 0}
    ]);
    expect(countBy(rows, "partner", "mentions").find((c) => c.code === "US")).toEqual({code: "US", articles: 1, evidence: 0, mentions: 3});
  });
  it("orders by the measure asked for, then by articles, then by code", () => {
    expect(countBy(rows, "partner", "cooperation", {measure: "evidence"}).map((c) => c.code)).toEqual(["JP", "CN", "EU"]);
  });
  it("counts an article once per group, and each of its sentences once", () => {
    const both = [article(0, {relevance: "cooperation", pairs: [pair("VN-SG", "JP", false, [], [1]), pair("VN-43", "JP", false, [], [1, 2])]})];
    const unit = (code: string) => (code === "VN-43" ? "VN-SG" : code);
    expect(countBy(both, "province", "cooperation", {group: unit})).toEqual([{code: "VN-SG", articles: 1, evidence: 2, mentions: 0}]);
  });
  it("counts only the pairs of one partner when asked (a profile page)", () => {
    expect(countBy(rows, "field", "cooperation", {pairs: pairsWith("partner", "JP")}).map((c) => c.code)).toEqual(["ai"]);
  });
});

describe("pairs, fields, activities and time", () => {
  it("counts each Vietnamese side × partner pair with its articles and evidence", () => {
    expect(pairCounts(rows, "st")).toEqual([{vn: "VN-HN", partner: "JP", articles: 1, evidence: 2}]);
    expect(pairCounts(rows, "cooperation").map((p) => `${p.vn}-${p.partner}`)).toEqual(["VN-HN-JP", "VN-CN", "VN-EU"]);
  });
  it("crosses partners with the fields their own evidence names", () => {
    expect(partnerFieldCounts(rows, "st")).toEqual([{partner: "JP", field: "ai", articles: 1, evidence: 2}]);
    expect(partnerFieldCounts(rows, "mentions", {countriesOnly: true}).find((c) => c.partner === "US" && c.field === "ai")).toEqual({partner: "US", field: "ai", articles: 1, evidence: 0});
  });
  it("counts articles per activity of the scope's pairs", () => {
    expect(activityCounts(rows, "cooperation")).toEqual([
      {activity: "agreement", articles: 1},
      {activity: "talks", articles: 1}
    ]);
  });
  it("places dated articles in years and months and counts the undated apart", () => {
    const t = timeCounts(rows, "mentions");
    expect(t.years.map((y) => [y.year, y.articles])).toEqual([[2024, 2], [2025, 1]]);
    expect(t.months).toEqual([{year: 2024, month: 1, articles: 1}, {year: 2025, month: 4, articles: 1}]);
    expect(t.undated).toBe(1);
    expect(t.yearOnly).toBe(1);
  });
  it("totals the articles and distinct evidence sentences of a scope", () => {
    expect(totals(rows, "st")).toEqual({articles: 1, evidence: 2});
    expect(totals(rows, "cooperation")).toEqual({articles: 2, evidence: 4});
  });
});

describe("filters", () => {
  it("keeps a year range, and the undated articles only when asked", () => {
    expect(applyFilter(rows, {from: 2024, to: 2024, undated: false, field: ""}, "mentions").map((a) => a.i)).toEqual([1, 2]);
    expect(applyFilter(rows, {from: 2024, to: 2024, undated: true, field: ""}, "mentions").map((a) => a.i)).toEqual([1, 2, 3]);
  });
  it("keeps a field as the scope counts it", () => {
    expect(applyFilter(rows, {from: null, to: null, undated: true, field: "ai"}, "st").map((a) => a.i)).toEqual([0]);
    expect(applyFilter(rows, {from: null, to: null, undated: true, field: "ai"}, "mentions").map((a) => a.i)).toEqual([0, 2]);
  });
  it("knows when a filter leaves something out", () => {
    expect(yearExtent(rows)).toEqual([2024, 2025]);
    expect(isFiltered(rows, {from: 2024, to: 2025, undated: true, field: ""})).toBe(false);
    expect(isFiltered(rows, {from: 2025, to: 2025, undated: true, field: ""})).toBe(true);
  });
});

describe("articlesOf", () => {
  it("lists a partner's articles: with a pair (an S&T one in the S&T scope), or, among mentions, naming it", () => {
    expect(articlesOf(rows, "partner", "EU", "st")).toEqual([]);
    expect(articlesOf(rows, "partner", "EU", "cooperation").map((a) => a.i)).toEqual([0]);
    expect(articlesOf(rows, "partner", "US", "mentions").map((a) => a.i)).toEqual([2]);
  });
  it("lists the national level's articles by its pairs", () => {
    expect(articlesOf(rows, "province", "VN", "cooperation").map((a) => a.i)).toEqual([0, 1]);
    expect(articlesOf(rows, "province", "VN", "st")).toEqual([]);
  });
});
