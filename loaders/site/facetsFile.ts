// facets.json and facets-mentions.json (see FacetsFile in ../contract.ts): one compact row of
// numbers per article, in position order, from which the pages make every count. Codes and sources
// are numbered once in dictionaries, so the files hold no text. The articles that report cooperation
// (S&T or other: positions come by class first) are in facets.json, all that the default scope and
// the cooperation scope read; the rest, which only the mentions scope reads and which is most of a
// news corpus (about 33 bytes an article), is in facets-mentions.json, fetched when that scope is
// chosen, so that a page's first load does not grow with the corpus.
import {ACTIVITIES, RELEVANCES, relevanceInScope, type FacetsFile} from "../contract.js";
import type {Mention} from "../extract/model.js";
import {byCodePoint, type TableArticle, type CorpusTable} from "../tables/corpusTable.js";

/** [code, mentions, …] for one kind of mention, most mentioned first. */
function counted(mentions: Mention[], kind: Mention["kind"], code: (c: string) => number): number[] {
  const n = new Map<string, number>();
  for (const m of mentions) if (m.kind === kind) n.set(m.code, (n.get(m.code) ?? 0) + 1);
  return [...n].sort((x, y) => y[1] - x[1] || byCodePoint(x[0], y[0])).flatMap(([c, k]) => [code(c), k]);
}

/** The article's pairs, one entry per (vn, partner), as FacetsFile encodes them. */
export function pairsOf(a: TableArticle): {vn: string; partner: string; organization: boolean; st: boolean; fields: string[]; activities: string[]; sentences: number[]}[] {
  const out = new Map<string, {vn: string; partner: string; organization: boolean; st: boolean; fields: Set<string>; activities: Set<string>; sentences: Set<number>}>();
  for (const p of a.pairs) {
    const k = `${p.vn}\t${p.partner}`;
    let r = out.get(k);
    if (!r) out.set(k, (r = {vn: p.vn, partner: p.partner, organization: p.partnerKind === "organization", st: false, fields: new Set(), activities: new Set(), sentences: new Set()}));
    if (p.st) r.st = true;
    for (const f of p.fields) r.fields.add(f);
    for (const x of p.activities) r.activities.add(x);
    r.sentences.add(p.sentence);
  }
  return [...out.values()].map((r) => ({
    ...r,
    fields: [...r.fields].sort(byCodePoint),
    activities: [...r.activities].sort(byCodePoint),
    sentences: [...r.sentences].sort((x, y) => x - y)
  }));
}

/** Whether the article is in facets.json (it counts in the cooperation scope) rather than in facets-mentions.json. */
export const reportsCooperation = (a: Pick<TableArticle, "relevance">) => relevanceInScope(a.relevance, "cooperation");

/** The two facets files: the articles that report cooperation, and the rest from the position after them. */
export function facetsFiles(data: CorpusTable): {cooperation: FacetsFile; mentions: FacetsFile} {
  const n = data.articles.findIndex((a) => !reportsCooperation(a));
  const split = n < 0 ? data.articles.length : n;
  if (data.articles.slice(split).some(reportsCooperation)) throw new Error("facets: the articles are not in position order (cooperation classes first)");
  return {cooperation: facetsFile(data.articles.slice(0, split), 0), mentions: facetsFile(data.articles.slice(split), split)};
}

/** The facets of `articles`, the first of them at position `first`. */
export function facetsFile(articles: TableArticle[], first: number): FacetsFile {
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
  const rows = articles.map((a) => {
    const pairs = pairsOf(a).flatMap((p) => [
      code(p.vn),
      code(p.partner),
      (p.st ? 1 : 0) | (p.organization ? 2 : 0),
      p.activities.reduce((bits, x) => bits | (1 << ACTIVITIES.indexOf(x as (typeof ACTIVITIES)[number])), 0),
      p.fields.length,
      ...p.fields.map(code),
      p.sentences.length,
      ...p.sentences
    ]);
    const row: (number | number[])[] = [
      a.date.year === null ? 0 : a.date.year * 100 + (a.date.month ?? 0),
      source(a.source),
      RELEVANCES.indexOf(a.relevance),
      counted(a.mentions, "country", code),
      counted(a.mentions, "organization", code),
      counted(a.mentions, "province", code),
      counted(a.mentions, "field", code),
      pairs
    ];
    while (row.length > 3 && (row[row.length - 1] as number[]).length === 0) row.pop();
    return row;
  });
  return {first, codes, sources, relevances: [...RELEVANCES], activities: [...ACTIVITIES], rows};
}
