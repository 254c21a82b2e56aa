// The seed articles against their reference annotations (tests/gold/seeds.json, a copy of
// shared/gold/seeds.json): countries, organisations and localities exactly; pairs F1 ≥ 0.97;
// fields F1 ≥ 0.90 with optional fields not penalised.
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {createExtractor, DEFAULT_CORPUS_DIR, extractCorpus} from "../../loaders/extract/corpus.js";
import {evaluate, type Gold} from "../../loaders/tables/evaluate.js";
import {summarize} from "../../loaders/tables/summary.js";

const gold = JSON.parse(readFileSync(new URL("../gold/seeds.json", import.meta.url), "utf8")) as Gold;
const summaries = [...extractCorpus([DEFAULT_CORPUS_DIR], createExtractor())].flatMap((item) =>
  item.kind === "article" ? [summarize(item.article)] : []
);
const result = evaluate(summaries, gold);
const pct = (x: number) => (100 * x).toFixed(1) + "%";
console.log(
  [
    "Seed gold scores:",
    ...(["countries", "organizations", "localities", "pairs", "fields"] as const).map(
      (k) => `  ${k.padEnd(13)} P ${pct(result[k].precision)}  R ${pct(result[k].recall)}  F1 ${pct(result[k].f1)}  (tp ${result[k].tp}, fp ${result[k].fp}, fn ${result[k].fn})`
    ),
    ...result.articles.flatMap((a) =>
      (["countries", "organizations", "localities", "pairs", "fields"] as const)
        .filter((k) => a[k].missing.length || a[k].extra.length)
        .map((k) => `  ${a.id} ${k}: missing [${a[k].missing.join(", ")}] extra [${a[k].extra.join(", ")}]`)
    )
  ].join("\n")
);

describe("the five seed articles against the gold", () => {
  it("are all read", () => {
    expect(summaries.map((s) => s.id).sort()).toEqual(Object.keys(gold.articles).sort());
  });
  for (const a of result.articles) {
    describe(a.id, () => {
      it("names exactly the gold's countries, organisations and localities", () => {
        expect({countries: a.countries, organizations: a.organizations, localities: a.localities}).toEqual({
          countries: {missing: [], extra: []},
          organizations: {missing: [], extra: []},
          localities: {missing: [], extra: []}
        });
      });
      it("has the gold's title, source and date", () => {
        const s = summaries.find((x) => x.id === a.id)!;
        const g = gold.articles[a.id];
        expect({title: s.title, source: s.source, date: s.date}).toEqual({title: g.title, source: g.source, date: g.date});
      });
    });
  }
  it("finds the cooperation pairs with F1 ≥ 0.97", () => {
    expect(result.pairs.f1).toBeGreaterThanOrEqual(0.97);
  });
  it("finds the fields with F1 ≥ 0.90, optional fields not penalised", () => {
    expect(result.fields.f1).toBeGreaterThanOrEqual(0.9);
  });
});
