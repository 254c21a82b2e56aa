// One phase of the benchmark, in its own process so its peak memory is its own:
//   tsx scripts/bench/phase.ts PHASE SOURCE COUNT
// PHASE: read | bare | extract | tables. SOURCE: a JSONL(.gz) corpus. COUNT: how many articles
// (cycling through the corpus under new ids when COUNT is larger than it). Prints one JSON line.
import {classifyLines} from "../../loaders/chrome.js";
import {createExtractor} from "../../loaders/corpus.js";
import {extractArticle} from "../../loaders/extract.js";
import {normalizeText} from "../../loaders/normalize.js";
import {splitSentences} from "../../loaders/sentences.js";
import {createTableBuilder} from "../../loaders/tables.js";
import {articleFileText} from "../corpus-to-folder.js";
import {records} from "./synthetic.js";

const [phase, source, countArg] = process.argv.slice(2);
const count = Number(countArg);
const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", {fatal: true});

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);

const x = phase === "read" || phase === "bare" ? null : createExtractor();
const builder = phase === "tables" && x ? createTableBuilder(x.matchers.gazetteer) : null;
let articles = 0;
let bytes = 0;
let computeMs = 0;
let tablesMs = 0;
const started = performance.now();
for await (const r of records(source, count)) {
  const data = encoder.encode(articleFileText(r));
  bytes += data.length;
  articles++;
  if (phase === "read") continue;
  const t0 = performance.now();
  const text = normalizeText(decoder.decode(data));
  if (phase === "bare") {
    splitSentences(text, classifyLines(text, x?.chromePatterns));
    computeMs += performance.now() - t0;
    continue;
  }
  const a = extractArticle({id: r.id, file: `${r.id}.txt`, text, frontMatter: {}, bytes: data.length}, x!);
  computeMs += performance.now() - t0;
  if (builder) {
    const t1 = performance.now();
    builder.addArticle(a);
    tablesMs += performance.now() - t1;
  }
}
if (builder) {
  const t1 = performance.now();
  builder.build();
  tablesMs += performance.now() - t1;
}
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
const totalMs = performance.now() - started;
process.stdout.write(JSON.stringify({phase, count, articles, bytes, totalMs, computeMs, tablesMs, readMs: totalMs - computeMs - tablesMs, peakRssMB: peakRss / 2 ** 20}) + "\n");
