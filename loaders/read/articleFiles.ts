// Finding article files on disk and reading each one into a RawArticle, or into a warning
// that names the file and says, in words a non-programmer can act on, why it was skipped.
// This is the only module of the extraction that touches the file system.

import { readdirSync, readFileSync, statSync, type Stats } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { decodeArticleBytes } from "./decode.js";
import { parseFrontMatter } from "./frontMatter.js";
import { readHtmlPage } from "./html.js";
import { decodeHtmlBytes } from "./htmlCharset.js";
import { normalizeText } from "./normalize.js";
import type { FileWarning, FrontMatter, RawArticle } from "../extract/model.js";

/**
 * Largest article file read, in bytes (5 MiB). The longest real news article is well under
 * 100 kB; a file above this is a mistake (a whole website, a database dump, a video renamed
 * .txt), and reading it would only slow the build down and then be skipped anyway.
 */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** File name endings read as articles (compared case-insensitively). */
export const ARTICLE_EXTENSIONS: readonly string[] = [".txt", ".md", ".html", ".htm"];

/** The endings of saved web pages, read through loaders/read/html.ts. */
export const HTML_EXTENSIONS: readonly string[] = [".html", ".htm"];

export type ReadArticleResult = { ok: true; article: RawArticle } | { ok: false; warning: FileWarning };

/**
 * Every `.txt`, `.md`, `.html` and `.htm` file under `dir`, at any depth, as paths joined onto `dir`, sorted by
 * their path relative to `dir` in code-point order (so the order does not depend on the
 * operating system or the locale). Files and folders whose name starts with a dot are skipped
 * (editor back-ups, `.git`, `.DS_Store`). Symbolic links to files are followed; links to
 * folders are not, so that a link cycle cannot loop.
 */
export function listArticleFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (rel: string): void => {
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const childRel = rel === "" ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) {
        walk(childRel);
      } else if ((entry.isFile() || (entry.isSymbolicLink() && isFile(join(dir, childRel)))) && isArticleName(entry.name)) {
        found.push(childRel);
      }
    }
  };
  walk("");
  return found.sort(compareCodePoints).map((rel) => join(dir, rel));
}

/**
 * Expands a mix of files and folders into `{root, file}` pairs: every article file under each
 * folder (root: the folder), and each file given by name (root: its own folder), in the order
 * given, each file once. A path that does not exist is passed through as a file, so that
 * reading it yields an "unreadable" warning that names it instead of a silent omission.
 */
export function expandInputs(paths: string[]): { root: string; file: string }[] {
  const out: { root: string; file: string }[] = [];
  const seen = new Set<string>();
  const add = (root: string, file: string): void => {
    const key = resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ root, file });
  };
  for (const path of paths) {
    if (isDirectory(path)) {
      for (const file of listArticleFiles(path)) add(path, file);
    } else {
      add(dirname(path), path);
    }
  }
  return out;
}

/**
 * Reads one article file: checks its size (before reading it), decodes it, normalises the
 * text, refuses a saved HTML page, and splits off the front matter. `root` is the corpus
 * folder: the article's `file` is its path relative to `root` with forward slashes, and its
 * `id` is that path without the extension (for "sub/a.txt", "sub/a").
 *
 * A `.html` or `.htm` file is a saved web page: its article (headline, lead, body, captions,
 * one paragraph per line) and its metadata are read by readHtmlPage, the metadata standing in
 * for front matter (title, date, source, url), and from there on it is an article like any
 * other. A `.txt` or `.md` file that holds a whole HTML page is still refused ("html"): its
 * name says it is text, and reading markup as text would count menus and scripts; the message
 * says to rename it to `.html`.
 */
export function readArticleFile(path: string, root: string, opts: { maxBytes?: number } = {}): ReadArticleResult {
  const maxBytes = opts.maxBytes ?? MAX_ARTICLE_BYTES;
  const file = relativeName(path, root);
  const warn = (code: FileWarning["code"], message: string): ReadArticleResult => ({
    ok: false,
    warning: { file, code, message: `${file}: ${message}` },
  });

  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    return warn("unreadable", `cannot be read (${systemReason(error)})`);
  }
  if (!stats.isFile()) return warn("unreadable", "is not a regular file");
  if (stats.size > maxBytes) {
    return warn(
      "too-large",
      `is ${formatBytes(stats.size)}, over the ${formatBytes(maxBytes)} limit for one article; ` +
        "a news article is far smaller, so check that this is the right file or split it into one file per article",
    );
  }

  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return warn("unreadable", `cannot be read (${systemReason(error)})`);
  }

  if (isHtmlName(path)) {
    const page = readHtmlFileBytes(bytes);
    if (!page.ok) return warn(page.code, page.message);
    return { ok: true, article: { id: file.replace(/\.[^./]*$/, ""), file, text: page.text, frontMatter: page.frontMatter, bytes: stats.size } };
  }

  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) return warn(decoded.reason, decoded.message);

  const text = normalizeText(decoded.text);
  if (looksLikeHtml(text)) {
    return warn(
      "html",
      "looks like a saved HTML page, not article text; rename it to .html to read it as a web page (its article and metadata), or paste the article's text into a .txt file",
    );
  }

  const parsed = parseFrontMatter(text);
  if (!parsed.ok) return warn("bad-front-matter", parsed.message);
  if (parsed.body.trim() === "") return warn("empty", "has front matter but no article text after it");

  return {
    ok: true,
    article: {
      id: file.replace(/\.[^./]*$/, ""),
      file,
      text: parsed.body,
      frontMatter: parsed.frontMatter,
      bytes: stats.size,
    },
  };
}

/**
 * A saved web page's bytes → its article text (normalised) and the front matter its metadata
 * gives, or the warning code and message of why not: empty, binary (a NUL byte where no UTF-16
 * byte-order mark explains it), or not an article (too little text: a section front, an error page).
 */
export function readHtmlFileBytes(
  bytes: Uint8Array,
  opts: { url?: string | null; charset?: string | null } = {},
): { ok: true; text: string; frontMatter: FrontMatter } | { ok: false; code: string; message: string } {
  if (bytes.length === 0) return { ok: false, code: "empty", message: "the file is empty (0 bytes)" };
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.indexOf(0) >= 0) {
    return { ok: false, code: "binary", message: "contains a NUL byte; this looks like a binary file (an image, a PDF), not a web page" };
  }
  const page = readHtmlPage(decodeHtmlBytes(bytes, opts.charset).html, { url: opts.url });
  if (!page.ok) return { ok: false, code: page.reason, message: `is not an article page: it ${page.message}` };
  const { title, date, source, url } = page.article.metadata;
  const frontMatter: FrontMatter = {};
  if (title) frontMatter.title = normalizeText(title);
  if (date) frontMatter.date = date;
  if (source) frontMatter.source = normalizeText(source);
  if (url) frontMatter.url = url;
  return { ok: true, text: normalizeText(page.article.text), frontMatter };
}

/** Whether a file name ends in `.html` or `.htm` (any case). */
export function isHtmlName(name: string): boolean {
  const lower = name.toLowerCase();
  return HTML_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** A saved web page: `<!DOCTYPE` or `<html` (any case) after optional whitespace. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*<(?:!doctype\b|html\b|html>)/i.test(text);
}

function isArticleName(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext) && lower.length > ext.length);
}

/** A file's name in its corpus: its path relative to `root`, with forward slashes. */
export function relativeName(path: string, root: string): string {
  const rel = relative(root, path);
  const name = rel === "" || rel.startsWith("..") ? basename(path) : rel;
  return name.split(sep).join("/");
}

/** Compares strings by Unicode code point (JavaScript's `<` compares UTF-16 code units). */
export function compareCodePoints(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done || y.done) return x.done ? (y.done ? 0 : -1) : 1;
    const cx = x.value.codePointAt(0)!;
    const cy = y.value.codePointAt(0)!;
    if (cx !== cy) return cx - cy;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function systemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "it is a folder";
  return error instanceof Error ? error.message : String(error);
}

/** "20.0 MiB (20,971,520 bytes)", "5 MiB" for exact MiB limits. */
export function formatBytes(n: number): string {
  const mib = n / (1024 * 1024);
  if (Number.isInteger(mib)) return `${mib} MiB (${n.toLocaleString("en-US")} bytes)`;
  if (mib >= 0.1) return `${mib.toFixed(1)} MiB (${n.toLocaleString("en-US")} bytes)`;
  return `${n.toLocaleString("en-US")} bytes`;
}
