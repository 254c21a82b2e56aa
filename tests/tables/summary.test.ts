// The command line's contract: one object per article, with counts, pairs, relevance and warnings.
import {describe, expect, it} from "vitest";
import {createExtractor, DEFAULT_CORPUS_DIR, extractCorpus} from "../../loaders/extract/corpus.js";
import {countBy, skippedSummary, summarize, warningText} from "../../loaders/tables/summary.js";

const x = createExtractor();
const seed = [...extractCorpus([DEFAULT_CORPUS_DIR], x)].flatMap((i) => (i.kind === "article" ? [i.article] : [])).find((a) => a.id === "004_9f9a77af44890c03")!;

describe("summarize", () => {
  const s = summarize(seed);
  it("keeps the documented keys in order, relevance included", () => {
    expect(Object.keys(s)).toEqual(["id", "title", "source", "date", "countries", "organizations", "localities", "fields", "pairs", "relevance", "skipped", "warnings"]);
    expect(s.relevance).toBe("st_cooperation");
  });
  it("gives each pair once, with its evidence sentences, activities, S&T flag and fields", () => {
    const hp = s.pairs.find((p) => p.vn === "VN-HP" && p.partner === "TW")!;
    expect(hp).toEqual({vn: "VN-HP", partner: "TW", evidence: 1, activities: expect.any(Array), st: true, fields: expect.arrayContaining(["tech_transfer"])});
    expect(new Set(s.pairs.map((p) => `${p.vn}-${p.partner}`)).size).toBe(s.pairs.length);
  });
  it("counts mentions per code, most mentioned first", () => {
    const counts = countBy(seed.mentions, "country");
    expect(counts.map((c) => c.mentions)).toEqual([...counts.map((c) => c.mentions)].sort((a, b) => b - a));
  });
});

describe("skipped files", () => {
  it("get a line of their own, marked skipped, with the reason", () => {
    const w = {file: "b.txt", code: "binary", message: "b.txt is binary"};
    expect(skippedSummary("b", w)).toMatchObject({id: "b", skipped: true, relevance: "none", warnings: ["binary: b.txt is binary"]});
    expect(warningText(w)).toBe("binary: b.txt is binary");
  });
});
