// src/data/facets.json: what the pages filter and count by, one compact row per article, and
// src/data/catalog/<part>.json: each article's id, title, file and address, in chunks fetched on
// demand (a fixed number of parts: see CATALOG_PARTS). Splitting them keeps every page's first load small as the corpus grows: the facets
// hold numbers only (codes and sources are numbered once in dictionaries), no text.
//
// A facet row is [y, source, c, o, p, f, e, fe] (trailing empty lists left off):
//   y         the article's year, 0 when not stated (month and day are in the catalogue)
//   source    1 + the index of its source in `sources`, 0 when not stated
//   c, o, p, f  countries, organisations, provinces, fields: [code, mentions, code, mentions, …]
//   e         cooperation pairs: [vn, partner, n, sentence₁ … sentenceₙ, vn, partner, n, …]
//   fe        fields named in evidence sentences: [field, n, sentence₁ … sentenceₙ, …]
// where every code is an index into `codes`. Row i is the article at position i (newest first,
// see sortedArticles); its text is in part ⌊i / text⌋ (texts.ts), its catalogue entry in part ⌊i / catalog⌋.
// src/components/facets.ts decodes it.
import type {SiteData} from "./siteData.js";
import type {MentionRow, PairRow} from "../tables/tables.js";
import {catalogRow, groupBy, sortedArticles} from "./shape.js";
import type {FacetsFile} from "../contract.js";
import {ID_BUCKETS, idBucket} from "../../src/components/idBucket.js";

export function facets(data: SiteData): FacetsFile {
  const codes: string[] = [];
  const codeIndex = new Map<string, number>();
  const code = (c: string) => {
    let i = codeIndex.get(c);
    if (i === undefined) codeIndex.set(c, (i = codes.push(c) - 1));
    return i;
  };
  const sources: string[] = [];
  const sourceIndex = new Map<string, number>();
  const source = (s: string | null) => {
    if (!s) return 0;
    let i = sourceIndex.get(s);
    if (i === undefined) sourceIndex.set(s, (i = sources.push(s)));
    return i;
  };
  const byArticle = groupBy((data.tables.mentions as MentionRow[]).filter((m) => m.kind !== "cue"), (m) => m.article);
  const pairsBy = groupBy(data.tables.pairs as PairRow[], (p) => p.article);
  const rows = sortedArticles(data).map((a) => {
    const mentions = byArticle.get(a.id) ?? [];
    const counted = (kind: string) => {
      const n = new Map<string, number>();
      for (const m of mentions) if (m.kind === kind) n.set(m.code, (n.get(m.code) ?? 0) + 1);
      return [...n].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).flatMap(([c, k]) => [code(c), k]);
    };
    const pairs = pairsBy.get(a.id) ?? [];
    const e = new Map<string, [string, string, Set<number>]>();
    for (const p of pairs) {
      const k = `${p.vn}\t${p.partner}`;
      let r = e.get(k);
      if (!r) e.set(k, (r = [p.vn, p.partner, new Set()]));
      r[2].add(p.sentence);
    }
    const evidence = new Set(pairs.map((p) => p.sentence));
    const fe = new Map<string, Set<number>>();
    for (const m of mentions) {
      if (m.kind !== "field" || !evidence.has(m.sentence)) continue;
      let set = fe.get(m.code);
      if (!set) fe.set(m.code, (set = new Set()));
      set.add(m.sentence);
    }
    const sorted = (set: Set<number>) => [...set].sort((x, y) => x - y);
    const row: (number | number[])[] = [
      a.year ?? 0,
      source(a.source),
      counted("country"),
      counted("organization"),
      counted("province"),
      counted("field"),
      [...e.values()].flatMap(([vn, partner, s]) => [code(vn), code(partner), s.size, ...sorted(s)]),
      [...fe].sort((x, y) => (x[0] < y[0] ? -1 : 1)).flatMap(([f, s]) => [code(f), s.size, ...sorted(s)])
    ];
    while (row.length > 2 && (row[row.length - 1] as number[]).length === 0) row.pop();
    return row;
  });
  return {catalog: catalogSize(rows.length), codes, sources, rows};
}

/**
 * The catalogue is cut into CATALOG_PARTS files, a fixed number, so that any page can name them all
 * (src/components/catalog.ts does, literally); each holds `catalogSize` consecutive articles.
 */
export const CATALOG_PARTS = 64;

export const catalogSize = (articles: number) => Math.max(1, Math.ceil(articles / CATALOG_PARTS));

/**
 * The members of src/data/catalog.zip: `<part>.json`, the catalogue entries of part `part`, and
 * `ids/<bucket>.json`, [id, position] of the articles whose id falls in that bucket (idBucket).
 */
export function catalogParts(data: SiteData): {name: string; data: string}[] {
  const articles = sortedArticles(data);
  const size = catalogSize(articles.length);
  const buckets: [string, number][][] = Array.from({length: ID_BUCKETS}, () => []);
  articles.forEach((a, i) => buckets[idBucket(a.id)].push([a.id, i]));
  const ids = buckets.map((list, b) => ({name: `ids/${b}.json`, data: JSON.stringify(list)}));
  const parts = Array.from({length: CATALOG_PARTS}, (_, part) => {
    const rows = articles.slice(part * size, (part + 1) * size).map(catalogRow);
    return {name: `${part}.json`, data: JSON.stringify(rows)};
  });
  return [...parts, ...ids];
}
