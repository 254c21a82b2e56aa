// The row tables of `extract --tables`: one row per article, mention, piece of evidence, skipped file.
import {describe, expect, it} from "vitest";
import {createExtractor, DEFAULT_CORPUS_DIR, extractCorpus} from "../../loaders/extract/corpus.js";
import {collectCorpus} from "../../loaders/tables/corpusTable.js";
import {rowTables} from "../../loaders/tables/tables.js";

const x = createExtractor();
const table = collectCorpus(extractCorpus([DEFAULT_CORPUS_DIR], x), x.matchers.gazetteer, new Date("2026-01-01"));
const t = rowTables(table);

describe("row tables of the seed corpus", () => {
  it("has one row per article, in position order, with its relevance class", () => {
    expect(t.articles.map((a) => a.position)).toEqual([0, 1, 2, 3, 4]);
    expect(new Set(t.articles.map((a) => a.relevance))).toEqual(new Set(["st_cooperation"]));
  });
  it("has one row per mention, as the extraction found them", () => {
    expect(t.mentions.length).toBe(table.articles.reduce((n, a) => n + a.mentions.length, 0));
  });
  it("has one row per piece of evidence, with its sentence's text, S&T cue and fields", () => {
    const hp = t.evidence.find((e) => e.vn === "VN-HP" && e.partner === "TW")!;
    expect(hp).toMatchObject({st: true, partner_kind: "country"});
    expect(hp.text).toContain("Đài Loan");
    expect(hp.st_cue).not.toBe("");
  });
});
