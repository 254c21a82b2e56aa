// Page chrome: the lines of an article file that come from the web page around the story
// (section labels, follow-us lines, related-article lists, CMS footers, image file names, a
// stray "null") and the credit line naming the source. ANNOTATION.md defines them; nothing
// found in them is counted. Most of them are listed in data/chrome-patterns.tsv so that a
// non-programmer can add one; the few that need context (a short label above the headline, a
// "headline / headline" list under it, a digest's contents under its headline, the final "Theo
// ..." credit) are heuristics here.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ChromeReason, Line } from "./model.js";

/** Where a pattern applies: the line itself, the line and all that follows, or only at the top. */
export type ChromeScope = "line" | "rest" | "top";

export interface ChromePattern {
  /** The pattern as written in the TSV file. */
  source: string;
  /** A plain-text prefix (matched case-insensitively, on a short heading-like line) or a regex. */
  kind: "prefix" | "regex";
  regex: RegExp;
  reason: ChromeReason;
  scope: ChromeScope;
  /** For a regex that must end with an escaped literal ("…\\)$"): that character, checked before the regex runs. */
  lastChar?: string;
}

export type ChromePatterns = readonly ChromePattern[];

export const DEFAULT_CHROME_PATTERNS_PATH = fileURLToPath(new URL("../../data/chrome-patterns.tsv", import.meta.url));

const REASONS: readonly ChromeReason[] = [
  "section-label",
  "follow-us",
  "related-links",
  "contents",
  "cms-footer",
  "image-file",
  "null",
  "credit",
];
const SCOPES: readonly ChromeScope[] = ["line", "rest", "top"];

/** Longest line a plain-text pattern can match: chrome headings and labels are short. */
export const MAX_PREFIX_LINE = 100;
/** Longest credit line ("Theo Hương Giang (TTXVN/Vietnam+)"). */
export const MAX_CREDIT_LINE = 80;
/** How many non-empty lines count as "the top" for `top` patterns, and are never `rest` headings. */
const TOP_LINES = 2;

/**
 * Parses the chrome pattern table (TSV with a `pattern reason scope` header; `#` lines and
 * blank lines are ignored). Throws an error naming the row for an unknown reason or scope, a
 * row without three columns, or an invalid regex, so that a typo fails the build loudly
 * instead of silently letting chrome into the counts.
 */
export function loadChromePatterns(tsvText: string): ChromePatterns {
  const patterns: ChromePattern[] = [];
  const rows = tsvText.replace(/\r\n?/g, "\n").split("\n");
  let sawHeader = false;
  rows.forEach((row, i) => {
    if (row.trim() === "" || row.startsWith("#")) return;
    const cells = row.split("\t").map((c) => c.trim());
    const where = `chrome patterns, line ${i + 1}`;
    if (!sawHeader && cells[0]?.toLowerCase() === "pattern") {
      sawHeader = true;
      return;
    }
    if (cells.length < 3 || cells[0] === "") {
      throw new Error(`${where}: expected three columns separated by tabs (pattern, reason, scope), got '${row}'`);
    }
    const [source, reason, scope] = cells as [string, string, string];
    if (!REASONS.includes(reason as ChromeReason)) {
      throw new Error(`${where}: unknown reason '${reason}'; use one of ${REASONS.join(", ")}`);
    }
    if (!SCOPES.includes(scope as ChromeScope)) {
      throw new Error(`${where}: unknown scope '${scope}'; use one of ${SCOPES.join(", ")}`);
    }
    const last = /\\([^\p{L}\p{N}\s])\$\/$/u.exec(source)?.[1];
    patterns.push({ source, ...compilePattern(source, where), reason: reason as ChromeReason, scope: scope as ChromeScope, ...(last ? { lastChar: last } : {}) });
  });
  return patterns;
}

/** Reads and parses a chrome pattern file (by default data/chrome-patterns.tsv). */
export function readChromePatterns(path: string = DEFAULT_CHROME_PATTERNS_PATH): ChromePatterns {
  return loadChromePatterns(readFileSync(path, "utf8"));
}

function compilePattern(source: string, where: string): Pick<ChromePattern, "kind" | "regex"> {
  if (source.length >= 2 && source.startsWith("/") && source.endsWith("/")) {
    try {
      return { kind: "regex", regex: new RegExp(source.slice(1, -1), "iu") };
    } catch (error) {
      throw new Error(`${where}: invalid regular expression ${source} (${(error as Error).message})`);
    }
  }
  const escaped = source.normalize("NFC").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // A whole word at the start: "Xem thêm" matches "Xem thêm:" but not "Xem thêmx".
  return { kind: "prefix", regex: new RegExp(`^${escaped}(?![\\p{L}\\p{N}\\p{M}])`, "iu") };
}

/**
 * Splits `text` into lines (at LF) and marks each as main text (`chrome: null`) or chrome with
 * its reason. Blank lines are always `null`: they carry no text. Pure: the patterns are passed
 * in (see `readChromePatterns`); without them only the built-in heuristics apply.
 */
export function classifyLines(text: string, patterns: ChromePatterns = []): Line[] {
  const lines = splitLines(text);
  const content = lines.map((l) => text.slice(l.start, l.end).trim());
  const nonEmpty = lines.filter((_, i) => content[i] !== "").map((l) => l.index);

  // Patterns, in reading order; a `rest` pattern makes every later non-empty line chrome too.
  let rest: ChromeReason | null = null;
  nonEmpty.forEach((i, rank) => {
    const own = matchPattern(content[i]!, rank, patterns);
    if (own?.scope === "rest") rest = own.reason;
    lines[i]!.chrome = own?.reason ?? rest;
  });

  markSectionLabel(lines, content, nonEmpty);
  markSlashedHeadlines(lines, content, nonEmpty);
  markDigestContents(lines, content, nonEmpty);
  markCredit(lines, content, nonEmpty);
  return lines;
}

/** Lines of `text` split at LF, with offsets that exclude the LF. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let index = 0; ; index++) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ index, start, end, chrome: null });
    if (nl < 0) return lines;
    start = nl + 1;
  }
}

function matchPattern(line: string, rank: number, patterns: ChromePatterns): ChromePattern | null {
  let heading: boolean | undefined; // isHeadingLike(line), computed at most once
  for (const p of patterns) {
    if (p.scope === "top" && rank >= TOP_LINES) continue;
    if (p.scope === "rest" && rank < TOP_LINES) continue;
    if (p.kind === "prefix" && !(heading ??= isHeadingLike(line))) continue;
    if (p.lastChar !== undefined && !line.endsWith(p.lastChar)) continue;
    if (p.regex.test(line)) return p;
  }
  return null;
}

/** Short and not ending like a sentence: what a heading, label or button text looks like. */
function isHeadingLike(line: string): boolean {
  return line.length <= MAX_PREFIX_LINE && !/[.!?…]["”’»)]?$/u.test(line);
}

function wordCount(line: string): number {
  return line.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Sentence punctuation at the end of a line, possibly followed by a closing quote. */
const SENTENCE_END = /[.!?…:;,]["”’»]?$/u;

/**
 * A headline: one line of at most 200 characters and at least 3 words that does not end like
 * a sentence (`.`, `:`, `;`, also after a closing quote). Shared with the title rule in
 * metadata.ts.
 */
export function isHeadlineLike(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 200 && wordCount(t) >= 3 && !/(?:\.|:|;)["”’»]?$/u.test(t);
}

/** Whether a line holds two sentences ("... trên. Dọn kèm ..."): headlines do not. */
function hasSentenceBreak(line: string): boolean {
  return /[.!?…]["”’»)]?\s+["“‘«(]?[\p{Lu}\p{N}]/u.test(line);
}

/**
 * "Chuyển động ICT" above the headline: a first line of at most 3 words with no final
 * punctuation, directly followed by a longer, headline-like line.
 */
function markSectionLabel(lines: Line[], content: string[], nonEmpty: number[]): void {
  const [first, second] = nonEmpty;
  if (first === undefined || second === undefined || lines[first]!.chrome !== null) return;
  const label = content[first]!;
  const next = content[second]!;
  const words = wordCount(label);
  if (words === 0 || words > 3 || SENTENCE_END.test(label) || /[!?…]$/u.test(label)) return;
  // "Tin vắn 3/2" heads a digest: its headline, above the digest's contents (markDigestContents).
  if (DIGEST_HEADLINE.test(label)) return;
  if (lines[second]!.chrome !== null || !isHeadlineLike(next)) return;
  if (hasSentenceBreak(next)) return; // a paragraph that lacks its final period, not a headline
  if (wordCount(next) <= words + 1 || next.length < 2 * label.length) return;
  lines[first]!.chrome = "section-label";
}

/**
 * "Headline A / Headline B" right under the headline (within the first 3 non-empty lines):
 * links to other articles, not the story (seed 004, line 2).
 */
function markSlashedHeadlines(lines: Line[], content: string[], nonEmpty: number[]): void {
  const top = nonEmpty.slice(0, 3);
  const headline = top.find((i) => lines[i]!.chrome === null);
  for (const i of top) {
    if (i === headline || lines[i]!.chrome !== null) continue;
    const line = content[i]!;
    if (/\.["”’»]?$/u.test(line)) continue;
    const parts = line.split(" / ");
    const linkLike = (p: string): boolean =>
      isHeadlineLike(p) && !hasSentenceBreak(p) && /^["“‘«(]?[\p{Lu}\p{N}]/u.test(p.trim());
    if (parts.length >= 2 && parts.every(linkLike)) {
      lines[i]!.chrome = "related-links";
    }
  }
}

/** A digest's headline with its date: "Tin vắn 3/2", "Tin vắn ngày 18/11", "Điểm tin ngày 5-6". */
export const DIGEST_HEADLINE = /^(?:Tin vắn|Tin ngắn|Điểm tin)(?:\s+ngày)?\s+\d{1,2}[/-]\d{1,2}(?:[/-]\d{4})?$/iu;

/**
 * Under a digest's dated headline, the next line runs the headlines of its briefs together, with no
 * punctuation between them ("Ra mắt dịch vụ chuyển phát nhanh … tại VN MB tiếp tục tăng lãi suất …
 * Cathay Pacific giảm giá vé …"): the digest's contents, each brief told below, which read as one
 * sentence would join unrelated stories ("MB" and "Cathay Pacific" in one cooperation). A line with
 * a sentence break inside is a story's first paragraph, not contents; a digest of one line has none.
 */
function markDigestContents(lines: Line[], content: string[], nonEmpty: number[]): void {
  const main = nonEmpty.filter((i) => lines[i]!.chrome === null);
  const [headline, next] = main;
  if (headline === undefined || next === undefined || main.length < 3) return;
  if (!DIGEST_HEADLINE.test(content[headline]!) || hasSentenceBreak(content[next]!)) return;
  lines[next]!.chrome = "contents";
}

/**
 * The credit line ("Theo vtv.vn", "Theo Hương Giang (TTXVN/Vietnam+)", "(Theo AFP)",
 * "Nguồn: ..."): the last main-text line, if it is short and reads like a credit.
 */
function markCredit(lines: Line[], content: string[], nonEmpty: number[]): void {
  for (let k = nonEmpty.length - 1; k >= 0; k--) {
    const i = nonEmpty[k]!;
    if (lines[i]!.chrome !== null) continue;
    // Never the only main-text line: a one-line file "Theo ..." is a story, not a credit.
    if (isCreditLine(content[i]!) && nonEmpty.slice(0, k).some((j) => lines[j]!.chrome === null)) {
      lines[i]!.chrome = "credit";
    }
    return;
  }
}

/** Words that may follow "Theo" in a credit although they are lower case ("Theo báo Nhân Dân"). */
const CREDIT_LOWERCASE_LEADS = new Set(["báo", "tờ", "hãng", "trang", "tạp", "đài", "kênh", "sách", "tạp chí"]);

/**
 * Whether a line reads like a source credit: at most 80 characters; "Theo X" or "(Theo X)"
 * where X starts with a capital, a web domain or a word such as "báo"; or "Nguồn: X". A clause
 * such as "Theo tôi, ..." or "Theo kế hoạch, sẽ ..." is not a credit.
 */
export function isCreditLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > MAX_CREDIT_LINE) return false;
  if (/^Nguồn(?:\s+\p{L}+)?\s*:\s*\S/u.test(t)) return true;
  const m = /^\(?Theo\s+(\S+)/u.exec(t);
  if (!m) return false;
  if (/[!?]$/u.test(t) || /,\s*\p{Ll}/u.test(t)) return false;
  const lead = m[1]!;
  return /^[\p{Lu}\p{N}]/u.test(lead) || /\.[a-z]{2,}/iu.test(lead) || CREDIT_LOWERCASE_LEADS.has(lead.toLowerCase());
}
