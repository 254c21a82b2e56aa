// The corpus as one table of articles: every article's extraction, in the order the site numbers
// them (newest first), the files that were skipped, and the gazetteer the extraction used. The
// site files (loaders/site/) and the command line's tables are made from it.
import {existsSync} from "node:fs";
import {createExtractor, extractCorpus, type CorpusItem} from "../extract/corpus.js";
import {openExtractionCache} from "../extract/extractionCache.js";
import type {Gazetteer} from "../extract/gazetteer.js";
import type {ArticleExtraction} from "../extract/model.js";
import {warningText} from "./summary.js";
import type {SkippedFile} from "../contract.js";

/** An article of the table: its extraction, and the text of its warnings. */
export interface TableArticle extends ArticleExtraction {
  /** "code: message" per warning. */
  warningTexts: string[];
}

export interface CorpusTable {
  /** The day the corpus was read, YYYY-MM-DD. */
  built: string;
  /** Files read, articles or not. */
  files: number;
  /**
   * S&T cooperation first, then other cooperation, then mentions, then the rest; newest first
   * within each (undated last), then by id. An article's place here is its position on every page:
   * lists show articles in this order, and a list of the default scope's articles reads its titles
   * from the first parts of the catalogue only.
   */
  articles: TableArticle[];
  skipped: SkippedFile[];
  duplicates: number;
  gazetteer: Gazetteer;
}

/** The sort key of a date: newer is larger, undated is -1. */
export const dateKey = (d: {year: number | null; month: number | null; day: number | null}) =>
  d.year === null ? -1 : d.year * 10000 + (d.month ?? 0) * 100 + (d.day ?? 0);

const RELEVANCE_ORDER: Record<TableArticle["relevance"], number> = {st_cooperation: 0, cooperation: 1, mention: 2, none: 3};

/** Code-point order, the same in every locale. */
export const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Collects the items of a corpus as they are extracted (`onItem` sees each, e.g. to print it). */
export function collectCorpus(items: Iterable<CorpusItem>, gazetteer: Gazetteer, today: Date, onItem?: (item: CorpusItem) => void): CorpusTable {
  const articles: TableArticle[] = [];
  const skipped: SkippedFile[] = [];
  let files = 0;
  let duplicates = 0;
  for (const item of items) {
    onItem?.(item);
    files++;
    if (item.kind === "skipped") {
      if (item.warning.code === "duplicate") duplicates++;
      skipped.push({id: item.id, file: item.file, code: item.warning.code, message: item.warning.message});
      continue;
    }
    articles.push({...item.article, warningTexts: item.article.warnings.map(warningText)});
  }
  articles.sort((a, b) => RELEVANCE_ORDER[a.relevance] - RELEVANCE_ORDER[b.relevance] || dateKey(b.date) - dateKey(a.date) || byCodePoint(a.id, b.id));
  return {built: today.toISOString().slice(0, 10), files, articles, skipped, duplicates, gazetteer};
}

/** The table of the corpus folder, each article's extraction from the per-article cache when it is fresh. */
export function computeCorpusTable(dir: string, today = new Date()): CorpusTable {
  const extractor = {...createExtractor(), today};
  const items = existsSync(dir) ? extractCorpus([dir], extractor, openExtractionCache()) : [];
  return collectCorpus(items, extractor.matchers.gazetteer, today);
}
