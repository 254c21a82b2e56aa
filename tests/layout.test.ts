// The project's shape (README, Layout): the pipeline's folders depend one way, each module of the
// pipeline has its specification, and no two files share a name.
import {execFileSync} from "node:child_process";
import {readFileSync} from "node:fs";
import {basename, dirname, join, relative} from "node:path";
import {describe, expect, it} from "vitest";

const ROOT = join(import.meta.dirname, "..");
const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], {cwd: ROOT, encoding: "utf8"})
  .trim()
  .split("\n")
  .filter((f) => !f.startsWith("data/articles/") && !f.startsWith("tests/fixtures/"));
const sources = (folder: string) => files.filter((f) => f.startsWith(folder) && /\.ts$/.test(f));
const importsOf = (file: string) => [...readFileSync(join(ROOT, file), "utf8").matchAll(/^\s*(import|export)\s+(type\s+)?[^;]*?from\s+["']([^"']+)["']/gm)].map((m) => ({type: !!m[2], path: m[3]}));
const target = (file: string, spec: string) => relative(ROOT, join(dirname(join(ROOT, file)), spec));

describe("dependencies point one way: pipeline → site data → pages", () => {
  it("no file under loaders/ imports from src/", () => {
    for (const f of sources("loaders/")) {
      for (const i of importsOf(f)) if (i.path.startsWith(".")) expect(target(f, i.path).startsWith("src/"), `${f} imports ${i.path}`).toBe(false);
    }
  });
  it("pages and components import only types from loaders/ (Framework serves no module from outside src/)", () => {
    for (const f of [...sources("src/"), ...files.filter((x) => x.startsWith("src/") && x.endsWith(".md"))]) {
      const text = readFileSync(join(ROOT, f), "utf8");
      for (const m of text.matchAll(/import\s+(type\s+)?[^;]*?from\s+["']([^"']*loaders\/[^"']+)["']/g)) expect(m[1], `${f} imports ${m[2]} at run time`).toBeTruthy();
    }
  });
  it("the pipeline's stages import only earlier stages: read → extract → tables → site", () => {
    const order = ["read", "extract", "tables", "site"];
    for (const f of sources("loaders/")) {
      const stage = order.indexOf(f.split("/")[1]);
      if (stage < 0) continue;
      for (const i of importsOf(f)) {
        if (!i.path.startsWith(".") || i.type) continue;
        const other = order.indexOf(target(f, i.path).split("/")[1]);
        if (other >= 0) expect(other <= stage, `${f} imports ${i.path}`).toBe(true);
      }
    }
  });
  it("ingest (web → article files) stands beside the pipeline: it uses the reader alone, and no stage uses it", () => {
    for (const f of sources("loaders/ingest/")) {
      for (const i of importsOf(f)) {
        if (!i.path.startsWith(".") || i.type) continue;
        const to = target(f, i.path);
        expect(to.startsWith("loaders/ingest/") || to.startsWith("loaders/read/"), `${f} imports ${i.path}`).toBe(true);
      }
    }
    for (const f of sources("loaders/").filter((x) => !x.startsWith("loaders/ingest/"))) {
      for (const i of importsOf(f)) if (i.path.startsWith(".")) expect(target(f, i.path).startsWith("loaders/ingest/"), `${f} imports ${i.path}`).toBe(false);
    }
  });
});

describe("every module of the pipeline has its specification", () => {
  it("tests/<stage>/<module>.test.ts for each module under loaders/ that does more than declare types", () => {
    for (const f of sources("loaders/")) {
      const text = readFileSync(join(ROOT, f), "utf8");
      if (!/^export\s+(function|const|class|async function|\{)/m.test(text)) continue;
      const test = join("tests", dirname(f).replace(/^loaders\/?/, ""), basename(f).replace(/\.ts$/, ".test.ts"));
      expect(files, `${f} has no ${test}`).toContain(test);
    }
  });
});

describe("every component has its specification", () => {
  it("tests/components/<module>.test.ts for each module under src/components/ (generated file lists and declarations apart)", () => {
    for (const f of sources("src/components/")) {
      if (f.endsWith(".d.ts") || readFileSync(join(ROOT, f), "utf8").startsWith("// GENERATED")) continue;
      const test = join("tests", "components", basename(f).replace(/\.ts$/, ".test.ts"));
      expect(files, `${f} has no ${test}`).toContain(test);
    }
  });
});

describe("names", () => {
  it("no two files of the project share a name (READMEs apart)", () => {
    const seen = new Map<string, string>();
    for (const f of files) {
      const name = basename(f);
      if (name === "README.md") continue;
      expect(seen.get(name), `${f} and ${seen.get(name)}`).toBeUndefined();
      seen.set(name, f);
    }
  });
});
