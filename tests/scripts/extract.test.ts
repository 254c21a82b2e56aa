// The command line's contract: one JSON object per article per line on stdout, warnings on
// stderr, exit 0 unless no input could be read at all; --tables writes CSV files.
import {execFileSync, spawnSync} from "node:child_process";
import {existsSync, mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";

const tsx = join(process.cwd(), "node_modules/.bin/tsx");
const cli = (args: string[]) => spawnSync(tsx, ["scripts/extract.ts", ...args], {encoding: "utf8"});

describe("npm run extract", () => {
  const run = cli(["data/articles", "tests/fixtures/bad-input/empty.txt"]);
  const lines = run.stdout.trim().split("\n").map((l) => JSON.parse(l));

  it("prints one JSON line per article, in the documented shape", () => {
    expect(lines).toHaveLength(6);
    const a = lines.find((l) => l.id === "004_9f9a77af44890c03");
    expect(Object.keys(a)).toEqual(["id", "title", "source", "date", "countries", "organizations", "localities", "fields", "pairs", "relevance", "skipped", "warnings"]);
    expect(a.relevance).toBe("st_cooperation");
    expect(a.date).toEqual({year: 2023, month: null, day: null});
    expect(a.countries[0]).toEqual({code: expect.any(String), mentions: expect.any(Number)});
    expect(a.organizations.map((o: {id: string}) => o.id).sort()).toEqual(["EU", "UNICEF", "WORLD_BANK"]);
    expect(a.pairs).toContainEqual({vn: "VN-HP", partner: "TW", evidence: 1, activities: expect.any(Array), st: true, fields: expect.arrayContaining(["tech_transfer"])});
  });
  it("gives a skipped file its line, with the reason, and warns on stderr", () => {
    expect(lines.find((l) => l.id === "empty")).toMatchObject({skipped: true, warnings: [expect.stringContaining("empty")]});
    expect(run.stderr).toContain("empty.txt");
    expect(run.status).toBe(0);
  });
  it("exits non-zero when no input could be read at all", () => {
    expect(cli(["tests/fixtures/bad-input/binary.txt"]).status).not.toBe(0);
    expect(cli(["does/not/exist"]).status).not.toBe(0);
  }, 30_000); // two runs of the CLI, a process each
  it("writes the row tables and each scope's counts as CSV with --tables, made by the pages' count engine", () => {
    const dir = mkdtempSync(join(tmpdir(), "tables-"));
    try {
      execFileSync(tsx, ["scripts/extract.ts", "--tables", dir, "data/articles"], {stdio: "ignore"});
      for (const name of ["articles", "mentions", "evidence", "skipped"]) expect(existsSync(join(dir, `${name}.csv`)), name).toBe(true);
      for (const scope of ["st", "cooperation", "mentions"]) {
        for (const name of ["partners", "provinces", "units-2025", "fields", "province-partner", "partner-field", "years", "months"]) {
          expect(existsSync(join(dir, scope, `${name}.csv`)), `${scope}/${name}`).toBe(true);
        }
      }
      const partners = readFileSync(join(dir, "st", "partners.csv"), "utf8").trim().split("\n");
      expect(partners[0]).toBe("code,kind,name_en,articles,evidence");
      expect(partners[1]).toMatch(/^CN,country,China,3,/);
      expect(readFileSync(join(dir, "mentions", "partners.csv"), "utf8").split("\n")[0]).toBe("code,kind,name_en,articles,evidence,mentions");
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  }, 30_000);
});
