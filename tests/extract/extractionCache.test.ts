// The per-article extraction cache: a hit only for the same text and the same extractor.
import {copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {createExtractor, DEFAULT_CORPUS_DIR, extractCorpus} from "../../loaders/extract/corpus.js";
import {openExtractionCache, type ExtractionCache} from "../../loaders/extract/extractionCache.js";
import type {RawArticle} from "../../loaders/extract/model.js";

const readFileSyncUtf8 = (p: string) => readFileSync(p, "utf8");
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
  it("finds a file read before with the very same bytes without reading it as text again, with the same result", () => {
    const corpus = mkdtempSync(join(tmpdir(), "xcorpus-"));
    for (const name of readdirSync(DEFAULT_CORPUS_DIR).filter((n) => n.endsWith(".txt"))) copyFileSync(join(DEFAULT_CORPUS_DIR, name), join(corpus, name));
    writeFileSync(join(corpus, "copy.txt"), readFileSyncUtf8(join(DEFAULT_CORPUS_DIR, "003_15723938c75b8bee.txt")));
    const counting = (cache: ExtractionCache) => {
      const hits = {known: 0, get: 0};
      return {
        hits,
        cache: {...cache, known: (...a: Parameters<ExtractionCache["known"]>) => (cache.known(...a) && hits.known++, cache.known(...a)), get: (raw: RawArticle) => (hits.get++, cache.get(raw))}
      };
    };
    const uncached = [...extractCorpus([corpus], x)];
    const first = counting(openExtractionCache(dir, "v3"));
    expect([...extractCorpus([corpus], x, first.cache)]).toEqual(uncached);
    expect(first.hits).toEqual({known: 0, get: uncached.length});
    // Read again: every file found by its bytes (the copy too, a duplicate counted once, as before).
    const again = counting(openExtractionCache(dir, "v3"));
    expect([...extractCorpus([corpus], x, again.cache)]).toEqual(uncached);
    expect(again.hits).toEqual({known: uncached.length, get: 0});
    expect(uncached.filter((i) => i.kind === "skipped").map((i) => i.kind === "skipped" && i.warning.code)).toEqual(["duplicate"]);
    // One file edited: read as text again, the others still found by their bytes.
    writeFileSync(join(corpus, "copy.txt"), "Việt Nam và Phần Lan hợp tác về khoa học.");
    const edited = counting(openExtractionCache(dir, "v3"));
    const items = [...extractCorpus([corpus], x, edited.cache)];
    expect(edited.hits).toEqual({known: uncached.length - 1, get: 1});
    expect(items).toEqual([...extractCorpus([corpus], x)]);
    expect(JSON.stringify(items.find((i) => i.kind === "article" && i.article.id === "copy"))).toMatch(/"FI"/);
    rmSync(corpus, {recursive: true, force: true});
  });
});
