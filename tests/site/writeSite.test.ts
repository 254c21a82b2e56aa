// Writing the site data into a folder: every file, only what changed, nothing stale, nothing when
// nothing the data depends on has changed.
import {cpSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {DEFAULT_CORPUS_DIR} from "../../loaders/extract/corpus.js";
import {writeSite} from "../../loaders/site/writeSite.js";

describe("writeSite", () => {
  const corpus = mkdtempSync(join(tmpdir(), "corpus-"));
  cpSync(DEFAULT_CORPUS_DIR, corpus, {recursive: true});
  const out = mkdtempSync(join(tmpdir(), "site-"));
  const day = new Date("2026-06-01");
  const first = writeSite(corpus, out, day);

  it("writes every file of the contract", () => {
    expect(first.computed).toBe(true);
    for (const f of ["site.json", "facets.json", "facets-mentions.json", "quality.json", "warnings.json", "world-map.json", "vietnam-map.json", "catalog/0.json", "texts/0.json", "entities/0.json", "entities/0-more.json", "entities/63.json", "entities/63-more.json"]) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
  });
  it("computes nothing when nothing it depends on has changed", () => {
    const again = writeSite(corpus, out, day);
    expect(again).toMatchObject({computed: false, written: 0});
  });
  it("writes only the files whose bytes changed when an article changes", () => {
    const before = statSync(join(out, "world-map.json")).mtimeMs;
    writeFileSync(join(corpus, "new.txt"), "Hà Nội hợp tác với Nhật Bản về nghiên cứu vật liệu mới.\n");
    const r = writeSite(corpus, out, day);
    expect(r.computed).toBe(true);
    expect(r.written).toBeGreaterThan(0);
    expect(r.unchanged).toBeGreaterThan(0);
    expect(statSync(join(out, "world-map.json")).mtimeMs).toBe(before);
    expect(JSON.parse(readFileSync(join(out, "site.json"), "utf8")).corpus.articles).toBe(6);
  });
  it("deletes a file the data no longer has", () => {
    writeFileSync(join(out, "stale.json"), "{}");
    writeFileSync(join(corpus, "another.txt"), "Đà Nẵng ký kết với Pháp.\n");
    const r = writeSite(corpus, out, day);
    expect(r.deleted).toBe(1);
    expect(existsSync(join(out, "stale.json"))).toBe(false);
  });
});
