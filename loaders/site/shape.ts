// Page-specific shaping of the site data (loaders/siteData.ts) into the files the dashboard's
// pages read: small aggregate tables, a compact per-article index, the evidence sentences per
// partner and per province, and the article texts in chunks loaded on demand.
import {loadGazetteer, type Gazetteer} from "../gazetteer.js";
import type {SiteData} from "../siteData.js";
import type {MentionRow, PairRow, SentenceRow, ArticleRow, SkippedRow} from "../tables.js";
import type {
  ArticleText,
  CountryFieldRow,
  CountryRow,
  DateParts,
  EntityEvidence,
  EvidenceSentence,
  FieldRow,
  IndexRow,
  Names,
  OrganizationRow,
  ProvincePartnerRow,
  ProvinceRow,
  SiteSummary,
  TimelineRow,
  UnitRow,
  YearRow
} from "./types.js";

/** Articles per chunk of src/data/articles.tar: one chunk is fetched when an article is opened. */
export const CHUNK_SIZE = 200;

/** The code of the Vietnamese side when the actor is national (a ministry, the government). */
export const NATIONAL = "VN";

const compareDates = (a: DateParts, b: DateParts) =>
  (a.year ?? 0) - (b.year ?? 0) || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);

function sortedArticles(data: SiteData): ArticleRow[] {
  return data.tables.articles as ArticleRow[];
}

/** The chunk of each article, by its position in the articles table (sorted by id). */
export function chunkOf(data: SiteData): Map<string, number> {
  return new Map(sortedArticles(data).map((a, i) => [a.id, Math.floor(i / CHUNK_SIZE)]));
}

export function chunkCount(data: SiteData): number {
  return Math.ceil(sortedArticles(data).length / CHUNK_SIZE);
}

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
      provincial_evidence: new Set(pairs.filter((p) => p.vn !== NATIONAL).map((p) => `${p.article}\t${p.sentence}`)).size
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
    warned: articles.filter((a) => a.warnings).map((a) => ({id: a.id, file: a.file, warnings: a.warnings}))
  };
}

function groupBy<T>(rows: Iterable<T>, key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    let list = out.get(k);
    if (!list) out.set(k, (list = []));
    list.push(row);
  }
  return out;
}

export function articleIndex(data: SiteData): IndexRow[] {
  const chunks = chunkOf(data);
  const summaries = new Map(data.summaries.map((s) => [s.id, s]));
  const pairsBy = groupBy(data.tables.pairs as PairRow[], (p) => p.article);
  const fieldMentionsBy = groupBy(
    (data.tables.mentions as MentionRow[]).filter((m) => m.kind === "field"),
    (m) => m.article
  );
  return (data.tables.articles as ArticleRow[]).map((a) => {
    const s = summaries.get(a.id);
    const pairs = pairsBy.get(a.id) ?? [];
    const e = new Map<string, [string, string, number[]]>();
    for (const p of pairs) {
      const k = `${p.vn}\t${p.partner}`;
      let r = e.get(k);
      if (!r) e.set(k, (r = [p.vn, p.partner, []]));
      if (!r[2].includes(p.sentence)) r[2].push(p.sentence);
    }
    const evidenceSentences = new Set(pairs.map((p) => p.sentence));
    const fe = new Map<string, Set<number>>();
    for (const m of fieldMentionsBy.get(a.id) ?? []) {
      if (!evidenceSentences.has(m.sentence)) continue;
      let set = fe.get(m.code);
      if (!set) fe.set(m.code, (set = new Set()));
      set.add(m.sentence);
    }
    return {
      id: a.id,
      title: a.title,
      source: a.source,
      url: a.url,
      file: a.file,
      y: a.year,
      m: a.month,
      d: a.day,
      k: chunks.get(a.id) ?? 0,
      n: a.sentences,
      c: (s?.countries ?? []).map((c): [string, number] => [c.code, c.mentions]),
      o: (s?.organizations ?? []).map((o): [string, number] => [o.id, o.mentions]),
      p: (s?.localities ?? []).map((l): [string, number] => [l.code, l.mentions]),
      f: (s?.fields ?? []).map((f): [string, number] => [f.id, f.mentions]),
      e: [...e.values()].map(([vn, partner, sentences]): [string, string, number[]] => [vn, partner, sentences.sort((x, y) => x - y)]),
      fe: [...fe].map(([field, set]): [string, number[]] => [field, [...set].sort((x, y) => x - y)]),
      w: a.warnings
    };
  });
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
      out.set(k, (row = {a: ev.article, s: ev.sentence, text: ev.text, pairs: [], h}));
    }
    row.pairs.push([ev.vn, ev.partner, ev.activities]);
  }
  return [...out.values()];
}

/** Evidence files per entity: the newest ENTITY_FIRST sentences in `<code>.json`, the rest split in `<code>-1.json` … `<code>-<ENTITY_PARTS>.json`. */
export const ENTITY_FIRST = 200;
export const ENTITY_PARTS = 9;

/** The evidence of one entity, newest article first, in 1 + ENTITY_PARTS parts (trailing parts may be empty). */
export function entityParts(sentences: EvidenceSentence[]): EvidenceSentence[][] {
  const first = sentences.slice(0, ENTITY_FIRST);
  const rest = sentences.slice(ENTITY_FIRST);
  const size = Math.max(1, Math.ceil(rest.length / ENTITY_PARTS));
  return [first, ...Array.from({length: ENTITY_PARTS}, (_, i) => rest.slice(i * size, (i + 1) * size))];
}

/** The members of src/data/entities.tar: evidence sentences per partner and per Vietnamese side. */
export function entityFiles(data: SiteData): {name: string; data: string}[] {
  const dates = new Map((data.tables.articles as ArticleRow[]).map((a) => [a.id, a]));
  const newestFirst = (x: EvidenceSentence, y: EvidenceSentence) => {
    const a = dates.get(x.a);
    const b = dates.get(y.a);
    return (b?.year ?? -1) - (a?.year ?? -1) || (b?.month ?? 0) - (a?.month ?? 0) || (b?.day ?? 0) - (a?.day ?? 0) || x.a.localeCompare(y.a) || x.s - y.s;
  };
  const sentences = evidenceSentences(data).sort(newestFirst);
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
  const files: {name: string; data: string}[] = [];
  const write = (dir: string, code: string, list: EvidenceSentence[]) => {
    // Every sentence's activities with this entity, so that counts stay exact when only the first part is loaded.
    const acts = list.map((e): [string, number, string] => {
      const set = new Set<string>();
      for (const [vn, partner, a] of e.pairs) if ((dir === "partner" ? partner : vn) === code && a) for (const x of a.split(";")) set.add(x);
      return [e.a, e.s, [...set].sort().join(";")];
    });
    entityParts(list).forEach((part, i) => {
      const body: EntityEvidence | EvidenceSentence[] = i === 0 ? {total: list.length, acts, sentences: part} : part;
      files.push({name: `${dir}/${code}${i ? `-${i}` : ""}.json`, data: JSON.stringify(body)});
    });
  };
  for (const code of partnerCodes(data)) write("partner", code, byPartner.get(code) ?? []);
  for (const code of provinceCodes(data)) write("province", code, byVn.get(code) ?? []);
  write("province", NATIONAL, byVn.get(NATIONAL) ?? []);
  return files;
}

/** Partners with a page: every country and organisation the corpus names. */
export function partnerCodes(data: SiteData): string[] {
  return [
    ...(data.tables.countries as CountryRow[]).map((c) => c.code),
    ...(data.tables.organizations as OrganizationRow[]).map((o) => o.id)
  ].filter((code) => /^[A-Za-z0-9_-]+$/.test(code));
}

/** Provinces with a page: every province the corpus names. */
export function provinceCodes(data: SiteData): string[] {
  return (data.tables.provinces as ProvinceRow[]).map((p) => p.code).filter((code) => /^[A-Za-z0-9_-]+$/.test(code));
}

/** The members of src/data/articles.tar: `<chunk>.json`, the texts of CHUNK_SIZE articles each. */
export function articleChunks(data: SiteData): {name: string; data: string}[] {
  const chunks = chunkOf(data);
  const out: ArticleText[][] = Array.from({length: chunkCount(data)}, () => []);
  for (const d of data.details) {
    const k = chunks.get(d.id);
    if (k === undefined) continue;
    out[k].push({id: d.id, text: d.text, lines: d.lines, mentions: d.mentions, sentences: d.sentences});
  }
  return out.map((list, k) => ({name: `${k}.json`, data: JSON.stringify(list)}));
}
