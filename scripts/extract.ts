// npm run --silent extract -- [--tables DIR] PATH...
// Prints one JSON object per article per line (stdout), warnings on stderr; exit 0 unless no
// input could be read at all. With --tables DIR, also writes every table as CSV into DIR.
import {mkdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {corpusDir, createExtractor, extractCorpus} from "../loaders/extract/corpus.js";
import {summarize, skippedSummary, warningText} from "../loaders/tables/summary.js";
import {createTableBuilder} from "../loaders/tables/tables.js";
import {toCsv} from "../loaders/tables/csv.js";

function main(argv: string[]): number {
  let tablesDir: string | null = null;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--tables") tablesDir = argv[++i] ?? null;
    else if (argv[i] === "--help" || argv[i] === "-h") {
      process.stdout.write("usage: npm run --silent extract -- [--tables DIR] PATH...\n");
      return 0;
    } else paths.push(argv[i]);
  }
  if (tablesDir === null && argv.includes("--tables")) {
    process.stderr.write("--tables needs a folder\n");
    return 2;
  }
  if (!paths.length) paths.push(corpusDir());
  const extractor = createExtractor();
  const tables = tablesDir ? createTableBuilder(extractor.matchers.gazetteer) : null;
  let read = 0;
  let seen = 0;
  for (const item of extractCorpus(paths, extractor)) {
    seen++;
    if (item.kind === "skipped") {
      process.stderr.write(`skipped ${warningText(item.warning)}\n`);
      process.stdout.write(JSON.stringify(skippedSummary(item.id, item.warning)) + "\n");
      tables?.addSkipped(item.id, item.warning);
      continue;
    }
    read++;
    for (const w of item.article.warnings) process.stderr.write(`warning ${warningText(w)}\n`);
    process.stdout.write(JSON.stringify(summarize(item.article)) + "\n");
    tables?.addArticle(item.article);
  }
  if (tables && tablesDir) {
    mkdirSync(tablesDir, {recursive: true});
    for (const [name, rows] of Object.entries(tables.build())) writeFileSync(join(tablesDir, `${name}.csv`), toCsv(rows));
  }
  if (seen === 0) process.stderr.write(`no article file (.txt or .md) found in ${paths.join(", ")}\n`);
  return read > 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
