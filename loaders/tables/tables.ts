// The row tables of `npm run extract -- --tables`: one row per article, per mention, per piece of
// evidence (a pair in a sentence, with its S&T cue and fields) and per skipped file, as CSV an
// analyst can join. The counts (by partner, province, field, pair, year, per scope) are made by the
// pages' count engine (src/components/counts.ts), in scripts/extract.ts.
import type {CorpusTable} from "./corpusTable.js";

export interface ArticleRow {
  position: number;
  id: string;
  file: string;
  title: string | null;
  source: string | null;
  url: string | null;
  year: number | null;
  month: number | null;
  day: number | null;
  relevance: string;
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

export interface EvidenceRow {
  article: string;
  sentence: number;
  vn: string;
  partner: string;
  partner_kind: string;
  activities: string;
  st: boolean;
  st_cue: string;
  fields: string;
  text: string;
}

export function rowTables(t: CorpusTable): {articles: ArticleRow[]; mentions: MentionRow[]; evidence: EvidenceRow[]; skipped: object[]} {
  return {
    articles: t.articles.map((a, position) => ({
      position,
      id: a.id,
      file: a.file,
      title: a.title,
      source: a.source,
      url: a.url,
      year: a.date.year,
      month: a.date.month,
      day: a.date.day,
      relevance: a.relevance,
      sentences: a.sentences.length,
      warnings: a.warnings.map((w) => w.code).join(";")
    })),
    mentions: t.articles.flatMap((a) => a.mentions.map((m) => ({article: a.id, sentence: m.sentence, kind: m.kind, code: m.code, surface: m.surface, start: m.start, end: m.end, via: m.via}))),
    evidence: t.articles.flatMap((a) =>
      a.pairs.map((p) => {
        const s = a.sentences[p.sentence];
        return {
          article: a.id,
          sentence: p.sentence,
          vn: p.vn,
          partner: p.partner,
          partner_kind: p.partnerKind,
          activities: p.activities.join(";"),
          st: !!p.st,
          st_cue: p.st ? p.st.surface || p.st.code : "",
          fields: p.fields.join(";"),
          text: a.text.slice(s.start, s.end)
        };
      })
    ),
    skipped: t.skipped
  };
}
