// A JSONL news corpus (such as ../shared/corpus/vn-news.jsonl.gz: one {id, category, title, text}
// per line, gzip or not), read record by record, and each record as the article file its README
// describes. Used to score the extractor against hand-labelled articles of such a corpus; never to
// make the dashboard's corpus out of it.
import {createReadStream, readFileSync} from "node:fs";
import {createInterface} from "node:readline";
import {createGunzip, gunzipSync} from "node:zlib";

export interface NewsRecord {
  id: string;
  category?: string;
  title: string | null;
  text: string;
}

/** The article file the corpus README describes: the title, a blank line, the text. */
export function articleFileText(r: NewsRecord): string {
  return r.title ? `${r.title}\n\n${r.text}\n` : `${r.text}\n`;
}

/** Streams the records of a JSONL file (gzip when the name ends in .gz). */
export async function* readJsonl(path: string): AsyncGenerator<NewsRecord> {
  const stream = path.endsWith(".gz") ? createReadStream(path).pipe(createGunzip()) : createReadStream(path);
  for await (const line of createInterface({input: stream, crlfDelay: Infinity})) {
    if (line.trim()) yield JSON.parse(line) as NewsRecord;
  }
}

/** The records of a JSONL file whose id `keep` accepts, read at once (gzip when the name ends in .gz). */
export function readJsonlSync(path: string, keep: (id: string) => boolean = () => true): NewsRecord[] {
  const bytes = readFileSync(path);
  const text = (path.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8");
  const out: NewsRecord[] = [];
  let from = 0;
  while (from < text.length) {
    let to = text.indexOf("\n", from);
    if (to < 0) to = text.length;
    const line = text.slice(from, to);
    from = to + 1;
    if (!line.trim()) continue;
    // The id is the first key: look at it before parsing the whole line.
    const id = /^\{"id":\s*"([^"]*)"/.exec(line)?.[1];
    if (id !== undefined && !keep(id)) continue;
    const r = JSON.parse(line) as NewsRecord;
    if (keep(r.id)) out.push(r);
  }
  return out;
}
