// The tables derived from the seed corpus: counts as articles, mentions and evidence sentences,
// the 34-unit roll-up counting an article once, and an undated year counted apart.
import {describe, expect, it} from "vitest";
import {createExtractor, DEFAULT_CORPUS_DIR, extractCorpus} from "../../loaders/extract/corpus.js";
import {createTableBuilder} from "../../loaders/tables/tables.js";

const x = createExtractor();
const builder = createTableBuilder(x.matchers.gazetteer);
for (const item of extractCorpus([DEFAULT_CORPUS_DIR], x)) if (item.kind === "article") builder.addArticle(item.article);
const t = builder.build() as Record<string, Record<string, unknown>[]>;
const row = (table: string, key: string, value: string) => t[table].find((r) => r[key] === value)!;

describe("tables of the seed corpus", () => {
  it("has one row per article", () => {
    expect(t.articles).toHaveLength(5);
  });
  it("counts China in three articles, with its mentions and evidence sentences", () => {
    const cn = row("countries", "code", "CN");
    expect(cn.articles).toBe(3);
    expect(cn.mentions).toBe(t.mentions.filter((m) => m.kind === "country" && m.code === "CN").length);
    expect(cn.evidence).toBe(new Set(t.pairs.filter((p) => p.partner === "CN").map((p) => `${p.article}/${p.sentence}`)).size);
    expect(cn.numeric).toBe("156");
  });
  it("never lists Vietnam as a partner country", () => {
    expect(t.countries.map((c) => c.code)).not.toContain("VN");
  });
  it("ranks countries by articles, then by code", () => {
    const articles = t.countries.map((c) => c.articles as number);
    expect(articles).toEqual([...articles].sort((a, b) => b - a));
  });
  it("rolls Bà Rịa–Vũng Tàu up into Hồ Chí Minh City's 2025 unit, counting each article once", () => {
    const sg = row("units_2025", "code", "VN-SG");
    expect(sg.members).toBe("VN-43;VN-SG");
    const articles = new Set(t.mentions.filter((m) => m.kind === "province" && (m.code === "VN-SG" || m.code === "VN-43")).map((m) => m.article));
    expect(sg.articles).toBe(articles.size);
  });
  it("keeps domestic partners out of the province × partner table", () => {
    for (const r of t.province_partner) expect(String(r.partner).startsWith("VN-")).toBe(false);
  });
  it("pairs Bình Thuận with Belgium, Japan and the EU", () => {
    const partners = t.province_partner.filter((r) => r.vn === "VN-40").map((r) => r.partner).sort();
    expect(partners).toEqual(["BE", "EU", "JP"]);
  });
  it("counts the article with no stated year apart, under a null year", () => {
    const undated = t.timeline.filter((r) => r.year === null);
    expect(undated).toEqual([{year: null, month: null, articles: 1, evidence: expect.any(Number)}]);
  });
  it("counts a field's articles and the pair sentences that name it", () => {
    const energy = row("fields", "id", "energy");
    expect(energy.articles).toBe(4);
    expect(energy.ford).toBeTruthy();
  });
});
