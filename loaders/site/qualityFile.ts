// quality.json, the Method page's numbers: the extractor scored against the seed gold
// (tests/gold/seeds.json), computed at build time; its scores on the hand-labelled sample of real
// news (tests/gold/relevance-dev.json), computed at build time too when the news corpus the sample
// was drawn from is on this machine (../shared/corpus/, not part of the project), else as
// scripts/evaluate-corpus.ts --write last wrote them (data/evaluation/); and the size of every
// gazetteer table.
import {existsSync, readFileSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {createExtractor, DEFAULT_CORPUS_DIR, extractCorpus} from "../extract/corpus.js";
import {evaluate, type Gold} from "../tables/evaluate.js";
import {CORPUS_GOLD_FILE, currentSampleScores, NEWS_CORPUS_FILE, type CorpusGold} from "../tables/corpusGold.js";
import {DEFAULT_GAZETTEER_DIR, GAZETTEER_FILES} from "../extract/gazetteer.js";
import type {CorpusTable} from "../tables/corpusTable.js";
import {summarize, type ArticleSummary} from "../tables/summary.js";
import {parseTsv} from "../extract/tsv.js";
import {PROJECT_ROOT} from "../extract/version.js";
import type {Quality, SampleScores, WarnedFile} from "../contract.js";

export const GOLD_FILE = join(PROJECT_ROOT, "tests/gold/seeds.json");
export const SAMPLE_SCORES_FILE = join(PROJECT_ROOT, "data/evaluation/vn-news-relevance-scores.json");
const KINDS = ["countries", "organizations", "localities", "pairs", "fields"] as const;

/** The seed articles' summaries: from the site data when the corpus holds them, else extracted afresh. */
function seedSummaries(data: CorpusTable, ids: string[]): ArticleSummary[] {
  const have = new Map(data.articles.filter((a) => ids.includes(a.id)).map((a) => [a.id, summarize(a)]));
  const missing = ids.filter((id) => !have.has(id));
  const out = ids.flatMap((id) => (have.has(id) ? [have.get(id)!] : []));
  if (missing.length && existsSync(DEFAULT_CORPUS_DIR)) {
    const files = readdirSync(DEFAULT_CORPUS_DIR)
      .filter((f) => missing.includes(f.replace(/\.[^.]+$/, "")))
      .map((f) => join(DEFAULT_CORPUS_DIR, f));
    if (files.length) for (const item of extractCorpus(files, createExtractor())) if (item.kind === "article") out.push(summarize(item.article));
  }
  return out;
}

export function gazetteerSizes(dir = DEFAULT_GAZETTEER_DIR): Quality["gazetteer"] {
  return Object.entries(GAZETTEER_FILES).map(([table, file]) => {
    const path = join(dir, file);
    const rows = existsSync(path) ? parseTsv(readFileSync(path, "utf8")) : [];
    // Names: the row's own names plus its aliases and paired forms ("a | b | c").
    let names = 0;
    for (const r of rows) {
      const own = new Set<string>();
      for (const [k, v] of Object.entries(r)) {
        if (!v) continue;
        if (/^(aliases|paired_forms|cues)$/.test(k)) for (const x of v.split("|")) own.add(x.trim());
        else if (/^(name|name_vi|name_en|label_vi|label_en|cue|title|surname|phrase|word)$/.test(k)) own.add(v.trim());
      }
      own.delete("");
      names += own.size;
    }
    return {table, file, rows: rows.length, names};
  });
}

/** warnings.json: every article that carried a warning (the Method page fetches it on demand). */
export function warnedArticles(data: CorpusTable): WarnedFile[] {
  return data.articles.filter((a) => a.warnings.length).map((a) => ({id: a.id, file: a.file, warnings: a.warningTexts.join("; ")}));
}

export function quality(data: CorpusTable): Quality {
  let gold: Quality["gold"] = null;
  let goldError: string | null = null;
  try {
    const g = JSON.parse(readFileSync(GOLD_FILE, "utf8")) as Gold;
    const ids = Object.keys(g.articles);
    const summaries = seedSummaries(data, ids);
    const r = evaluate(summaries, g);
    gold = {
      articles: ids.length,
      found: r.articles.filter((a) => a.found).length,
      scores: KINDS.map((kind) => ({kind, ...r[kind]})),
      errors: r.articles.flatMap((a) =>
        KINDS.filter((k) => a[k].missing.length || a[k].extra.length).map((kind) => ({
          id: a.id,
          kind,
          missing: a[kind].missing.join(", "),
          extra: a[kind].extra.join(", ")
        }))
      ),
      metadata: r.articles.map((a) => ({id: a.id, title: a.title, source: a.source, date: a.date}))
    };
  } catch (e) {
    goldError = String((e as Error).message ?? e);
  }
  return {gold, goldError, sample: newsSampleScores(), gazetteer: gazetteerSizes()};
}

/** The scores on the hand-labelled news sample: computed now when the news corpus is here, else the last ones written. */
export function newsSampleScores(corpus = NEWS_CORPUS_FILE, saved = SAMPLE_SCORES_FILE): SampleScores | null {
  const last = existsSync(saved) ? (JSON.parse(readFileSync(saved, "utf8")) as SampleScores) : null;
  if (existsSync(corpus) && existsSync(CORPUS_GOLD_FILE)) {
    try {
      const now = currentSampleScores(JSON.parse(readFileSync(CORPUS_GOLD_FILE, "utf8")) as CorpusGold, corpus);
      // The fresh sample's corpus is rarely on the building machine: its scores are the last ones written.
      return last?.fresh ? {...now, fresh: last.fresh} : now;
    } catch (e) {
      console.warn(`[quality] the news sample could not be scored: ${String((e as Error).message ?? e).slice(0, 200)}`);
    }
  }
  return last;
}
