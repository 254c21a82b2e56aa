// People's names: "ông Đặng Đức Thành" is a person, and the "Đức" in it is not Germany.
// A name is a run of capitalised syllables after a title (ông, bà, Bộ trưởng, GS.TS. ...) or
// after a Vietnamese family name (Nguyễn, Trần, Lê ...).
import {bisector} from "d3-array";
import type {Matchers} from "./matchers.js";
import {scanTrie, type Prepared} from "./trie.js";
import {isUpper} from "./vietnamese.js";

export interface Span {
  start: number;
  end: number;
}

interface Token extends Span {
  text: string;
}

/** Words that open the name of an institution, not a person ("Bộ trưởng Bộ Khoa học ..."). */
const INSTITUTION_HEADS = new Set(
  "Bộ Sở Viện Ban Cục Vụ Ủy Uỷ UBND HĐND Hội Trường Đại Học Tập Công Tổng Ngân Quỹ Trung Văn Tòa Toà Đoàn Hãng Thành Tỉnh Quận Huyện Xã Phường Liên Chính Nhà Câu Hiệp Phòng Khoa Đảng Mặt Tạp Báo Đài Cơ Tổ Bệnh Nước Hạm Quân Sư Lữ Tiểu Cảng Khu Sân Chi Hợp Doanh Tờ Kênh Cảnh Vườn Làng"
    .split(" ")
);

/** Family names that are also everyday words at the start of a sentence ("Đoàn công tác", "Văn phòng"). */
const AMBIGUOUS_SURNAMES = new Set(["Đoàn", "Văn", "Mai", "Cao", "Hà", "Lâm", "Thái", "Châu", "Âu", "La", "Tôn", "Kim"]);

const MAX_NAME_SYLLABLES = 4;

const HYPHEN = 45;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;

/**
 * The words of text[from, to): runs of letters, marks and digits, joined by a hyphen or an
 * apostrophe between two of them ("Jean-Pierre", "O'Neill"). Read off the prepared text's
 * word flags, with no regular expression.
 */
function tokens(prepared: Prepared, from: number, to: number): Token[] {
  const {text, word} = prepared;
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    if (!word[i]) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < to && word[i]) i++;
      const c = text.charCodeAt(i);
      if (i + 1 < to && (c === HYPHEN || c === APOSTROPHE || c === RIGHT_QUOTE) && word[i + 1]) i++;
      else break;
    }
    out.push({start, end: i, text: text.slice(start, i)});
  }
  return out;
}

const byStart = bisector((t: Token) => t.start);

/** The index of the token that starts at `pos`, or undefined. */
function tokenAt(toks: Token[], pos: number): number | undefined {
  const k = byStart.left(toks, pos);
  return toks[k]?.start === pos ? k : undefined;
}

/** Is text[a, b) one or more plain spaces? */
function onlySpaces(text: string, a: number, b: number): boolean {
  if (b <= a) return false;
  for (let i = a; i < b; i++) if (text.charCodeAt(i) !== 32) return false;
  return true;
}

/** Capitalised tokens that follow `i` separated by plain spaces only. */
function capitalisedRun(text: string, toks: Token[], i: number, max: number): Token[] {
  const run: Token[] = [];
  for (let k = i; k < toks.length && run.length < max; k++) {
    const t = toks[k];
    if (!isUpper(t.text[0])) break;
    if (run.length > 0 && !onlySpaces(text, run[run.length - 1].end, t.start)) break;
    run.push(t);
  }
  return run;
}

/** Words before a title that make it plural, so that a name after it cannot be one person's: "các nhà khoa học Mỹ". */
const PLURAL = /(?:^|[^\p{L}])(?:các|những|nhiều|vài|mấy|mọi|một số|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|chục|trăm|nghìn|ngàn|triệu|\d+)\s+$/iu;

/** Titles of address, after which a name is a person's even when it is a country's: "ông Jordan Ryan", "bà Nga". */
const KINSHIP = new Set("ông bà anh chị cô chú bác cụ em cháu ngài quý ông quý bà thầy cô giáo thầy giáo đồng chí mr. mrs. ms.".split(" ").concat(["quý ông", "quý bà", "cô giáo", "thầy giáo", "đồng chí"]));

/** "đàn ông", "đàn bà" (man, woman) are nouns, not the titles "ông", "bà": "người đàn bà Scotland". */
const NOT_A_TITLE = /(?:^|[^\p{L}])đàn\s+$/iu;

/**
 * The spans of people's names in text[from, to). `entityEnds` maps the start of each entity
 * match to its end, so "Tổng thống Nga Putin" keeps "Nga" and takes "Putin" as the name. After
 * other titles ("nhà khoa học", "đạo diễn", "tiền vệ", "ông"), an entity is kept when
 * `nationality` says it reads as one: always ("yes": "đạo diễn Nhật Bản", "bác sĩ Thụy Điển"), or
 * when the title is plural ("plural": "các nhà khoa học Mỹ", but "bác sĩ Đức cho biết" is a person).
 */
export function findPeople(
  prepared: Prepared,
  from: number,
  to: number,
  m: Matchers,
  entityEnds: Map<number, number>,
  nationality: (start: number) => "yes" | "plural" | "no" | undefined = () => undefined
): Span[] {
  const {text} = prepared;
  const spans: Span[] = [];
  const toks = tokens(prepared, from, to);
  const firstTokenAfter = (pos: number) => {
    let p = pos;
    while (p < to && text.charCodeAt(p) === 32) p++;
    return tokenAt(toks, p);
  };

  for (const title of scanTrie(m.titles, prepared, from, to)) {
    const kind = title.entries[0].value;
    let i = firstTokenAfter(title.end);
    if (i === undefined || !onlySpaces(text, title.end, toks[i].start)) continue;
    const before = text.slice(Math.max(from, title.start - 12), title.start);
    if (kind === "honorific" && NOT_A_TITLE.test(before)) continue;
    const reading = nationality(toks[i].start);
    const plural = PLURAL.test(before);
    // After "ông", "bà", "anh" ... a name is the person's ("ông Jordan Ryan"), unless the title is plural.
    const kinship = KINSHIP.has(text.slice(title.start, title.end).toLowerCase());
    const keepsEntity =
      kind === "position" || (reading !== undefined && reading !== "no" && (plural || (reading === "yes" && !kinship)));
    if (keepsEntity) {
      // "Tổng thống Nga Putin": the country stays, the name follows it.
      const entityEnd = entityEnds.get(toks[i].start);
      if (entityEnd !== undefined) {
        while (i < toks.length && toks[i].start < entityEnd) i++;
        if (i >= toks.length || !onlySpaces(text, entityEnd, toks[i].start)) continue;
      }
      if (INSTITUTION_HEADS.has(toks[i].text)) continue;
    }
    const run = capitalisedRun(text, toks, i, MAX_NAME_SYLLABLES + 1);
    if (run.length) spans.push({start: run[0].start, end: run[Math.min(run.length, MAX_NAME_SYLLABLES) - 1].end});
  }

  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!m.surnames.has(t.text) || AMBIGUOUS_SURNAMES.has(t.text)) continue;
    const run = capitalisedRun(text, toks, i, MAX_NAME_SYLLABLES);
    // The family name itself may start a place ("Hồ Chí Minh", "Hoàng Sa"): only what follows it is a name.
    if (run.length >= 2 && !entityEnds.has(t.start)) spans.push({start: run[1].start, end: run[run.length - 1].end});
  }
  return spans;
}
