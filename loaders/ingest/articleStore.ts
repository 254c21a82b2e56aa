// The output folder of `npm run ingest` (data/articles/ by default) as a set of articles known
// by address and by text, and the one place that writes into it. An article is written as
// Markdown with YAML front matter (title, date, source, url, fetched) and its main text, one
// paragraph per line, by an atomic rename, so that a run killed halfway loses nothing.
//
// What happens to an article, by what the folder already holds:
//   written    a new address and a new text: a new file
//   unchanged  the same address, the same text and metadata: nothing is written (`fetched` is
//              not compared, so a rerun leaves files and their dates alone)
//   kept       the same address, another text or metadata (the page was edited, or someone
//              corrected the file by hand): the file is kept as it is and the run says so;
//              with `update` it is replaced instead ("updated")
//   duplicate  another address, but a text the folder already has under another file
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { listArticleFiles, readArticleFile } from "../read/articleFiles.js";
import { canonicalUrl } from "../read/canonicalUrl.js";
import type { FrontMatter, PartialDate } from "../extract/model.js";
import { articleLocation, asciiSlug } from "./articlePath.js";
import { writeFileAtomic } from "./atomicWrite.js";

export type StoreOutcome =
  | { kind: "written" | "updated" | "unchanged"; path: string }
  | { kind: "kept"; path: string; message: string }
  | { kind: "duplicate"; path: string; message: string };

export interface ArticleToStore {
  /** Normalised main text, one paragraph per line. */
  text: string;
  frontMatter: FrontMatter;
  /** ISO 8601 time the page was fetched (or the saved file's modification time). */
  fetched: string;
  /** For a page with no address: the name its file is given (a saved page's file name). */
  fallbackName?: string;
}

interface Known {
  path: string;
  textKey: string;
  frontMatter: FrontMatter;
}

export class ArticleStore {
  private readonly byUrl = new Map<string, Known>();
  private readonly byText = new Map<string, string>();
  private readonly claimed = new Set<string>();

  /** Reads what `dir` holds already (every article file, at any depth). */
  constructor(readonly dir: string) {
    if (!existsSync(dir)) return;
    for (const file of listArticleFiles(dir)) {
      const read = readArticleFile(file, dir);
      this.claimed.add(file);
      if (!read.ok) continue;
      const known: Known = { path: file, textKey: textKey(read.article.text), frontMatter: read.article.frontMatter };
      const url = read.article.frontMatter.url ? canonicalUrl(read.article.frontMatter.url) : null;
      if (url && !this.byUrl.has(url)) this.byUrl.set(url, known);
      if (!this.byText.has(known.textKey)) this.byText.set(known.textKey, file);
    }
  }

  /** Stores one article (see the table at the top of this file). */
  save(article: ArticleToStore, opts: { update?: boolean } = {}): StoreOutcome {
    const key = textKey(article.text);
    const url = article.frontMatter.url ? canonicalUrl(article.frontMatter.url) : null;
    const known = url ? this.byUrl.get(url) : undefined;
    if (known) {
      const same = known.textKey === key && sameMetadata(known.frontMatter, article.frontMatter);
      if (same) return { kind: "unchanged", path: known.path };
      if (!opts.update) {
        return {
          kind: "kept",
          path: known.path,
          message: `${this.shown(known.path)} already holds this address with another ${known.textKey === key ? "title, date or source" : "text"}; kept as it is (--update replaces it)`,
        };
      }
      writeFileAtomic(known.path, articleMarkdown(article));
      this.remember(known.path, url, key, article.frontMatter);
      return { kind: "updated", path: known.path };
    }
    const twin = this.byText.get(key);
    if (twin) return { kind: "duplicate", path: twin, message: `same text as ${this.shown(twin)}` };
    const path = this.freePath(url, article.fallbackName ?? "article");
    writeFileAtomic(path, articleMarkdown(article));
    this.remember(path, url, key, article.frontMatter);
    return { kind: "written", path };
  }

  /** A path relative to the folder, for messages. */
  shown(path: string): string {
    return relative(this.dir, path).split(sep).join("/");
  }

  private remember(path: string, url: string | null, key: string, frontMatter: FrontMatter): void {
    const known = { path, textKey: key, frontMatter };
    if (url) this.byUrl.set(url, known);
    this.byText.set(key, path);
    this.claimed.add(path);
  }

  /** `<host>/<slug>.md`, or with "-2", "-3" ... when another article has that name. */
  private freePath(url: string | null, fallbackName: string): string {
    const { host, slug } = url ? articleLocation(url) : { host: "saved", slug: asciiSlug(fallbackName) || "article" };
    for (let n = 1; ; n++) {
      const path = join(this.dir, host, `${slug}${n === 1 ? "" : `-${n}`}.md`);
      if (!this.claimed.has(path) && !existsSync(path)) return path;
    }
  }
}

/** What two texts share when they are the same article: their words, whitespace aside. */
export function textKey(text: string): string {
  return createHash("sha256").update(text.replace(/\s+/g, " ").trim()).digest("hex");
}

/** The file `npm run ingest` writes: YAML front matter, then the text. */
export function articleMarkdown(article: ArticleToStore): string {
  const fm = article.frontMatter;
  const lines = ["---"];
  if (fm.title) lines.push(`title: ${yamlString(fm.title)}`);
  if (fm.date && fm.date.year !== null) lines.push(`date: ${formatDate(fm.date)}`);
  if (fm.source) lines.push(`source: ${yamlString(fm.source)}`);
  if (fm.url) lines.push(`url: ${yamlString(fm.url)}`);
  lines.push(`fetched: ${article.fetched}`);
  lines.push("---");
  return `${lines.join("\n")}\n${article.text.trim()}\n`;
}

/** A double-quoted YAML string on one line (what loaders/read/frontMatter.ts reads back). */
export function yamlString(s: string): string {
  return `"${s.replace(/\s+/g, " ").trim().replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

function formatDate(d: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.year}${d.month ? `-${pad(d.month)}${d.day ? `-${pad(d.day)}` : ""}` : ""}`;
}

function sameMetadata(a: FrontMatter, b: FrontMatter): boolean {
  return (
    (a.title ?? null) === (b.title ?? null) &&
    (a.source ?? null) === (b.source ?? null) &&
    JSON.stringify(a.date ?? null) === JSON.stringify(b.date ?? null)
  );
}
