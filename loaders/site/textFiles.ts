// texts/<part>.json: the articles themselves, for the article view (text, lines, mentions,
// sentences, and each pair's evidence with its S&T cue), in TEXT_PARTS parts of consecutive ids
// (code-point order). site.json lists the first id of each part, so a page finds any article's part
// from its id alone.
import {TEXT_PARTS, type ArticleText} from "../contract.js";
import {catalogRow} from "./catalogFiles.js";
import {byCodePoint, type TableArticle, type CorpusTable} from "../tables/corpusTable.js";

export const articleText = (a: TableArticle): ArticleText => ({
  ...catalogRow(a),
  relevance: a.relevance,
  dateFrom: a.dateFrom,
  text: a.text,
  lines: a.lines.map((l) => [l.start, l.end, l.chrome]),
  mentions: a.mentions.map((m) => [m.start, m.end, m.kind, m.code]),
  sentences: a.sentences.map((s) => [s.start, s.end]),
  pairs: a.pairs.map((p) => ({
    vn: p.vn,
    partner: p.partner,
    sentence: p.sentence,
    activities: p.activities,
    fields: p.fields,
    st: p.st ? [p.st.kind, p.st.code, p.st.sentence, p.st.start, p.st.end] : null
  }))
});

/** The parts (every one, empty ones included) and the first id of each non-empty part. */
export function textFiles(data: CorpusTable): {files: {name: string; data: string}[]; fences: string[]} {
  const sorted = [...data.articles].sort((a, b) => byCodePoint(a.id, b.id));
  const size = Math.max(1, Math.ceil(sorted.length / TEXT_PARTS));
  const fences: string[] = [];
  const files = Array.from({length: TEXT_PARTS}, (_, part) => {
    const chunk = sorted.slice(part * size, (part + 1) * size);
    if (chunk.length) fences.push(chunk[0].id);
    return {name: `texts/${part}.json`, data: JSON.stringify(chunk.map(articleText))};
  });
  return {files, fences};
}
