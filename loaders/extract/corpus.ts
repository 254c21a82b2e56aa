// A corpus: every article file under the given paths, read, extracted and checked, one at a
// time (nothing holds every article's text at once). A file that cannot be read as an article
// is skipped with a warning naming it and the reason; a second file with the same main text
// as an earlier one is a duplicate and is counted once.
import {createHash} from "node:crypto";
import {readFileSync, statSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {loadChromePatterns} from "./chrome.js";
import {extractArticle, type Extractor} from "./article.js";
import {loadGazetteer, DEFAULT_GAZETTEER_DIR} from "./gazetteer.js";
import {buildMatchers} from "./matchers.js";
import {expandInputs, MAX_ARTICLE_BYTES, readArticleFile, relativeName} from "../read/articleFiles.js";
import type {ExtractionCache} from "./extractionCache.js";
import type {ArticleExtraction, FileWarning} from "./model.js";

export {corpusDir, DEFAULT_CORPUS_DIR} from "../read/corpusDir.js";
export const DEFAULT_CHROME_PATTERNS = fileURLToPath(new URL("../../data/chrome-patterns.tsv", import.meta.url));


export type CorpusItem =
  | {kind: "article"; article: ArticleExtraction}
  | {kind: "skipped"; id: string; file: string; warning: FileWarning};

export function createExtractor(gazetteerDir = DEFAULT_GAZETTEER_DIR, chromePatternsFile = DEFAULT_CHROME_PATTERNS): Extractor {
  return {
    matchers: buildMatchers(loadGazetteer(gazetteerDir)),
    chromePatterns: loadChromePatterns(readFileSync(chromePatternsFile, "utf8"))
  };
}

/** The article's main text, the lines that are not chrome, whitespace-folded: what duplicates share. */
export function mainTextKey(a: ArticleExtraction): string {
  const main = a.lines
    .filter((l) => l.chrome === null)
    .map((l) => a.text.slice(l.start, l.end).trim())
    .filter((l) => l !== "")
    .join("\n");
  return createHash("sha256").update(main.replace(/\s+/g, " ")).digest("hex");
}

/**
 * With a cache, an article whose text and extractor are unchanged is not extracted again, and a
 * file whose bytes are unchanged is not even decoded again.
 */
export function* extractCorpus(paths: string[], x: Extractor, cache?: ExtractionCache): Generator<CorpusItem> {
  const seenText = new Map<string, string>();
  const seenIds = new Set<string>();
  for (const {root, file} of expandInputs(paths)) {
    // The id the file gets if it reads as an article ("a.txt" and "a.md" side by side: the second is "a.md").
    const name = relativeName(file, root);
    const stem = name.replace(/\.[^./]*$/, "");
    const id = seenIds.has(stem) ? name : stem;
    const bytes = cache ? knownBytes(file) : null;
    const hit = bytes ? cache!.known(id, name, bytes) : null;
    let article: ArticleExtraction;
    let key: string;
    if (hit) {
      ({article, main: key} = hit);
    } else {
      const read = readArticleFile(file, root);
      if (!read.ok) {
        const skippedId = read.warning.file.replace(/\.[^./]+$/, "");
        yield {kind: "skipped", id: skippedId, file: read.warning.file, warning: read.warning};
        continue;
      }
      const raw = read.article;
      raw.id = id;
      const cached = cache?.get(raw) ?? null;
      article = cached ?? extractArticle(raw, x);
      if (!cached) cache?.set(raw, article);
      key = mainTextKey(article);
      if (bytes) cache!.remember(id, name, bytes, raw, key);
    }
    seenIds.add(id);
    if (!article.lines.some((l) => l.chrome === null && article.text.slice(l.start, l.end).trim() !== "")) {
      const warning = {file: name, code: "empty", message: `${name}: every line is page chrome, no article text is left`};
      yield {kind: "skipped", id, file: name, warning};
      continue;
    }
    const first = seenText.get(key);
    if (first !== undefined) {
      const warning = {file: name, code: "duplicate", message: `${name} has the same main text as ${first}; counted once, as ${first}`};
      yield {kind: "skipped", id, file: name, warning};
      continue;
    }
    seenText.set(key, id);
    if (!article.mentions.some((m) => m.kind === "country" || m.kind === "organization" || m.kind === "province")) {
      article.warnings.push({file: name, code: "no-entity", message: `${name} names no country, organisation or province`});
    }
    yield {kind: "article", article};
  }
  cache?.save();
}

/** A file's bytes, if it is a regular file small enough to be an article (else readArticleFile says why not). */
function knownBytes(file: string): Buffer | null {
  try {
    const st = statSync(file);
    return st.isFile() && st.size <= MAX_ARTICLE_BYTES ? readFileSync(file) : null;
  } catch {
    return null;
  }
}
