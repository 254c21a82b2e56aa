// quality.json: the seed gold's scores, the news sample's saved scores, the gazetteer's sizes; and warnings.json.
import {describe, expect, it} from "vitest";
import {gazetteerSizes, quality, warnedArticles} from "../../loaders/site/qualityFile.js";
import {mixed} from "./siteFixtures.js";

describe("quality.json", () => {
  const q = quality(mixed);
  it("scores the five seeds against their gold", () => {
    expect(q.gold).toMatchObject({articles: 5, found: 5});
    expect(q.gold!.scores.find((s) => s.kind === "pairs")!.f1).toBeGreaterThanOrEqual(0.97);
  });
  it("carries the scores on the hand-labelled news sample, with the command that made them", () => {
    expect(q.sample?.command).toBe("npx tsx scripts/evaluate-corpus.ts --write");
    expect(q.sample?.halves["held-out"].st.precision).toBeGreaterThan(0);
  });
  it("sizes every gazetteer table", () => {
    expect(gazetteerSizes().map((g) => g.table)).toEqual(expect.arrayContaining(["countries", "cues", "stCues", "pairContexts"]));
  });
});

describe("warnings.json", () => {
  it("lists the articles that carry a warning, with the warnings' text", () => {
    const warned = warnedArticles(mixed);
    expect(warned.length).toBe(mixed.articles.filter((a) => a.warnings.length).length);
    expect(warned.every((w) => w.warnings.includes(":"))).toBe(true);
  });
});
