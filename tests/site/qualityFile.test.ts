// quality.json: the seed gold's scores, the news sample's scores (computed when its corpus is here,
// else the saved ones), the gazetteer's sizes; and warnings.json.
import {existsSync, readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {NEWS_CORPUS_FILE} from "../../loaders/tables/corpusGold.js";
import {gazetteerSizes, newsSampleScores, quality, SAMPLE_SCORES_FILE, warnedArticles} from "../../loaders/site/qualityFile.js";
import {mixed} from "./siteFixtures.js";

describe("quality.json", () => {
  const q = quality(mixed);
  it("scores the five seeds against their gold", () => {
    expect(q.gold).toMatchObject({articles: 5, found: 5});
    expect(q.gold!.scores.find((s) => s.kind === "pairs")!.f1).toBeGreaterThanOrEqual(0.97);
  });
  it("carries the scores on the hand-labelled news sample, saying how they were made", () => {
    expect(q.sample?.command).toBe(existsSync(NEWS_CORPUS_FILE) ? "computed when the site data was written" : "npx tsx scripts/evaluate-corpus.ts --write");
    expect(q.sample?.halves["held-out"].st.precision).toBeGreaterThan(0);
    expect(q.sample?.halves["held-out"].stPartners.recall).toBeGreaterThan(0);
    expect(q.sample?.fresh?.halves["held-out"].stSample.precision, "the fresh sample's scores, as last written").toBe(JSON.parse(readFileSync(SAMPLE_SCORES_FILE, "utf8")).fresh.halves["held-out"].stSample.precision);
  });
  it("computes them afresh when the news corpus is here, the same as the saved ones of today's extractor", () => {
    const saved = JSON.parse(readFileSync(SAMPLE_SCORES_FILE, "utf8"));
    if (existsSync(NEWS_CORPUS_FILE)) expect(q.sample?.halves).toEqual(saved.halves);
    expect(newsSampleScores("/no/such/corpus.jsonl.gz")).toEqual(saved);
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
