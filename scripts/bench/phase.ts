// One phase of the benchmark, run by bench.ts in a fresh process so that its peak memory is its
// own and no phase warms another's caches. Prints one JSON line on stdout (nothing else).
//
//   node --import tsx scripts/bench/phase.ts --phase PHASE --corpus PATH --mode real|synthetic --count N
//        [--sourcemaps FILE]
//
// PHASE:
//   read     stream the corpus: gunzip, JSON.parse, articleFileText, UTF-8 encode. Nothing else.
//   bare     read + decode (TextDecoder) + normalizeText + splitLines + splitSentences (no chrome
//            removal: telling page chrome from the article is extraction work, phase (b)).
//   extract  read + decode + normalizeText + extractArticle (front matter {}); the result is dropped.
//   tables   extract, each article kept in the corpus table, then every table of `extract --tables`
//            (row tables and each scope's counts by the pages' count engine: scripts/extract.ts).
//   html     the record as a web page (htmlPage.ts, made during the read): readHtmlFileBytes
//            (charset, parse, chrome, Readability, metadata, normalizeText) + extractArticle with
//            the page's metadata as front matter. Compared with extract: the same articles.
// Every phase times the read (waiting on the record stream) apart from the compute, so that
// the bare pass and the extraction can be compared without the shared gunzip + JSON cost.
import {readdirSync, writeFileSync} from "node:fs";
import {findSourceMap} from "node:module";
import {join} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";
import {splitLines} from "../../loaders/extract/chrome.js";
import {createExtractor} from "../../loaders/extract/corpus.js";
import {extractArticle} from "../../loaders/extract/article.js";
import {normalizeText} from "../../loaders/read/normalize.js";
import {splitSentences} from "../../loaders/extract/sentences.js";
import {collectCorpus} from "../../loaders/tables/corpusTable.js";
import type {CorpusItem} from "../../loaders/extract/corpus.js";
import {tablesOf} from "../extract.js";
import {articleFileText, type NewsRecord} from "../corpus-to-folder.js";
import {readHtmlFileBytes} from "../../loaders/read/articleFiles.js";
import {articlePage} from "./htmlPage.js";
import {realRecords, syntheticRecords} from "./synthetic.js";

export type Phase = "read" | "bare" | "extract" | "tables" | "html";

export interface PhaseResult {
  phase: Phase;
  mode: "real" | "synthetic";
  count: number;
  articles: number;
  /** UTF-8 bytes of articleFileText(record), summed. */
  bytes: number;
  /** Code units (JS string length) of the normalised texts, summed (0 for "read"). */
  chars: number;
  /** Time waiting on the record stream (gunzip, line split, JSON.parse, articleFileText, encode). */
  readMs: number;
  decodeMs: number;
  normalizeMs: number;
  /** bare: splitLines + splitSentences; extract/tables: extractArticle. */
  workMs: number;
  /** decode + normalize + work: the pure compute compared between phases. */
  computeMs: number;
  /** Process CPU time (user + system, all threads) over the same intervals as computeMs: less sensitive to other load on the machine. */
  computeCpuMs: number;
  /** Process CPU time over the tables intervals (addArticle + build). */
  tablesCpuMs: number;
  /** Process CPU time of the whole child, start-up included. */
  processCpuMs: number;
  tablesAddMs: number;
  tablesBuildMs: number;
  /** Wall time of the loop (read + compute + tables + overhead). */
  loopMs: number;
  /** Set-up before the loop (gazetteer, tries, chrome patterns). */
  setupMs: number;
  /** RSS after set-up, before the first article. */
  rssStartMB: number;
  /** Highest RSS seen by the 50 ms sampler and the end-of-phase samples. */
  peakRssMB: number;
  /** RSS at the end of the loop and after build(). */
  rssEndMB: number;
  /** process.resourceUsage().maxRSS: the kernel's high-water mark for this process. */
  maxRssMB: number;
  heapUsedEndMB: number;
  /**
   * What the loop still holds when it ends: JS heap in use plus external memory (buffers), right
   * after a full collection (the child runs with --expose-gc; null without it). A streaming pass
   * holds the same whatever the number of articles; the peak RSS also counts dead buffers that
   * wait for a full collection, which V8 starts only once they add up to tens of MB.
   */
  liveEndMB: number | null;
  rssSamples: number;
  /** tables only: rows held by the builder's output. */
  rows?: Record<string, number>;
}

const MB = 2 ** 20;
const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

function parseArgs(argv: string[]) {
  const opt = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  const phase = opt("--phase") as Phase;
  if (!["read", "bare", "extract", "tables", "html"].includes(phase)) throw new Error(`unknown --phase ${phase}`);
  const mode = (opt("--mode") ?? "real") as "real" | "synthetic";
  const corpus = opt("--corpus");
  if (!corpus) throw new Error("--corpus is required");
  const count = Number(opt("--count") ?? Infinity);
  return {phase, mode, corpus, count, sourcemaps: opt("--sourcemaps")};
}

async function runPhase(args: ReturnType<typeof parseArgs>): Promise<PhaseResult> {
  const {phase, mode, corpus, count} = args;
  let peak = 0;
  let samples = 0;
  const sample = () => {
    const rss = process.memoryUsage().rss;
    samples++;
    if (rss > peak) peak = rss;
    return rss;
  };
  sample();
  const sampler = setInterval(sample, 50);

  const t0 = performance.now();
  const x = phase === "extract" || phase === "tables" || phase === "html" ? createExtractor() : null;
  const kept: CorpusItem[] | null = phase === "tables" ? [] : null;
  const setupMs = performance.now() - t0;
  const rssStart = sample();

  const encoder = new TextEncoder();
  const decoder = new TextDecoder("utf-8", {fatal: true});
  const source: AsyncIterator<NewsRecord> = (mode === "real" ? realRecords(corpus, count) : syntheticRecords(corpus, count))[Symbol.asyncIterator]();
  const r: PhaseResult = {
    phase, mode, count, articles: 0, bytes: 0, chars: 0,
    readMs: 0, decodeMs: 0, normalizeMs: 0, workMs: 0, computeMs: 0, computeCpuMs: 0, tablesCpuMs: 0, processCpuMs: 0, tablesAddMs: 0, tablesBuildMs: 0,
    loopMs: 0, setupMs, rssStartMB: rssStart / MB, peakRssMB: 0, rssEndMB: 0, maxRssMB: 0, heapUsedEndMB: 0, liveEndMB: null, rssSamples: 0
  };

  const loopStart = performance.now();
  for (;;) {
    const ta = performance.now();
    const next = await source.next();
    if (next.done) break;
    const rec = next.value;
    const data = encoder.encode(phase === "html" ? articlePage(rec) : articleFileText(rec));
    // CPU time is read before the clock starts and after it stops, so that the system call is
    // never inside the timed compute (it would weigh more on the cheaper bare pass).
    const cpu0 = phase === "read" ? undefined : process.cpuUsage();
    const tb = performance.now();
    r.readMs += tb - ta;
    r.articles++;
    r.bytes += data.length;
    if (phase === "read") continue;

    if (phase === "html") {
      // decodeMs: the page read into article text (everything HTML costs); workMs: the extraction.
      const page = readHtmlFileBytes(data);
      const tc = performance.now();
      if (!page.ok) throw new Error(`${rec.id}: ${page.message}`);
      r.chars += page.text.length;
      extractArticle({id: rec.id, file: `${rec.id}.html`, text: page.text, frontMatter: page.frontMatter, bytes: data.length}, x!);
      const td = performance.now();
      r.decodeMs += tc - tb;
      r.workMs += td - tc;
      r.computeCpuMs += cpuMs(process.cpuUsage(cpu0));
      continue;
    }

    const decoded = decoder.decode(data);
    const tc = performance.now();
    const text = normalizeText(decoded);
    const td = performance.now();
    r.chars += text.length;
    if (phase === "bare") {
      splitSentences(text, splitLines(text));
      const te = performance.now();
      r.decodeMs += tc - tb;
      r.normalizeMs += td - tc;
      r.workMs += te - td;
      r.computeCpuMs += cpuMs(process.cpuUsage(cpu0));
      continue;
    }
    const a = extractArticle({id: rec.id, file: `${rec.id}.txt`, text, frontMatter: {}, bytes: data.length}, x!);
    const te = performance.now();
    r.decodeMs += tc - tb;
    r.normalizeMs += td - tc;
    r.workMs += te - td;
    const cpu1 = process.cpuUsage();
    r.computeCpuMs += cpuMs(process.cpuUsage(cpu0));
    if (kept) {
      kept.push({kind: "article", article: a});
      r.tablesAddMs += performance.now() - te;
      r.tablesCpuMs += cpuMs(process.cpuUsage(cpu1));
    }
  }
  r.loopMs = performance.now() - loopStart;
  sample();
  const gc = (globalThis as {gc?: () => void}).gc;
  if (gc) {
    gc();
    const m = process.memoryUsage();
    r.liveEndMB = (m.heapUsed + m.external) / MB;
  }
  if (kept) {
    const tf = performance.now();
    const cpu2 = process.cpuUsage();
    const tables = Object.fromEntries(tablesOf(collectCorpus(kept, x!.matchers.gazetteer, new Date())));
    r.tablesBuildMs = performance.now() - tf;
    r.tablesCpuMs += cpuMs(process.cpuUsage(cpu2));
    sample();
    r.rows = Object.fromEntries(Object.entries(tables).map(([k, v]) => [k, Array.isArray(v) ? v.length : 0]));
  }
  clearInterval(sampler);
  r.rssEndMB = sample() / MB;
  r.computeMs = r.decodeMs + r.normalizeMs + r.workMs;
  r.peakRssMB = peak / MB;
  r.maxRssMB = (process.resourceUsage().maxRSS * 1024) / MB; // maxRSS is in KiB
  r.heapUsedEndMB = process.memoryUsage().heapUsed / MB;
  r.rssSamples = samples;
  r.processCpuMs = cpuMs(process.cpuUsage());
  return r;
}

/** For --profile: the source maps tsx made for the project's TS files, so the parent can map profile positions to TS lines. */
function dumpSourceMaps(file: string) {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  const maps: Record<string, unknown> = {};
  for (const dir of ["loaders", "loaders/read", "loaders/extract", "loaders/tables", "loaders/site", "scripts", "scripts/bench"]) {
    for (const name of readdirSync(join(root, dir))) {
      if (!name.endsWith(".ts")) continue;
      const url = pathToFileURL(join(root, dir, name)).href;
      const sm = findSourceMap(url);
      if (sm) maps[url] = {...sm.payload, sourcesContent: undefined};
    }
  }
  writeFileSync(file, JSON.stringify(maps));
}

const args = parseArgs(process.argv.slice(2));
const result = await runPhase(args);
if (args.sourcemaps) dumpSourceMaps(args.sourcemaps);
process.stdout.write(JSON.stringify(result) + "\n");
