// npm run bench [-- --corpus PATH] [--quick] [--json FILE]
// Speed and memory of the extractor on real news: (a) a bare pass (decode, NFC, lines and
// sentences, nothing else), (b) the full extraction, (c) table derivation; on the 15,000-article
// corpus and on synthetic corpora of 10,000 and 100,000 articles made from it. Each phase runs in
// a fresh process. Prints a table and the budgets, and writes the numbers as JSON.
import {execFileSync} from "node:child_process";
import {mkdirSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const argv = process.argv.slice(2);
const opt = (name: string, dflt: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const corpus = opt("--corpus", join(root, "../shared/corpus/vn-news.jsonl.gz"));
const quick = argv.includes("--quick");
const jsonFile = opt("--json", join(root, ".cache/bench/bench-results.json"));

interface Result {
  phase: string;
  count: number;
  articles: number;
  bytes: number;
  totalMs: number;
  computeMs: number;
  tablesMs: number;
  readMs: number;
  peakRssMB: number;
}

function run(phase: string, count: number): Result {
  const out = execFileSync(join(root, "node_modules/.bin/tsx"), [join(root, "scripts/bench/phase.ts"), phase, corpus, String(count)], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 1 << 24,
    stdio: ["ignore", "pipe", "inherit"]
  });
  return JSON.parse(out.trim().split("\n").pop()!) as Result;
}

const plan: [string, number][] = [
  ["read", 15000],
  ["bare", 15000],
  ["extract", 15000],
  ["tables", 15000],
  ["bare", 10000],
  ["extract", 10000],
  ...(quick ? [] : ([["extract", 100000]] as [string, number][]))
];
const results: Result[] = [];
for (const [phase, count] of plan) {
  process.stderr.write(`running ${phase} on ${count.toLocaleString("en-US")} articles…\n`);
  results.push(run(phase, count));
}

const get = (phase: string, count: number) => results.find((r) => r.phase === phase && r.count === count);
const ms = (r: Result) => (r.phase === "tables" ? r.tablesMs : r.phase === "read" ? r.readMs : r.computeMs);
console.log("\nphase     articles     time (s)   articles/s    MB/s   peak RSS (MB)");
for (const r of results) {
  const s = ms(r) / 1000;
  console.log(
    `${r.phase.padEnd(9)}${r.articles.toLocaleString("en-US").padStart(9)}${s.toFixed(1).padStart(13)}${Math.round(r.articles / s).toLocaleString("en-US").padStart(13)}${(r.bytes / 2 ** 20 / s).toFixed(2).padStart(8)}${Math.round(r.peakRssMB).toString().padStart(16)}`
  );
}
const bare = get("bare", 15000)!;
const extract = get("extract", 15000)!;
const ratio = extract.computeMs / bare.computeMs;
const budgets: [string, boolean, string][] = [
  ["extraction ≤ 3× the bare pass (15k)", ratio <= 3, `${ratio.toFixed(2)}×`],
  ["peak RSS ≤ 600 MB, extraction of 15k", extract.peakRssMB <= 600, `${Math.round(extract.peakRssMB)} MB`],
  ["peak RSS ≤ 600 MB, tables of 15k", get("tables", 15000)!.peakRssMB <= 600, `${Math.round(get("tables", 15000)!.peakRssMB)} MB`]
];
const big = get("extract", 100000);
const small = get("extract", 10000)!;
if (big) {
  const t = big.computeMs / small.computeMs;
  const m = big.peakRssMB / small.peakRssMB;
  budgets.push(["10k → 100k time ≤ 11×", t <= 11, `${t.toFixed(2)}×`]);
  budgets.push(["10k → 100k memory flat (≤ 1.25×)", m <= 1.25, `${m.toFixed(2)}× (${Math.round(small.peakRssMB)} → ${Math.round(big.peakRssMB)} MB)`]);
}
console.log("\nbudget                                   result   measured");
for (const [name, ok, value] of budgets) console.log(`${name.padEnd(41)}${(ok ? "PASS" : "FAIL").padEnd(9)}${value}`);
mkdirSync(dirname(jsonFile), {recursive: true});
writeFileSync(jsonFile, JSON.stringify({corpus, results, ratio, budgets: budgets.map(([name, pass, value]) => ({name, pass, value}))}, null, 2) + "\n");
console.log(`\nJSON: ${jsonFile}`);
