// The command line's contract: one JSON object per article, with counts per entity.
import type {ArticleExtraction, Activity, FileWarning, Mention, PartialDate, Relevance} from "../extract/model.js";

export type {Relevance};

export interface ArticleSummary {
  id: string;
  title: string | null;
  source: string | null;
  date: PartialDate;
  countries: {code: string; mentions: number}[];
  organizations: {id: string; mentions: number}[];
  localities: {code: string; mentions: number}[];
  fields: {id: string; mentions: number}[];
  pairs: {vn: string; partner: string; evidence: number; activities: Activity[]; st: boolean; fields: string[]}[];
  relevance: Relevance;
  skipped: boolean;
  warnings: string[];
}

/** Counts of mentions per code, most mentioned first, then by code. */
export function countBy(mentions: Mention[], kind: Mention["kind"]): {code: string; mentions: number}[] {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.kind === kind) counts.set(m.code, (counts.get(m.code) ?? 0) + 1);
  return [...counts]
    .map(([code, mentions]) => ({code, mentions}))
    .sort((a, b) => b.mentions - a.mentions || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

export function warningText(w: FileWarning): string {
  return `${w.code}: ${w.message}`;
}

export function summarize(a: ArticleExtraction): ArticleSummary {
  const pairs = new Map<string, {vn: string; partner: string; sentences: Set<number>; activities: Set<Activity>; st: boolean; fields: Set<string>}>();
  for (const p of a.pairs) {
    const key = `${p.vn}\t${p.partner}`;
    let entry = pairs.get(key);
    if (!entry) pairs.set(key, (entry = {vn: p.vn, partner: p.partner, sentences: new Set(), activities: new Set(), st: false, fields: new Set()}));
    entry.sentences.add(p.sentence);
    for (const act of p.activities) entry.activities.add(act);
    if (p.st) entry.st = true;
    for (const f of p.fields) entry.fields.add(f);
  }
  return {
    id: a.id,
    title: a.title,
    source: a.source,
    date: a.date,
    countries: countBy(a.mentions, "country"),
    organizations: countBy(a.mentions, "organization").map(({code, mentions}) => ({id: code, mentions})),
    localities: countBy(a.mentions, "province"),
    fields: countBy(a.mentions, "field").map(({code, mentions}) => ({id: code, mentions})),
    pairs: [...pairs.values()]
      .map((p) => ({vn: p.vn, partner: p.partner, evidence: p.sentences.size, activities: [...p.activities].sort(), st: p.st, fields: [...p.fields].sort()}))
      .sort((x, y) => y.evidence - x.evidence || (x.vn + x.partner < y.vn + y.partner ? -1 : 1)),
    relevance: a.relevance,
    skipped: false,
    warnings: a.warnings.map(warningText)
  };
}

export function skippedSummary(id: string, warning: FileWarning): ArticleSummary {
  return {
    id,
    title: null,
    source: null,
    date: {year: null, month: null, day: null},
    countries: [],
    organizations: [],
    localities: [],
    fields: [],
    pairs: [],
    relevance: "none",
    skipped: true,
    warnings: [warningText(warning)]
  };
}
