// Optional YAML front matter at the top of an article file, for what the text itself does not
// say reliably: the headline, the publication date, the newspaper, the web address.
//
//   ---
//   title: "Việt Nam - Trung Quốc thúc đẩy hợp tác khoa học và công nghệ"
//   date: 2025-04-13
//   source: vtv.vn
//   url: https://vtv.vn/...
//   fetched: 2025-04-14T08:30:00Z
//   ---
//
// `fetched` (when `npm run ingest` downloaded the page, ISO 8601) is checked but not kept: the
// extraction does not use it.
//
// Only this small subset of YAML is read (one `key: value` per line, optional quotes, `#`
// comments, blank lines), so no YAML library is needed and nothing surprising can happen.

import type { FrontMatter, PartialDate } from "../extract/model.js";

export type FrontMatterResult =
  | { ok: true; frontMatter: FrontMatter; body: string }
  | { ok: false; message: string };

const FENCE = "---";
const KEY_VALUE = /^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(?:[ \t]+(.*))?$/;

/**
 * Splits `text` (normalised, LF line ends) into front matter and body. Without front matter
 * the result is `{}` and the text unchanged. Unknown keys are ignored; a malformed line, an
 * unclosed block or an impossible date makes the result not ok, with a message saying which.
 */
export function parseFrontMatter(text: string): FrontMatterResult {
  const lines = text.split("\n");
  if (lines[0]?.trimEnd() !== FENCE) return { ok: true, frontMatter: {}, body: text };

  const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === FENCE);
  if (close < 0) {
    return {
      ok: false,
      message: "front matter starts with '---' on line 1 but is never closed by another '---' line",
    };
  }

  const frontMatter: FrontMatter = {};
  for (let i = 1; i < close; i++) {
    const line = lines[i]!;
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    const m = KEY_VALUE.exec(line);
    if (!m) {
      return {
        ok: false,
        message: `front matter line ${i + 1} ('${line.trim()}') is not a 'key: value' line`,
      };
    }
    const key = m[1]!.toLowerCase();
    const value = unquote((m[2] ?? "").trim());
    if (value === null) {
      return { ok: false, message: `front matter line ${i + 1} has an unclosed quote: '${line.trim()}'` };
    }
    if (value === "") continue;
    switch (key) {
      case "title":
        frontMatter.title = value;
        break;
      case "source":
        frontMatter.source = value;
        break;
      case "url":
        frontMatter.url = value;
        break;
      case "fetched":
        if (!isIsoTimestamp(value)) {
          return {
            ok: false,
            message: `front matter fetched '${value}' is not an ISO 8601 date and time such as 2025-04-14T08:30:00Z`,
          };
        }
        break;
      case "date": {
        const date = parseFrontMatterDate(value);
        if (!date) {
          return {
            ok: false,
            message: `front matter date '${value}' is not a valid YYYY, YYYY-MM or YYYY-MM-DD date`,
          };
        }
        frontMatter.date = date;
        break;
      }
      default:
        break; // unknown keys are allowed, so that files can carry notes for people
    }
  }
  return { ok: true, frontMatter, body: lines.slice(close + 1).join("\n") };
}

/**
 * Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (two-digit month and day) as a partial date, or
 * returns null for anything else, including impossible dates such as 2023-02-30.
 */
export function parseFrontMatterDate(value: string): PartialDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > daysInMonth(year, month!))) return null;
  return { year, month, day };
}

/** `YYYY-MM-DD`, optionally followed by `THH:MM[:SS[.fff]]` and `Z` or an offset, naming a real day. */
export function isIsoTimestamp(value: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?$/.exec(value);
  return m !== null && parseFrontMatterDate(m[1]!) !== null;
}

/** Days in a month of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Removes YAML quotes. Double quotes honour `\"` and `\\`; single quotes honour `''`. A value
 * that opens a quote without closing it gives null. A trailing ` # comment` after an unquoted
 * value is dropped, as in YAML.
 */
function unquote(raw: string): string | null {
  if (raw.startsWith('"')) {
    const m = /^"((?:[^"\\]|\\.)*)"\s*(?:#.*)?$/.exec(raw);
    return m ? m[1]!.replace(/\\(.)/g, "$1") : null;
  }
  if (raw.startsWith("'")) {
    const m = /^'((?:[^']|'')*)'\s*(?:#.*)?$/.exec(raw);
    return m ? m[1]!.replace(/''/g, "'") : null;
  }
  return raw.replace(/\s+#.*$/, "").trim();
}
