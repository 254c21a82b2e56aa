// Synthetic corpora for the benchmark: the real articles of a JSONL corpus (by default the
// 15,000 VNTC news articles) re-used under new ids, "syn-000001", "syn-000002" …, cycling
// through the corpus as often as needed. Deterministic (same input, same output) and streaming:
// the corpus is read again from disk for every cycle, so no text is held beyond the current one.
//
//   import {syntheticRecords} from "./synthetic.js"   // async generator
//   npx tsx scripts/bench/synthetic.ts --count 100000 --out /tmp/syn-100k.jsonl.gz [--corpus PATH]
//
// Note: a prefix of one cycle is the corpus in its id order (every "test-" article before every
// "train-" one), so a size that is not a multiple of the corpus is not a uniform sample of it.
import {createWriteStream} from "node:fs";
import {once} from "node:events";
import {fileURLToPath} from "node:url";
import {createGzip} from "node:zlib";
import {readJsonl, type NewsRecord} from "../corpus-to-folder.js";

export const DEFAULT_CORPUS = fileURLToPath(new URL("../../../shared/corpus/vn-news.jsonl.gz", import.meta.url));

/** The id of the n-th synthetic article (1-based): "syn-000001". */
export function syntheticId(n: number): string {
  return `syn-${String(n).padStart(6, "0")}`;
}

/** `count` articles: the corpus's records in order, again and again, each under a new id. */
export async function* syntheticRecords(source: string, count: number): AsyncGenerator<NewsRecord> {
  let n = 0;
  while (n < count) {
    let inCycle = 0;
    for await (const r of readJsonl(source)) {
      if (n >= count) return;
      inCycle++;
      n++;
      yield {id: syntheticId(n), category: r.category, title: r.title, text: r.text};
    }
    if (inCycle === 0) throw new Error(`${source} holds no records`);
  }
}

/** The real corpus, as it is (count: at most that many records). */
export async function* realRecords(source: string, count = Infinity): AsyncGenerator<NewsRecord> {
  let n = 0;
  for await (const r of readJsonl(source)) {
    if (n++ >= count) return;
    yield r;
  }
}

/** Counts the records of a JSONL(.gz) corpus, streaming. */
export async function countRecords(source: string): Promise<number> {
  let n = 0;
  for await (const _ of readJsonl(source)) n++;
  return n;
}

/** Writes a synthetic corpus as gzip'd JSONL (keys in the corpus's order), minding back-pressure. */
export async function writeSynthetic(source: string, count: number, out: string): Promise<number> {
  const gzip = createGzip({level: 6});
  const file = createWriteStream(out);
  gzip.pipe(file);
  let n = 0;
  for await (const r of syntheticRecords(source, count)) {
    if (!gzip.write(JSON.stringify(r) + "\n")) await once(gzip, "drain");
    n++;
  }
  gzip.end();
  await once(file, "finish");
  return n;
}

async function main(argv: string[]) {
  const opt = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  const count = Number(opt("--count"));
  const out = opt("--out");
  if (!Number.isInteger(count) || count <= 0 || !out) {
    console.error("usage: npx tsx scripts/bench/synthetic.ts --count N --out FILE.jsonl.gz [--corpus PATH]");
    process.exit(2);
  }
  const n = await writeSynthetic(opt("--corpus") ?? DEFAULT_CORPUS, count, out);
  console.error(`wrote ${n.toLocaleString("en-US")} synthetic articles to ${out}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main(process.argv.slice(2));
