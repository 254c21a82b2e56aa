// Finding article files on disk and reading each one into a RawArticle, or into a warning
// that names the file and says, in words a non-programmer can act on, why it was skipped.
// This is the only module of the extraction that touches the file system.

import { readdirSync, readFileSync, statSync, type Stats } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { decodeArticleBytes } from "./decode.js";
import { parseFrontMatter } from "./frontMatter.js";
import { normalizeText } from "./normalize.js";
import type { FileWarning, RawArticle } from "../extract/model.js";

/**
 * Largest article file read, in bytes (5 MiB). The longest real news article is well under
 * 100 kB; a file above this is a mistake (a whole website, a database dump, a video renamed
 * .txt), and reading it would only slow the build down and then be skipped anyway.
 */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** File name endings read as articles (compared case-insensitively). */
export const ARTICLE_EXTENSIONS: readonly string[] = [".txt", ".md"];

export type ReadArticleResult = { ok: true; article: RawArticle } | { ok: false; warning: FileWarning };

/**
 * Every `.txt` and `.md` file under `dir`, at any depth, as paths joined onto `dir`, sorted by
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

  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) return warn(decoded.reason, decoded.message);

  const text = normalizeText(decoded.text);
  if (looksLikeHtml(text)) {
    return warn("html", "looks like a saved HTML page, not article text; paste the article's text into a .txt file");
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
