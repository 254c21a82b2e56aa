// Turns a JSONL news corpus (such as ../shared/corpus/vn-news.jsonl.gz: one {id, category,
// title, text} per line, gzip or not) into a folder of article files, to try the dashboard on
// it: CORPUS_DIR=/tmp/vn-news npm run build. Never copy it into data/articles/ (see its README).
//   npx tsx scripts/corpus-to-folder.ts ../shared/corpus/vn-news.jsonl.gz /tmp/vn-news [--limit N] [--category "Khoa hoc"]
import {mkdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {articleFileText, readJsonl} from "../loaders/read/newsJsonl.js";

export {articleFileText, readJsonl, type NewsRecord} from "../loaders/read/newsJsonl.js";

async function main(argv: string[]) {
  const [input, out, ...rest] = argv;
  if (!input || !out) {
    console.error("usage: npx tsx scripts/corpus-to-folder.ts INPUT.jsonl[.gz] OUTDIR [--limit N] [--category NAME]");
    process.exit(2);
  }
  const limit = rest.includes("--limit") ? Number(rest[rest.indexOf("--limit") + 1]) : Infinity;
  const category = rest.includes("--category") ? rest[rest.indexOf("--category") + 1] : null;
  mkdirSync(out, {recursive: true});
  let n = 0;
  for await (const r of readJsonl(input)) {
    if (category && r.category !== category) continue;
    if (n >= limit) break;
    writeFileSync(join(out, `${r.id}.txt`), articleFileText(r));
    n++;
  }
  console.error(`wrote ${n} article files to ${out}`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) await main(process.argv.slice(2));
