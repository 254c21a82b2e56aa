// Vietnamese letters for matching: a name is found whatever the tone-mark placement
// ("Hoà" = "Hòa") but not across different letters or tones ("Thanh Hoa" ≠ "Thanh Hóa").
// Folding maps each UTF-16 code unit to exactly one code unit, so offsets in the folded text
// are offsets in the original.

/** Tone marks as combining characters, numbered 1..5 (0 = level tone, no mark). */
const TONE_MARKS: Record<string, number> = {
  "\u0300": 1, // huyền (grave)
  "\u0301": 2, // sắc (acute)
  "\u0309": 3, // hỏi (hook above)
  "\u0303": 4, // ngã (tilde)
  "\u0323": 5 // nặng (dot below)
};

const foldCache = new Map<string, {base: string; tone: number}>();

/** The letter without its tone mark, lower-cased (other diacritics kept: â, ê, ô, ơ, ư, ă, đ). */
export function foldChar(c: string): {base: string; tone: number} {
  const code = c.charCodeAt(0);
  if (code < 128) {
    const lower = c.toLowerCase();
    return {base: lower, tone: 0};
  }
  let hit = foldCache.get(c);
  if (hit) return hit;
  let tone = 0;
  let base = c;
  if (/\p{L}/u.test(c)) {
    const nfd = c.normalize("NFD");
    let stripped = "";
    for (const ch of nfd) {
      const t = TONE_MARKS[ch];
      if (t) tone = t;
      else stripped += ch;
    }
    const lower = stripped.normalize("NFC").toLowerCase();
    base = lower.length === 1 ? lower : c;
  } else if (isDash(c)) {
    base = "-";
  } else if (/\s/u.test(c) && c !== "\n") {
    base = " ";
  }
  hit = {base, tone};
  foldCache.set(c, hit);
  return hit;
}

export function isDash(c: string): boolean {
  return c === "-" || c === "\u2010" || c === "\u2011" || c === "\u2012" || c === "\u2013" || c === "\u2014" || c === "\u2212";
}

const WORD = /[\p{L}\p{M}\p{N}]/u;
const wordCache = new Map<string, boolean>();

/** Letters, combining marks and digits make words; underscore and punctuation do not. */
export function isWordChar(c: string | undefined): boolean {
  if (c === undefined || c === "") return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  let hit = wordCache.get(c);
  if (hit === undefined) {
    hit = WORD.test(c);
    wordCache.set(c, hit);
  }
  return hit;
}

/** Folds a whole string, code unit by code unit (same length as the input). */
export function foldText(s: string): string {
  const {fold} = foldTables();
  let out = "";
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(fold[s.charCodeAt(i)]);
  return out;
}

/** The tone of each syllable (run of word characters) in s. */
export function syllableTones(s: string): number[] {
  const {word, tone} = foldTables();
  const tones: number[] = [];
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (word[c]) {
      if (!inWord) tones.push(0);
      inWord = true;
      if (tone[c]) tones[tones.length - 1] = tone[c];
    } else inWord = false;
  }
  return tones;
}

export function isUpper(c: string): boolean {
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

export function isLower(c: string): boolean {
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

/**
 * Look-up tables over the whole Basic Multilingual Plane, built once: the folded code unit, the
 * tone and whether it is a word character, so a text is folded with one table read per code unit.
 */
export interface FoldTables {
  fold: Uint16Array;
  word: Uint8Array;
  tone: Uint8Array;
}

let tables: FoldTables | null = null;

export function foldTables(): FoldTables {
  if (tables) return tables;
  const fold = new Uint16Array(65536);
  const word = new Uint8Array(65536);
  const tone = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    const ch = String.fromCharCode(c);
    const f = foldChar(ch);
    fold[c] = c >= 0xd800 && c <= 0xdfff ? c : f.base.charCodeAt(0);
    word[c] = isWordChar(ch) ? 1 : 0;
    tone[c] = f.tone;
  }
  return (tables = {fold, word, tone});
}

// One Vietnamese syllable: an optional initial consonant, one to three vowels and an optional
// final consonant ("Tuấn", "Nguyễn", "Khoa", "A"). "Putin", "Blair", "Tony", "Merkel" are not.
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aăâeêioôơuưy]{1,3}(?:ch|nh|ng|[cmnpt])?$/;
/** Letters only Vietnamese writes: ă â ê ô ơ ư đ (tone marks are checked apart). */
const VIETNAMESE_LETTER = /[ăâêôơưđ]/;

/** The word without its tone marks, lower-cased: "Tuấn" → "tuân", "Nguyễn" → "nguyên". */
export function foldWord(word: string): string {
  const {fold} = foldTables();
  let out = "";
  for (let i = 0; i < word.length; i++) out += String.fromCharCode(fold[word.charCodeAt(i)]);
  return out;
}

const syllableCache = new Map<string, boolean>();

/** Is `word` (letters only) shaped like one Vietnamese syllable? */
export function isVietnameseSyllable(word: string): boolean {
  let hit = syllableCache.get(word);
  if (hit === undefined) {
    hit = word.length > 0 && SYLLABLE.test(foldWord(word));
    if (syllableCache.size < 50_000) syllableCache.set(word, hit);
  }
  return hit;
}

/**
 * Is `word` written as Vietnamese, not only shaped like it: a Vietnamese syllable that carries a
 * tone mark or a Vietnamese letter ("Tuấn", "Đức", "Vũ", "Mỹ"). "Tom", "Ben", "Sean", "Kim" are
 * shaped like syllables but carry neither.
 */
export function isMarkedVietnamese(word: string): boolean {
  if (!isVietnameseSyllable(word)) return false;
  const folded = foldWord(word);
  return VIETNAMESE_LETTER.test(folded) || syllableTones(word).some((t) => t > 0);
}
