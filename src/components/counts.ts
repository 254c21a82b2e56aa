// The count engine: every number on every page, and in `npm run extract -- --tables`, comes from
// these functions over the articles' facets (facetRows.ts). A scope says what is counted:
//   st           articles reporting S&T cooperation; a partner, province or field counts when an S&T
//                pair of the article has it (a province as the pair's Vietnamese side, a field as one
//                its evidence names)
//   cooperation  the same for any cooperation pair
//   mentions     every article; a partner, province or field counts when the article names it
// Measures: articles, evidence sentences (distinct sentences of the scope's pairs that involve it)
// and, in the mentions scope, mentions. Pure functions, no DOM: the command line runs them too.
import type {ArticleFacts, PairFacts, Scope} from "../../loaders/contract.js";
import {NATIONAL} from "./names.js";

export type Measure = "articles" | "evidence" | "mentions";
export type Kind = "partner" | "country" | "organization" | "province" | "field";

/** Whether the article counts in the scope at all. */
export function inScope(a: ArticleFacts, scope: Scope): boolean {
  return scope === "mentions" || a.relevance === "st_cooperation" || (scope === "cooperation" && a.relevance === "cooperation");
}

/** Which pairs count: all of the scope's, or only those of one partner or Vietnamese side (a profile page). */
export type PairKeep = (p: PairFacts) => boolean;

/** The article's pairs that the scope counts (every pair outside the S&T scope), and that `keep` keeps. */
export function scopedPairs(a: ArticleFacts, scope: Scope, keep?: PairKeep): PairFacts[] {
  const pairs = scope === "st" ? a.pairs.filter((p) => p.st) : a.pairs;
  return keep ? pairs.filter(keep) : pairs;
}

/** The pairs of one partner or one Vietnamese side. */
export const pairsWith = (kind: "partner" | "province", code: string): PairKeep => (kind === "partner" ? (p) => p.partner === code : (p) => p.vn === code);

const named = (a: ArticleFacts, kind: Kind): [string, number][] =>
  kind === "country" ? a.c : kind === "organization" ? a.o : kind === "partner" ? [...a.c, ...a.o] : kind === "province" ? a.p : a.f;

/** The codes of `kind` that a pair stands for: its partner, its Vietnamese side or its fields. */
function codesOfPair(p: PairFacts, kind: Kind): string[] {
  if (kind === "field") return p.fields;
  if (kind === "province") return [p.vn];
  if (kind === "country" && p.organization) return [];
  if (kind === "organization" && !p.organization) return [];
  return [p.partner];
}

/**
 * The codes of `kind` an article counts for in the scope, with their mentions (0 outside the
 * mentions scope). Provinces leave out the national level.
 */
export function codesOf(a: ArticleFacts, kind: Kind, scope: Scope, keep?: PairKeep): Map<string, number> {
  const out = new Map<string, number>();
  if (!inScope(a, scope)) return out;
  if (scope === "mentions") {
    for (const [code, n] of named(a, kind)) out.set(code, n);
    return out;
  }
  for (const p of scopedPairs(a, scope, keep)) for (const code of codesOfPair(p, kind)) if (code !== NATIONAL) out.set(code, 0);
  return out;
}

/** Per code of `kind`, the article's distinct evidence sentences in the scope. */
export function evidenceOf(a: ArticleFacts, kind: Kind, scope: Scope, keep?: PairKeep): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  if (!inScope(a, scope)) return out;
  for (const p of scopedPairs(a, scope, keep)) {
    for (const code of codesOfPair(p, kind)) {
      let set = out.get(code);
      if (!set) out.set(code, (set = new Set()));
      for (const s of p.sentences) set.add(s);
    }
  }
  return out;
}

/** The article's distinct evidence sentences in the scope (of the pairs `keep` keeps). */
export function evidenceSentences(a: ArticleFacts, scope: Scope, keep?: PairKeep): number {
  if (!inScope(a, scope)) return 0;
  return new Set(scopedPairs(a, scope, keep).flatMap((p) => p.sentences)).size;
}

export interface Count {
  code: string;
  articles: number;
  evidence: number;
  mentions: number;
}

export interface CountOptions {
  /** The order: largest first by this measure (then by articles, then by code). */
  measure?: Measure;
  /** Codes counted as one group (a province to its 2025 unit): an article counts once per group, and so does each evidence sentence. */
  group?: (code: string) => string;
  /** Only these pairs (outside the mentions scope): a profile page counts its partner's or province's own. */
  pairs?: PairKeep;
}

/** Counts per code of one kind over the given articles. */
export function countBy(rows: ArticleFacts[], kind: Kind, scope: Scope, {measure = "articles", group, pairs: keep}: CountOptions = {}): Count[] {
  const out = new Map<string, Count>();
  const row = (code: string) => {
    let r = out.get(code);
    if (!r) out.set(code, (r = {code, articles: 0, evidence: 0, mentions: 0}));
    return r;
  };
  for (const a of rows) {
    const counted = regroup(codesOf(a, kind, scope, keep), group, (x, y) => x + y);
    for (const [code, n] of counted) {
      const r = row(code);
      r.articles++;
      r.mentions += n;
    }
    // Only codes the article counts for (never the national level as a province).
    const evidence = regroup(evidenceOf(a, kind, scope, keep), group, (x, y) => new Set([...x, ...y]));
    for (const [code, set] of evidence) if (counted.has(code)) row(code).evidence += set.size;
  }
  return [...out.values()].sort((x, y) => y[measure] - x[measure] || y.articles - x.articles || (x.code < y.code ? -1 : 1));
}

function regroup<T>(m: Map<string, T>, group: ((code: string) => string) | undefined, merge: (x: T, y: T) => T): Map<string, T> {
  if (!group) return m;
  const out = new Map<string, T>();
  for (const [code, v] of m) {
    const g = group(code);
    const old = out.get(g);
    out.set(g, old === undefined ? v : merge(old, v));
  }
  return out;
}

export interface PairCount {
  vn: string;
  partner: string;
  articles: number;
  evidence: number;
}

/** Vietnamese side × partner in the cooperation scopes (the mentions scope counts every pair): articles and evidence sentences. */
export function pairCounts(rows: ArticleFacts[], scope: Scope, keep?: PairKeep): PairCount[] {
  const out = new Map<string, PairCount>();
  for (const a of rows) {
    if (!inScope(a, scope)) continue;
    for (const p of scopedPairs(a, scope, keep)) {
      const k = `${p.vn}\t${p.partner}`;
      let r = out.get(k);
      if (!r) out.set(k, (r = {vn: p.vn, partner: p.partner, articles: 0, evidence: 0}));
      r.articles++;
      r.evidence += p.sentences.length;
    }
  }
  return [...out.values()].sort((x, y) => y.evidence - x.evidence || y.articles - x.articles || (x.vn + x.partner < y.vn + y.partner ? -1 : 1));
}

export interface CrossCount {
  partner: string;
  field: string;
  articles: number;
  evidence: number;
}

/**
 * Partner × field. In the cooperation scopes: a pair's partner with each field its evidence names
 * (articles, evidence sentences). In the mentions scope: articles naming both; evidence sentences
 * of pairs with the partner whose evidence names the field.
 */
export function partnerFieldCounts(rows: ArticleFacts[], scope: Scope, {countriesOnly = false} = {}): CrossCount[] {
  const out = new Map<string, {partner: string; field: string; articles: Set<number>; evidence: number}>();
  const cell = (partner: string, field: string) => {
    const k = `${partner}\t${field}`;
    let r = out.get(k);
    if (!r) out.set(k, (r = {partner, field, articles: new Set(), evidence: 0}));
    return r;
  };
  const partnerKind: Kind = countriesOnly ? "country" : "partner";
  for (const a of rows) {
    if (!inScope(a, scope)) continue;
    if (scope === "mentions") for (const [p] of named(a, partnerKind)) for (const [f] of a.f) cell(p, f).articles.add(a.i);
    const sentences = new Map<string, Set<number>>();
    for (const p of scopedPairs(a, scope)) {
      if (countriesOnly && p.organization) continue;
      for (const f of p.fields) {
        if (scope !== "mentions") cell(p.partner, f).articles.add(a.i);
        const k = `${p.partner}\t${f}`;
        let set = sentences.get(k);
        if (!set) sentences.set(k, (set = new Set()));
        for (const s of p.sentences) set.add(s);
      }
    }
    for (const [k, set] of sentences) {
      const [partner, field] = k.split("\t");
      cell(partner, field).evidence += set.size;
    }
  }
  return [...out.values()].map((r) => ({partner: r.partner, field: r.field, articles: r.articles.size, evidence: r.evidence}));
}

export interface YearCount {
  year: number;
  articles: number;
  evidence: number;
  /** Distinct Vietnamese side × partner pairs with evidence in that year's articles. */
  pairs: number;
}
export interface MonthCount {
  year: number;
  month: number;
  articles: number;
}
export interface TimeCounts {
  years: YearCount[];
  months: MonthCount[];
  /** Articles with no year: counted apart, never placed in time. */
  undated: number;
  /** Articles with a year but no month. */
  yearOnly: number;
}

/** Articles in the scope over time: per year and per month, the undated apart. */
export function timeCounts(rows: ArticleFacts[], scope: Scope, keep?: PairKeep): TimeCounts {
  const years = new Map<number, {articles: number; evidence: number; pairs: Set<string>}>();
  const months = new Map<number, number>();
  let undated = 0;
  let yearOnly = 0;
  for (const a of rows) {
    if (!inScope(a, scope)) continue;
    if (a.y === null) {
      undated++;
      continue;
    }
    let r = years.get(a.y);
    if (!r) years.set(a.y, (r = {articles: 0, evidence: 0, pairs: new Set()}));
    r.articles++;
    r.evidence += evidenceSentences(a, scope, keep);
    for (const p of scopedPairs(a, scope, keep)) r.pairs.add(`${p.vn}\t${p.partner}`);
    if (a.m === null) yearOnly++;
    else months.set(a.y * 100 + a.m, (months.get(a.y * 100 + a.m) ?? 0) + 1);
  }
  return {
    years: [...years].map(([year, r]) => ({year, articles: r.articles, evidence: r.evidence, pairs: r.pairs.size})).sort((x, y) => x.year - y.year),
    months: [...months].map(([k, articles]) => ({year: Math.floor(k / 100), month: k % 100, articles})).sort((x, y) => x.year - y.year || x.month - y.month),
    undated,
    yearOnly
  };
}

/** Activity types of the scope's pairs (those `keep` keeps): articles whose pairs carry each. */
export function activityCounts(rows: ArticleFacts[], scope: Scope, keep?: PairKeep): {activity: string; articles: number}[] {
  const out = new Map<string, number>();
  for (const a of rows) {
    if (!inScope(a, scope)) continue;
    for (const act of new Set(scopedPairs(a, scope, keep).flatMap((p) => p.activities))) out.set(act, (out.get(act) ?? 0) + 1);
  }
  return [...out].map(([activity, articles]) => ({activity, articles})).sort((x, y) => y.articles - x.articles || (x.activity < y.activity ? -1 : 1));
}

/** Articles in the scope, and their evidence sentences. */
export function totals(rows: ArticleFacts[], scope: Scope): {articles: number; evidence: number} {
  let articles = 0;
  let evidence = 0;
  for (const a of rows) {
    if (!inScope(a, scope)) continue;
    articles++;
    evidence += evidenceSentences(a, scope);
  }
  return {articles, evidence};
}

export interface Filter {
  from: number | null;
  to: number | null;
  /** Include the articles whose year is not stated (they cannot be placed in a range). */
  undated: boolean;
  /** Only articles that count for this field in the scope ("" for every field). */
  field: string;
}

export const NO_FILTER: Filter = {from: null, to: null, undated: true, field: ""};

/** The years the articles span, or null when none is dated. */
export function yearExtent(rows: ArticleFacts[]): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const a of rows) if (a.y !== null) (lo = Math.min(lo, a.y)), (hi = Math.max(hi, a.y));
  return lo === Infinity ? null : [lo, hi];
}

/** The articles in the scope that pass the filter. */
export function applyFilter(rows: ArticleFacts[], f: Filter, scope: Scope): ArticleFacts[] {
  return rows.filter(
    (a) =>
      inScope(a, scope) &&
      (a.y === null ? f.undated : (f.from === null || a.y >= f.from) && (f.to === null || a.y <= f.to)) &&
      (!f.field || codesOf(a, "field", scope).has(f.field))
  );
}

/** Whether the filter leaves out anything of `rows`. */
export function isFiltered(rows: ArticleFacts[], f: Filter): boolean {
  const ext = yearExtent(rows);
  return !!f.field || !f.undated || (!!ext && ((f.from ?? ext[0]) > ext[0] || (f.to ?? ext[1]) < ext[1]));
}

/**
 * The articles that count for one partner or Vietnamese side in the scope, in position order: those with
 * a pair with it (an S&T pair in the S&T scope); in the mentions scope, also those that name it.
 */
export function articlesOf(rows: ArticleFacts[], kind: "partner" | "province", code: string, scope: Scope): ArticleFacts[] {
  const keep = pairsWith(kind, code);
  return rows.filter((a) => inScope(a, scope) && (scopedPairs(a, scope, keep).length > 0 || (scope === "mentions" && named(a, kind).some(([c]) => c === code))));
}
