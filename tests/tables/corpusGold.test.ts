// Scoring against the hand-labelled news sample: classes, weighted by stratum, pairs and dates.
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {gzipSync} from "node:zlib";
import {afterAll, describe, expect, it} from "vitest";
import {annotatorAgreement, freshScores, scoreCorpus, stScopeCensus, type CorpusGold} from "../../loaders/tables/corpusGold.js";
import type {ArticleSummary} from "../../loaders/tables/summary.js";

const summary = (id: string, relevance: ArticleSummary["relevance"], pairs: [string, string, boolean][] = [], year: number | null = null): ArticleSummary => ({
  id, title: null, source: null, date: {year, month: null, day: null}, countries: [], organizations: [], localities: [], fields: [],
  pairs: pairs.map(([vn, partner, st]) => ({vn, partner, st, evidence: 1, activities: [], fields: []})), relevance, skipped: false, warnings: []
});
const goldArticle = (stratum: string, relevance: ArticleSummary["relevance"], pairs: [string, string, boolean][] = [], year: number | null = null) => ({
  stratum, batch: 0, half: "held-out" as const, relevance, note: "", date: {year, month: null, day: null},
  pairs: pairs.map(([vn, partner, st]) => ({vn, partner, st, fields: [], quote: ""}))
});
const gold: CorpusGold = {
  strata: {A: {population: 10, sampled: 2}, B: {population: 100, sampled: 1}},
  articles: {a1: goldArticle("A", "st_cooperation", [["VN", "JP", true]], 2005), a2: goldArticle("A", "mention"), b1: goldArticle("B", "cooperation", [["VN", "CN", false]])}
};

describe("scoreCorpus", () => {
  const found = new Map([
    ["a1", summary("a1", "st_cooperation", [["VN", "JP", true]], 2005)],
    ["a2", summary("a2", "cooperation", [["VN", "US", false]], 1990)],
    ["b1", summary("b1", "mention")]
  ]);
  const s = scoreCorpus(gold, found);
  it("counts the classes in a confusion matrix", () => {
    expect(s.confusion.mention.cooperation).toBe(1);
    expect(s.confusion.cooperation.mention).toBe(1);
    expect(s.accuracy).toBeCloseTo(1 / 3);
  });
  it("weights each article by its stratum's population over its sample", () => {
    expect(s.cooperation).toMatchObject({tp: 1, fp: 1, fn: 1});
    expect(s.cooperationWeighted).toMatchObject({tp: 5, fp: 5, fn: 100});
  });
  it("scores partners and S&T partners per article", () => {
    expect(s.partners).toMatchObject({tp: 1, fp: 1, fn: 1});
    expect(s.stPartners).toMatchObject({tp: 1, fp: 0, fn: 0});
  });
  it("counts exact dates and years the gold does not give", () => {
    expect(s.dates).toEqual({exact: 2, yearRight: 2, extraYears: 1, missedYears: 0});
  });
});

describe("annotatorAgreement", () => {
  it("counts the articles given the same class, and scores the second annotator's S&T articles against the first's", () => {
    const gold = {
      strata: {},
      articles: Object.fromEntries(
        (["st_cooperation", "st_cooperation", "cooperation", "mention"] as const).map((relevance, i) => [`a${i}`, {stratum: "S1", batch: 0, half: "dev" as const, relevance, pairs: [], date: {year: null, month: null, day: null}, note: ""}])
      )
    } as CorpusGold;
    const second = {a0: {relevance: "st_cooperation" as const}, a1: {relevance: "cooperation" as const}, a2: {relevance: "st_cooperation" as const}, a3: {relevance: "mention" as const}, other: {relevance: "none" as const}};
    const a = annotatorAgreement(gold, second);
    expect(a.articles, "only articles both labelled").toBe(4);
    expect(a.classes).toBe(0.5);
    expect(a.st).toMatchObject({tp: 1, fp: 1, fn: 1});
  });
});

describe("freshScores", () => {
  const first = {commit: "abc1234", stSample: {precision: 0.5, recall: 1, f1: 2 / 3}, stPartners: {precision: 0.5, recall: 1, f1: 2 / 3}};
  const fresh: CorpusGold = {
    first,
    strata: {A: {population: 10, sampled: 2}},
    articles: {d: {...goldArticle("A", "st_cooperation", [["VN", "JP", true]]), half: "dev"}, h: goldArticle("A", "mention")}
  };
  const found = new Map([
    ["d", summary("d", "st_cooperation", [["VN", "JP", true]])],
    ["h", summary("h", "st_cooperation", [["VN", "KR", true]])]
  ]);
  it("keeps the first, blind scores as recorded and scores today's extraction on each half", () => {
    const s = freshScores(fresh, found, "cmd");
    expect(s.first).toEqual(first);
    expect(s.halves.dev).toMatchObject({articles: 1, stSample: {precision: 1, recall: 1}});
    expect(s.halves["held-out"]).toMatchObject({articles: 1, stSample: {precision: 0}});
  });
  it("needs the first scores to be recorded", () => {
    expect(() => freshScores({...fresh, first: undefined}, found, "cmd")).toThrow(/first/);
  });
});

describe("stScopeCensus", () => {
  const dir = mkdtempSync(join(tmpdir(), "census-"));
  afterAll(() => rmSync(dir, {recursive: true, force: true}));
  const corpus = join(dir, "corpus.jsonl.gz");
  const record = (id: string, text: string) => JSON.stringify({id, category: "Khoa hoc", title: null, text});
  writeFileSync(corpus, gzipSync([
    record("st-right", "Viện Hàn lâm Khoa học Việt Nam và Nhật Bản ký thỏa thuận hợp tác nghiên cứu vật liệu mới."),
    record("st-wrong", "Bộ Y tế Việt Nam và Pháp ký thỏa thuận hợp tác nghiên cứu về vắc xin."),
    record("st-unlabelled", "Việt Nam và Hàn Quốc hợp tác chuyển giao công nghệ đóng tàu."),
    record("trade", "Kim ngạch xuất khẩu của Việt Nam sang Mỹ tăng 20%.")
  ].join("\n") + "\n"));
  const labels = (relevance: Record<string, ArticleSummary["relevance"]>): CorpusGold => ({
    strata: {A: {population: 1, sampled: 1}},
    articles: Object.fromEntries(Object.entries(relevance).map(([id, r]) => [id, {...goldArticle("A", r), pairs: r === "st_cooperation" ? [{vn: "VN", partner: "JP", st: true, fields: [], quote: ""}] : []}]))
  });
  it("counts the corpus, today's S&T scope, the labelled part of it and what the labels say, across every gold file", () => {
    const c = stScopeCensus(corpus, [labels({"st-right": "st_cooperation", trade: "mention"}), labels({"st-wrong": "cooperation"})]);
    expect(c).toEqual({articles: 4, st: 3, labelled: 2, reportSt: 1});
  });
});
