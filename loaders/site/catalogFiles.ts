// catalog/<part>.json: each article's list entry (id, title, file, address, source, date), by
// position, in CATALOG_PARTS parts of consecutive positions: a list's first rows are in its first
// parts, fetched when shown.
import {CATALOG_PARTS, type CatalogRow} from "../contract.js";
import type {TableArticle, CorpusTable} from "../tables/corpusTable.js";

/** Articles per catalogue part. */
export const catalogSize = (articles: number) => Math.max(1, Math.ceil(articles / CATALOG_PARTS));

export const catalogRow = (a: TableArticle): CatalogRow => ({
  id: a.id,
  title: a.title,
  file: a.file,
  url: a.url,
  source: a.source,
  date: a.date,
  n: a.sentences.length,
  w: a.warnings.map((w) => w.code).join(";")
});

/** Every part, empty ones included (a page names them all). */
export function catalogFiles(data: CorpusTable): {name: string; data: string}[] {
  const size = catalogSize(data.articles.length);
  return Array.from({length: CATALOG_PARTS}, (_, part) => ({
    name: `catalog/${part}.json`,
    data: JSON.stringify(data.articles.slice(part * size, (part + 1) * size).map(catalogRow))
  }));
}
