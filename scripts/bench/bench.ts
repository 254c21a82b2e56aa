// npm run bench [-- --corpus PATH] [--sizes 15000,10000,100000] [--quick] [--phases read,bare,extract,tables]
//               [--repeat 3] [--json FILE] [--profile [--top 25]]
// Speed and memory of the extractor on real news. See scripts/bench/README.md.
//
// Phases, each in a fresh child process (phase.ts) so that its peak RSS is its own and no phase
// warms another's caches; the parent reads one JSON line from each child's stdout:
//   (0) read     gunzip + JSON.parse + articleFileText + UTF-8 encode: the cost every phase shares
//   (a) bare     decode + normalizeText + classifyLines + splitSentences
//   (b) extract  decode + normalizeText + extractArticle
//   (c) tables   (b) + createTableBuilder(gazetteer).addArticle(…) + build()
//   (d) html     each article as a web page (htmlPage.ts): read through loaders/read/html.ts,
//                then extracted; real corpus only (the ratio to (b) is per article, not per size)
// Sizes: the real corpus (15,000 articles) and synthetic corpora that re-use its texts under
// new ids (synthetic.ts). Prints a table and PASS/FAIL budget rows, and writes JSON.
import {spawn} from "node:child_process";
import {mkdirSync, writeFileSync} from "node:fs";
import {cpus, loadavg, totalmem} from "node:os";
import {dirname, join, relative, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import type {Phase, PhaseResult} from "./phase.js";
import {printProfile, summarizeProfile} from "./profile.js";
import {countRecords, DEFAULT_CORPUS} from "./synthetic.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const OUT_DIR = join(ROOT, ".cache/bench");
const PHASE_SCRIPT = join(ROOT, "scripts/bench/phase.ts");
const ALL_PHASES: Phase[] = ["read", "bare", "extract", "tables", "html"];
const RSS_BUDGET_MB = 600;
const RATIO_BUDGET = 3;
const LINEAR_SLACK = 1.1; // 10k → 100k: time ≤ 11×
const FLAT_MEMORY = 1.25; // 10k → 100k: memory held at the end of the pass grows by at most 25 %

interface Size {
  mode: "real" | "synthetic";
  count: number;
}

interface Row extends PhaseResult {
  /** The time the phase's own work took: read → readMs, bare/extract → computeMs, tables → add + build. */
  phaseMs: number;
  articlesPerS: number;
  mbPerS: number;
  /** Child process wall time, including start-up (tsx, imports) and set-up. */
  processMs: number;
  /** With --repeat: each run's phase time (s); the row is the fastest run. */
  runsS?: number[];
}

interface Budget {
  name: string;
  pass: boolean;
  measured: string;
  note?: string;
}

function parseOptions(argv: string[]) {
  const opt = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  const quick = argv.includes("--quick");
  const phases = (opt("--phases") ?? ALL_PHASES.join(",")).split(",").map((p) => p.trim()) as Phase[];
  for (const p of phases) if (!ALL_PHASES.includes(p)) throw new Error(`unknown phase '${p}' (use ${ALL_PHASES.join(",")})`);
  return {
    corpus: resolve(opt("--corpus") ?? DEFAULT_CORPUS),
    sizes: opt("--sizes") ?? (quick ? "real,10000" : "real,10000,100000"),
    phases,
    repeat: Math.max(1, Number(opt("--repeat") ?? 3)),
    profile: argv.includes("--profile"),
    top: Number(opt("--top") ?? 25),
    json: opt("--json")
  };
}

/** "15000" is the real corpus when it holds exactly 15,000 articles; "real" always is; other numbers are synthetic. */
function parseSizes(spec: string, corpusCount: number): Size[] {
  return spec.split(",").map((s) => {
    const t = s.trim().replace(/_/g, "");
    if (t === "real" || Number(t) === corpusCount) return {mode: "real", count: corpusCount};
    const n = /^(\d+(?:\.\d+)?)k$/i.test(t) ? Number(t.slice(0, -1)) * 1000 : Number(t);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`bad size '${s}'`);
    return {mode: "synthetic", count: n};
  });
}

const fmt = (n: number, digits = 0) => n.toLocaleString("en-US", {minimumFractionDigits: digits, maximumFractionDigits: digits});
const sizeLabel = (s: {mode: string; count: number}) => `${fmt(s.count)} ${s.mode === "real" ? "real" : "syn"}`;

function runChild(phase: Phase, size: Size, corpus: string, nodeFlags: string[] = [], extra: string[] = []): Promise<Row> {
  const args = [
    ...nodeFlags,
    "--import",
    "tsx",
    PHASE_SCRIPT,
    "--phase",
    phase,
    "--corpus",
    corpus,
    "--mode",
    size.mode,
    "--count",
    String(size.count),
    ...extra
  ];
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, {cwd: ROOT, stdio: ["ignore", "pipe", "inherit"]});
    let out = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (d: string) => (out += d));
    child.on("error", fail);
    child.on("close", (code) => {
      if (code !== 0) return fail(new Error(`phase ${phase} (${sizeLabel(size)}) exited with ${code}`));
      const r = JSON.parse(out.trim().split("\n").pop()!) as PhaseResult;
      const phaseMs = r.phase === "read" ? r.readMs : r.phase === "tables" ? r.tablesAddMs + r.tablesBuildMs : r.computeMs;
      done({...r, phaseMs, articlesPerS: r.articles / (phaseMs / 1000), mbPerS: r.bytes / 1e6 / (phaseMs / 1000), processMs: performance.now() - started});
    });
  });
}

/** The fastest of a phase's runs, with the highest peak RSS and memory held of them all and the times of each run. */
function fastest(runs: Row[]): Row {
  const best = runs.reduce((a, b) => (b.phaseMs < a.phaseMs ? b : a));
  return {
    ...best,
    peakRssMB: Math.max(...runs.map((r) => r.peakRssMB)),
    maxRssMB: Math.max(...runs.map((r) => r.maxRssMB)),
    liveEndMB: runs.some((r) => r.liveEndMB === null) ? null : Math.max(...runs.map((r) => r.liveEndMB!)),
    runsS: runs.map((r) => r.phaseMs / 1000)
  };
}

function printTable(rows: Row[]) {
  const head = ["size", "phase", "articles", "MB text", "time s", "CPU s", "articles/s", "MB/s", "(b)/(a) (d)/(b)", "CPU ratio", "read s", "peak RSS", "maxRSS", "wall s"];
  const lines: string[][] = [head];
  for (const r of rows) {
    const bare = rows.find((b) => b.phase === "bare" && b.mode === r.mode && b.count === r.count);
    const extract = rows.find((b) => b.phase === "extract" && b.mode === r.mode && b.count === r.count);
    const base = r.phase === "html" ? extract : r.phase === "extract" ? bare : undefined;
    const ratio = base ? `${(r.computeMs / base.computeMs).toFixed(2)}×` : "";
    const cpuRatio = base ? `${(r.computeCpuMs / base.computeCpuMs).toFixed(2)}×` : "";
    const cpu = r.phase === "read" ? "" : ((r.phase === "tables" ? r.tablesCpuMs : r.computeCpuMs) / 1000).toFixed(2);
    lines.push([
      sizeLabel(r),
      {read: "(0) read", bare: "(a) bare", extract: "(b) extract", tables: "(c) tables", html: "(d) html"}[r.phase],
      fmt(r.articles),
      (r.bytes / 1e6).toFixed(1),
      (r.phaseMs / 1000).toFixed(2),
      cpu,
      fmt(r.articlesPerS),
      r.mbPerS.toFixed(2),
      ratio,
      cpuRatio,
      (r.readMs / 1000).toFixed(2),
      `${fmt(r.peakRssMB)} MB`,
      `${fmt(r.maxRssMB)} MB`,
      (r.processMs / 1000).toFixed(1)
    ]);
  }
  const widths = head.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  lines.forEach((l, k) => {
    console.log(l.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  "));
    if (k === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
  });
}

function checkBudgets(rows: Row[]): {budgets: Budget[]; notes: string[]} {
  const budgets: Budget[] = [];
  const notes: string[] = [];
  const get = (phase: Phase, mode: string, count: number) => rows.find((r) => r.phase === phase && r.mode === mode && r.count === count);
  const peak = (r: Row) => Math.max(r.peakRssMB, r.maxRssMB);

  // (d) against (b): reading and extracting HTML articles against text articles of the same
  // length in bytes (the budget), and against the same articles as text files (a note: a page
  // carries its text and about 6 KB of chrome, so it is ~3× the bytes of the same article's text).
  for (const h of rows.filter((r) => r.phase === "html")) {
    const e = get("extract", h.mode, h.count);
    if (!e) continue;
    const perByte = h.computeMs / h.bytes / (e.computeMs / e.bytes);
    const perArticle = h.computeMs / e.computeMs;
    budgets.push({
      name: `HTML article ≤ ${RATIO_BUDGET}× a text article of the same length (time per byte, read + extract), ${sizeLabel(h)}`,
      pass: perByte <= RATIO_BUDGET,
      measured: `${perByte.toFixed(2)}× (${fmt(h.bytes / 1e6 / (h.computeMs / 1000), 2)} vs ${fmt(e.bytes / 1e6 / (e.computeMs / 1000), 2)} MB/s); CPU time ${(h.computeCpuMs / h.bytes / (e.computeCpuMs / e.bytes)).toFixed(2)}×`
    });
    notes.push(
      `HTML, per article (the same ${fmt(h.articles)} articles as pages and as text files, pages ${(h.bytes / e.bytes).toFixed(1)}× the bytes): ` +
        `${perArticle.toFixed(2)}× the time (${(h.computeMs / h.articles).toFixed(2)} vs ${(e.computeMs / e.articles).toFixed(2)} ms an article); CPU time ${(h.computeCpuMs / e.computeCpuMs).toFixed(2)}×`
    );
  }

  // (b)/(a): pure compute (decode + normalise + work), the read cost excluded.
  for (const e of rows.filter((r) => r.phase === "extract")) {
    const b = get("bare", e.mode, e.count);
    if (!b) continue;
    const ratio = e.computeMs / b.computeMs;
    budgets.push({
      name: `extraction ≤ ${RATIO_BUDGET}× bare pass, ${sizeLabel(e)}`,
      pass: ratio <= RATIO_BUDGET,
      measured: `${ratio.toFixed(2)}× (${(e.computeMs / 1000).toFixed(1)} s vs ${(b.computeMs / 1000).toFixed(1)} s); CPU time ${(e.computeCpuMs / b.computeCpuMs).toFixed(2)}×`
    });
  }
  // Peak RSS on the real corpus, every phase; tables hold their rows by design.
  for (const r of rows.filter((x) => x.mode === "real")) {
    budgets.push({
      name: `peak RSS ≤ ${RSS_BUDGET_MB} MB, ${r.phase}, ${sizeLabel(r)}`,
      pass: peak(r) <= RSS_BUDGET_MB,
      measured: `${fmt(peak(r))} MB`,
      note: r.phase === "tables" ? "holds table rows (not streaming by design)" : undefined
    });
  }
  // Growth: smallest vs largest synthetic size, for extract (budgeted) and bare/tables (reported).
  const syn = [...new Set(rows.filter((r) => r.mode === "synthetic").map((r) => r.count))].sort((a, b) => a - b);
  if (syn.length >= 2) {
    const [lo, hi] = [syn[0]!, syn[syn.length - 1]!];
    const k = hi / lo;
    for (const phase of ["extract", "bare", "tables"] as Phase[]) {
      const a = get(phase, "synthetic", lo);
      const b = get(phase, "synthetic", hi);
      if (!a || !b) continue;
      const t = b.phaseMs / a.phaseMs;
      const bytes = b.bytes / a.bytes;
      const m = peak(b) / peak(a);
      const live = a.liveEndMB && b.liveEndMB ? b.liveEndMB / a.liveEndMB : NaN;
      const span = `${fmt(lo / 1000)}k → ${fmt(hi / 1000)}k`;
      const timeRow = {
        name: `${phase}: ${span} time ≤ ${fmt(k * LINEAR_SLACK, 1)}× (linear)`,
        pass: t <= k * LINEAR_SLACK,
        measured: `${t.toFixed(2)}× (text ${bytes.toFixed(2)}×)`
      };
      const memRow = {
        name: `${phase}: ${span} memory held ≤ ${FLAT_MEMORY}× (flat)`,
        pass: live <= FLAT_MEMORY,
        measured: `${live.toFixed(2)}× (${fmt(a.liveEndMB ?? NaN)} → ${fmt(b.liveEndMB ?? NaN)} MB); peak RSS ${m.toFixed(2)}× (${fmt(peak(a))} → ${fmt(peak(b))} MB)`
      };
      if (phase === "extract") budgets.push(timeRow, memRow);
      else if (phase === "bare") budgets.push(memRow);
      else notes.push(`tables ${span}: time ${t.toFixed(2)}×, peak RSS ${m.toFixed(2)}× (${fmt(peak(a))} → ${fmt(peak(b))} MB); holds every table row, so not expected flat (not a budget)`);
    }
  }
  return {budgets, notes};
}

function printBudgets(budgets: Budget[], notes: string[]) {
  const w = Math.max(...budgets.map((b) => b.name.length), 6);
  console.log(`${"budget".padEnd(w)}  result  measured`);
  console.log(`${"-".repeat(w)}  ------  --------`);
  for (const b of budgets) console.log(`${b.name.padEnd(w)}  ${(b.pass ? "PASS" : "FAIL").padEnd(6)}  ${b.measured}${b.note ? `  [${b.note}]` : ""}`);
  for (const n of notes) console.log(`note: ${n}`);
}

function environment() {
  return {loadAverage: loadavg(), date: new Date().toISOString(), node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryMB: Math.round(totalmem() / 2 ** 20)};
}

async function profileRun(o: ReturnType<typeof parseOptions>, sizes: Size[]) {
  const size = sizes[0]!;
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const name = `extract-${size.mode}-${size.count}-${stamp}`;
  const cpuprofile = join(OUT_DIR, `${name}.cpuprofile`);
  const sourcemaps = join(OUT_DIR, `${name}.sourcemaps.json`);
  console.error(`profiling (b) extract on ${sizeLabel(size)} articles under node --cpu-prof…`);
  const row = await runChild("extract", size, o.corpus, ["--cpu-prof", "--cpu-prof-dir", OUT_DIR, "--cpu-prof-name", `${name}.cpuprofile`], ["--sourcemaps", sourcemaps]);
  console.log(
    `\n(b) extract under the profiler, ${sizeLabel(row)}: ${(row.computeMs / 1000).toFixed(1)} s compute, ${fmt(row.articlesPerS)} articles/s ` +
      `(decode ${(row.decodeMs / 1000).toFixed(1)} s, normalize ${(row.normalizeMs / 1000).toFixed(1)} s, extractArticle ${(row.workMs / 1000).toFixed(1)} s; read ${(row.readMs / 1000).toFixed(1)} s)\n`
  );
  const summary = summarizeProfile(cpuprofile, sourcemaps, o.top);
  printProfile(summary);
  const json = o.json ?? join(OUT_DIR, "profile-results.json");
  mkdirSync(dirname(json), {recursive: true});
  writeFileSync(json, JSON.stringify({...environment(), corpus: o.corpus, result: row, profile: summary}, null, 2) + "\n");
  console.log(`\ncpuprofile: ${relative(process.cwd(), cpuprofile)} (open in Chrome DevTools › Performance, or speedscope)`);
  console.log(`JSON: ${relative(process.cwd(), json)}`);
}

async function main() {
  const o = parseOptions(process.argv.slice(2));
  mkdirSync(OUT_DIR, {recursive: true});
  const corpusCount = await countRecords(o.corpus);
  const sizes = parseSizes(o.sizes, corpusCount);
  console.error(`corpus: ${o.corpus} (${fmt(corpusCount)} articles); ${cpus().length} CPUs, node ${process.version}`);
  if (o.profile) return profileRun(o, sizes);

  // Each phase runs `repeat` times, the phases of a size in turn (bare, extract, bare, extract…),
  // and the fastest run of each is kept: on a shared machine a run's time can double when another
  // process takes the CPU, and the fastest run is the one least disturbed. Peak RSS is the
  // highest of the runs.
  const rows: Row[] = [];
  const started = performance.now();
  for (const size of sizes) {
    const runs = new Map<Phase, Row[]>();
    for (let r = 0; r < o.repeat; r++) {
      for (const phase of o.phases) {
        if (phase === "html" && size.mode !== "real") continue;
        process.stderr.write(`  ${phase.padEnd(7)} ${sizeLabel(size).padStart(12)}${o.repeat > 1 ? ` (${r + 1}/${o.repeat})` : ""} … `);
        const row = await runChild(phase, size, o.corpus, ["--expose-gc"]);
        runs.set(phase, [...(runs.get(phase) ?? []), row]);
        process.stderr.write(`${(row.phaseMs / 1000).toFixed(1)} s, ${fmt(row.articlesPerS)} articles/s, peak ${fmt(Math.max(row.peakRssMB, row.maxRssMB))} MB\n`);
      }
    }
    for (const phase of o.phases) if (runs.has(phase)) rows.push(fastest(runs.get(phase)!));
  }
  console.log("");
  console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(", ")} on ${cpus().length} CPUs (other processes inflate wall times; CPU s is steadier)\n`);
  printTable(rows);
  const {budgets, notes} = checkBudgets(rows);
  console.log("");
  printBudgets(budgets, notes);
  const json = o.json ?? join(OUT_DIR, "bench-results.json");
  mkdirSync(dirname(json), {recursive: true});
  writeFileSync(
    json,
    JSON.stringify({...environment(), corpus: o.corpus, corpusArticles: corpusCount, options: o, totalS: (performance.now() - started) / 1000, results: rows, budgets, notes}, null, 2) + "\n"
  );
  console.log(`\nJSON: ${relative(process.cwd(), json)}`);
}

await main();
