// Page-specific shaping of the site data (loaders/siteData.ts) into the files the dashboard's
// pages read: the figures and aggregate tables, and the evidence sentences per
// partner and per province (the per-article facets, catalogue and texts: facets.ts, texts.ts).
import {loadGazetteer, type Gazetteer} from "../extract/gazetteer.js";
import type {SiteData} from "./siteData.js";
import {articlesWith} from "../../src/components/articlesWith.js";
import {ENTITY_BUCKETS, entityBucket, type EntityKind} from "../../src/components/entityBucket.js";
import {ARTICLE_PAGE, EVIDENCE_PAGE} from "../../src/components/pageSizes.js";
import type {MentionRow, PairRow, SentenceRow, ArticleRow, SkippedRow} from "../tables/tables.js";
import type {
  CatalogRow,
  CountryFieldRow,
  CountryRow,
  DateParts,
  EntityEvidence,
  EntityRest,
  EvidenceSentence,
  FacetRow,
  FieldRow,
  Names,
  OrganizationRow,
  ListEntry,
  PlacedListEntry,
  ProvincePartnerRow,
  ProvinceRow,
  SiteSummary,
  TimelineRow,
  UnitRow,
  WarnedFile,
  YearRow
} from "../contract.js";

/** The code of the Vietnamese side when the actor is national (a ministry, the government). */
export const NATIONAL = "VN";

const compareDates = (a: DateParts, b: DateParts) =>
  (a.year ?? 0) - (b.year ?? 0) || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);

/**
 * The articles in the order the site numbers them: newest first, undated last, then by id. An
 * article's position in this order is its number in data/facets.json; it also says which part of
 * the catalogue (facets.ts) holds it.
 */
export function sortedArticles(data: SiteData): readonly ArticleRow[] {
  return order(data).articles;
}

/** The position of each article in `sortedArticles`. */
export function positionOf(data: SiteData): ReadonlyMap<string, number> {
  return order(data).position;
}

// Sorted once per site data: every output (facets, catalogue, evidence, entity lists) numbers by it.
const orders = new WeakMap<SiteData, {articles: readonly ArticleRow[]; position: ReadonlyMap<string, number>}>();
function order(data: SiteData) {
  let o = orders.get(data);
  if (!o) {
    const key = (a: ArticleRow) => (a.year === null ? -1 : a.year * 10000 + (a.month ?? 0) * 100 + (a.day ?? 0));
    const articles = [...(data.tables.articles as ArticleRow[])].sort((a, b) => key(b) - key(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    orders.set(data, (o = {articles, position: new Map(articles.map((a, i) => [a.id, i]))}));
  }
  return o;
}

/** An article's catalogue entry. */
export const catalogRow = (a: ArticleRow): CatalogRow => ({
  id: a.id,
  title: a.title,
  file: a.file,
  url: a.url,
  m: a.month,
  d: a.day,
  n: a.sentences,
  w: a.warnings
});

/** What a list of articles shows of one. */
export const listEntry = (a: ArticleRow): ListEntry => ({id: a.id, title: a.title, file: a.file, m: a.month, d: a.day});

export function names(g: Gazetteer): Names {
  return {
    countries: Object.fromEntries(g.countries.map((c) => [c.code, {en: c.nameEn, vi: c.nameVi, numeric: c.numeric}])),
    organizations: Object.fromEntries(g.organizations.map((o) => [o.id, {en: o.nameEn, vi: o.nameVi, kind: o.kind, country: o.country}])),
    provinces: Object.fromEntries(g.provinces.map((p) => [p.code, {vi: p.nameVi, en: p.nameEn, unit: p.unit2025}])),
    units: Object.fromEntries(g.units2025.map((u) => [u.code, {vi: u.nameVi, members: u.members}])),
    fields: Object.fromEntries(g.fields.map((f) => [f.id, {en: f.labelEn, vi: f.labelVi, ford: f.ford, ford_label: f.fordLabel}]))
  };
}

/** Keeps only the names the corpus uses, for countries and organisations (the long lists). */
function usedNames(all: Names, data: SiteData): Names {
  const used = new Set<string>();
  for (const m of data.tables.mentions as MentionRow[]) if (m.kind === "country" || m.kind === "organization") used.add(m.code);
  for (const p of data.tables.pairs as PairRow[]) used.add(p.partner);
  const keep = <T>(r: Record<string, T>) => Object.fromEntries(Object.entries(r).filter(([k]) => used.has(k)));
  return {...all, countries: keep(all.countries), organizations: keep(all.organizations)};
}

/** Articles per warning code (an article can carry several), most frequent first. */
export function warningCounts(articles: ArticleRow[]): {code: string; articles: number}[] {
  const out = new Map<string, number>();
  for (const a of articles) for (const code of a.warnings ? a.warnings.split(";") : []) out.set(code, (out.get(code) ?? 0) + 1);
  return [...out].map(([code, n]) => ({code, articles: n})).sort((x, y) => y.articles - x.articles || x.code.localeCompare(y.code));
}

/** src/data/warnings.json: every article that carried a warning (fetched by the Method page on demand). */
export function warnedArticles(data: SiteData): WarnedFile[] {
  const messages = new Map(data.summaries.map((s) => [s.id, s.warnings.join("; ")]));
  return sortedArticles(data)
    .filter((a) => a.warnings)
    .map((a) => ({id: a.id, file: a.file, warnings: messages.get(a.id) || a.warnings}));
}

export function siteSummary(data: SiteData, g: Gazetteer = loadGazetteer()): SiteSummary {
  const t = data.tables;
  const articles = t.articles as ArticleRow[];
  const pairs = t.pairs as PairRow[];
  const dated = articles.filter((a) => a.year !== null).map((a) => ({year: a.year, month: a.month, day: a.day})).sort(compareDates);

  // Per year: articles, distinct pairs, evidence sentences. Undated articles (year null) apart.
  const yearOf = new Map(articles.map((a) => [a.id, a.year]));
  const years = new Map<number | null, {articles: number; pairs: Set<string>; evidence: Set<string>}>();
  const yearRow = (y: number | null) => {
    let r = years.get(y);
    if (!r) years.set(y, (r = {articles: 0, pairs: new Set(), evidence: new Set()}));
    return r;
  };
  for (const a of articles) yearRow(a.year).articles++;
  for (const p of pairs) {
    const r = yearRow(yearOf.get(p.article) ?? null);
    r.pairs.add(`${p.vn}\t${p.partner}`);
    r.evidence.add(`${p.article}\t${p.sentence}`);
  }
  const yearRows: YearRow[] = [...years]
    .map(([year, r]) => ({year, articles: r.articles, pairs: r.pairs.size, evidence: r.evidence.size}))
    .sort((a, b) => (a.year ?? 99999) - (b.year ?? 99999));

  // Activities: evidence sentences and articles per activity type.
  const acts = new Map<string, {evidence: Set<string>; articles: Set<string>}>();
  for (const p of pairs) {
    for (const act of p.activities ? p.activities.split(";") : []) {
      let r = acts.get(act);
      if (!r) acts.set(act, (r = {evidence: new Set(), articles: new Set()}));
      r.evidence.add(`${p.article}\t${p.sentence}`);
      r.articles.add(p.article);
    }
  }
  const sources = new Map<string, number>();
  for (const a of articles) if (a.source) sources.set(a.source, (sources.get(a.source) ?? 0) + 1);

  const all = names(g);
  const provinces = t.provinces as ProvinceRow[];
  const provincePartner = t.province_partner as ProvincePartnerRow[];
  return {
    corpus: (({dir: _dir, ...rest}) => rest)(data.corpus),
    span: {first: dated[0] ?? null, last: dated[dated.length - 1] ?? null, dated: dated.length, undated: articles.length - dated.length},
    figures: {
      articles: articles.length,
      countries: (t.countries as CountryRow[]).length,
      organizations: (t.organizations as OrganizationRow[]).length,
      provinces: provinces.length,
      fields: (t.fields as FieldRow[]).length,
      pairs: provincePartner.length,
      evidence: new Set(pairs.map((p) => `${p.article}\t${p.sentence}`)).size,
      sources: sources.size,
      national_evidence: new Set(pairs.filter((p) => p.vn === NATIONAL).map((p) => `${p.article}\t${p.sentence}`)).size,
      provincial_evidence: new Set(pairs.filter((p) => p.vn !== NATIONAL).map((p) => `${p.article}\t${p.sentence}`)).size,
      warned: articles.filter((a) => a.warnings).length
    },
    names: usedNames(all, data),
    countries: t.countries as CountryRow[],
    organizations: t.organizations as OrganizationRow[],
    fields: t.fields as FieldRow[],
    provinces,
    units: t.units_2025 as UnitRow[],
    province_partner: provincePartner,
    country_field: t.country_field as CountryFieldRow[],
    timeline: t.timeline as TimelineRow[],
    years: yearRows,
    activities: [...acts]
      .map(([activity, r]) => ({activity, evidence: r.evidence.size, articles: r.articles.size}))
      .sort((a, b) => b.evidence - a.evidence || a.activity.localeCompare(b.activity)),
    sources: [...sources].map(([source, n]) => ({source, articles: n})).sort((a, b) => b.articles - a.articles || a.source.localeCompare(b.source)),
    skipped: (t.skipped as SkippedRow[]).map((s) => ({id: s.id, file: s.file, code: s.code, message: s.message})),
    warnings: warningCounts(articles)
  };
}

export function groupBy<T>(rows: Iterable<T>, key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    let list = out.get(k);
    if (!list) out.set(k, (list = []));
    list.push(row);
  }
  return out;
}

/** Every evidence sentence, once, with its pairs and every entity named in it. */
export function evidenceSentences(data: SiteData): EvidenceSentence[] {
  const sentenceStart = new Map<string, number>();
  for (const s of data.tables.sentences as SentenceRow[]) sentenceStart.set(`${s.article}\t${s.sentence}`, s.start);
  const mentionsBy = groupBy(
    (data.tables.mentions as MentionRow[]).filter((m) => m.kind !== "cue"),
    (m) => `${m.article}\t${m.sentence}`
  );
  const cuesBy = groupBy(
    (data.tables.mentions as MentionRow[]).filter((m) => m.kind === "cue"),
    (m) => `${m.article}\t${m.sentence}`
  );
  const out = new Map<string, EvidenceSentence>();
  const articles = new Map((data.tables.articles as ArticleRow[]).map((a) => [a.id, a]));
  const position = positionOf(data);
  for (const ev of data.evidence) {
    const k = `${ev.article}\t${ev.sentence}`;
    let row = out.get(k);
    if (!row) {
      const start = sentenceStart.get(k);
      const h: [number, number, string, string][] = [];
      if (start !== undefined) {
        for (const m of [...(mentionsBy.get(k) ?? []), ...(cuesBy.get(k) ?? [])]) h.push([m.start - start, m.end - start, m.kind, m.code]);
      } else {
        for (const [s, e] of ev.highlights) h.push([s, e, ev.partner_kind, ev.partner]);
      }
      h.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
      const a = articles.get(ev.article);
      const date = {year: a?.year ?? null, month: a?.month ?? null, day: a?.day ?? null};
      out.set(k, (row = {a: ev.article, i: position.get(ev.article) ?? -1, s: ev.sentence, t: a?.title ?? null, date, src: a?.source ?? null, text: ev.text, pairs: [], h}));
    }
    row.pairs.push([ev.vn, ev.partner, ev.activities]);
  }
  return [...out.values()];
}

/** The two kinds of entity with pages and evidence files: partners and Vietnamese sides. */
export const ENTITY_KINDS = Object.keys(ENTITY_BUCKETS) as EntityKind[];
export type {EntityKind};

/**
 * An entity's first file holds its newest ENTITY_FIRST.sentences evidence sentences (what its page
 * shows first: text.ts, evidenceList) and ENTITY_FIRST.articles listed articles (the first page of
 * its list: articleList.ts); the rest is fetched when asked for.
 */
export const ENTITY_FIRST = {sentences: EVIDENCE_PAGE, articles: ARTICLE_PAGE} as const;

/** What a partner's or a Vietnamese side's page reads: its first file's part, and the rest. */
export interface EntityRecord {
  kind: EntityKind;
  code: string;
  first: EntityEvidence;
  rest: EntityRest;
}

/**
 * Per partner and per Vietnamese side, its evidence sentences and the list entries of the articles
 * its page lists (see EntityEvidence), newest first.
 * `index` is the decoded facets (src/components/facets.ts), the rows the pages list from.
 */
export function entityRecords(data: SiteData, index: FacetRow[]): EntityRecord[] {
  // Newest article first: the articles' positions are in that order.
  const sentences = evidenceSentences(data).sort((x, y) => x.i - y.i || x.s - y.s);
  const byPartner = new Map<string, EvidenceSentence[]>();
  const byVn = new Map<string, EvidenceSentence[]>();
  const add = (m: Map<string, EvidenceSentence[]>, k: string, s: EvidenceSentence) => {
    let list = m.get(k);
    if (!list) m.set(k, (list = []));
    if (list[list.length - 1] !== s) list.push(s);
  };
  for (const s of sentences) {
    for (const [vn, partner] of s.pairs) {
      add(byPartner, partner, s);
      add(byVn, vn, s);
    }
  }
  const records: EntityRecord[] = [];
  const articles = sortedArticles(data);
  const record = (kind: EntityKind, code: string, list: EvidenceSentence[]) => {
    // Every sentence's activities with this entity, so that counts stay exact when only the first part is loaded.
    const acts = list.map((e): [number, number, string, string] => {
      const set = new Set<string>();
      for (const [vn, partner, a] of e.pairs) if ((kind === "partner" ? partner : vn) === code && a) for (const x of a.split(";")) set.add(x);
      const fields = [...new Set(e.h.filter((h) => h[2] === "field").map((h) => h[3]))].sort();
      return [e.i, e.s, [...set].sort().join(";"), fields.join(";")];
    });
    // Newest first, as the page lists them (the index is in position order).
    const listed = articlesWith(index, kind, code).map((r): PlacedListEntry => ({i: r.i, ...listEntry(articles[r.i])}));
    records.push({
      kind,
      code,
      first: {total: list.length, acts, sentences: list.slice(0, ENTITY_FIRST.sentences), articles: listed.slice(0, ENTITY_FIRST.articles)},
      rest: {sentences: list.slice(ENTITY_FIRST.sentences), articles: listed.slice(ENTITY_FIRST.articles)}
    });
  };
  const t = data.tables as unknown as {countries: CountryRow[]; organizations: OrganizationRow[]; provinces: ProvinceRow[]};
  for (const code of partnerCodes(t)) record("partner", code, byPartner.get(code) ?? []);
  for (const code of provinceCodes(t)) record("province", code, byVn.get(code) ?? []);
  record("province", NATIONAL, byVn.get(NATIONAL) ?? []);
  return records;
}

/**
 * The members of src/data/entities/<kind>.zip (named `<kind>/<member>`): every bucket of each kind
 * (src/components/entityBucket.ts), `<bucket>.json` with its entities' first parts by code and
 * `<bucket>-more.json` with the rest, empty buckets included (a page names them all).
 */
export function entityFiles(records: EntityRecord[]): {name: string; data: string}[] {
  const files: {name: string; data: string}[] = [];
  for (const kind of ENTITY_KINDS) {
    const buckets = Array.from({length: ENTITY_BUCKETS[kind]}, () => ({first: {} as Record<string, EntityEvidence>, rest: {} as Record<string, EntityRest>}));
    for (const r of records) {
      if (r.kind !== kind) continue;
      const b = buckets[entityBucket(kind, r.code)];
      b.first[r.code] = r.first;
      b.rest[r.code] = r.rest;
    }
    buckets.forEach((b, n) => {
      files.push({name: `${kind}/${n}.json`, data: JSON.stringify(b.first)});
      files.push({name: `${kind}/${n}-more.json`, data: JSON.stringify(b.rest)});
    });
  }
  return files;
}

/** Codes that can name a page (a file name and a URL path segment). */
const pageCode = (code: string) => /^[A-Za-z0-9_-]+$/.test(code);

/** Partners with a page: every country and organisation the corpus names. */
export function partnerCodes(t: {countries: {code: string}[]; organizations: {id: string}[]}): string[] {
  return [...t.countries.map((c) => c.code), ...t.organizations.map((o) => o.id)].filter(pageCode);
}

/** Provinces with a page: every province the corpus names. */
export function provinceCodes(t: {provinces: {code: string}[]}): string[] {
  return t.provinces.map((p) => p.code).filter(pageCode);
}
