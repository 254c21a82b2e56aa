// npx tsx scripts/rerank-experiment.ts [--folds 5] [--buckets]
// The learned re-ranker the README reports as tried and not adopted: can a classifier trained on the
// hand labels tell, among the articles the rules put in the S&T scope, those that really report S&T
// cooperation from those that do not, better than the rules alone? It reads every labelled article
// of the development halves (tests/gold/relevance-dev.json with ../shared/corpus, and the three fresh
// sets with the rest of VNTC when that corpus is here, as evaluate-corpus.ts does), fits a logistic
// regression on the words of the S&T evidence sentences and of the title and on the rules' own
// features (how many S&T sentences and partners, the kind of S&T cue, the activities, the fields),
// scores each article in k-fold cross-validation, and prints what keeping only the articles scored
// above a threshold does to precision, recall and F1 of the S&T class over all those labels. Held-out
// halves are never read. --buckets also prints, for each of the rules' own features, the precision of
// the articles that have it: leaving a group of articles out of the S&T scope raises F1 only when its
// precision is under half the F1. Without the rest of VNTC (FRESH_CORPUS_FILE) only the first set is
// read, and the figures are those of the 15,000 articles alone.
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
import type {ArticleExtraction, PairEvidence} from "../loaders/extract/model.js";

/** One labelled article the rules class S&T cooperation: its features, and whether the label agrees. */
export interface Candidate {
  id: string;
  features: string[];
  st: boolean;
  /** The groups of ruleBuckets, for --buckets. */
  buckets?: string[];
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

/** The distance in characters between two spans of text (0 when they touch or overlap). */
const gap = (a: {start: number; end: number}, b: {start: number; end: number}) => Math.max(0, a.start - b.end, b.start - a.end);
const band = (d: number) => (d <= 20 ? "≤ 20" : d <= 50 ? "21–50" : d <= 100 ? "51–100" : "> 100");

/**
 * The groups an article the rules put in the S&T scope falls in, by the rules' own features: the kind
 * of its S&T cues, whether one is in the pair's own sentence, how many S&T sentences it has, its
 * activities, and how near (in characters) the partner and the S&T cue are to a cooperation cue.
 */
export function ruleBuckets(a: Pick<ArticleExtraction, "pairs" | "mentions">): string[] {
  const st = a.pairs.filter((p) => p.st);
  const cues = a.mentions.filter((m) => m.kind === "cue");
  const near = (p: PairEvidence, spans: {start: number; end: number}[]) => {
    const own = cues.filter((c) => c.sentence === p.sentence);
    const d = own.flatMap((c) => spans.map((s) => gap(c, s)));
    return d.length ? Math.min(...d) : Infinity;
  };
  const partnerGap = Math.min(...st.map((p) => near(p, a.mentions.filter((m) => m.sentence === p.sentence && m.code === p.partner && (m.kind === "country" || m.kind === "organization")))));
  const stGap = Math.min(...st.map((p) => (p.st!.sentence === p.sentence ? near(p, [p.st!]) : Infinity)));
  const sentences = new Set(st.map((p) => p.sentence)).size;
  return [
    `S&T cue: ${[...new Set(st.map((p) => p.st!.kind))].sort().join(" + ")}`,
    `S&T cue in the pair's own sentence: ${st.some((p) => p.st!.sentence === p.sentence) ? "yes" : "no (paragraph)"}`,
    `S&T sentences: ${sentences >= 3 ? "3 or more" : sentences}`,
    `activities: ${[...new Set(st.flatMap((p) => p.activities))].sort().join(" + ")}`,
    `partner to cooperation cue: ${Number.isFinite(partnerGap) ? band(partnerGap) : "none in the sentence"}`,
    `S&T cue to cooperation cue: ${Number.isFinite(stGap) ? band(stGap) : "other sentence"}`
  ];
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
      if (a.relevance === "st_cooperation") candidates.push({id, features: rerankFeatures(a), st, buckets: ruleBuckets(a)});
      else if (st) missed++;
    }
  }
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  if (argv.includes("--buckets")) {
    const rules = gateScores(candidates, candidates.map(() => 1), 0, missed);
    console.log(`the rules: P ${pct(rules.precision)}, R ${pct(rules.recall)}, F1 ${pct(rules.f1)}; leaving a group out raises F1 only if its precision is under ${pct(rules.f1 / 2)}`);
    const groups = new Map<string, {n: number; st: number}>();
    for (const c of candidates) for (const b of c.buckets ?? []) {
      const g = groups.get(b) ?? {n: 0, st: 0};
      g.n++;
      if (c.st) g.st++;
      groups.set(b, g);
    }
    for (const [b, g] of [...groups].sort((x, y) => (x[0] < y[0] ? -1 : 1))) if (g.n >= 10) console.log(`  ${b.padEnd(60)} ${String(g.n).padStart(4)} articles  precision ${pct(g.st / g.n).padStart(6)}`);
  }
  const scores = crossValidate(candidates, k);
  console.log(`${candidates.length} articles the rules put in the S&T scope (${candidates.filter((c) => c.st).length} of them S&T cooperation by the labels); ${missed} S&T cooperation articles the rules miss; ${k}-fold cross-validation`);
  for (const t of [0, 0.3, 0.4, 0.5, 0.6, 0.7]) {
    const s = gateScores(candidates, scores, t, missed);
    console.log(`  ${t === 0 ? "rules alone     " : `keep score ≥ ${t.toFixed(1)}`}  kept ${String(s.kept).padStart(4)}  P ${pct(s.precision).padStart(6)}  R ${pct(s.recall).padStart(6)}  F1 ${pct(s.f1).padStart(6)}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
