// A corpus with every kind of bad input beside the seeds: each bad file yields its named
// warning, valid oddities are read, duplicates are counted once, and every good article is
// counted exactly as without the bad ones.
import {copyFileSync, mkdtempSync, readdirSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {createExtractor, DEFAULT_CORPUS_DIR, extractCorpus, type CorpusItem} from "../../loaders/extract/corpus.js";
import {summarize} from "../../loaders/tables/summary.js";
import {BAD_INPUT_DIR, writeLargeFile} from "../fixtures/make-bad-input.js";

const x = createExtractor();
const run = (dir: string) => [...extractCorpus([dir], x)];
const byId = (items: CorpusItem[]) => new Map(items.map((i) => [i.kind === "article" ? i.article.id : i.id, i]));

const dir = mkdtempSync(join(tmpdir(), "corpus-"));
for (const f of readdirSync(DEFAULT_CORPUS_DIR)) copyFileSync(join(DEFAULT_CORPUS_DIR, f), join(dir, f));
for (const f of readdirSync(BAD_INPUT_DIR)) copyFileSync(join(BAD_INPUT_DIR, f), join(dir, f));
copyFileSync(join(DEFAULT_CORPUS_DIR, "002_739555dec86a15cd.txt"), join(dir, "copy of 002.txt"));
writeLargeFile(dir);
afterAll(() => rmSync(dir, {recursive: true, force: true}));

const seedsAlone = byId(run(DEFAULT_CORPUS_DIR));
const mixed = byId(run(dir));

function skipCode(id: string): string | undefined {
  const item = mixed.get(id);
  return item?.kind === "skipped" ? item.warning.code : undefined;
}

describe("a corpus of the seeds and every kind of bad input", () => {
  it("counts every seed exactly as it does without the bad files", () => {
    for (const [id, item] of seedsAlone) {
      const other = mixed.get(id);
      expect(other?.kind).toBe("article");
      if (item.kind === "article" && other?.kind === "article") expect(summarize(other.article)).toEqual(summarize(item.article));
    }
  });
  it.each([
    ["empty", "empty"],
    ["binary", "binary"],
    ["windows-1258", "invalid-encoding"],
    ["saved-page", "html"],
    ["impossible-date", "bad-front-matter"],
    ["too-large", "too-large"]
  ])("skips %s with the warning %s, naming the file", (id, code) => {
    expect(skipCode(id)).toBe(code);
    const item = mixed.get(id);
    if (item?.kind === "skipped") expect(item.warning.message).toContain(id);
  });
  it("flags re-encoded copies of seeds and an exact copy as duplicates of the seed", () => {
    for (const id of ["utf16le-bom", "utf8-bom", "nfd", "crlf", "copy of 002"]) expect(skipCode(id)).toBe("duplicate");
    const copy = mixed.get("copy of 002");
    if (copy?.kind === "skipped") expect(copy.warning.message).toContain("002_739555dec86a15cd");
  });
  it("reads a file name with spaces and Vietnamese letters", () => {
    const item = mixed.get("Hợp tác Việt – Nhật");
    expect(item?.kind).toBe("article");
    if (item?.kind === "article") expect(summarize(item.article).countries.map((c) => c.code)).toContain("JP");
  });
  it("counts an article with no entity, with a warning", () => {
    const item = mixed.get("no-entity");
    expect(item?.kind).toBe("article");
    if (item?.kind === "article") expect(item.article.warnings.map((w) => w.code)).toEqual(["no-entity"]);
  });
  it("reads the same seed text in UTF-16, with a BOM, in NFD or with CRLF as the seed itself", () => {
    // Alone (without the seed beside it), each re-encoding gives the seed's own result.
    const solo = mkdtempSync(join(tmpdir(), "solo-"));
    try {
      for (const [file, seed] of [["utf16le-bom.txt", "000_5155e7d0209eb3e7"], ["utf8-bom.txt", "001_4071f28a51558a73"], ["nfd.txt", "003_15723938c75b8bee"], ["crlf.txt", "004_9f9a77af44890c03"]]) {
        copyFileSync(join(BAD_INPUT_DIR, file), join(solo, file));
        const [item] = run(join(solo, file));
        const ref = seedsAlone.get(seed);
        expect(item.kind).toBe("article");
        if (item.kind === "article" && ref?.kind === "article") {
          const {id: _a, ...got} = summarize(item.article);
          const {id: _b, ...want} = summarize(ref.article);
          expect(got).toEqual(want);
        }
      }
    } finally {
      rmSync(solo, {recursive: true, force: true});
    }
  });
});
