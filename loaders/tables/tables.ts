// The tables every page draws from, derived with arquero from the extraction of each article:
// articles, mentions, pairs, evidence sentences, and counts by country, organisation, field,
// province (63 units and the 34-unit roll-up), province × partner, country × field and year.
// Every count comes three ways: articles, mentions, and evidence sentences.
import * as aq from "arquero";
import type {Gazetteer} from "../extract/gazetteer.js";
import type {ArticleExtraction, FileWarning} from "../extract/model.js";

const {op} = aq;

export interface ArticleRow {
  id: string;
  file: string;
  title: string | null;
  source: string | null;
  url: string | null;
  year: number | null;
  month: number | null;
  day: number | null;
  countries: number;
  organizations: number;
  localities: number;
  fields: number;
  pairs: number;
  sentences: number;
  warnings: string;
}
export interface MentionRow {
  article: string;
  sentence: number;
  kind: string;
  code: string;
  surface: string;
  start: number;
  end: number;
  via: string;
}
export interface PairRow {
  article: string;
  sentence: number;
  vn: string;
  partner: string;
  partner_kind: string;
  activities: string;
}
export interface SentenceRow {
  article: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
}
export interface SkippedRow {
  id: string;
  file: string;
  code: string;
  message: string;
}

export type Tables = Record<string, object[]>;

const uniqueCount = (values: Iterable<string>) => new Set(values).size;

/** Collects what each article contributes (not its whole text), then derives every table at once. */
export function createTableBuilder(g: Gazetteer) {
  const articles: ArticleRow[] = [];
  const mentions: MentionRow[] = [];
  const pairs: PairRow[] = [];
  const sentences: SentenceRow[] = [];
  const skipped: SkippedRow[] = [];

  return {
    addArticle(a: ArticleExtraction): void {
      const kinds = (k: string) => uniqueCount(a.mentions.filter((m) => m.kind === k).map((m) => m.code));
      articles.push({
        id: a.id,
        file: a.file,
        title: a.title,
        source: a.source,
        url: a.url,
        year: a.date.year,
        month: a.date.month,
        day: a.date.day,
        countries: kinds("country"),
        organizations: kinds("organization"),
        localities: kinds("province"),
        fields: kinds("field"),
        pairs: uniqueCount(a.pairs.map((p) => `${p.vn}\t${p.partner}`)),
        sentences: a.sentences.length,
        warnings: a.warnings.map((w) => w.code).join(";")
      });
      for (const m of a.mentions) mentions.push({article: a.id, sentence: m.sentence, kind: m.kind, code: m.code, surface: m.surface, start: m.start, end: m.end, via: m.via});
      for (const p of a.pairs) {
        pairs.push({article: a.id, sentence: p.sentence, vn: p.vn, partner: p.partner, partner_kind: p.partnerKind, activities: p.activities.join(";")});
      }
      // The sentences behind the counts: every sentence that names an entity or is evidence.
      const keep = new Set<number>();
      for (const m of a.mentions) if (m.kind !== "cue") keep.add(m.sentence);
      for (const p of a.pairs) keep.add(p.sentence);
      for (const s of a.sentences) {
        if (keep.has(s.index)) sentences.push({article: a.id, sentence: s.index, start: s.start, end: s.end, text: a.text.slice(s.start, s.end)});
      }
    },
    addSkipped(id: string, w: FileWarning): void {
      skipped.push({id, file: w.file, code: w.code, message: w.message});
    },
    build(): Tables {
      return deriveTables(g, {articles, mentions, pairs, sentences, skipped});
    }
  };
}

function table(rows: object[], columns: Record<string, unknown[]>): aq.ColumnTable {
  return rows.length ? aq.from(rows) : aq.table(columns as never);
}

/** Sorts rows by a numeric column (descending) then by a key (ascending): a stable, reproducible order. */
function ranked<T extends Record<string, unknown>>(rows: T[], by: keyof T, key: keyof T): T[] {
  return rows.sort((a, b) => (b[by] as number) - (a[by] as number) || String(a[key]).localeCompare(String(b[key]), "en"));
}

export function deriveTables(
  g: Gazetteer,
  base: {articles: ArticleRow[]; mentions: MentionRow[]; pairs: PairRow[]; sentences: SentenceRow[]; skipped: SkippedRow[]}
): Tables {
  const empty = {article: [], sentence: [], kind: [], code: [], vn: [], partner: []};
  const mentions = table(base.mentions, empty);
  const pairs = table(base.pairs, empty);
  const countryInfo = new Map(g.countries.map((c) => [c.code, c]));
  const orgInfo = new Map(g.organizations.map((o) => [o.id, o]));
  const provinceInfo = new Map(g.provinces.map((p) => [p.code, p]));
  const unitInfo = new Map(g.units2025.map((u) => [u.code, u]));
  const fieldInfo = new Map(g.fields.map((f) => [f.id, f]));

  /** Articles and mentions per code of one kind, plus evidence sentences from `evidence`. */
  const countsOf = (kind: string, evidence: Map<string, Set<string>>) =>
    (mentions
      .filter(aq.escape((d: MentionRow) => d.kind === kind))
      .groupby("code")
      .rollup({articles: op.distinct("article"), mentions: op.count()})
      .objects() as {code: string; articles: number; mentions: number}[]).map((r) => ({...r, evidence: evidence.get(r.code)?.size ?? 0}));

  const evidenceBy = (key: (p: PairRow) => string | string[]) => {
    const out = new Map<string, Set<string>>();
    for (const p of base.pairs) {
      for (const k of ([] as string[]).concat(key(p))) {
        let set = out.get(k);
        if (!set) out.set(k, (set = new Set()));
        set.add(`${p.article}\t${p.sentence}`);
      }
    }
    return out;
  };
  const byPartner = evidenceBy((p) => p.partner);
  const byVn = evidenceBy((p) => p.vn);
  // A field's evidence: pair evidence sentences that also name the field.
  const fieldsInSentence = new Map<string, Set<string>>();
  for (const m of base.mentions) {
    if (m.kind !== "field") continue;
    const k = `${m.article}\t${m.sentence}`;
    let set = fieldsInSentence.get(k);
    if (!set) fieldsInSentence.set(k, (set = new Set()));
    set.add(m.code);
  }
  const byField = evidenceBy((p) => [...(fieldsInSentence.get(`${p.article}\t${p.sentence}`) ?? [])]);

  const countries = ranked(
    countsOf("country", byPartner).map((r) => {
      const c = countryInfo.get(r.code);
      return {code: r.code, numeric: c?.numeric ?? null, name_en: c?.nameEn ?? r.code, name_vi: c?.nameVi ?? r.code, ...pick(r)};
    }),
    "articles",
    "code"
  );
  const organizations = ranked(
    countsOf("organization", byPartner).map((r) => {
      const o = orgInfo.get(r.code);
      return {id: r.code, name_en: o?.nameEn ?? r.code, name_vi: o?.nameVi ?? r.code, ...pick(r)};
    }),
    "articles",
    "id"
  );
  const fields = ranked(
    countsOf("field", byField).map((r) => {
      const f = fieldInfo.get(r.code);
      return {id: r.code, label_en: f?.labelEn ?? r.code, label_vi: f?.labelVi ?? r.code, ford: f?.ford ?? "", ford_label: f?.fordLabel ?? "", ...pick(r)};
    }),
    "articles",
    "id"
  );
  const partnersOf = (vns: Set<string>) => uniqueCount(base.pairs.filter((p) => vns.has(p.vn)).map((p) => p.partner));
  const provinces = ranked(
    countsOf("province", byVn).map((r) => {
      const p = provinceInfo.get(r.code);
      return {code: r.code, name_vi: p?.nameVi ?? r.code, name_en: p?.nameEn ?? r.code, unit_2025: p?.unit2025 ?? null, ...pick(r), partners: partnersOf(new Set([r.code]))};
    }),
    "articles",
    "code"
  );

  // The 34 units since 1 July 2025: distinct articles and evidence over their member provinces.
  const units = new Map<string, {articles: Set<string>; mentions: number; evidence: Set<string>; members: Set<string>}>();
  for (const m of base.mentions) {
    if (m.kind !== "province") continue;
    const unit = provinceInfo.get(m.code)?.unit2025 ?? m.code;
    let u = units.get(unit);
    if (!u) units.set(unit, (u = {articles: new Set(), mentions: 0, evidence: new Set(), members: new Set()}));
    u.articles.add(m.article);
    u.mentions++;
    u.members.add(m.code);
  }
  for (const p of base.pairs) {
    const unit = provinceInfo.get(p.vn)?.unit2025;
    if (unit && units.has(unit)) units.get(unit)!.evidence.add(`${p.article}\t${p.sentence}`);
  }
  const units2025 = ranked(
    [...units].map(([code, u]) => {
      const info = unitInfo.get(code);
      return {
        code,
        name_vi: info?.nameVi ?? code,
        members: [...u.members].sort().join(";"),
        articles: u.articles.size,
        mentions: u.mentions,
        evidence: u.evidence.size,
        partners: partnersOf(new Set(info?.members ?? [code]))
      };
    }),
    "articles",
    "code"
  );

  const provincePartner = ranked(
    (pairs
      .groupby("vn", "partner", "partner_kind")
      .rollup({articles: op.distinct("article"), evidence: op.count()})
      .objects() as {vn: string; partner: string; partner_kind: string; articles: number; evidence: number}[]).map((r) => ({
      ...r,
      vn_name: r.vn === "VN" ? "Việt Nam (national)" : provinceInfo.get(r.vn)?.nameVi ?? r.vn,
      partner_name: r.partner_kind === "country" ? countryInfo.get(r.partner)?.nameEn ?? r.partner : orgInfo.get(r.partner)?.nameEn ?? r.partner
    })),
    "evidence",
    "vn"
  );

  // Country × field: articles naming both; evidence sentences where the field is named with the partner.
  const countryField = new Map<string, {articles: Set<string>; evidence: Set<string>}>();
  const cell = (c: string, f: string) => {
    const k = `${c}\t${f}`;
    let v = countryField.get(k);
    if (!v) countryField.set(k, (v = {articles: new Set(), evidence: new Set()}));
    return v;
  };
  const perArticle = new Map<string, {countries: Set<string>; fields: Set<string>}>();
  for (const m of base.mentions) {
    if (m.kind !== "country" && m.kind !== "field") continue;
    let a = perArticle.get(m.article);
    if (!a) perArticle.set(m.article, (a = {countries: new Set(), fields: new Set()}));
    (m.kind === "country" ? a.countries : a.fields).add(m.code);
  }
  for (const [article, a] of perArticle) for (const c of a.countries) for (const f of a.fields) cell(c, f).articles.add(article);
  for (const p of base.pairs) {
    if (p.partner_kind !== "country") continue;
    for (const f of fieldsInSentence.get(`${p.article}\t${p.sentence}`) ?? []) cell(p.partner, f).evidence.add(`${p.article}\t${p.sentence}`);
  }
  const countryFieldRows = [...countryField]
    .map(([k, v]) => {
      const [country, field] = k.split("\t");
      return {country, field, articles: v.articles.size, evidence: v.evidence.size};
    })
    .sort((a, b) => a.country.localeCompare(b.country) || a.field.localeCompare(b.field));

  // Over time: an article with no stated year is counted apart (year null), never guessed.
  const pairArticles = new Map<string, number>();
  for (const p of base.pairs) pairArticles.set(p.article, (pairArticles.get(p.article) ?? 0) + 1);
  const byYear = new Map<string, {year: number | null; month: number | null; articles: number; evidence: number}>();
  const timeRow = (year: number | null, month: number | null) => {
    const k = `${year}\t${month}`;
    let r = byYear.get(k);
    if (!r) byYear.set(k, (r = {year, month, articles: 0, evidence: 0}));
    return r;
  };
  for (const a of base.articles) {
    for (const month of a.month !== null && a.year !== null ? [null, a.month] : [null]) {
      const r = timeRow(a.year, month);
      r.articles++;
      r.evidence += pairArticles.get(a.id) ?? 0;
    }
  }
  const timeline = [...byYear.values()].sort((a, b) => (a.year ?? 99999) - (b.year ?? 99999) || (a.month ?? 0) - (b.month ?? 0));

  return {
    articles: [...base.articles].sort((a, b) => a.id.localeCompare(b.id, "en")),
    mentions: base.mentions,
    pairs: base.pairs,
    sentences: base.sentences,
    skipped: base.skipped,
    countries,
    organizations,
    fields,
    provinces,
    units_2025: units2025,
    province_partner: provincePartner,
    country_field: countryFieldRows,
    timeline
  };
}

function pick(r: {articles: number; mentions: number; evidence: number}) {
  return {articles: r.articles, mentions: r.mentions, evidence: r.evidence};
}

