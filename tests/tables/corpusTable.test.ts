// The corpus as a table of articles: newest first, undated last, skipped files and duplicates apart.
import {describe, expect, it} from "vitest";
import type {CorpusItem} from "../../loaders/extract/corpus.js";
import {createExtractor, DEFAULT_CORPUS_DIR, extractCorpus} from "../../loaders/extract/corpus.js";
import {collectCorpus, dateKey} from "../../loaders/tables/corpusTable.js";

const x = createExtractor();

describe("collectCorpus", () => {
  it("orders the articles newest first, undated last, then by id", () => {
    const t = collectCorpus(extractCorpus([DEFAULT_CORPUS_DIR], x), x.matchers.gazetteer, new Date("2026-01-01"));
    const keys = t.articles.map((a) => dateKey(a.date));
    expect(keys).toEqual([...keys].sort((a, b) => b - a));
    expect(t.articles.at(-1)!.id).toBe("003_15723938c75b8bee");
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
