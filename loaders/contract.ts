// The site data's contract: the files the site writer (loaders/site/) puts in src/data/site/ and
// the pages (src/) read, their shapes and their numbers of parts. The writer imports it whole; the
// pages import only its types (Framework serves no module from outside src/), so what a page needs
// at run time comes with the data (facets.json carries its own dictionaries, site.json says where
// each partner's and article's data is) or is generated from the numbers below (the literal lists
// of part files, scripts/generate-file-lists.ts); the two constants the pages keep (the scopes and
// the national side's code, src/components/scope.ts and names.ts) are tested equal to these.
//
//   site.json                   SiteFile: figures, names, where each partner's and article's data is
//   facets.json                 FacetsFile: one row of numbers per article reporting cooperation; every count is made from it
//   facets-mentions.json        FacetsFile: the same for the other articles, read only in the mentions scope
//   catalog/<part>.json         CatalogRow[]: the list entries, by position, CATALOG_PARTS parts
//   texts/<part>.json           ArticleText[]: the articles, by id range, TEXT_PARTS parts
//   entities/<bucket>.json      Record<code, EntityFirst>, and <bucket>-more.json: Record<code, EntityRest>,
//                               for the partners and the Vietnamese sides (provinces and the national level)
//   quality.json                Quality: the extractor's scores, the gazetteer's sizes
//   warnings.json               WarnedFile[]
//   world-map.json, vietnam-map.json  the maps
import type {Relevance} from "./extract/model.js";

export type {Relevance};

/** What a page counts: S&T cooperation (the default), any cooperation, or every mention. */
export type Scope = "st" | "cooperation" | "mentions";
export const SCOPES: readonly Scope[] = ["st", "cooperation", "mentions"];
export const RELEVANCES: readonly Relevance[] = ["st_cooperation", "cooperation", "mention", "none"];
/**
 * Whether an article of this class counts in the scope: S&T cooperation in every scope, other
 * cooperation in "cooperation" and "mentions", the rest in "mentions" only. facets.json holds the
 * articles of the "cooperation" scope; the pages count by their own copy (inScope in
 * src/components/counts.ts), tested equal to this one.
 */
export const relevanceInScope = (relevance: Relevance, scope: Scope): boolean =>
  scope === "mentions" || relevance === "st_cooperation" || (scope === "cooperation" && relevance === "cooperation");

/** The code of the Vietnamese side when the actor is national (a ministry, the government). */
export const NATIONAL = "VN";

export const CATALOG_PARTS = 64;
export const TEXT_PARTS = 128;
export const ENTITY_BUCKETS = 64;

/** The kinds of entity with a page of their own. */
export type EntityKind = "partner" | "province";

/** A province code ("VN-HN") or the national level ("VN") is a Vietnamese side; any other code a partner (src/components/profileData.ts, kindOf, is tested equal). */
export const entityKind = (code: string): EntityKind => (code === NATIONAL || code.startsWith("VN-") ? "province" : "partner");

export interface DateParts {
  year: number | null;
  month: number | null;
  day: number | null;
}

export interface Names {
  countries: Record<string, {en: string; vi: string; numeric: string}>;
  organizations: Record<string, {en: string; vi: string; kind: string; country: string | null}>;
  provinces: Record<string, {vi: string; en: string; unit: string}>;
  units: Record<string, {vi: string; members: string[]}>;
  fields: Record<string, {en: string; vi: string; ford: string; ford_label: string; st: string}>;
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

/** site.json: read by every page; nothing in it grows with the number of articles but `files.texts`. */
export interface SiteFile {
  /** The day the site data was computed (YYYY-MM-DD): no article is dated after it. */
  built: string;
  corpus: {files: number; articles: number; skipped: number; duplicates: number; sentences: number; warned: number};
  /** Articles per relevance class. */
  relevance: Record<Relevance, number>;
  names: Names;
  skipped: SkippedFile[];
  /** Articles per warning code; the articles themselves are in warnings.json. */
  warnings: {code: string; articles: number}[];
  files: {
    /** Each partner's and Vietnamese side's bucket (entities/<bucket>.json), by code. */
    entities: Record<string, number>;
    /** The first id of each text part, in code-point order: an article is in the last part whose first id is ≤ its own. */
    texts: string[];
    /** Articles per catalogue part. */
    catalog: number;
  };
  /** How many evidence sentences and articles an entity file holds first, per scope (the rest is in -more). */
  firstPage: {sentences: number; articles: number};
}

/**
 * facets.json and facets-mentions.json: one compact row per article, in position order (S&T
 * cooperation first, then other cooperation, mentions and the rest, newest first within each; see
 * corpusTable.ts), its position `i` (`first` + its row) being its number in the catalogue. facets.json
 * holds the articles that report cooperation, facets-mentions.json the others. A row is [date, source, relevance, c, o, p, f, pairs] (trailing empty
 * lists left off), every code an index into `codes`:
 *   date       year × 100 + month (month 0 when unknown), 0 when the year is unknown
 *   source     1 + its index in `sources`, 0 when not stated
 *   relevance  its index in `relevances` (RELEVANCES)
 *   c, o, p, f countries, organisations, provinces, fields named: [code, mentions, code, mentions, …]
 *   pairs      per pair: vn, partner, flags (1: S&T, 2: the partner is an organisation), activities
 *              (a bit per entry of `activities`, ACTIVITIES), the number of fields and the fields, the number of
 *              evidence sentences and the sentences
 */
export interface FacetsFile {
  /** The position of its first row: 0 in facets.json, the number of articles reporting cooperation in facets-mentions.json. */
  first: number;
  codes: string[];
  sources: string[];
  /** RELEVANCES and ACTIVITIES, as written: the pages decode by these, not by constants of their own. */
  relevances: string[];
  activities: string[];
  rows: (number | number[])[][];
}

/** Activities in the order of their bits in FacetsFile. */
export const ACTIVITIES = ["agreement", "visit", "talks", "conference", "joint_research", "training", "tech_transfer", "study_tour", "cooperation"] as const;

/** One pair of an article: a Vietnamese side and a partner, with what its evidence says. */
export interface PairFacts {
  vn: string;
  partner: string;
  organization: boolean;
  st: boolean;
  fields: string[];
  activities: string[];
  /** Its evidence sentences (indexes into the article's sentences). */
  sentences: number[];
}

/** One article's facets, decoded (src/components/facetRows.ts): what every count is made of. */
export interface ArticleFacts {
  /** Its position (relevance class, then newest first): its number in the catalogue. */
  i: number;
  y: number | null;
  m: number | null;
  source: string | null;
  relevance: Relevance;
  c: [string, number][];
  o: [string, number][];
  p: [string, number][];
  f: [string, number][];
  pairs: PairFacts[];
}

/** One entry of catalog/<part>.json: what a list of articles shows of one. */
export interface CatalogRow {
  id: string;
  title: string | null;
  file: string;
  url: string | null;
  source: string | null;
  date: DateParts;
  /** For an article with no headline: the first words of its main text ("…" where cut), what lists show in its title's place; else null. */
  lead: string | null;
  /** Sentences in the main text. */
  n: number;
  /** Warning codes, ";"-joined. */
  w: string;
}

/** What a list shows of an article, with its position. */
export type ListEntry = Pick<CatalogRow, "id" | "title" | "file" | "date"> & Partial<Pick<CatalogRow, "lead">> & {i: number};

/** One pair's evidence in an article, for the article view: why the article is in its class. */
export interface TextPair {
  vn: string;
  partner: string;
  sentence: number;
  activities: string[];
  fields: string[];
  /** The S&T cue: [kind, code, sentence, start, end] (start and end in the article's text), or null. */
  st: [string, string, number, number, number] | null;
}

/** One article of texts/<part>.json: everything the article view shows. */
export interface ArticleText extends CatalogRow {
  relevance: Relevance;
  /** Where the date comes from: "metadata", "dateline", "lead", or null. */
  dateFrom: string | null;
  text: string;
  /** [start, end, chrome reason or null] per line. */
  lines: [number, number, string | null][];
  /** [start, end, kind, code] per mention. */
  mentions: [number, number, string, string][];
  sentences: [number, number][];
  pairs: TextPair[];
}

/** A sentence that is evidence of cooperation, with every entity named in it. */
export interface EvidenceSentence {
  /** The article's id and position (ArticleFacts.i) and the sentence's index. */
  a: string;
  i: number;
  s: number;
  /** The article's title and date. */
  t: string | null;
  date: DateParts;
  text: string;
  /** [vn, partner, S&T, activities ";"-joined] for each pair the sentence supports. */
  pairs: [string, string, boolean, string][];
  /** [start, end, kind, code] relative to the sentence. */
  h: [number, number, string, string][];
}

/**
 * Each evidence sentence of an entity, for its counts under the page's filters: [article position,
 * sentence, S&T (for this entity), activities ";"-joined, fields ";"-joined].
 */
export type EntityAct = [number, number, boolean, string, string];

/**
 * What a partner's or Vietnamese side's page reads first (entities/<bucket>.json by code): every
 * evidence sentence as an act, the newest `firstPage.sentences` evidence sentences of each scope
 * and the list entries of the first `firstPage.articles` articles of each scope (st, cooperation,
 * mentions), once each, by position.
 */
export interface EntityFirst {
  acts: EntityAct[];
  sentences: EvidenceSentence[];
  articles: ListEntry[];
  /** Articles per scope, all of them (the lists hold the first ones). */
  total: Record<Scope, number>;
}

/** The rest of an entity's lists (entities/<bucket>-more.json by code), fetched when the reader asks. */
export interface EntityRest {
  sentences: EvidenceSentence[];
  articles: ListEntry[];
}

/** quality.json: the extractor against the seed gold and the hand-labelled news sample, and the gazetteer's sizes. */
export interface Quality {
  gold: {
    articles: number;
    found: number;
    scores: {kind: string; tp: number; fp: number; fn: number; precision: number; recall: number; f1: number}[];
    errors: {id: string; kind: string; missing: string; extra: string}[];
    metadata: {id: string; title: boolean; source: boolean; date: boolean}[];
  } | null;
  goldError: string | null;
  /** data/evaluation/vn-news-relevance-scores.json, as scripts/evaluate-corpus.ts --write last wrote it. */
  sample: SampleScores | null;
  gazetteer: {table: string; file: string; rows: number; names: number}[];
}

/** The relevance scores on the hand-labelled sample of real news (held-out half and both halves). */
export interface SampleScores {
  command: string;
  articles: number;
  /** `st`, `cooperation`: weighted to the corpus by stratum; `stSample`: S&T cooperation counted on the sample as drawn. */
  halves: Record<"held-out" | "all", {articles: number; accuracy: number; st: Score; stSample: Score; cooperation: Score; partners: Score; stPartners: Score; dates: {exact: number}}>;
  /** Two annotators on the same articles: the share given the same class, and S&T cooperation scored one against the other. */
  agreement?: {articles: number; classes: number; st: Score};
  /**
   * A second sample, of articles the rules were never written on (tests/gold/relevance-fresh.json): its
   * first, blind scores (the rules of `first.commit`), and today's on its development half (read since)
   * and its held-out half (never read). Written by the command; the build keeps the last ones.
   */
  fresh?: {
    command: string;
    articles: number;
    /** `articles`: how many the first scoring covered (the sample has grown since). */
    first: {commit: string; articles?: number; stSample: Score; stPartners: Score};
    halves: Record<"dev" | "held-out", {articles: number; st: Score; stSample: Score; stPartners: Score}>;
    /**
     * Today's S&T scope on the whole of that corpus against every label there is (the fresh sample,
     * tests/gold/relevance-fresh-positives.json and -recall.json): articles in the corpus, in the scope, labelled, and
     * labelled as reporting S&T cooperation.
     */
    census?: {articles: number; st: number; labelled: number; reportSt: number};
  };
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
}
