// Everything the dashboard's pages draw, computed once per corpus state: the data loaders in
// src/data/ each call `siteData()`, and the first one to run computes it while the others reuse
// the result cached in .cache/site/ under a fingerprint of the corpus files (path, size,
// modification time) and of the extractor (see version.ts). Any change makes a new fingerprint.
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync, readdirSync, rmSync} from "node:fs";
import {join, resolve} from "node:path";
import {corpusDir, createExtractor, extractCorpus} from "./corpus.js";
import {corpusFingerprint, SITE_CACHE_DIR} from "./fingerprint.js";
import {openExtractionCache} from "./extractionCache.js";
import {createTableBuilder, type PairRow, type Tables} from "./tables.js";
import {summarize, type ArticleSummary} from "./summary.js";
import type {ChromeReason} from "./types.js";

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
  fingerprint: string;
  corpus: {dir: string; files: number; articles: number; skipped: number; duplicates: number; sentences: number; mentions: number; pairs: number; evidence: number};
  tables: Tables;
  evidence: Evidence[];
  summaries: ArticleSummary[];
  details: ArticleDetail[];
}

export {corpusFingerprint, SITE_CACHE_DIR} from "./fingerprint.js";

export function computeSiteData(dir: string, fingerprint = corpusFingerprint(dir)): SiteData {
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
    fingerprint,
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

/**
 * The site data for the corpus folder ($CORPUS_DIR or data/articles/), from cache when it is fresh.
 * Every article's full text (`details`) is stored apart and read only when asked for, so the
 * loaders that need counts do not parse the whole corpus again.
 */
export function siteData(dir = corpusDir(), opts: {details?: boolean} = {}): SiteData {
  const fingerprint = corpusFingerprint(dir);
  const file = join(SITE_CACHE_DIR, `${fingerprint}.json`);
  const detailsFile = join(SITE_CACHE_DIR, `${fingerprint}.details.json`);
  if (existsSync(file) && existsSync(detailsFile)) {
    const data = JSON.parse(readFileSync(file, "utf8")) as SiteData;
    data.details = opts.details ? (JSON.parse(readFileSync(detailsFile, "utf8")) as ArticleDetail[]) : [];
    return data;
  }
  const data = computeSiteData(dir, fingerprint);
  mkdirSync(SITE_CACHE_DIR, {recursive: true});
  for (const old of readdirSync(SITE_CACHE_DIR)) if (!old.startsWith(fingerprint)) rmSync(join(SITE_CACHE_DIR, old), {recursive: true, force: true});
  const write = (path: string, value: unknown) => {
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(value));
    renameSync(tmp, path);
  };
  write(detailsFile, data.details);
  write(file, {...data, details: []});
  return opts.details ? data : {...data, details: []};
}
