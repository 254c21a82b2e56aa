// npm run ingest -- [options] INPUT...
// Web pages in, articles out: each INPUT is a web address (an article, an RSS/Atom feed or a
// sitemap, told apart by content), a file listing addresses (one per line, # comments), a saved
// page (.html/.htm) or a folder of them. Each article is written to OUT/<host>/<slug>.md with front
// matter (title, date, source, url, fetched) and its main text. Progress goes to stderr on long
// runs; the summary to stdout (with --json: one JSON object per result, then one for the
// counts). Exit 0 unless nothing could be read (2 for a usage error).
import {statSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {ArticleStore} from "../loaders/ingest/articleStore.js";
import {isHtmlName} from "../loaders/read/articleFiles.js";
import {FetchCache} from "../loaders/ingest/fetchCache.js";
import {runIngest, type IngestInput, type IngestResult} from "../loaders/ingest/runIngest.js";
import {DEFAULT_FETCHER_OPTIONS, PoliteFetcher} from "../loaders/ingest/politeFetcher.js";
import {countsText, emptyCounts, progressLine, summaryText} from "../loaders/ingest/progress.js";

const DEFAULT_OUT = fileURLToPath(new URL("../data/articles/", import.meta.url));
const DEFAULT_CACHE = fileURLToPath(new URL("../.cache/fetch/", import.meta.url));

const USAGE = `usage: npm run ingest -- [options] INPUT...
  INPUT               a web address (article, RSS/Atom feed or sitemap), a file of addresses
                      (one per line, # comments), a saved page (.html, .htm) or a folder of them
  --feed URL          URL is an RSS or Atom feed (skipped if it is not)
  --sitemap URL       URL is a sitemap or sitemap index (skipped if it is not)
  --out DIR           where articles are written (default data/articles)
  --cache DIR         where raw responses are kept (default .cache/fetch)
  --delay SECONDS     pause between two requests to the same site (default 1)
  --timeout SECONDS   time limit of one request (default 30)
  --max-bytes N       size cap of one page, in bytes (default 5242880, 5 MiB)
  --retries N         retries after 429 or 503 (default 3)
  --update            replace an article whose page has changed (default: keep the file, say so)
  --json              print one JSON object per result instead of the summary
`;

interface Args {
  inputs: IngestInput[];
  out: string;
  cache: string;
  delayMs: number;
  timeoutMs: number;
  maxBytes: number;
  retries: number;
  update: boolean;
  json: boolean;
}

function parseArgs(argv: string[]): Args | string {
  const a: Args = {
    inputs: [], out: DEFAULT_OUT, cache: DEFAULT_CACHE, delayMs: DEFAULT_FETCHER_OPTIONS.delayMs,
    timeoutMs: DEFAULT_FETCHER_OPTIONS.timeoutMs, maxBytes: DEFAULT_FETCHER_OPTIONS.maxBytes,
    retries: DEFAULT_FETCHER_OPTIONS.retries, update: false, json: false
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    const number = (min: number): number => {
      const v = Number(value());
      if (!Number.isFinite(v) || v < min) throw new Error(`${arg} needs a number of at least ${min}`);
      return v;
    };
    try {
      if (arg === "--feed") a.inputs.push({kind: "url", url: value(), expect: "feed"});
      else if (arg === "--sitemap") a.inputs.push({kind: "url", url: value(), expect: "sitemap"});
      else if (arg === "--out") a.out = value();
      else if (arg === "--cache") a.cache = value();
      else if (arg === "--delay") a.delayMs = number(0) * 1000;
      else if (arg === "--timeout") a.timeoutMs = number(0.001) * 1000;
      else if (arg === "--max-bytes") a.maxBytes = Math.floor(number(1));
      else if (arg === "--retries") a.retries = Math.floor(number(0));
      else if (arg === "--update") a.update = true;
      else if (arg === "--json") a.json = true;
      else if (arg.startsWith("--")) return `unknown option ${arg}`;
      else a.inputs.push(classify(arg));
    } catch (error) {
      return (error as Error).message;
    }
  }
  if (!a.inputs.length) return "no INPUT given";
  return a;
}

/** A web address, a folder of saved pages, a saved page (.html, .htm), or a file of addresses. */
function classify(arg: string): IngestInput {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) return {kind: "url", url: arg};
  try {
    if (statSync(arg).isDirectory()) return {kind: "folder", dir: arg};
    return isHtmlName(arg) ? {kind: "page", file: arg} : {kind: "list", file: arg};
  } catch {
    throw new Error(`${arg} is neither a web address nor an existing file or folder`);
  }
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(USAGE);
    return 0;
  }
  const args = parseArgs(argv);
  if (typeof args === "string") {
    process.stderr.write(`${args}\n${USAGE}`);
    return 2;
  }
  const started = Date.now();
  const fetcher = new PoliteFetcher({
    cache: new FetchCache(args.cache), delayMs: args.delayMs, timeoutMs: args.timeoutMs,
    maxBytes: args.maxBytes, retries: args.retries
  });
  const store = new ArticleStore(args.out);
  const counts = emptyCounts();
  const tty = process.stderr.isTTY;
  let lastProgress = started;
  let shownProgress = false;
  const onResult = (r: IngestResult, known: number): void => {
    counts[r.outcome]++;
    if (args.json) process.stdout.write(JSON.stringify(r) + "\n");
    const now = Date.now();
    // A progress line once a run has gone on for 2 s, then every second (a terminal) or every 10 s (a log).
    if (now - started >= 2000 && now - lastProgress >= (tty ? 1000 : 10_000)) {
      process.stderr.write(`${tty ? "\r\x1b[K" : ""}${progressLine(counts, known, now - started)}${tty ? "" : "\n"}`);
      lastProgress = now;
      shownProgress = true;
    }
  };
  const results = await runIngest(args.inputs, {store, fetcher, update: args.update, onResult});
  if (shownProgress && tty) process.stderr.write("\n");
  const elapsed = Date.now() - started;
  if (args.json) {
    process.stdout.write(JSON.stringify({summary: counts, requests: fetcher.requests, cacheHits: fetcher.cacheHits, seconds: elapsed / 1000}) + "\n");
  } else {
    process.stdout.write(summaryText(results, counts, fetcher.requests, fetcher.cacheHits, elapsed) + "\n");
  }
  const read = counts.written + counts.updated + counts.unchanged + counts.duplicate + counts.kept;
  if (read === 0) process.stderr.write(`ingest: no article could be read (${countsText(counts)})\n`);
  return read > 0 ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
