// npx tsx scripts/rerank-experiment.ts [--folds 5]
// The learned re-ranker the README reports as tried and not adopted: can a classifier trained on the
// hand labels tell, among the articles the rules put in the S&T scope, those that really report S&T
// cooperation from those that do not, better than the rules alone? It reads every labelled article
// of the development halves (tests/gold/relevance-dev.json with ../shared/corpus, and the three fresh
// sets with the rest of VNTC when that corpus is here, as evaluate-corpus.ts does), fits a logistic
// regression on the words of the S&T evidence sentences and of the title and on the rules' own
// features (how many S&T sentences and partners, the kind of S&T cue, the activities, the fields),
// scores each article in k-fold cross-validation, and prints what keeping only the articles scored
// above a threshold does to precision, recall and F1 of the S&T class over all those labels. Held-out
// halves are never read.
import {existsSync, readFileSync} from "node:fs";
import {createHash} from "node:crypto";
import {
  CORPUS_GOLD_FILE,
  extractGoldArticles,
  FRESH_CORPUS_FILE,
  FRESH_GOLD_FILE,
  FRESH_POSITIVES_FILE,
  FRESH_RECALL_FILE,
  NEWS_CORPUS_FILE,
  type CorpusGold
} from "../loaders/tables/corpusGold.js";
import type {ArticleExtraction} from "../loaders/extract/model.js";

/** One labelled article the rules class S&T cooperation: its features, and whether the label agrees. */
export interface Candidate {
  id: string;
  features: string[];
  st: boolean;
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];

/** The features of an article the rules put in the S&T scope (binary: each name present or not). */
export function rerankFeatures(a: Pick<ArticleExtraction, "title" | "text" | "sentences" | "pairs">): string[] {
  const st = a.pairs.filter((p) => p.st);
  const out = new Set<string>(["bias"]);
  const sentences = [...new Set(st.map((p) => p.sentence))];
  for (const i of sentences) {
    const w = words(a.text.slice(a.sentences[i].start, a.sentences[i].end));
    w.forEach((x, j) => (out.add(`e:${x}`), j && out.add(`e:${w[j - 1]}_${x}`)));
  }
  for (const x of words(a.title ?? "")) out.add(`t:${x}`);
  out.add(`sentences:${Math.min(sentences.length, 3)}`);
  out.add(`partners:${Math.min(new Set(st.map((p) => p.partner)).size, 3)}`);
  for (const p of st) {
    out.add(`cue:${p.st!.kind}`);
    out.add(`own:${p.st!.sentence === p.sentence}`);
    for (const x of p.activities) out.add(`activity:${x}`);
    for (const f of p.fields) out.add(`field:${f}`);
  }
  return [...out].sort();
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * A logistic regression fitted by full-batch gradient descent with an L2 penalty (weight 1/(C·n)),
 * on binary features given as indices. Returns the weights.
 */
export function fitLogistic(rows: number[][], labels: boolean[], dims: number, {iterations = 300, rate = 1, C = 1} = {}): Float64Array {
  const w = new Float64Array(dims);
  const n = rows.length;
  const grad = new Float64Array(dims);
  for (let it = 0; it < iterations; it++) {
    grad.fill(0);
    for (let i = 0; i < n; i++) {
      let z = 0;
      for (const j of rows[i]) z += w[j];
      const err = sigmoid(z) - (labels[i] ? 1 : 0);
      for (const j of rows[i]) grad[j] += err;
    }
    for (let j = 0; j < dims; j++) w[j] -= rate * (grad[j] / n + w[j] / (C * n));
  }
  return w;
}

/** The fold (0 … k-1) of an id: by hash, so that the folds do not depend on reading order. */
export const foldOf = (id: string, k: number) => createHash("sha256").update(id).digest().readUInt32BE(0) % k;

/**
 * Each candidate's probability of being S&T cooperation, from a model fitted on the other folds (the
 * vocabulary, features seen in at least two training articles, is the training folds' own).
 */
export function crossValidate(candidates: Candidate[], k: number): number[] {
  const out = new Array<number>(candidates.length).fill(0);
  for (let fold = 0; fold < k; fold++) {
    const train = candidates.filter((c) => foldOf(c.id, k) !== fold);
    const df = new Map<string, number>();
    for (const c of train) for (const f of c.features) df.set(f, (df.get(f) ?? 0) + 1);
    const vocab = new Map([...df].filter(([, n]) => n >= 2).map(([f], i) => [f, i]));
    const index = (c: Candidate) => c.features.flatMap((f) => (vocab.has(f) ? [vocab.get(f)!] : []));
    const w = fitLogistic(train.map(index), train.map((c) => c.st), vocab.size);
    candidates.forEach((c, i) => {
      if (foldOf(c.id, k) === fold) out[i] = sigmoid(index(c).reduce((z, j) => z + w[j], 0));
    });
  }
  return out;
}

/** Precision, recall and F1 of the S&T class when only candidates scored at or above `threshold` stay in it. */
export function gateScores(candidates: Candidate[], scores: number[], threshold: number, missed: number) {
  let tp = 0;
  let fp = 0;
  let dropped = 0;
  candidates.forEach((c, i) => {
    if (scores[i] >= threshold) c.st ? tp++ : fp++;
    else if (c.st) dropped++;
  });
  const fn = missed + dropped;
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return {kept: tp + fp, tp, fp, fn, precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall)};
}

function main(argv: string[]) {
  const k = Number(argv.includes("--folds") ? argv[argv.indexOf("--folds") + 1] : 5);
  const sets: [string, string][] = [[CORPUS_GOLD_FILE, NEWS_CORPUS_FILE]];
  if (existsSync(FRESH_CORPUS_FILE)) for (const g of [FRESH_GOLD_FILE, FRESH_POSITIVES_FILE, FRESH_RECALL_FILE]) sets.push([g, FRESH_CORPUS_FILE]);
  const candidates: Candidate[] = [];
  let missed = 0;
  for (const [goldFile, corpus] of sets) {
    const gold = JSON.parse(readFileSync(goldFile, "utf8")) as CorpusGold;
    const dev: CorpusGold = {...gold, articles: Object.fromEntries(Object.entries(gold.articles).filter(([, a]) => a.half === "dev"))};
    for (const [id, a] of extractGoldArticles(dev, corpus)) {
      const st = dev.articles[id].relevance === "st_cooperation";
      if (a.relevance === "st_cooperation") candidates.push({id, features: rerankFeatures(a), st});
      else if (st) missed++;
    }
  }
  const scores = crossValidate(candidates, k);
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.log(`${candidates.length} articles the rules put in the S&T scope (${candidates.filter((c) => c.st).length} of them S&T cooperation by the labels); ${missed} S&T cooperation articles the rules miss; ${k}-fold cross-validation`);
  for (const t of [0, 0.3, 0.4, 0.5, 0.6, 0.7]) {
    const s = gateScores(candidates, scores, t, missed);
    console.log(`  ${t === 0 ? "rules alone     " : `keep score ≥ ${t.toFixed(1)}`}  kept ${String(s.kept).padStart(4)}  P ${pct(s.precision).padStart(6)}  R ${pct(s.recall).padStart(6)}  F1 ${pct(s.f1).padStart(6)}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
