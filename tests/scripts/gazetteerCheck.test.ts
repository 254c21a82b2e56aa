// The reference tables pass their own checker (scripts/gazetteer/check.ts: structure, the values
// the extractor reads, alias conflicts, gold traps, the seeds' smoke test when ../shared is here).
import {spawnSync} from "node:child_process";
import {join} from "node:path";
import {describe, expect, it} from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");

describe("scripts/gazetteer/check.ts", () => {
  it("finds no error in data/gazetteer/", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/gazetteer/check.ts"], {cwd: ROOT, encoding: "utf8"});
    const errors = run.stdout.split("\n").filter((l) => l.startsWith("ERROR"));
    expect(errors).toEqual([]);
    expect(run.status).toBe(0);
  }, 60_000);
});
