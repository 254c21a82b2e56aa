// The per-article extraction cache: a hit only for the same text and the same extractor.
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {createExtractor, DEFAULT_CORPUS_DIR, extractCorpus} from "../loaders/corpus.js";
import {openExtractionCache} from "../loaders/extractionCache.js";
import type {RawArticle} from "../loaders/types.js";

const dir = mkdtempSync(join(tmpdir(), "xcache-"));
afterAll(() => rmSync(dir, {recursive: true, force: true}));
const raw: RawArticle = {id: "a", file: "a.txt", text: "Việt Nam hợp tác với Nhật Bản.", frontMatter: {}, bytes: 40};

describe("the extraction cache", () => {
  const x = createExtractor();
  it("returns what was stored for the same article and version", () => {
    const cache = openExtractionCache(dir, "v1");
    const [item] = [...extractCorpus([join(DEFAULT_CORPUS_DIR, "003_15723938c75b8bee.txt")], x, cache)];
    const again = [...extractCorpus([join(DEFAULT_CORPUS_DIR, "003_15723938c75b8bee.txt")], x, cache)][0];
    expect(again).toEqual(item);
  });
  it("misses when the text changes", () => {
    const cache = openExtractionCache(dir, "v1");
    cache.set(raw, {id: "a"} as never);
    expect(cache.get(raw)).toEqual({id: "a"});
    expect(cache.get({...raw, text: raw.text + " Thêm."})).toBeNull();
  });
  it("misses, and drops the old results, when the extractor changes", () => {
    openExtractionCache(dir, "v1").set(raw, {id: "a"} as never);
    expect(openExtractionCache(dir, "v2").get(raw)).toBeNull();
    expect(openExtractionCache(dir, "v1").get(raw)).toBeNull();
  });
});
