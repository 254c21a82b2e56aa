// Each article's extraction, cached on disk under .cache/extract/<extractor version>/, keyed by a
// hash of what it was computed from (id, file, text, front matter). Editing an article changes
// its key; editing the gazetteers or loaders/ changes the version, so no stale result is reused.
// A second index (files.json) goes from a hash of a file's id, name and bytes to that key and to
// the article's main-text key (corpus.ts, mainTextKey): a file read before with the very same
// bytes is found without decoding and normalising its text again.
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import type {ArticleExtraction, RawArticle} from "./model.js";
import {extractorVersion, PROJECT_ROOT} from "./version.js";

export const EXTRACTION_CACHE_DIR = join(PROJECT_ROOT, ".cache/extract");

export interface ExtractionCache {
  get(raw: RawArticle): ArticleExtraction | null;
  set(raw: RawArticle, a: ArticleExtraction): void;
  /** The extraction and main-text key of a file read before with these very bytes, under this name and id. */
  known(id: string, file: string, bytes: Uint8Array): {article: ArticleExtraction; main: string} | null;
  /** Remembers that these bytes, under this name and id, read as `raw`, whose main-text key is `main`. */
  remember(id: string, file: string, bytes: Uint8Array, raw: RawArticle, main: string): void;
  /** Writes the file index, if it changed. */
  save(): void;
}

/** The hash of what a file reads as: its id, its name and its bytes. */
function fileKeyOf(id: string, file: string, bytes: Uint8Array): string {
  return createHash("sha256").update(id).update("\0").update(file).update("\0").update(bytes).digest("hex");
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
  const read = (file: string): ArticleExtraction | null => {
    if (!existsSync(file)) return null;
    try {
      return JSON.parse(readFileSync(file, "utf8")) as ArticleExtraction;
    } catch {
      return null; // a torn write: compute again
    }
  };
  const indexFile = join(here, "files.json");
  let index: Map<string, {key: string; main: string}> | undefined;
  let changed = false;
  const files = () => {
    if (!index) {
      try {
        index = new Map(Object.entries(JSON.parse(readFileSync(indexFile, "utf8"))));
      } catch {
        index = new Map(); // none yet, or a torn write
      }
    }
    return index;
  };
  return {
    get: (raw) => read(pathOf(raw).file),
    known(id, file, bytes) {
      const entry = files().get(fileKeyOf(id, file, bytes));
      if (!entry) return null;
      const article = read(join(here, entry.key.slice(0, 2), `${entry.key}.json`));
      return article && {article, main: entry.main};
    },
    remember(id, file, bytes, raw, main) {
      files().set(fileKeyOf(id, file, bytes), {key: keyOf(raw), main});
      changed = true;
    },
    save() {
      if (!changed || !index) return;
      const tmp = `${indexFile}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(Object.fromEntries(index)));
      renameSync(tmp, indexFile);
      changed = false;
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
