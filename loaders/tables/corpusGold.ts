// Scoring the extractor against the hand-labelled sample of real news (tests/gold/vn-news-relevance.json):
// each article's relevance class, its cooperation pairs (with their S&T flag) and its date, by the
// annotation guide's definitions. The sample was drawn from three strata of unequal size, so each
// article also carries the weight of its stratum (population ÷ sampled): the weighted figures
// estimate what a reader of the whole corpus would see.
import {score, type Score} from "./evaluate.js";
import type {ArticleSummary, Relevance} from "./summary.js";

export interface GoldPair {
  vn: string;
  partner: string;
  st: boolean;
  fields: string[];
  quote: string;
}

export interface CorpusGoldArticle {
  stratum: string;
  half: "dev" | "held-out";
  relevance: Relevance;
  pairs: GoldPair[];
  date: {year: number | null; month: number | null; day: number | null};
  note: string;
}

export interface CorpusGold {
  strata: Record<string, {population: number; sampled: number}>;
  articles: Record<string, CorpusGoldArticle>;
}

export type BinaryScore = Score;

export interface CorpusScores {
  articles: number;
  /** Gold class → extracted class → articles. */
  confusion: Record<Relevance, Record<Relevance, number>>;
  accuracy: number;
  /** The default scope: is the article S&T cooperation? Counted on the sample, then weighted by stratum. */
  st: BinaryScore;
  stWeighted: BinaryScore;
  /** Any cooperation (S&T or not). */
  cooperation: BinaryScore;
  cooperationWeighted: BinaryScore;
  /** (article, partner) with any cooperation; (article, partner) with S&T cooperation; (article, vn, partner). */
  partners: BinaryScore;
  stPartners: BinaryScore;
  pairs: BinaryScore;
  /** Extracted dates: the same year, month and day as the gold's; years the gold does not give. */
  dates: {exact: number; yearRight: number; extraYears: number; missedYears: number};
}

export const RELEVANCE_CLASSES: readonly Relevance[] = ["st_cooperation", "cooperation", "mention", "none"];

const binary = score;

/** Set agreement summed over articles. */
function setScore(pairs: [Set<string>, Set<string>][]): BinaryScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [gold, found] of pairs) {
    for (const k of found) gold.has(k) ? tp++ : fp++;
    for (const k of gold) if (!found.has(k)) fn++;
  }
  return binary(tp, fp, fn);
}

/** Scores the extracted summaries (by id) of the gold's articles, optionally one half only. */
export function scoreCorpus(gold: CorpusGold, found: Map<string, ArticleSummary>, half?: "dev" | "held-out"): CorpusScores {
  const confusion = Object.fromEntries(RELEVANCE_CLASSES.map((g) => [g, Object.fromEntries(RELEVANCE_CLASSES.map((f) => [f, 0]))])) as CorpusScores["confusion"];
  const weight = (stratum: string) => {
    const s = gold.strata[stratum];
    return s ? s.population / s.sampled : 1;
  };
  const counts = {st: [0, 0, 0], stW: [0, 0, 0], coop: [0, 0, 0], coopW: [0, 0, 0]};
  const add = (c: number[], gold: boolean, found: boolean, w = 1) => {
    if (gold && found) c[0] += w;
    else if (found) c[1] += w;
    else if (gold) c[2] += w;
  };
  const partnerSets: [Set<string>, Set<string>][] = [];
  const stSets: [Set<string>, Set<string>][] = [];
  const pairSets: [Set<string>, Set<string>][] = [];
  const dates = {exact: 0, yearRight: 0, extraYears: 0, missedYears: 0};
  let n = 0;
  let right = 0;
  for (const [id, g] of Object.entries(gold.articles)) {
    if (half && g.half !== half) continue;
    const a = found.get(id);
    const relevance: Relevance = a?.relevance ?? "none";
    n++;
    confusion[g.relevance][relevance]++;
    if (g.relevance === relevance) right++;
    const w = weight(g.stratum);
    const gSt = g.relevance === "st_cooperation";
    const fSt = relevance === "st_cooperation";
    const gCoop = gSt || g.relevance === "cooperation";
    const fCoop = fSt || relevance === "cooperation";
    add(counts.st, gSt, fSt);
    add(counts.stW, gSt, fSt, w);
    add(counts.coop, gCoop, fCoop);
    add(counts.coopW, gCoop, fCoop, w);
    const pairs = a?.pairs ?? [];
    partnerSets.push([new Set(g.pairs.map((p) => p.partner)), new Set(pairs.map((p) => p.partner))]);
    stSets.push([new Set(g.pairs.filter((p) => p.st).map((p) => p.partner)), new Set(pairs.filter((p) => p.st).map((p) => p.partner))]);
    pairSets.push([new Set(g.pairs.map((p) => `${p.vn}\t${p.partner}`)), new Set(pairs.map((p) => `${p.vn}\t${p.partner}`))]);
    const d = a?.date ?? {year: null, month: null, day: null};
    if (d.year === g.date.year && d.month === g.date.month && d.day === g.date.day) dates.exact++;
    if (d.year === g.date.year) dates.yearRight++;
    else if (g.date.year === null) dates.extraYears++;
    else if (d.year === null) dates.missedYears++;
  }
  const b = (c: number[]) => binary(c[0], c[1], c[2]);
  return {
    articles: n,
    confusion,
    accuracy: n ? right / n : 1,
    st: b(counts.st),
    stWeighted: b(counts.stW),
    cooperation: b(counts.coop),
    cooperationWeighted: b(counts.coopW),
    partners: setScore(partnerSets),
    stPartners: setScore(stSets),
    pairs: setScore(pairSets),
    dates
  };
}
