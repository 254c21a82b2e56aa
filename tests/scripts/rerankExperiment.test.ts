// The re-ranker experiment (scripts/rerank-experiment.ts): its features, its logistic regression,
// its folds and how it scores a threshold.
import {describe, expect, it} from "vitest";
import {crossValidate, fitLogistic, foldOf, gateScores, rerankFeatures, ruleBuckets, type Candidate} from "../../scripts/rerank-experiment.js";
import type {Mention, PairEvidence} from "../../loaders/extract/model.js";

describe("fitLogistic", () => {
  it("learns which feature marks the positive rows", () => {
    // Feature 0 is a bias every row has; feature 1 only the positives; feature 2 only the negatives.
    const rows = [[0, 1], [0, 1], [0, 1], [0, 2], [0, 2], [0, 2]];
    const w = fitLogistic(rows, [true, true, true, false, false, false], 3);
    expect(w[1]).toBeGreaterThan(0.5);
    expect(w[2]).toBeLessThan(-0.5);
  });
});

describe("foldOf", () => {
  it("puts an id in the same fold every time, among k", () => {
    for (const id of ["a", "vntc-test-KH-VNE-00001", "x y"]) {
      expect(foldOf(id, 5)).toBe(foldOf(id, 5));
      expect(foldOf(id, 5)).toBeGreaterThanOrEqual(0);
      expect(foldOf(id, 5)).toBeLessThan(5);
    }
  });
});

describe("crossValidate", () => {
  it("scores each candidate by a model that never saw it, and ranks a learnable signal", () => {
    const candidates: Candidate[] = Array.from({length: 60}, (_, i) => ({id: `a${i}`, st: i % 2 === 0, features: ["bias", i % 2 === 0 ? "e:nghiên_cứu" : "e:bóng_đá"]}));
    const scores = crossValidate(candidates, 5);
    candidates.forEach((c, i) => expect(scores[i] > 0.5, c.id).toBe(c.st));
  });
});

describe("gateScores", () => {
  it("counts the candidates dropped by the threshold as missed, with those the rules missed", () => {
    const candidates: Candidate[] = [
      {id: "1", st: true, features: []},
      {id: "2", st: true, features: []},
      {id: "3", st: false, features: []}
    ];
    const s = gateScores(candidates, [0.9, 0.2, 0.8], 0.5, 1);
    expect(s).toMatchObject({kept: 2, tp: 1, fp: 1, fn: 2});
    expect(s.precision).toBeCloseTo(0.5);
    expect(s.recall).toBeCloseTo(1 / 3);
  });
});

describe("rerankFeatures", () => {
  it("reads the words of the S&T evidence sentences and the title, and the rules' own features", () => {
    const text = "Việt Nam và Nhật Bản hợp tác nghiên cứu. Trời mưa.";
    const pair = {article: "a", vn: "VN", partner: "JP", partnerKind: "country", sentence: 0, activities: ["joint_research"], st: {kind: "activity", code: "joint_research", surface: "hợp tác nghiên cứu", sentence: 0, start: 21, end: 39}, fields: []} as PairEvidence;
    const f = rerankFeatures({title: "Hợp tác", text, sentences: [{index: 0, start: 0, end: 40, line: 0}, {index: 1, start: 41, end: 51, line: 0}], pairs: [pair]});
    expect(f).toEqual(expect.arrayContaining(["bias", "e:nghiên", "e:hợp_tác", "t:hợp", "cue:activity", "own:true", "activity:joint_research", "sentences:1", "partners:1"]));
    expect(f).not.toContain("e:mưa");
  });
});

describe("ruleBuckets", () => {
  it("groups an article by its S&T cue, its activities and how near the partner and the S&T cue are to a cooperation cue", () => {
    // "Việt Nam và Nhật Bản hợp tác nghiên cứu.": the partner ends at 19, the cue "hợp tác" starts at 20.
    const pair = {article: "a", vn: "VN", partner: "JP", partnerKind: "country", sentence: 0, activities: ["joint_research"], st: {kind: "activity", code: "joint_research", surface: "hợp tác nghiên cứu", sentence: 0, start: 20, end: 38}, fields: []} as PairEvidence;
    const mentions = [
      {article: "a", sentence: 0, kind: "country", code: "JP", surface: "Nhật Bản", start: 11, end: 19, via: "name"},
      {article: "a", sentence: 0, kind: "cue", code: "joint_research", surface: "hợp tác nghiên cứu", start: 20, end: 38, via: "cue"}
    ] as Mention[];
    expect(ruleBuckets({pairs: [pair], mentions})).toEqual([
      "S&T cue: activity",
      "S&T cue in the pair's own sentence: yes",
      "S&T sentences: 1",
      "activities: joint_research",
      "partner to cooperation cue: ≤ 20",
      "S&T cue to cooperation cue: ≤ 20"
    ]);
  });
});
