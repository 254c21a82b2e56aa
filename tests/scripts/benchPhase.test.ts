// One phase of `npm run bench`, run as the bench runs it: a child process that streams a corpus and
// prints one JSON line of timings and memory.
import {spawnSync} from "node:child_process";
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {gzipSync} from "node:zlib";
import {describe, expect, it} from "vitest";
import type {PhaseResult} from "../../scripts/bench/phase.js";

/** The seed articles as a JSONL.gz corpus in ../shared/corpus's format. */
function seedCorpus(dir: string): string {
  const lines = readdirSync("data/articles").map((name, i) => {
    const [title, ...rest] = readFileSync(join("data/articles", name), "utf8").split("\n");
    return JSON.stringify({id: `seed-${i}`, category: "Khoa hoc", title, text: rest.join("\n").trim()});
  });
  const file = join(dir, "seeds.jsonl.gz");
  writeFileSync(file, gzipSync(lines.join("\n") + "\n"));
  return file;
}

function runPhase(nodeFlags: string[], phase: string, corpus: string, count: number): PhaseResult {
  const r = spawnSync(process.execPath, [...nodeFlags, "--import", "tsx", "scripts/bench/phase.ts", "--phase", phase, "--corpus", corpus, "--mode", "synthetic", "--count", String(count)], {encoding: "utf8"});
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as PhaseResult;
}

describe("scripts/bench/phase.ts", () => {
  it("reports the memory the pass still holds after a full collection when run with --expose-gc, and none without", () => {
    const dir = mkdtempSync(join(tmpdir(), "bench-phase-"));
    try {
      const corpus = seedCorpus(dir);
      const extract = runPhase(["--expose-gc"], "extract", corpus, 12);
      expect(extract.articles).toBe(12);
      expect(extract.liveEndMB).toBeGreaterThan(0);
      expect(extract.liveEndMB!).toBeLessThan(extract.peakRssMB);
      expect(runPhase([], "bare", corpus, 5).liveEndMB).toBeNull();
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  }, 60_000);
});
