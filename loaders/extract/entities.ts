// Finding the countries, organisations and provinces a stretch of text names, with the traps
// of ANNOTATION.md removed: look-alike words (false friends, longest match first), people's
// names, currencies ("đô la Mỹ") and languages ("tiếng Anh").
import type {EntityTarget, Matchers} from "./matchers.js";
import {findPeople, type Span} from "./people.js";
import {scanTrie, type Prepared} from "./trie.js";
import {foldText, isWordChar} from "./vietnamese.js";

export interface EntityMatch {
  start: number;
  end: number;
  target: Exclude<EntityTarget, {type: "block"}>;
}

const TYPE_ORDER = {province: 0, organization: 1, country: 2} as const;

/** When an alias belongs to several entries, the most specific wins: a province, then an organisation. */
function pickTarget(targets: EntityTarget[]): EntityMatch["target"] | null {
  const real = targets.filter((t): t is EntityMatch["target"] => t.type !== "block");
  if (!real.length) return null;
  return real.sort((a, b) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || (a.type === "country" && b.type === "country" ? viaRank(a.via) - viaRank(b.via) : 0))[0];
}

function viaRank(via: string): number {
  return via === "name" ? 0 : via === "paired" ? 1 : via === "institution" ? 2 : 3;
}

/** The context blockers' words, folded once per gazetteer. */
const foldedBlockers = new WeakMap<Matchers["gazetteer"], string[]>();
function blockerWords(m: Matchers): string[] {
  let words = foldedBlockers.get(m.gazetteer);
  if (!words) foldedBlockers.set(m.gazetteer, (words = m.gazetteer.contextBlockers.map((b) => foldText(b.word.normalize("NFC")))));
  return words;
}

/** Is the word right before `start` a currency or a language word ("đô la Mỹ", "tiếng Anh")? */
function blockedByContext(text: string, start: number, m: Matchers): boolean {
  let p = start;
  while (p > 0 && text[p - 1] === " ") p--;
  if (p === start) return false;
  const before = text.slice(Math.max(0, p - 16), p);
  const folded = foldText(before);
  for (const w of blockerWords(m)) {
    if (folded.endsWith(w) && !isWordChar(before[before.length - w.length - 1])) return true;
  }
  return false;
}

/** Capitalised words that may stand right before a country's name at the start of a sentence. */
const LEADS = new Set(
  "Tại Ở Từ Với Và Cả Sang Đến Tới Theo Như Còn Nhưng Khi Nếu Riêng Trong Ngoài Giữa Cùng Bên Phía Về Do Vì Để Là Của Cho Nước Đội Phía Hãng Sau Trước Hôm Ngày Năm Tháng Tuần Đoàn".split(" ")
);

/**
 * A one-syllable country name ("Anh", "Đức", "Nga", "Mỹ") right after another capitalised word is
 * most often the end of a person's given name: "Phương Anh", "Minh Đức", "Thúy Nga".
 */
function endsGivenName(text: string, f: EntityMatch, from: number): boolean {
  const surface = text.slice(f.start, f.end);
  if (!/^[\p{L}\p{M}]+$/u.test(surface)) return false;
  let p = f.start;
  if (text[p - 1] !== " ") return false;
  p--;
  let q = p;
  while (q > from && /[\p{L}\p{M}]/u.test(text[q - 1])) q--;
  const prev = text.slice(q, p);
  if (!prev || !/^\p{Lu}/u.test(prev) || LEADS.has(prev)) return false;
  return true;
}

/** Country names that are, at the start of a sentence, far more often a pronoun: "Anh cho biết" (he said). */
const PRONOUNS = new Set(["Anh"]);

/**
 * "Anh" opening a sentence (or a quotation) is read as the pronoun unless a list or a pairing
 * follows it: "Anh, Pháp và Đức", "Anh và Mỹ", "(Anh)".
 */
function isOpeningPronoun(text: string, f: EntityMatch, from: number): boolean {
  if (!PRONOUNS.has(text.slice(f.start, f.end))) return false;
  if (!/^[\s"“”'‘’«(\[\-–—:]*$/u.test(text.slice(from, f.start)) && !/[“"'‘:\-–—]\s*$/u.test(text.slice(from, f.start))) return false;
  return !/^(?:\s*[,;)]|\s+(?:và|cùng|hay|hoặc)\s)/u.test(text.slice(f.end, f.end + 8));
}

/** Words after which a one-syllable country name starts the name of a place or a firm: "làng Mỹ Hảo", "Công ty Đức Minh". */
const NAMED_THINGS = /(?:^|\s)(?:làng|xã|thôn|ấp|bản|phường|phố|đường|quán|tiệm|hiệu|[Cc]ông ty|DNTN|[Cc]ửa hàng|[Kk]hách sạn|[Nn]hà hàng|[Tt]rường|[Cc]hùa)\s$/u;

function namesLocalThing(text: string, f: EntityMatch, from: number): boolean {
  const surface = text.slice(f.start, f.end);
  if (surface.includes(" ") || !/^ \p{Lu}/u.test(text.slice(f.end, f.end + 2))) return false;
  return NAMED_THINGS.test(text.slice(Math.max(from, f.start - 12), f.start));
}

function inside(span: Span, s: Span): boolean {
  return s.start >= span.start && s.end <= span.end;
}

/** The entity mentions in text[from, to), in order. */
export function findEntities(prepared: Prepared, from: number, to: number, m: Matchers): EntityMatch[] {
  const {text} = prepared;
  const found: EntityMatch[] = [];
  for (const match of scanTrie(m.entities, prepared, from, to)) {
    const target = pickTarget(match.entries.map((e) => e.value));
    if (target) found.push({start: match.start, end: match.end, target});
  }
  if (!found.length) return found;
  const ends = new Map(found.map((f) => [f.start, f.end]));
  const people = findPeople(prepared, from, to, m, ends);
  const entityEnds = new Set(found.map((f) => f.end));
  return found.filter(
    (f) =>
      !people.some((p) => inside(p, f)) &&
      !(f.target.type === "country" && blockedByContext(text, f.start, m)) &&
      !(f.target.type === "country" && f.target.via === "name" && !entityEnds.has(f.start - 1) && endsGivenName(text, f, from)) &&
      !(f.target.type === "country" && isOpeningPronoun(text, f, from)) &&
      !(f.target.type === "country" && f.target.via === "name" && namesLocalThing(text, f, from))
  );
}
