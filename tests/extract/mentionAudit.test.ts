// The mention audit (tests/fixtures/mention-audit/): the extractor's countries, organisations and
// provinces on 160 hand-judged real 2003–2006 news articles, scored against the judgements and
// printed. The corpus is internal (../shared/corpus): without it the test is skipped.
import {existsSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {CORPUS, precision, readJudgements, recall, scoreAll} from "../fixtures/mention-audit/audit.js";

describe.skipIf(!existsSync(CORPUS))("the mention audit on real news", () => {
  it("judges every mention the extractor makes, and keeps precision and recall", async () => {
    expect(readJudgements()).toHaveLength(160);
    const lines: string[] = [];
    for (const half of ["dev", "heldout"] as const) {
      const {totals} = await scoreAll(half);
      for (const [kind, t] of Object.entries(totals)) {
        for (const level of ["mention", "article"] as const) {
          const s = t[level];
          lines.push(`  ${half.padEnd(8)}${kind.padEnd(13)}${level.padEnd(8)} P ${(100 * precision(s)).toFixed(1)}%  R ${(100 * recall(s)).toFixed(1)}%  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`);
          // Every mention is judged: a new one must be judged before it counts (audit.ts judge).
          expect(s.unjudged, `${half} ${kind} ${level}: unjudged mentions`).toBe(0);
        }
      }
      expect(precision(totals.country.mention), `${half}: country mentions`).toBeGreaterThanOrEqual(0.97);
      expect(recall(totals.country.article), `${half}: countries per article`).toBeGreaterThanOrEqual(0.97);
      expect(precision(totals.province.mention), `${half}: province mentions`).toBeGreaterThanOrEqual(0.97);
    }
    console.log(`Mention audit (160 real 2003–2006 articles):\n${lines.join("\n")}`);
  }, 60_000);
});
