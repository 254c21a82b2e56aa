// npx tsx scripts/evaluate-corpus.ts [--gold FILE.json] [--corpus FILE.jsonl.gz] [--half dev|held-out] [--batches 6,7] [--errors] [--write] [--scope]
// Scores the extractor against the hand-labelled sample of real news (tests/gold/relevance-dev.json,
// 1,296 articles of ../shared/corpus/vn-news.jsonl.gz): relevance classes, cooperation pairs, S&T pairs
// and dates, on the development half, the held-out half and both, or on the labelling batches given
// (each batch is what was scored blind when it came); and how far two annotators agree where a second
// one labelled the same articles. --errors lists every article whose class differs, with the evidence
// sentences behind the extractor's pairs. --write saves the scores the Method page shows in
// data/evaluation/vn-news-relevance-scores.json. --scope extracts the whole corpus and says what its
// S&T scope holds by the labels, and which years its articles are given (how many each). --gold and --corpus score
// another labelled sample against its own corpus: tests/gold/relevance-fresh.json, 600 articles of the
// rest of VNTC, tests/gold/relevance-fresh-positives.json, 713 more there that the rules of one commit (and a few of later ones)
// put in a cooperation class, or tests/gold/relevance-fresh-recall.json, 480 mentions rich in S&T words
// (scripts/vntc-to-jsonl.ts makes that corpus from a VNTC checkout). With
// that corpus here, --write also counts today's S&T scope on the whole of it against every label.
import {existsSync, mkdirSync, readFileSync, writeFileSync} from "node:fs";
import {dirname} from "node:path";
import {
  CORPUS_GOLD_FILE,
  extractGoldArticles,
  annotatorAgreement,
  extractCorpusArticles,
  FRESH_CORPUS_FILE,
  FRESH_GOLD_FILE,
  freshScores,
  FRESH_POSITIVES_FILE,
  FRESH_RECALL_FILE,
  stScopeCensus,
  NEWS_CORPUS_FILE,
  readSecondAnnotator,
  RELEVANCE_CLASSES,
  sampleScores,
  scoreCorpus,
  type BinaryScore,
  type CorpusGold
} from "../loaders/tables/corpusGold.js";
import {summarize, type ArticleSummary} from "../loaders/tables/summary.js";
import type {SampleScores} from "../loaders/contract.js";
import {SAMPLE_SCORES_FILE} from "../loaders/site/qualityFile.js";

export const GOLD_FILE = CORPUS_GOLD_FILE;
export const DEFAULT_CORPUS = NEWS_CORPUS_FILE;
export {extractGoldArticles};

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const line = (name: string, s: BinaryScore) => `  ${name.padEnd(34)} P ${pct(s.precision).padStart(6)}  R ${pct(s.recall).padStart(6)}  F1 ${pct(s.f1).padStart(6)}  (tp ${s.tp.toFixed(0)}, fp ${s.fp.toFixed(0)}, fn ${s.fn.toFixed(0)})`;

/** What the S&T scope of the whole corpus holds by the labels, and the years its articles are given. */
function scope(gold: CorpusGold, corpus?: string) {
  const all = [...extractCorpusArticles(corpus).values()];
  const inScope = all.filter((a) => a.relevance === "st_cooperation");
  const byGold = new Map<string, number>();
  for (const a of inScope) {
    const g = gold.articles[a.id]?.relevance ?? "not labelled";
    byGold.set(g, (byGold.get(g) ?? 0) + 1);
  }
  console.log(`\nthe corpus (${all.length} articles): ${inScope.length} in the S&T scope; by the labels: ${[...byGold].map(([k, n]) => `${k} ${n}`).join(", ")}`);
  const years = all.map((a) => a.date.year).filter((y): y is number => y !== null);
  if (!years.length) return;
  const byYear = new Map<number, number>();
  for (const y of years) byYear.set(y, (byYear.get(y) ?? 0) + 1);
  console.log(`  ${years.length} articles given a year, from ${Math.min(...years)} to ${Math.max(...years)}: ${[...byYear].sort((a, b) => a[0] - b[0]).map(([y, n]) => `${y} ${n}`).join(", ")}`);
}

async function main(argv: string[]) {
  const opt = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  const goldFile = opt("--gold") ?? GOLD_FILE;
  const gold = JSON.parse(readFileSync(goldFile, "utf8")) as CorpusGold;
  const extracted = extractGoldArticles(gold, opt("--corpus"));
  const summaries = new Map<string, ArticleSummary>([...extracted].map(([id, a]) => [id, summarize(a)]));
  const batches = opt("--batches")?.split(",").map(Number);
  const scored = batches
    ? [{name: `batches ${batches.join(", ")}`, gold: {...gold, articles: Object.fromEntries(Object.entries(gold.articles).filter(([, a]) => batches.includes(a.batch)))}, half: undefined}]
    : (opt("--half") ? [opt("--half") as "dev" | "held-out"] : (["dev", "held-out", undefined] as const)).map((half) => ({name: half ?? "all", gold, half}));
  for (const {name, gold: g, half} of scored) {
    const s = scoreCorpus(g, summaries, half);
    console.log(`\n${name} (${s.articles} articles): class accuracy ${pct(s.accuracy)}`);
    console.log(line("S&T cooperation (sample)", s.st));
    console.log(line("S&T cooperation (weighted)", s.stWeighted));
    console.log(line("any cooperation (sample)", s.cooperation));
    console.log(line("any cooperation (weighted)", s.cooperationWeighted));
    console.log(line("partners (article, partner)", s.partners));
    console.log(line("S&T partners", s.stPartners));
    console.log(line("pairs (article, vn, partner)", s.pairs));
    console.log(`  dates: ${s.dates.exact} exact, ${s.dates.yearRight} right year, ${s.dates.extraYears} years the gold does not give, ${s.dates.missedYears} missed`);
    console.log(`  confusion (rows gold, columns extracted): ${RELEVANCE_CLASSES.join(" / ")}`);
    for (const g of RELEVANCE_CLASSES) console.log(`    ${g.padEnd(15)} ${RELEVANCE_CLASSES.map((f) => String(s.confusion[g][f]).padStart(5)).join(" ")}`);
  }
  const agreement = annotatorAgreement(gold, readSecondAnnotator());
  if (agreement.articles) {
    console.log(`\ntwo annotators on the same ${agreement.articles} articles: ${pct(agreement.classes)} the same class; S&T cooperation, the second against the first:`);
    console.log(line("S&T cooperation", agreement.st));
  }
  if (argv.includes("--scope")) scope(gold, opt("--corpus"));
  if (argv.includes("--write") && goldFile !== GOLD_FILE) throw new Error("--write saves the scores of tests/gold/relevance-dev.json only");
  if (argv.includes("--write")) {
    const out = sampleScores(gold, summaries, "npx tsx scripts/evaluate-corpus.ts --write", readSecondAnnotator());
    // The fresh sample too, when its corpus is here; else the last scores written are kept.
    if (existsSync(FRESH_CORPUS_FILE)) {
      const fresh = JSON.parse(readFileSync(FRESH_GOLD_FILE, "utf8")) as CorpusGold;
      const found = new Map([...extractGoldArticles(fresh, FRESH_CORPUS_FILE)].map(([id, a]) => [id, summarize(a)]));
      out.fresh = freshScores(fresh, found, "npx tsx scripts/evaluate-corpus.ts --write (with the fresh corpus, VNTC_FRESH_CORPUS)");
      const more = [FRESH_POSITIVES_FILE, FRESH_RECALL_FILE].map((f) => JSON.parse(readFileSync(f, "utf8")) as CorpusGold);
      out.fresh.census = stScopeCensus(FRESH_CORPUS_FILE, [fresh, ...more]);
      const c = out.fresh.census;
      console.log(`the rest of VNTC: ${c.st} of ${c.articles} articles in the S&T scope, ${c.labelled} of them labelled, ${c.reportSt} of those (${pct(c.reportSt / Math.max(1, c.labelled))}) report S&T cooperation`);
    } else if (existsSync(SAMPLE_SCORES_FILE)) {
      const last = (JSON.parse(readFileSync(SAMPLE_SCORES_FILE, "utf8")) as SampleScores).fresh;
      if (last) out.fresh = last;
      console.log(`the fresh sample's corpus (${FRESH_CORPUS_FILE}) is not here: its last scores are kept`);
    }
    mkdirSync(dirname(SAMPLE_SCORES_FILE), {recursive: true});
    writeFileSync(SAMPLE_SCORES_FILE, JSON.stringify(out, null, 2) + "\n");
    console.log(`\nwrote ${SAMPLE_SCORES_FILE}`);
  }
  if (argv.includes("--errors")) {
    for (const [id, g] of Object.entries(gold.articles)) {
      if (opt("--half") && g.half !== opt("--half")) continue;
      const a = extracted.get(id);
      if (!a || a.relevance === g.relevance) continue;
      console.log(`\n${id} gold ${g.relevance} (${g.pairs.map((p) => `${p.vn}-${p.partner}${p.st ? "*" : ""}`).join(" ")}) — extracted ${a.relevance}${g.note ? `\n  note: ${g.note}` : ""}`);
      for (const p of a.pairs) {
        const s = a.sentences[p.sentence];
        console.log(`  ${p.vn}-${p.partner}${p.st ? `* [${p.st.surface || p.st.code}]` : ""} ${p.activities.join(",")}: ${a.text.slice(s.start, s.end).slice(0, 300)}`);
      }
      if (!a.pairs.length) for (const p of g.pairs) console.log(`  missed ${p.vn}-${p.partner}${p.st ? "*" : ""}: ${p.quote}`);
    }
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) await main(process.argv.slice(2));
