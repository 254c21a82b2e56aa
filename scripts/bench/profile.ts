// Reads a V8 .cpuprofile (node --cpu-prof) and ranks functions by self time. Positions in the
// profile are those of the JavaScript tsx generated; with the source maps the profiled process
// dumped (phase.ts --sourcemaps), they are mapped back to TypeScript file:line.
//
//   npx tsx scripts/bench/profile.ts FILE.cpuprofile [--sourcemaps FILE.json] [--top 25]
import {existsSync, readFileSync} from "node:fs";
import {SourceMap, type SourceMapPayload} from "node:module";
import {relative} from "node:path";
import {fileURLToPath} from "node:url";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number; // 0-based
  columnNumber: number; // 0-based
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  hitCount?: number;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileRow {
  function: string;
  /** TypeScript file:line (1-based) when a source map knows it, else the generated position. */
  location: string;
  file: string;
  selfMs: number;
  /** Share of all sampled time, in percent. */
  selfPct: number;
}

export interface ProfileSummary {
  file: string;
  totalMs: number;
  /** (garbage collector), (program), (idle) and (root): time not in any JS function. */
  meta: Record<string, number>;
  top: ProfileRow[];
  /** Self time by source file (percent of all sampled time), largest first. */
  byFile: {file: string; selfMs: number; selfPct: number}[];
}

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const META = new Set(["(garbage collector)", "(program)", "(idle)", "(root)"]);

function displayFile(url: string): string {
  if (!url) return "(native)";
  if (url.startsWith("node:")) return url;
  const path = url.startsWith("file://") ? fileURLToPath(url) : url;
  const rel = relative(ROOT, path);
  return rel.startsWith("..") ? path : rel;
}

export function summarizeProfile(file: string, sourceMapsFile?: string, topN = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const maps = new Map<string, SourceMap>();
  if (sourceMapsFile && existsSync(sourceMapsFile)) {
    const payloads = JSON.parse(readFileSync(sourceMapsFile, "utf8")) as Record<string, SourceMapPayload>;
    for (const [url, payload] of Object.entries(payloads)) maps.set(url, new SourceMap({...payload, sourcesContent: []}));
  }

  // Self time per node: each sample is charged the time up to the next sample (as DevTools does).
  const self = new Map<number, number>();
  const {samples, timeDeltas} = profile;
  for (let i = 0; i < samples.length; i++) {
    const dt = i + 1 < timeDeltas.length ? timeDeltas[i + 1]! : 0;
    self.set(samples[i]!, (self.get(samples[i]!) ?? 0) + Math.max(dt, 0));
  }
  const totalUs = [...self.values()].reduce((s, v) => s + v, 0);

  const meta: Record<string, number> = {};
  const byKey = new Map<string, ProfileRow & {us: number}>();
  const byFile = new Map<string, number>();
  for (const node of profile.nodes) {
    const us = self.get(node.id) ?? 0;
    if (us === 0) continue;
    const cf = node.callFrame;
    if (META.has(cf.functionName)) {
      meta[cf.functionName] = (meta[cf.functionName] ?? 0) + us / 1000;
      continue;
    }
    let fileName = displayFile(cf.url);
    let line = cf.lineNumber + 1;
    let mapped = false;
    const sm = maps.get(cf.url);
    if (sm && cf.lineNumber >= 0) {
      const entry = sm.findEntry(cf.lineNumber, cf.columnNumber) as {originalSource?: string; originalLine?: number};
      if (entry && entry.originalSource !== undefined && entry.originalLine !== undefined) {
        fileName = displayFile(entry.originalSource);
        line = entry.originalLine + 1;
        mapped = true;
      }
    }
    const name = cf.functionName || "(anonymous)";
    // V8 shows compiled regular expressions as their own frames ("RegExp: …"), charged to no file.
    if (!cf.url) fileName = name.startsWith("RegExp:") ? "(regexp)" : "(native)";
    const location = cf.url ? `${fileName}:${line}${mapped || !maps.has(cf.url) ? "" : " (js)"}` : fileName;
    const key = `${name}\t${location}`;
    const row = byKey.get(key) ?? {function: name, location, file: fileName, selfMs: 0, selfPct: 0, us: 0};
    row.us += us;
    byKey.set(key, row);
    byFile.set(fileName, (byFile.get(fileName) ?? 0) + us);
  }
  const pct = (us: number) => (100 * us) / totalUs;
  const top = [...byKey.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, topN)
    .map(({us, ...row}) => ({...row, selfMs: us / 1000, selfPct: pct(us)}));
  return {
    file,
    totalMs: totalUs / 1000,
    meta,
    top,
    byFile: [...byFile.entries()].sort((a, b) => b[1] - a[1]).map(([f, us]) => ({file: f, selfMs: us / 1000, selfPct: pct(us)}))
  };
}

export function printProfile(s: ProfileSummary, out: (line: string) => void = console.log): void {
  out(`profile: ${relative(process.cwd(), s.file)} (${(s.totalMs / 1000).toFixed(1)} s sampled)`);
  out(
    "not in JS functions: " +
      Object.entries(s.meta)
        .sort((a, b) => b[1] - a[1])
        .map(([k, ms]) => `${k} ${((100 * ms) / s.totalMs).toFixed(1)}%`)
        .join(", ")
  );
  out("");
  out(`${"#".padStart(3)}  ${"self ms".padStart(8)}  ${"self %".padStart(6)}  function  (file:line)`);
  s.top.forEach((r, i) => {
    out(`${String(i + 1).padStart(3)}  ${r.selfMs.toFixed(0).padStart(8)}  ${r.selfPct.toFixed(1).padStart(6)}  ${r.function}  (${r.location})`);
  });
  out("");
  out("self time by file:");
  for (const f of s.byFile.slice(0, 12)) out(`  ${f.selfPct.toFixed(1).padStart(5)}%  ${f.file}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const argv = process.argv.slice(2);
  const opt = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  const file = argv.find((a) => a.endsWith(".cpuprofile"));
  if (!file) {
    console.error("usage: npx tsx scripts/bench/profile.ts FILE.cpuprofile [--sourcemaps FILE.json] [--top 25]");
    process.exit(2);
  }
  printProfile(summarizeProfile(file, opt("--sourcemaps"), Number(opt("--top") ?? 25)));
}
