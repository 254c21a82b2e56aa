// catalog/<part>.json: each article's list entry (id, title, file, address, source, date), by
// position, in CATALOG_PARTS parts of consecutive positions: a list's first rows are in its first
// parts, fetched when shown.
import {CATALOG_PARTS, type CatalogRow} from "../contract.js";
import type {TableArticle, CorpusTable} from "../tables/corpusTable.js";

/** Articles per catalogue part. */
export const catalogSize = (articles: number) => Math.max(1, Math.ceil(articles / CATALOG_PARTS));

/** How many characters of an untitled article's main text its list entry shows. */
export const LEAD_CHARS = 90;

/** The first words of an article's main text when it has no title: up to LEAD_CHARS, cut after a whole word, "…" where cut. */
export function leadOf(a: Pick<TableArticle, "title" | "text" | "sentences">): string | null {
  if (a.title !== null || !a.sentences.length) return null;
  const first = a.text.slice(a.sentences[0].start, a.sentences[0].end).replace(/\s+/g, " ").trim();
  if (first.length <= LEAD_CHARS) return first || null;
  const cut = first.slice(0, LEAD_CHARS + 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > LEAD_CHARS / 2 ? cut.slice(0, space) : cut.slice(0, LEAD_CHARS)).replace(/[\s,;:.–-]+$/u, "")}…`;
}

export const catalogRow = (a: TableArticle): CatalogRow => ({
  id: a.id,
  title: a.title,
  lead: leadOf(a),
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
