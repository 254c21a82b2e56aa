// Each article's extraction, cached on disk under .cache/extract/<extractor version>/, keyed by a
// hash of what it was computed from (id, file, text, front matter). Editing an article changes
// its key; editing the gazetteers or loaders/ changes the version, so no stale result is reused.
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import type {ArticleExtraction, RawArticle} from "./types.js";
import {extractorVersion, PROJECT_ROOT} from "./version.js";

export const EXTRACTION_CACHE_DIR = join(PROJECT_ROOT, ".cache/extract");

export interface ExtractionCache {
  get(raw: RawArticle): ArticleExtraction | null;
  set(raw: RawArticle, a: ArticleExtraction): void;
}

function keyOf(raw: RawArticle): string {
  return createHash("sha256")
    .update(raw.id)
    .update("\0")
    .update(raw.file)
    .update("\0")
    .update(JSON.stringify(raw.frontMatter))
    .update("\0")
    .update(raw.text)
    .digest("hex");
}

/** A cache for the current extractor version; folders of other versions are removed. */
export function openExtractionCache(dir = EXTRACTION_CACHE_DIR, version = extractorVersion()): ExtractionCache {
  const here = join(dir, version);
  if (existsSync(dir)) for (const old of readdirSync(dir)) if (old !== version) rmSync(join(dir, old), {recursive: true, force: true});
  mkdirSync(here, {recursive: true});
  const pathOf = (raw: RawArticle) => {
    const key = keyOf(raw);
    return {folder: join(here, key.slice(0, 2)), file: join(here, key.slice(0, 2), `${key}.json`)};
  };
  return {
    get(raw) {
      const {file} = pathOf(raw);
      if (!existsSync(file)) return null;
      try {
        return JSON.parse(readFileSync(file, "utf8")) as ArticleExtraction;
      } catch {
        return null; // a torn write: compute again
      }
    },
    set(raw, a) {
      const {folder, file} = pathOf(raw);
      mkdirSync(folder, {recursive: true});
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(a));
      renameSync(tmp, file);
    }
  };
}
