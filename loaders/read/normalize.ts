// One canonical form for article text, so that every later step (chrome, sentences, gazetteer
// matching) can compare strings without caring how the text was typed, pasted or saved.
// Vietnamese is the reason this matters: the same "ế" can be one code point (NFC) or "e" plus
// two combining marks (NFD, as macOS and some editors produce), and a gazetteer written in NFC
// would silently miss the second.

/** Named HTML entities that survive copy-paste from web pages into article files. */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos|nbsp));/g;

/** Zero-width characters, word joiner, byte-order mark, soft hyphen, and direction marks. */
const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\u00ad]/g;

/** Tabs, vertical tab, form feed and every Unicode space separator (NBSP, U+202F, U+2007 ...). */
const SPACES = /[\t\v\f\p{Zs}]/gu;

/** Line breaks other than LF: CRLF, lone CR, NEL, and the Unicode line/paragraph separators. */
const BREAKS = /\r\n?|[\u0085\u2028\u2029]/g;

/** Other C0 and C1 control characters (a stray U+0000, U+0014 used as an arrow ...). */
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

const TRAILING_SPACES = / +$/gm;

/**
 * Normalises article text: HTML entities decoded (`&amp; &lt; &gt; &quot; &#39; &nbsp;` and
 * numeric ones), every line break made LF, space-like characters and other control
 * characters made an ordinary space, invisible characters removed, Unicode NFC, and trailing
 * spaces of each line trimmed. Runs of spaces are kept: offsets stay close to the file.
 *
 * Idempotent: `normalizeText(normalizeText(s)) === normalizeText(s)`. For that reason doubly
 * escaped entities ("&amp;lt;") are decoded all the way ("<"), as a second call would do anyway.
 */
export function normalizeText(s: string): string {
  // After the first pass, a pass that changes anything decodes an entity or removes a
  // character, so it shortens the string: the loop ends, usually after one or two passes.
  let current = normalizeOnce(s);
  for (;;) {
    const next = normalizeOnce(current);
    if (next === current) return next;
    current = next;
  }
}

function normalizeOnce(s: string): string {
  return s
    .replace(ENTITY, decodeEntity)
    .replace(BREAKS, "\n")
    .replace(INVISIBLE, "")
    .replace(SPACES, " ")
    .replace(CONTROLS, " ")
    .normalize("NFC")
    .replace(TRAILING_SPACES, "");
}

function decodeEntity(match: string, dec?: string, hex?: string, name?: string): string {
  if (name !== undefined) return NAMED_ENTITIES[name] ?? match;
  const code = dec !== undefined ? parseInt(dec, 10) : parseInt(hex ?? "", 16);
  // NUL, surrogates and out-of-range values are not characters: keep the entity as written.
  if (!Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
    return match;
  }
  return String.fromCodePoint(code);
}
