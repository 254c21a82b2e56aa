// Sentences of the main text: the unit in which a cooperation pair is looked for (a country
// and a province named in the same sentence, with a cooperation cue). A sentence never spans
// two lines, since a line is a paragraph, a caption or a heading. Within a line, the split is
// deliberately conservative: splitting too little joins two sentences, splitting too much
// cuts "GS. TS. Trần Đại Lâm" or "1. Tại buổi hội đàm" off the sentence it belongs to.

import type { Line, Sentence } from "./model.js";

/** Sentence-final punctuation. */
const TERMINATORS = new Set([".", "!", "?", "…"]);
/** What may close a sentence after its punctuation: closing quotes and brackets. */
const CLOSERS = new Set(['"', "'", "”", "’", "»", ")", "]"]);
/** What may open the next sentence, besides an upper-case letter or a digit: quotes, brackets. */
const OPENERS = new Set(['"', "'", "“", "‘", "«", "(", "["]);

/**
 * Words that end with a period without ending the sentence. Compared with the last
 * period-separated part of the word before the period, so "GS.TS." and "PGS.TS." are covered
 * by "TS". Single capital letters ("A.", "H.") are initials and are handled apart.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "TP", "Tp", "GS", "TS", "PGS", "ThS", "Ths", "TSKH", "BS", "KS", "NCS", "NXB", "TX", "TT", "ĐH",
  "St", "Mr", "Mrs", "Ms", "Dr", "Prof", "Jr", "Sr", "Th", "Co", "No", "vs", "v.v",
]);

/**
 * Splits the main-text lines of `text` (those with `chrome === null`) into sentences, in
 * reading order. A sentence ends after `.`, `!`, `?` or `…` (and any closing quote or bracket)
 * when whitespace and then an upper-case letter, a digit, an opening quote or bracket follow, except
 * after an abbreviation, an initial, or a list number at the start of the line; it also ends before
 * a lead's tag ("(NLĐ)-", LEAD_TAG), and the tag is in neither sentence. Spans are
 * trimmed of surrounding whitespace and never empty; `text.slice(start, end)` is the sentence.
 */
export function splitSentences(text: string, lines: Line[]): Sentence[] {
  const sentences: Sentence[] = [];
  const tags = leadTags(text);
  for (const line of lines) {
    if (line.chrome !== null) continue;
    const start = clamp(line.start, 0, text.length);
    const end = clamp(line.end, start, text.length);
    for (const [s, e] of sentenceSpans(text, start, end, tags)) {
      sentences.push({ index: sentences.length, start: s, end: e, line: line.index });
    }
  }
  return sentences;
}

/**
 * A newspaper's tag that opens its lead, "(NLĐ)" with or without a dash after it: Người Lao Động
 * runs its headline into the lead on one line ("Giá vàng sáng giảm, chiều tăng (NLĐ)- Ngày 25-4, giá
 * vàng …"), and the headline is a sentence of its own. The tag belongs to neither.
 */
const LEAD_TAG = /\(NLĐ\)[^\S\n]*(?:[-–—][^\S\n]*)?(?=["“\p{Lu}\p{Nd}])/u;

/** Sentence spans inside `text[start, end)`, trimmed and non-empty. */
function sentenceSpans(text: string, start: number, end: number, tags: ReadonlyMap<number, number>): [number, number][] {
  const spans: [number, number][] = [];
  let from = start;
  let i = start;
  while (i < end) {
    // Where a lead's tag is, the sentence before it ends.
    if (tags.size && tags.has(i)) {
      pushTrimmed(spans, text, from, i);
      from = i = tags.get(i)!;
      continue;
    }
    if (!TERMINATORS.has(text[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && TERMINATORS.has(text[j]!)) j++;
    while (j < end && CLOSERS.has(text[j]!)) j++;
    let k = j;
    while (k < end && isSpace(text[k]!)) k++;
    const single = j === i + 1 && text[i] === ".";
    const isBoundary =
      (k > j && k < end && startsSentence(text, k) && !(single && periodIsNotFinal(text, start, i))) ||
      (k === j && (single || isEllipsis(text, i, j)) && joinedSentence(text, start, i, j, end));
    if (isBoundary) {
      pushTrimmed(spans, text, from, j);
      from = k;
    }
    i = j;
  }
  pushTrimmed(spans, text, from, end);
  return spans;
}

/** The headline a line runs into its lead before the lead's tag ("Giá vàng sáng giảm, chiều tăng" of "Giá vàng sáng giảm, chiều tăng (NLĐ)- Ngày 25-4, …"), or null. */
export function headlineBeforeLeadTag(line: string): string | null {
  const tag = LEAD_TAG.exec(line);
  const headline = tag ? line.slice(0, tag.index).trim() : "";
  return headline === "" ? null : headline;
}

const NO_TAGS: ReadonlyMap<number, number> = new Map();

/** Where each lead's tag in the text starts → where the lead after it starts (most texts have none). */
function leadTags(text: string): ReadonlyMap<number, number> {
  if (!text.includes("(NLĐ)")) return NO_TAGS;
  const tags = new Map<number, number>();
  for (const m of text.matchAll(new RegExp(LEAD_TAG, "gu"))) tags.set(m.index!, m.index! + m[0].length);
  return tags;
}

/** The punctuation in text[i, j) is an ellipsis: "…" or two periods or more. */
function isEllipsis(text: string, i: number, j: number): boolean {
  return /^(?:\.{2,}|…)$/u.test(text.slice(i, j));
}

/**
 * Two sentences joined with no space after the period or the ellipsis (text[dot, after)), as copied
 * text often has them ("… thực tập sinh).Bộ GD-ĐT quyết định …", "… đào tạo.Một sinh viên …", "… nấu
 * ăn bằng lò vi sóng...Những đòi hỏi …"): it follows a lower-case word of two letters or more, or a
 * closing bracket or quote after one, and a capitalised word follows it. "TP.HCM", "GS.TS", "Q.1" and
 * "vnexpress.net" do not: a capital or a digit before the period, or a lower-case letter after it.
 * Known words that end with a period ("Mrs.", "Th.") stay joined.
 */
function joinedSentence(text: string, lineStart: number, dot: number, after: number, end: number): boolean {
  if (after + 1 >= end || !/^\p{Lu}\p{Ll}$/u.test(text.slice(after, after + 2))) return false;
  let b = dot;
  while (b > lineStart && CLOSERS.has(text[b - 1]!)) b--;
  if (!/\p{Ll}[\p{Ll}\p{M}]*\p{Ll}$/u.test(text.slice(Math.max(lineStart, b - 12), b))) return false;
  let w = b;
  while (w > lineStart && /[\p{L}\p{M}]/u.test(text[w - 1]!)) w--;
  return !ABBREVIATIONS.has(text.slice(w, b));
}

/** An upper-case letter, a digit or an opening quote at `k`. */
function startsSentence(text: string, k: number): boolean {
  const ch = String.fromCodePoint(text.codePointAt(k)!);
  return OPENERS.has(ch) || /^[\p{Lu}\p{Lt}\p{Nd}]$/u.test(ch);
}

/**
 * Whether the single period at `dot` belongs to the word before it: an abbreviation ("TP.",
 * "GS.TS."), an initial ("A."), or a list number or Roman numeral opening the line ("1.", "II.").
 */
function periodIsNotFinal(text: string, lineStart: number, dot: number): boolean {
  let w = dot;
  while (w > lineStart && !isSpace(text[w - 1]!) && text[w - 1] !== "(") w--;
  const word = text.slice(w, dot);
  if (word === "") return false;
  if (ABBREVIATIONS.has(word)) return true;
  const last = word.slice(word.lastIndexOf(".") + 1);
  if (ABBREVIATIONS.has(last)) return true;
  if (/^\p{Lu}$/u.test(last)) return true; // initials: "A.", "Nguyễn V. A."
  const atLineStart = text.slice(lineStart, w).trim() === "";
  return atLineStart && /^(?:\d{1,3}|[IVXLC]{1,6}|[a-z])$/u.test(word);
}

function pushTrimmed(spans: [number, number][], text: string, s: number, e: number): void {
  while (s < e && isSpace(text[s]!)) s++;
  while (e > s && isSpace(text[e - 1]!)) e--;
  if (e > s) spans.push([s, e]);
}

function isSpace(ch: string): boolean {
  return /\s/u.test(ch);
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(Math.max(Number.isFinite(n) ? Math.trunc(n) : lo, lo), hi);
}
