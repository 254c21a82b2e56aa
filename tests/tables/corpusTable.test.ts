// The corpus as a table of articles: newest first, undated last, skipped files and duplicates apart.
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import type {CorpusItem} from "../../loaders/extract/corpus.js";
import {createExtractor, DEFAULT_CORPUS_DIR, extractCorpus} from "../../loaders/extract/corpus.js";
import {collectCorpus, dateKey} from "../../loaders/tables/corpusTable.js";

const x = createExtractor();

describe("collectCorpus", () => {
  it("orders the articles by class (S&T cooperation first), then newest first, undated last, then by id", () => {
    const t = collectCorpus(extractCorpus([DEFAULT_CORPUS_DIR, join(import.meta.dirname, "..", "fixtures", "mixed")], x), x.matchers.gazetteer, new Date("2026-01-01"));
    const rank = {st_cooperation: 0, cooperation: 1, mention: 2, none: 3};
    const ranks = t.articles.map((a) => rank[a.relevance]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const st = t.articles.filter((a) => a.relevance === "st_cooperation").map((a) => dateKey(a.date));
    expect(st).toEqual([...st].sort((a, b) => b - a));
    expect(t.articles.at(-1)!.relevance).toBe("none");
    expect(t.built).toBe("2026-01-01");
  });
  it("keeps skipped files and counts duplicates apart, and sees every item", () => {
    const article = [...extractCorpus([DEFAULT_CORPUS_DIR], x)][0];
    const items: CorpusItem[] = [
      article,
      {kind: "skipped", id: "b", file: "b.txt", warning: {file: "b.txt", code: "binary", message: "binary"}},
      {kind: "skipped", id: "c", file: "c.txt", warning: {file: "c.txt", code: "duplicate", message: "dup"}}
    ];
    const seen: string[] = [];
    const t = collectCorpus(items, x.matchers.gazetteer, new Date(), (item) => seen.push(item.kind));
    expect(t).toMatchObject({files: 3, duplicates: 1});
    expect(t.skipped.map((s) => s.code)).toEqual(["binary", "duplicate"]);
    expect(seen).toEqual(["article", "skipped", "skipped"]);
  });
  it("keys dates: newer is larger, undated is -1", () => {
    expect(dateKey({year: 2025, month: 4, day: 13})).toBeGreaterThan(dateKey({year: 2025, month: 4, day: null}));
    expect(dateKey({year: null, month: 11, day: 20})).toBe(-1);
  });
});
