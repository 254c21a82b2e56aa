// site.json (SiteFile in ../contract.ts): what every page reads first. The corpus's figures, the
// names of what it names, the files that were skipped, and where each partner's, province's and
// article's data is. Nothing in it grows with the number of articles, but the text parts' fences.
import {RELEVANCES, type Names, type SiteFile} from "../contract.js";
import type {Gazetteer} from "../extract/gazetteer.js";
import {FIRST_PAGE} from "./entityFiles.js";
import {catalogSize} from "./catalogFiles.js";
import type {CorpusTable} from "../tables/corpusTable.js";

export function names(g: Gazetteer): Names {
  return {
    countries: Object.fromEntries(g.countries.map((c) => [c.code, {en: c.nameEn, vi: c.nameVi, numeric: c.numeric}])),
    organizations: Object.fromEntries(g.organizations.map((o) => [o.id, {en: o.nameEn, vi: o.nameVi, kind: o.kind, country: o.country}])),
    provinces: Object.fromEntries(g.provinces.map((p) => [p.code, {vi: p.nameVi, en: p.nameEn, unit: p.unit2025}])),
    units: Object.fromEntries(g.units2025.map((u) => [u.code, {vi: u.nameVi, members: u.members}])),
    fields: Object.fromEntries(g.fields.map((f) => [f.id, {en: f.labelEn, vi: f.labelVi, ford: f.ford, ford_label: f.fordLabel, st: f.st}]))
  };
}

/** The names of the countries and organisations the corpus names (the long lists); every province and field. */
function usedNames(data: CorpusTable): Names {
  const all = names(data.gazetteer);
  const used = new Set<string>();
  for (const a of data.articles) {
    for (const m of a.mentions) if (m.kind === "country" || m.kind === "organization") used.add(m.code);
    for (const p of a.pairs) used.add(p.partner);
  }
  const keep = <T>(r: Record<string, T>) => Object.fromEntries(Object.entries(r).filter(([k]) => used.has(k)));
  return {...all, countries: keep(all.countries), organizations: keep(all.organizations)};
}

/** Articles per warning code (an article can carry several), most frequent first. */
function warningCounts(data: CorpusTable): {code: string; articles: number}[] {
  const out = new Map<string, number>();
  for (const a of data.articles) for (const code of new Set(a.warnings.map((w) => w.code))) out.set(code, (out.get(code) ?? 0) + 1);
  return [...out].map(([code, articles]) => ({code, articles})).sort((x, y) => y.articles - x.articles || (x.code < y.code ? -1 : 1));
}

export function siteFile(data: CorpusTable, files: {entities: Record<string, number>; texts: string[]}): SiteFile {
  const relevance = Object.fromEntries(RELEVANCES.map((r) => [r, 0])) as SiteFile["relevance"];
  for (const a of data.articles) relevance[a.relevance]++;
  return {
    built: data.built,
    corpus: {
      files: data.files,
      articles: data.articles.length,
      skipped: data.skipped.length - data.duplicates,
      duplicates: data.duplicates,
      sentences: data.articles.reduce((n, a) => n + a.sentences.length, 0),
      warned: data.articles.filter((a) => a.warnings.length).length
    },
    relevance,
    names: usedNames(data),
    skipped: data.skipped,
    warnings: warningCounts(data),
    files: {...files, catalog: catalogSize(data.articles.length)},
    firstPage: FIRST_PAGE
  };
}
