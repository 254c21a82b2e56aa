// Everything the dashboard's pages draw, from one pass over the corpus (each article's extraction
// comes from the per-article cache when it is fresh). Computed once per corpus state by
// site/outputs.ts, which keeps only the files the loaders print.
import {existsSync} from "node:fs";
import {createExtractor, extractCorpus} from "../extract/corpus.js";
import {openExtractionCache} from "../extract/extractionCache.js";
import {createTableBuilder, type PairRow, type Tables} from "../tables/tables.js";
import {summarize, type ArticleSummary} from "../tables/summary.js";
import type {ChromeReason} from "../extract/model.js";

export interface ArticleDetail {
  id: string;
  file: string;
  title: string | null;
  text: string;
  /** [start, end, chrome reason or null] per line. */
  lines: [number, number, ChromeReason | null][];
  /** [start, end, kind, code] per mention. */
  mentions: [number, number, string, string][];
  sentences: [number, number][];
}

export interface Evidence extends PairRow {
  text: string;
  /** Where the partner is named in `text`: [start, end] relative to the sentence. */
  highlights: [number, number][];
}

export interface SiteData {
  corpus: {dir: string; files: number; articles: number; skipped: number; duplicates: number; sentences: number; mentions: number; pairs: number; evidence: number};
  tables: Tables;
  evidence: Evidence[];
  summaries: ArticleSummary[];
  details: ArticleDetail[];
}

export function computeSiteData(dir: string): SiteData {
  const extractor = createExtractor();
  const tables = createTableBuilder(extractor.matchers.gazetteer);
  const summaries: ArticleSummary[] = [];
  const details: ArticleDetail[] = [];
  const evidence: Evidence[] = [];
  let files = 0;
  let duplicates = 0;
  for (const item of existsSync(dir) ? extractCorpus([dir], extractor, openExtractionCache()) : []) {
    files++;
    if (item.kind === "skipped") {
      if (item.warning.code === "duplicate") duplicates++;
      tables.addSkipped(item.id, item.warning);
      continue;
    }
    const a = item.article;
    tables.addArticle(a);
    summaries.push(summarize(a));
    details.push({
      id: a.id,
      file: a.file,
      title: a.title,
      text: a.text,
      lines: a.lines.map((l) => [l.start, l.end, l.chrome]),
      mentions: a.mentions.map((m) => [m.start, m.end, m.kind, m.code]),
      sentences: a.sentences.map((s) => [s.start, s.end])
    });
    for (const p of a.pairs) {
      const s = a.sentences[p.sentence];
      const highlights = a.mentions
        .filter((m) => m.sentence === p.sentence && (m.kind === "country" || m.kind === "organization") && m.code === p.partner)
        .map((m): [number, number] => [m.start - s.start, m.end - s.start]);
      evidence.push({
        article: a.id,
        sentence: p.sentence,
        vn: p.vn,
        partner: p.partner,
        partner_kind: p.partnerKind,
        activities: p.activities.join(";"),
        text: a.text.slice(s.start, s.end),
        highlights
      });
    }
  }
  const built = tables.build();
  const articles = built.articles as {sentences: number}[];
  return {
    corpus: {
      dir,
      files,
      articles: articles.length,
      skipped: (built.skipped as unknown[]).length - duplicates,
      duplicates,
      sentences: articles.reduce((s, a) => s + a.sentences, 0),
      mentions: (built.mentions as {kind: string}[]).filter((m) => m.kind !== "cue").length,
      pairs: (built.province_partner as unknown[]).length,
      evidence: (built.pairs as unknown[]).length
    },
    tables: built,
    evidence,
    summaries,
    details
  };
}
