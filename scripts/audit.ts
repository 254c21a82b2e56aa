// Lighthouse audit of the built site: performance and accessibility (desktop preset) of every main
// page, one partner page and one province page. It does not build: run `npm run build` first.
//
//   npm run audit [-- --pages index.html,method.html] [--dist DIR] [--min 95] [--runs N]
//
// With --runs N (default 1), each page is audited N times and the run with the median performance
// score is kept (Lighthouse's advice for its run-to-run variance, mostly Total Blocking Time on a
// busy machine); the table then also shows every run's score.
//
// Serves DIR (default dist/) with scripts/serve-dist.js on 127.0.0.1 (gzipped), launches the system
// Chromium headless (CHROME_PATH, default /usr/bin/chromium; nothing is ever downloaded), runs
// Lighthouse on each page in turn, prints a table (scores, total byte weight, LCP, TBT, CLS) and
// the failing accessibility audits with a few offending nodes, writes the summary to
// .cache/audit/audit-results.json (full Lighthouse reports: .cache/audit/PAGE.lhr.json), and exits 1 if any page scores below the minimum (95).
import {existsSync, mkdirSync, writeFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {parseArgs} from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import type {Config, Result} from "lighthouse";
import {serveDist} from "./serve-dist.js";
import {CHROMIUM_FLAGS, sitePages} from "./sitePages.js";

const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_FLAGS];

const {values} = parseArgs({
  options: {
    pages: {type: "string"},
    dist: {type: "string", default: "dist"},
    min: {type: "string", default: "95"},
    runs: {type: "string", default: "1"}
  }
});
const dist = resolve(values.dist!);
const min = Number(values.min);
const runs = Math.max(1, Math.floor(Number(values.runs)) || 1);

if (!existsSync(join(dist, "index.html"))) {
  console.error(`audit: ${dist} has no built site; run \`npm run build\` first.`);
  process.exit(1);
}

const pages = values.pages
  ? values.pages.split(",").map((p) => p.trim()).filter(Boolean)
  : sitePages(dist);
for (const page of pages) {
  if (!existsSync(join(dist, page.replace(/\?.*$/, "")))) {
    console.error(`audit: ${join(dist, page)} does not exist`);
    process.exit(1);
  }
}

const config: Config = {
  ...desktopConfig,
  settings: {...desktopConfig.settings, onlyCategories: ["performance", "accessibility"]}
};

interface Failure {
  id: string;
  title: string;
  nodes: string[];
}
interface PageResult {
  page: string;
  performance: number | null;
  accessibility: number | null;
  totalKB: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  seconds: number;
  accessibilityFailures: Failure[];
  performanceIssues: {id: string; title: string; display?: string}[];
  runtimeError?: string;
  /** Performance score of every run, when there were several. */
  runScores?: (number | null)[];
}

const score = (lhr: Result, id: string) => {
  const s = lhr.categories[id]?.score;
  return s == null ? null : Math.round(s * 100);
};
const numeric = (lhr: Result, id: string) => lhr.audits[id]?.numericValue ?? null;

/** Snippets of the nodes an audit flags (details of type "table" or "list" of nodes). */
function nodes(audit: Result["audits"][string], limit = 4): string[] {
  const items = (audit.details as {items?: unknown[]} | undefined)?.items ?? [];
  const out: string[] = [];
  for (const item of items as Array<Record<string, unknown>>) {
    const node = (item.node ?? item) as {type?: string; snippet?: string; selector?: string};
    if (node?.type === "node" && node.snippet) out.push(`${node.snippet.slice(0, 160)}${node.selector ? `  [${node.selector}]` : ""}`);
    if (out.length >= limit) break;
  }
  if (items.length > out.length && out.length) out.push(`… ${items.length} in all`);
  return out;
}

function summarize(page: string, lhr: Result, seconds: number): PageResult {
  const failing = (category: string) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a && a.score !== null && a.score < 1 && !["notApplicable", "manual", "informative"].includes(a.scoreDisplayMode));
  return {
    page,
    performance: score(lhr, "performance"),
    accessibility: score(lhr, "accessibility"),
    totalKB: numeric(lhr, "total-byte-weight") === null ? null : Math.round(numeric(lhr, "total-byte-weight")! / 1024),
    lcpMs: numeric(lhr, "largest-contentful-paint"),
    tbtMs: numeric(lhr, "total-blocking-time"),
    cls: numeric(lhr, "cumulative-layout-shift"),
    seconds,
    accessibilityFailures: failing("accessibility").map((a) => ({id: a.id, title: a.title, nodes: nodes(a)})),
    performanceIssues: failing("performance")
      .filter((a) => a.score! < 0.9)
      .map((a) => ({id: a.id, title: a.title, display: a.displayValue})),
    runtimeError: lhr.runtimeError?.message
  };
}

const out = resolve(".cache/audit");
const started = Date.now();
// Gzipped, as any production host serves text files.
const {server, origin} = await serveDist(dist, {port: 0, compress: true});
const chrome = await chromeLauncher.launch({chromePath: process.env.CHROME_PATH || "/usr/bin/chromium", chromeFlags: CHROME_FLAGS});
const results: PageResult[] = [];
try {
  for (const page of pages) {
    const t0 = Date.now();
    process.stderr.write(`audit: ${page} … `);
    const lhrs: Result[] = [];
    for (let i = 0; i < runs; i++) {
      const run = await lighthouse(`${origin}/${page}`, {port: chrome.port, output: "json", logLevel: "error"}, config);
      if (!run) throw new Error(`Lighthouse returned no result for ${page}`);
      lhrs.push(run.lhr);
    }
    // The run with the median performance score (the lower middle one for an even count).
    const sorted = [...lhrs].sort((a, b) => (score(a, "performance") ?? -1) - (score(b, "performance") ?? -1));
    const lhr = sorted[Math.floor((sorted.length - 1) / 2)];
    const result = summarize(page, lhr, (Date.now() - t0) / 1000);
    if (runs > 1) result.runScores = lhrs.map((l) => score(l, "performance"));
    // The full report, for the details the summary leaves out.
    mkdirSync(out, {recursive: true});
    writeFileSync(join(out, page.replace(/\//g, "_").replace(/\.html$/, ".lhr.json")), JSON.stringify(lhr));
    process.stderr.write(`${result.seconds.toFixed(1)} s\n`);
    results.push(result);
  }
} finally {
  await chrome.kill();
  server.close();
}

const fmt = (v: number | null, digits = 0) => (v === null ? "–" : v.toFixed(digits));
const rows = results.map((r) => [
  r.page,
  fmt(r.performance),
  fmt(r.accessibility),
  fmt(r.totalKB),
  r.lcpMs === null ? "–" : `${(r.lcpMs / 1000).toFixed(2)} s`,
  r.tbtMs === null ? "–" : `${fmt(r.tbtMs)} ms`,
  fmt(r.cls, 3),
  ...(runs > 1 ? [r.runScores!.map((s) => fmt(s)).join(" ")] : [])
]);
const header = ["page", "perf", "a11y", "weight KB", "LCP", "TBT", "CLS", ...(runs > 1 ? ["perf of each run"] : [])];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
console.log("\n" + line(header));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const row of rows) console.log(line(row));

const failed = results.filter((r) => r.runtimeError || (r.performance ?? 0) < min || (r.accessibility ?? 0) < min);
for (const r of results) {
  if (r.runtimeError) console.log(`\n${r.page}: Lighthouse runtime error: ${r.runtimeError}`);
  if (r.accessibilityFailures.length) {
    console.log(`\n${r.page}: failing accessibility audits`);
    for (const f of r.accessibilityFailures) {
      console.log(`  ${f.id}: ${f.title}`);
      for (const n of f.nodes) console.log(`      ${n}`);
    }
  }
  if ((r.performance ?? 0) < min && r.performanceIssues.length) {
    console.log(`\n${r.page}: performance audits below 90`);
    for (const p of r.performanceIssues) console.log(`  ${p.id}: ${p.title}${p.display ? ` (${p.display})` : ""}`);
  }
}

const seconds = (Date.now() - started) / 1000;
writeFileSync(join(out, "audit-results.json"), JSON.stringify({date: new Date().toISOString(), dist, min, runs, seconds, pages: results}, null, 2) + "\n");
console.log(`\n${results.length} pages in ${seconds.toFixed(0)} s; summary in .cache/audit/audit-results.json`);
if (failed.length) {
  console.log(`FAIL: ${failed.map((r) => r.page).join(", ")} below ${min}`);
  process.exit(1);
}
console.log(`OK: every page scores ≥ ${min} on performance and accessibility`);
