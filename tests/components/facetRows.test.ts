// decodeFacets: facets.json (FacetsFile in loaders/contract.ts) as one object per article. The
// round trip with the writer is in tests/site/facetsFile.test.ts; these are the decoder's own cases.
import {describe, expect, it} from "vitest";
import type {FacetsFile} from "../../loaders/contract.js";
import {decodeFacets, scopeRows} from "../../src/components/facetRows.js";

const file = (rows: FacetsFile["rows"], more: Partial<FacetsFile> = {}): FacetsFile => ({
  first: 0,
  codes: ["VN-HN", "JP", "ai", "EU", "VN", "energy"],
  sources: ["vnexpress.net", "nhandan.vn"],
  relevances: ["st_cooperation", "cooperation", "mention", "none"],
  activities: ["agreement", "visit", "talks", "conference", "joint_research", "training", "tech_transfer", "study_tour", "cooperation"],
  rows,
  ...more
});

describe("decodeFacets", () => {
  it("numbers the articles by their row, newest first as written", () => {
    expect(decodeFacets(file([[0, 0, 3], [0, 0, 3], [0, 0, 3]])).map((a) => a.i)).toEqual([0, 1, 2]);
  });
  it("numbers the rows of a later file from its first position (facets-mentions.json after facets.json)", () => {
    expect(decodeFacets(file([[0, 0, 2], [0, 0, 3]], {first: 40})).map((a) => a.i)).toEqual([40, 41]);
  });
  it("reads a row whose trailing empty lists were left off as naming nothing", () => {
    expect(decodeFacets(file([[0, 0, 3]]))[0]).toEqual({i: 0, y: null, m: null, source: null, relevance: "none", c: [], o: [], p: [], f: [], pairs: []});
  });
  it("reads year × 100 + month, a month of 0 as no month and 0 as no year", () => {
    const [a, b, c] = decodeFacets(file([[202504, 0, 2], [200500, 0, 2], [0, 0, 2]]));
    expect([a.y, a.m]).toEqual([2025, 4]);
    expect([b.y, b.m]).toEqual([2005, null]);
    expect([c.y, c.m]).toEqual([null, null]);
  });
  it("reads a source as 1 + its index in the file's sources, 0 as not stated", () => {
    expect(decodeFacets(file([[0, 2, 2], [0, 1, 2], [0, 0, 2]])).map((a) => a.source)).toEqual(["nhandan.vn", "vnexpress.net", null]);
  });
  it("decodes classes and activities by the file's own dictionaries, not by constants", () => {
    const reordered = file([[0, 0, 0, [], [], [], [], [0, 1, 0, 0b10, 0, 1, 4]]], {relevances: ["none", "mention", "cooperation", "st_cooperation"], activities: ["visit", "agreement"]});
    const [a] = decodeFacets(reordered);
    expect(a.relevance).toBe("none");
    expect(a.pairs[0].activities).toEqual(["agreement"]);
  });
  it("reads what an article names as [code, mentions] for countries, organisations, provinces and fields", () => {
    const [a] = decodeFacets(file([[202401, 0, 2, [1, 3], [3, 1], [0, 2], [2, 1, 5, 4]]]));
    expect(a.c).toEqual([["JP", 3]]);
    expect(a.o).toEqual([["EU", 1]]);
    expect(a.p).toEqual([["VN-HN", 2]]);
    expect(a.f).toEqual([["ai", 1], ["energy", 4]]);
  });
  it("reads pairs of any length one after another: fields and sentences are counted before they are listed", () => {
    const flat = [
      ...[0, 1, 1, 0b110000, 2, 2, 5, 3, 4, 7, 9], // Hà Nội × Japan, S&T: joint research and training; ai, energy; sentences 4, 7, 9
      ...[4, 3, 2, 0b1, 0, 1, 0] // national × EU, an organisation: agreement; no field; sentence 0
    ];
    const [a] = decodeFacets(file([[202504, 1, 0, [1, 1], [3, 1], [0, 1], [], flat]]));
    expect(a.pairs).toEqual([
      {vn: "VN-HN", partner: "JP", st: true, organization: false, activities: ["joint_research", "training"], fields: ["ai", "energy"], sentences: [4, 7, 9]},
      {vn: "VN", partner: "EU", st: false, organization: true, activities: ["agreement"], fields: [], sentences: [0]}
    ]);
  });
  it("reads a pair with no fields and no sentences without losing its place in the list", () => {
    const [a] = decodeFacets(file([[0, 0, 1, [], [], [], [], [0, 1, 0, 0, 0, 0, 4, 1, 0, 1, 1, 5, 1, 2]]]));
    expect(a.pairs.map((p) => [p.vn, p.partner, p.fields, p.sentences])).toEqual([
      ["VN-HN", "JP", [], []],
      ["VN", "JP", ["energy"], [2]]
    ]);
  });
  it("gives no activity for a pair whose bits are 0", () => {
    const [a] = decodeFacets(file([[0, 0, 1, [], [], [], [], [0, 1, 0, 0, 0, 1, 3]]]));
    expect(a.pairs[0].activities).toEqual([]);
  });
});

describe("scopeRows", () => {
  const cooperation = decodeFacets(file([[0, 0, 0], [0, 0, 1]]));
  const attachment = () => {
    const a = {fetched: 0, json: async () => (a.fetched++, file([[0, 0, 2], [0, 0, 3]], {first: 2}))};
    return a;
  };
  it("gives the S&T and cooperation scopes the articles of facets.json, without fetching the others", async () => {
    const mentions = attachment();
    expect(await scopeRows("st", cooperation, mentions)).toBe(cooperation);
    expect(await scopeRows("cooperation", cooperation, mentions)).toBe(cooperation);
    expect(mentions.fetched).toBe(0);
  });
  it("gives the mentions scope every article in position order, fetching the others once however often it is asked", async () => {
    const mentions = attachment();
    const all = await scopeRows("mentions", cooperation, mentions);
    expect(all.map((a) => [a.i, a.relevance])).toEqual([[0, "st_cooperation"], [1, "cooperation"], [2, "mention"], [3, "none"]]);
    await scopeRows("st", cooperation, mentions);
    expect((await scopeRows("mentions", cooperation, mentions)).map((a) => a.i)).toEqual([0, 1, 2, 3]);
    expect(mentions.fetched).toBe(1);
  });
});
