// Scoring the extractor against reference annotations (tests/gold/seeds.json, per ANNOTATION.md):
// exact sets for countries, organisations and localities; precision, recall and F1 for pairs and
// fields, where a field the gold marks optional is neither rewarded nor penalised.
import type {ArticleSummary} from "./summary.js";

export interface GoldArticle {
  title: string | null;
  source: string | null;
  date: {year: number | null; month: number | null; day: number | null};
  countries: string[];
  organizations: string[];
  localities: string[];
  pairs: [string, string][];
  fields: {required: string[]; optional: string[]};
  traps?: string[];
}
export interface Gold {
  articles: Record<string, GoldArticle>;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ArticleScore {
  id: string;
  found: boolean;
  countries: {missing: string[]; extra: string[]};
  organizations: {missing: string[]; extra: string[]};
  localities: {missing: string[]; extra: string[]};
  pairs: {missing: string[]; extra: string[]};
  fields: {missing: string[]; extra: string[]};
  title: boolean;
  source: boolean;
  date: boolean;
}

export interface Evaluation {
  articles: ArticleScore[];
  countries: Score;
  organizations: Score;
  localities: Score;
  pairs: Score;
  fields: Score;
  /** Every article's countries, organisations and localities equal the gold's. */
  entitiesExact: boolean;
}

/** Precision, recall and F1 from counts (1 when nothing was expected or found). */
export function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {tp, fp, fn, precision, recall, f1};
}

function diff(found: Iterable<string>, gold: Iterable<string>, ignore: Iterable<string> = []) {
  const f = new Set(found);
  const g = new Set(gold);
  const skip = new Set(ignore);
  return {
    missing: [...g].filter((x) => !f.has(x)).sort(),
    extra: [...f].filter((x) => !g.has(x) && !skip.has(x)).sort(),
    tp: [...g].filter((x) => f.has(x)).length
  };
}

export function evaluate(summaries: ArticleSummary[], gold: Gold): Evaluation {
  const byId = new Map(summaries.map((s) => [s.id, s]));
  const totals = {countries: [0, 0, 0], organizations: [0, 0, 0], localities: [0, 0, 0], pairs: [0, 0, 0], fields: [0, 0, 0]};
  const articles: ArticleScore[] = [];
  for (const [id, g] of Object.entries(gold.articles)) {
    const s = byId.get(id);
    const parts = {
      countries: diff(s?.countries.map((c) => c.code) ?? [], g.countries),
      organizations: diff(s?.organizations.map((o) => o.id) ?? [], g.organizations),
      localities: diff(s?.localities.map((l) => l.code) ?? [], g.localities),
      pairs: diff(s?.pairs.map((p) => `${p.vn}→${p.partner}`) ?? [], g.pairs.map(([vn, p]) => `${vn}→${p}`)),
      fields: diff(s?.fields.map((f) => f.id) ?? [], g.fields.required, g.fields.optional)
    };
    for (const k of Object.keys(totals) as (keyof typeof totals)[]) {
      totals[k][0] += parts[k].tp;
      totals[k][1] += parts[k].extra.length;
      totals[k][2] += parts[k].missing.length;
    }
    const strip = ({missing, extra}: {missing: string[]; extra: string[]}) => ({missing, extra});
    articles.push({
      id,
      found: !!s,
      countries: strip(parts.countries),
      organizations: strip(parts.organizations),
      localities: strip(parts.localities),
      pairs: strip(parts.pairs),
      fields: strip(parts.fields),
      title: s?.title === g.title,
      source: s?.source === g.source,
      date: !!s && s.date.year === g.date.year && s.date.month === g.date.month && s.date.day === g.date.day
    });
  }
  const sc = (k: keyof typeof totals) => score(totals[k][0], totals[k][1], totals[k][2]);
  const exact = (k: "countries" | "organizations" | "localities") => articles.every((a) => a.found && !a[k].missing.length && !a[k].extra.length);
  return {
    articles,
    countries: sc("countries"),
    organizations: sc("organizations"),
    localities: sc("localities"),
    pairs: sc("pairs"),
    fields: sc("fields"),
    entitiesExact: exact("countries") && exact("organizations") && exact("localities")
  };
}
