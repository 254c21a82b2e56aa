// The shapes of the files the dashboard's pages read (src/data/*), shared by the loaders that
// write them (loaders/site/shape.ts) and the components that draw them (src/components/).
// Type declarations only: components import them with `import type`.

export interface DateParts {
  year: number | null;
  month: number | null;
  day: number | null;
}

export interface CountRow {
  articles: number;
  mentions: number;
  evidence: number;
}
export interface CountryRow extends CountRow {
  code: string;
  numeric: string | null;
  name_en: string;
  name_vi: string;
}
export interface OrganizationRow extends CountRow {
  id: string;
  name_en: string;
  name_vi: string;
}
export interface FieldRow extends CountRow {
  id: string;
  label_en: string;
  label_vi: string;
  ford: string;
  ford_label: string;
}
export interface ProvinceRow extends CountRow {
  code: string;
  name_vi: string;
  name_en: string;
  unit_2025: string | null;
  partners: number;
}
export interface UnitRow extends CountRow {
  code: string;
  name_vi: string;
  members: string;
  partners: number;
}
export interface ProvincePartnerRow {
  vn: string;
  partner: string;
  partner_kind: string;
  articles: number;
  evidence: number;
  vn_name: string;
  partner_name: string;
}
export interface CountryFieldRow {
  country: string;
  field: string;
  articles: number;
  evidence: number;
}
export interface TimelineRow {
  year: number | null;
  month: number | null;
  articles: number;
  evidence: number;
}
export interface YearRow {
  year: number | null;
  articles: number;
  /** Distinct (Vietnamese side, partner) pairs with evidence in that year's articles. */
  pairs: number;
  evidence: number;
}
export interface SkippedFile {
  id: string;
  file: string;
  code: string;
  message: string;
}
export interface WarnedFile {
  id: string;
  file: string;
  warnings: string;
}

export interface Names {
  countries: Record<string, {en: string; vi: string; numeric: string}>;
  organizations: Record<string, {en: string; vi: string; kind: string; country: string | null}>;
  provinces: Record<string, {vi: string; en: string; unit: string}>;
  units: Record<string, {vi: string; members: string[]}>;
  fields: Record<string, {en: string; vi: string; ford: string; ford_label: string}>;
}

/** src/data/site.json: the corpus's figures and every aggregate table (bounded by the gazetteer). */
export interface SiteSummary {
  corpus: {files: number; articles: number; skipped: number; duplicates: number; sentences: number; mentions: number; pairs: number; evidence: number};
  span: {first: DateParts | null; last: DateParts | null; dated: number; undated: number};
  figures: {articles: number; countries: number; organizations: number; provinces: number; fields: number; pairs: number; evidence: number; sources: number; national_evidence: number; provincial_evidence: number; warned: number};
  names: Names;
  countries: CountryRow[];
  organizations: OrganizationRow[];
  fields: FieldRow[];
  provinces: ProvinceRow[];
  units: UnitRow[];
  province_partner: ProvincePartnerRow[];
  country_field: CountryFieldRow[];
  timeline: TimelineRow[];
  years: YearRow[];
  activities: {activity: string; evidence: number; articles: number}[];
  sources: {source: string; articles: number}[];
  skipped: SkippedFile[];
  /** Articles per warning code; the articles themselves are in src/data/warnings.json. */
  warnings: {code: string; articles: number}[];
}

/**
 * src/data/facets.json as written (see loaders/site/facets.ts): dictionaries of codes and
 * sources, and one row of numbers per article, newest first.
 */
export interface FacetsFile {
  /** Articles per part of the catalogue (data/catalog/<part>.json). */
  catalog: number;
  codes: string[];
  sources: string[];
  rows: (number | number[])[][];
}

/** One article's facets, decoded in the browser (src/components/facets.ts). */
export interface FacetRow {
  /** The article's position (newest first): its number in the catalogue. */
  i: number;
  y: number | null;
  source: string | null;
  c: [string, number][];
  o: [string, number][];
  p: [string, number][];
  f: [string, number][];
  /** Pairs: [vn, partner, evidence sentence indexes]. */
  e: [string, string, number[]][];
  /** Per field, the evidence sentences that name it. */
  fe: [string, number[]][];
}

/** One entry of src/data/catalog/<part>.json. */
export interface CatalogRow {
  id: string;
  title: string | null;
  file: string;
  url: string | null;
  m: number | null;
  d: number | null;
  /** Sentences in the main text. */
  n: number;
  /** Warning codes, ";"-joined. */
  w: string;
}

/** What a list of articles shows of each (title, or file when untitled; date; link by id). */
export type ListEntry = Pick<CatalogRow, "id" | "title" | "file" | "m" | "d">;

/** A list entry with the article's position (FacetRow.i): what a partner's or province's page lists. */
export type PlacedListEntry = ListEntry & {i: number};

/** An article with its facets and what a list shows of it. */
export type ListedArticle = FacetRow & ListEntry;

/** An article with its facets and its catalogue entry: what the Articles page shows. */
export type IndexRow = FacetRow & CatalogRow;

/** A sentence that is evidence of cooperation, with every entity named in it. */
export interface EvidenceSentence {
  /** The article's id and position (see FacetRow.i). */
  a: string;
  i: number;
  s: number;
  /** The article's title, date and source, for the evidence list. */
  t: string | null;
  date: DateParts;
  src: string | null;
  text: string;
  /** [vn, partner, activities ";"-joined] for each pair the sentence supports. */
  pairs: [string, string, string][];
  /** [start, end, kind, code] relative to the sentence. */
  h: [number, number, string, string][];
}

/**
 * One partner's or province's evidence, in `data/entities/<partner|province>/<bucket>.json` (an
 * object by code; see src/components/entityBucket.ts): its evidence sentences, newest first.
 * Only the first ENTITY_FIRST.sentences are here; the rest are in `<bucket>-more.json` (EntityRest), fetched
 * when the reader asks for more. `acts` lists every sentence ([article position, sentence,
 * activities with this entity, fields named in it]) so that counts stay exact under the page's
 * filters.
 *
 * `articles` are the catalogue entries of the newest ENTITY_FIRST.articles articles the entity's page lists
 * (articlesWith: the articles that name it or have evidence for it); the others are in the rest,
 * fetched when the list goes further. The page thus needs no catalogue part.
 */
export interface EntityEvidence {
  total: number;
  acts: [number, number, string, string][];
  sentences: EvidenceSentence[];
  articles: PlacedListEntry[];
}

/** What `<bucket>-more.json` holds for each partner or province of the bucket: the rest of its lists. */
export interface EntityRest {
  sentences: EvidenceSentence[];
  articles: PlacedListEntry[];
}

/** The articles of one part of the texts (data/texts/<archive>/<part>.json). */
export interface ArticleText {
  id: string;
  text: string;
  lines: [number, number, string | null][];
  mentions: [number, number, string, string][];
  sentences: [number, number][];
}

/** src/data/quality.json: the extractor against the seed gold, and the gazetteer's sizes. */
export interface Quality {
  gold: {
    articles: number;
    found: number;
    scores: {kind: string; tp: number; fp: number; fn: number; precision: number; recall: number; f1: number}[];
    errors: {id: string; kind: string; missing: string; extra: string}[];
    metadata: {id: string; title: boolean; source: boolean; date: boolean}[];
  } | null;
  goldError: string | null;
  gazetteer: {table: string; file: string; rows: number; names: number}[];
}
