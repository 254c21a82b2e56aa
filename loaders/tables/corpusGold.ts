// Scoring the extractor against the hand-labelled sample of real news (tests/gold/relevance-dev.json):
// each article's relevance class, its cooperation pairs (with their S&T flag) and its date, by the
// annotation guide's definitions. The sample was drawn from three strata of unequal size, so each
// article also carries the weight of its stratum (population ÷ sampled): the weighted figures
// estimate what a reader of the whole corpus would see.
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import type {SampleScores} from "../contract.js";
import {extractArticle} from "../extract/article.js";
import {createExtractor} from "../extract/corpus.js";
import type {ArticleExtraction} from "../extract/model.js";
import {PROJECT_ROOT} from "../extract/version.js";
import {articleFileText, readJsonlSync} from "../read/newsJsonl.js";
import {normalizeText} from "../read/normalize.js";
import {score, type Score} from "./evaluate.js";
import {summarize, type ArticleSummary, type Relevance} from "./summary.js";

/** The hand-labelled sample (1,152 articles of the news corpus) and the corpus it was drawn from, beside the project (not part of it). */
export const CORPUS_GOLD_FILE = join(PROJECT_ROOT, "tests/gold/relevance-dev.json");
export const NEWS_CORPUS_FILE = join(PROJECT_ROOT, "../shared/corpus/vn-news.jsonl.gz");
/**
 * A second sample: 600 articles of the rest of VNTC, labelled blind; its held-out half is never read
 * while rules are written (scripts/vntc-to-jsonl.ts makes its corpus from a VNTC checkout; set
 * VNTC_FRESH_CORPUS to where it is).
 */
export const FRESH_GOLD_FILE = join(PROJECT_ROOT, "tests/gold/relevance-fresh.json");
export const FRESH_CORPUS_FILE = process.env.VNTC_FRESH_CORPUS ?? join(PROJECT_ROOT, "../vntc-extra/vntc-fresh.jsonl.gz");
/**
 * A precision sample of the same rest of VNTC: every article the rules of one commit put in the S&T
 * scope there, and some they called cooperation, labelled blind. With the fresh sample, it labels every
 * article today's rules put in that scope: the census below counts how many of them report S&T cooperation.
 */
export const FRESH_POSITIVES_FILE = join(PROJECT_ROOT, "tests/gold/relevance-fresh-positives.json");
/** A recall sample of the same rest of VNTC: mentions rich in S&T words, where the S&T cooperation the rules miss is likeliest. */
export const FRESH_RECALL_FILE = join(PROJECT_ROOT, "tests/gold/relevance-fresh-recall.json");
/** A second annotator's blind labels of 200 of the sample's articles. */
export const SECOND_ANNOTATOR_FILE = join(PROJECT_ROOT, "tests/gold/relevance-second-annotator.json");

export interface GoldPair {
  vn: string;
  partner: string;
  st: boolean;
  fields: string[];
  quote: string;
}

export interface CorpusGoldArticle {
  stratum: string;
  /** The labelling batch it came in (the gold's \`method\` says how each was drawn and when it was scored). */
  batch: number;
  half: "dev" | "held-out";
  relevance: Relevance;
  pairs: GoldPair[];
  date: {year: number | null; month: number | null; day: number | null};
  note: string;
}

export interface CorpusGold {
  strata: Record<string, {population: number; sampled: number}>;
  articles: Record<string, CorpusGoldArticle>;
  /** The first, blind scoring of a sample, by the rules of a commit (the fresh sample records it). */
  first?: NonNullable<SampleScores["fresh"]>["first"];
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
/** A score's rates, without its counts: what the Method page shows. */
const pick = (b: BinaryScore) => ({precision: b.precision, recall: b.recall, f1: b.f1});

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
  // An article stands for population ÷ (articles of its stratum being scored): within a half, the
  // half's own count of the stratum, since later batches may add to one half only.
  const scored = Object.values(gold.articles).filter((g) => !half || g.half === half);
  const inStratum = new Map<string, number>();
  for (const g of scored) inStratum.set(g.stratum, (inStratum.get(g.stratum) ?? 0) + 1);
  const weight = (stratum: string) => {
    const s = gold.strata[stratum];
    return s ? s.population / inStratum.get(stratum)! : 1;
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

/** The second annotator's labels, by id (empty when the file is missing). */
export function readSecondAnnotator(file = SECOND_ANNOTATOR_FILE): Record<string, {relevance: Relevance}> {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as {articles: Record<string, {relevance: Relevance}>}).articles : {};
}

/** The gold's articles, read from the news corpus file and extracted, by id. */
export function extractGoldArticles(gold: CorpusGold, corpus = NEWS_CORPUS_FILE): Map<string, ArticleExtraction> {
  return extractCorpusArticles(corpus, (id) => Object.hasOwn(gold.articles, id));
}

/** The news corpus file's articles (those `keep` accepts, or all), extracted, by id. */
export function extractCorpusArticles(corpus = NEWS_CORPUS_FILE, keep?: (id: string) => boolean): Map<string, ArticleExtraction> {
  const x = createExtractor();
  const out = new Map<string, ArticleExtraction>();
  for (const r of readJsonlSync(corpus, keep)) {
    const text = normalizeText(articleFileText(r));
    out.set(r.id, extractArticle({id: r.id, file: `${r.id}.txt`, text, frontMatter: {}, bytes: Buffer.byteLength(text)}, x));
  }
  return out;
}

/**
 * How far two annotators agree, the first taken as the reference: the share of articles given the same
 * class, and the second's S&T cooperation articles scored against the first's.
 */
export function annotatorAgreement(gold: CorpusGold, second: Record<string, {relevance: Relevance}>): {articles: number; classes: number; st: BinaryScore} {
  const ids = Object.keys(second).filter((id) => Object.hasOwn(gold.articles, id));
  const counts = [0, 0, 0];
  let same = 0;
  for (const id of ids) {
    const a = gold.articles[id].relevance;
    const b = second[id].relevance;
    if (a === b) same++;
    const gSt = a === "st_cooperation";
    const fSt = b === "st_cooperation";
    if (gSt && fSt) counts[0]++;
    else if (fSt) counts[1]++;
    else if (gSt) counts[2]++;
  }
  return {articles: ids.length, classes: ids.length ? same / ids.length : 1, st: binary(counts[0], counts[1], counts[2])};
}

/** What the Method page shows of the scores: the held-out half and both halves, weighted to the corpus where the sample was stratified. */
export function sampleScores(gold: CorpusGold, found: Map<string, ArticleSummary>, command: string, second?: Record<string, {relevance: Relevance}>): SampleScores {
  const half = (h?: "held-out") => {
    const s = scoreCorpus(gold, found, h);
    return {articles: s.articles, accuracy: s.accuracy, st: pick(s.stWeighted), stSample: pick(s.st), cooperation: pick(s.cooperationWeighted), partners: pick(s.partners), stPartners: pick(s.stPartners), dates: {exact: s.dates.exact}};
  };
  const agreement = second ? annotatorAgreement(gold, second) : undefined;
  return {
    command,
    articles: Object.keys(gold.articles).length,
    halves: {"held-out": half("held-out"), all: half()},
    ...(agreement ? {agreement: {articles: agreement.articles, classes: agreement.classes, st: pick(agreement.st)}} : {})
  };
}

/** The fresh sample's scores: its first, blind ones as recorded, and today's on each half. */
export function freshScores(gold: CorpusGold, found: Map<string, ArticleSummary>, command: string): NonNullable<SampleScores["fresh"]> {
  const half = (h: "dev" | "held-out") => {
    const s = scoreCorpus(gold, found, h);
    return {articles: s.articles, st: pick(s.stWeighted), stSample: pick(s.st), stPartners: pick(s.stPartners)};
  };
  if (!gold.first) throw new Error("the fresh sample records no first scoring");
  return {command, articles: Object.keys(gold.articles).length, first: gold.first, halves: {dev: half("dev"), "held-out": half("held-out")}};
}

/**
 * The S&T scope of today's rules on a whole corpus, checked against every hand label there is: how many
 * articles the corpus has, how many the rules put in the S&T scope, how many of those carry a label
 * (in any of `golds`), and how many of the labelled ones report S&T cooperation. Reads the corpus once,
 * keeping only the ids in scope.
 */
export function stScopeCensus(corpus: string, golds: CorpusGold[]): NonNullable<NonNullable<SampleScores["fresh"]>["census"]> {
  const x = createExtractor();
  const labels = new Map<string, Relevance>();
  for (const g of golds) for (const [id, a] of Object.entries(g.articles)) labels.set(id, a.relevance);
  let articles = 0;
  let st = 0;
  let labelled = 0;
  let reportSt = 0;
  for (const r of readJsonlSync(corpus)) {
    articles++;
    const text = normalizeText(articleFileText(r));
    if (extractArticle({id: r.id, file: `${r.id}.txt`, text, frontMatter: {}, bytes: Buffer.byteLength(text)}, x).relevance !== "st_cooperation") continue;
    st++;
    const label = labels.get(r.id);
    if (label === undefined) continue;
    labelled++;
    if (label === "st_cooperation") reportSt++;
  }
  return {articles, st, labelled, reportSt};
}

/** The scores of the extractor as it is now: the gold's articles extracted from the corpus file, then scored. */
export function currentSampleScores(gold: CorpusGold, corpus = NEWS_CORPUS_FILE, command = "computed when the site data was written"): SampleScores {
  const found = new Map([...extractGoldArticles(gold, corpus)].map(([id, a]) => [id, summarize(a)]));
  return sampleScores(gold, found, command, readSecondAnnotator());
}
