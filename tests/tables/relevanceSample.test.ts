// The extractor against the hand-labelled sample of real news (tests/gold/relevance-dev.json),
// when the sample's corpus is on this machine (../shared/corpus/vn-news.jsonl.gz; it is not part of
// the project). Floors a little under what the extractor scores now (README, Accuracy), so that a
// change that makes it worse fails; and the committed scores the Method page shows must be today's.
import {existsSync, readFileSync} from "node:fs";
import {beforeAll, describe, expect, it} from "vitest";
import {scoreCorpus, type CorpusGold} from "../../loaders/tables/corpusGold.js";
import {summarize} from "../../loaders/tables/summary.js";
import {SAMPLE_SCORES_FILE} from "../../loaders/site/qualityFile.js";
import {DEFAULT_CORPUS, extractGoldArticles, GOLD_FILE} from "../../scripts/evaluate-corpus.js";

const gold = JSON.parse(readFileSync(GOLD_FILE, "utf8")) as CorpusGold;

describe.runIf(existsSync(DEFAULT_CORPUS))("the hand-labelled news sample", () => {
  // Read and scored once, when the suite runs (vitest collects a skipped suite too: nothing is read then).
  let extracted: ReturnType<typeof extractGoldArticles>;
  let held: ReturnType<typeof scoreCorpus>;
  let all: ReturnType<typeof scoreCorpus>;
  beforeAll(() => {
    extracted = extractGoldArticles(gold);
    const summaries = new Map([...extracted].map(([id, a]) => [id, summarize(a)]));
    held = scoreCorpus(gold, summaries, "held-out");
    all = scoreCorpus(gold, summaries);
    const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
    for (const [name, s] of [["held-out half", held], ["both halves", all]] as const) {
      console.log(
        `news sample, ${name} (${s.articles} articles): class accuracy ${pct(s.accuracy)}; S&T cooperation P ${pct(s.st.precision)} R ${pct(s.st.recall)} (sample), P ${pct(s.stWeighted.precision)} R ${pct(s.stWeighted.recall)} (weighted); ` +
          `S&T partners P ${pct(s.stPartners.precision)} R ${pct(s.stPartners.recall)}; any cooperation P ${pct(s.cooperationWeighted.precision)} R ${pct(s.cooperationWeighted.recall)}`
      );
    }
  });
  it("finds every labelled article in the corpus", () => {
    expect(extracted.size).toBe(Object.keys(gold.articles).length);
  });
  // The held-out half is drawn from what the extractor had left out of the S&T scope (nearly every
  // article it puts in the scope is labelled, in the development half): it measures recall there,
  // and is only printed. The floors hold on the whole sample.
  it("keeps S&T cooperation as precise and complete on the whole sample as it is now", () => {
    expect(all.st.precision).toBeGreaterThanOrEqual(0.77);
    expect(all.st.recall).toBeGreaterThanOrEqual(0.67);
    expect(all.stWeighted.precision).toBeGreaterThanOrEqual(0.79);
    expect(all.stWeighted.recall).toBeGreaterThanOrEqual(0.45);
  });
  it("keeps any cooperation as precise and complete on the whole sample as it is now", () => {
    expect(all.cooperationWeighted.precision).toBeGreaterThanOrEqual(0.75);
    expect(all.cooperationWeighted.recall).toBeGreaterThanOrEqual(0.44);
  });
  it("has written today's scores for the Method page (npx tsx scripts/evaluate-corpus.ts --write)", () => {
    const saved = JSON.parse(readFileSync(SAMPLE_SCORES_FILE, "utf8"));
    expect(saved.halves["held-out"].st.precision).toBeCloseTo(held.stWeighted.precision, 6);
    expect(saved.halves["held-out"].cooperation.recall).toBeCloseTo(held.cooperationWeighted.recall, 6);
    expect(saved.halves["held-out"].stSample.recall).toBeCloseTo(held.st.recall, 6);
  });
});

describe("the sample's labels", () => {
  it("give every article one class and pairs that agree with it", () => {
    for (const [id, a] of Object.entries(gold.articles)) {
      expect(["st_cooperation", "cooperation", "mention", "none"], id).toContain(a.relevance);
      if (a.relevance === "st_cooperation") expect(a.pairs.some((p) => p.st), id).toBe(true);
      if (a.relevance === "cooperation") expect(a.pairs.every((p) => !p.st) && a.pairs.length > 0, id).toBe(true);
      if (a.relevance === "mention" || a.relevance === "none") expect(a.pairs, id).toEqual([]);
    }
  });
});
