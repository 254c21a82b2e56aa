// Scoring against the seed gold: exact sets for names, precision and recall for pairs and fields,
// a field the gold marks optional neither rewarded nor penalised.
import {describe, expect, it} from "vitest";
import {evaluate, score, type Gold} from "../../loaders/tables/evaluate.js";
import type {ArticleSummary} from "../../loaders/tables/summary.js";

const gold: Gold = {
  articles: {
    a: {title: "T", source: null, date: {year: 2025, month: null, day: null}, countries: ["JP"], organizations: [], localities: ["VN-HN"], pairs: [["VN", "JP"], ["VN-HN", "JP"]], fields: {required: ["ai"], optional: ["digital"]}}
  }
};
const found = (over: Partial<ArticleSummary>): ArticleSummary => ({
  id: "a", title: "T", source: null, date: {year: 2025, month: null, day: null}, countries: [{code: "JP", mentions: 1}], organizations: [], localities: [{code: "VN-HN", mentions: 1}],
  fields: [{id: "ai", mentions: 1}, {id: "digital", mentions: 1}], pairs: [{vn: "VN", partner: "JP", evidence: 1, activities: [], st: true, fields: []}], relevance: "st_cooperation", skipped: false, warnings: [], ...over
});

describe("evaluate", () => {
  it("scores pairs by precision and recall", () => {
    const r = evaluate([found({})], gold);
    expect(r.pairs).toMatchObject({tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5});
    expect(r.articles[0].pairs.missing).toEqual(["VN-HN→JP"]);
  });
  it("neither rewards nor penalises an optional field", () => {
    expect(evaluate([found({})], gold).fields).toMatchObject({tp: 1, fp: 0, fn: 0});
    expect(evaluate([found({fields: [{id: "ai", mentions: 1}, {id: "space", mentions: 1}]})], gold).fields).toMatchObject({fp: 1});
  });
  it("holds the names exact, and the title, source and date", () => {
    const r = evaluate([found({})], gold);
    expect(r.entitiesExact).toBe(true);
    expect(r.articles[0]).toMatchObject({title: true, source: true, date: true});
    expect(evaluate([found({countries: []})], gold).entitiesExact).toBe(false);
  });
  it("counts a missing article as found nowhere", () => {
    expect(evaluate([], gold).articles[0].found).toBe(false);
  });
});

describe("score", () => {
  it("computes precision, recall and F1, 1 when nothing was expected or found", () => {
    expect(score(3, 1, 0)).toMatchObject({precision: 0.75, recall: 1});
    expect(score(3, 1, 0).f1).toBeCloseTo(6 / 7);
    expect(score(0, 0, 0)).toMatchObject({precision: 1, recall: 1, f1: 1});
    expect(score(0, 2, 2)).toMatchObject({precision: 0, recall: 0, f1: 0});
  });
});
