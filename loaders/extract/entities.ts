// Finding the countries, organisations and provinces a stretch of text names, with the traps
// of ANNOTATION.md removed: look-alike words (false friends, longest match first), people's
// names, currencies ("đô la Mỹ"), languages ("tiếng Anh", "từ điển Anh - Việt"), things named
// after a country ("biển Nhật Bản", "cúm Tây Ban Nha"), a country's one-syllable name that
// begins or ends a Vietnamese name ("Đức Trí", "Minh Đức", "lãnh Mỹ A"), the pronoun "Anh"
// and a city that is someone's given name ("Paris Hilton").
import type {EntityTarget, Matchers} from "./matchers.js";
import {findPeople, type Span} from "./people.js";
import {prepare, scanTrie, type Prepared} from "./trie.js";
import {foldText, isMarkedVietnamese, isUpper, isVietnameseSyllable, isWordChar, syllableTones} from "./vietnamese.js";

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

// ---------------------------------------------------------------------------------------------
// Context blockers (data/gazetteer/context-blockers.tsv): a word right before a country's name
// that makes it something else: a currency ("đô la Mỹ"), a language ("tiếng Anh"), a geographic
// feature named after it ("biển Nhật Bản", "eo biển Anh", "vịnh Thái Lan"), or a thing named after
// it ("cúm Tây Ban Nha", "đậu Hà Lan", "quyền Anh"), an agreement or a negotiating round named after
// the city where it was made ("Nghị định thư Kyoto", "Công ước Berne", "vòng đàm phán Doha": kind
// `instrument`, a blocker of a city's name only, since "Hiệp định Mỹ - Việt" names the parties), or a
// clock's time zone ("giờ Hà Nội", the only blocker of a province's name). Rows of kind `keep` are
// longer phrases ending in such a word that leave the country alone ("bờ biển Mỹ", "chính quyền
// Anh"). The longest phrase that ends right before the name decides. Tones count, wherever the mark
// sits: "bang Texas" (a state) is not "bảng Anh" (the pound), "Thoả thuận" is "Thỏa thuận".
// ---------------------------------------------------------------------------------------------

interface Blocker {
  folded: string;
  /** The folded phrase as code units, to compare with a prepared text's folded code units. */
  units: Uint16Array;
  tones: number[];
  kind: string;
}

const blockerCache = new WeakMap<Matchers["gazetteer"], Blocker[]>();
function blockers(m: Matchers): Blocker[] {
  let list = blockerCache.get(m.gazetteer);
  if (!list) {
    list = m.gazetteer.contextBlockers.map((b) => {
      const word = b.word.normalize("NFC");
      const folded = foldText(word);
      return {folded, units: Uint16Array.from(folded, (c) => c.charCodeAt(0)), tones: syllableTones(word), kind: b.kind};
    });
    // Longest first: the first phrase that fits decides.
    list.sort((a, b) => b.folded.length - a.folded.length);
    blockerCache.set(m.gazetteer, list);
  }
  return list;
}

/** The last words of the blockers of kind "time" ("giờ"), lower case: a province's name is read further only after one. */
const timeWordCache = new WeakMap<Matchers["gazetteer"], Set<string>>();
function timeWords(m: Matchers): Set<string> {
  let set = timeWordCache.get(m.gazetteer);
  if (!set) timeWordCache.set(m.gazetteer, (set = new Set(m.gazetteer.contextBlockers.filter((b) => b.kind === "time").map((b) => b.word.toLowerCase().split(/\s+/).pop()!))));
  return set;
}
const lastWordBefore = (text: string, start: number) => (/([\p{L}\p{M}]+)\s+$/u.exec(text.slice(Math.max(0, start - 12), start))?.[1] ?? "").toLowerCase();

/** The kind of the context blocker right before `start` ("currency", "language", "feature" ...), or null. */
export function contextBefore(input: string | Prepared, start: number, m: Matchers): string | null {
  const {text, folded} = typeof input === "string" ? prepare(input) : input;
  let p = start;
  while (p > 0 && text[p - 1] === " ") p--;
  if (p === start) return null;
  next: for (const b of blockers(m)) {
    const n = b.units.length;
    const from = p - n;
    if (from < 0) continue;
    for (let i = n - 1; i >= 0; i--) if (folded[from + i] !== b.units[i]) continue next;
    if (isWordChar(text[from - 1])) continue;
    const tones = syllableTones(text.slice(from, p));
    if (tones.length !== b.tones.length || tones.some((t, i) => t !== b.tones[i])) continue;
    return b.kind === "keep" ? null : b.kind;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// One-syllable country names that are Vietnamese words ("Anh", "Đức", "Mỹ", "Nga", "Pháp") are
// also syllables of people's and places' names.
// ---------------------------------------------------------------------------------------------

/** Capitalised words that may stand right before a country's name at the start of a sentence. */
const LEADS = new Set(
  "Tại Ở Từ Với Và Cả Sang Đến Tới Theo Như Còn Nhưng Khi Nếu Riêng Trong Ngoài Giữa Cùng Bên Phía Về Do Vì Để Là Của Cho Nước Đội Phía Hãng Sau Trước Hôm Ngày Năm Tháng Tuần Đoàn".split(" ")
);

/** Is the mention one word (letters only)? */
function oneSyllable(text: string, f: EntityMatch): boolean {
  for (let i = f.start; i < f.end; i++) if (!isWordChar(text[i])) return false;
  return f.end > f.start;
}

/**
 * A one-syllable country name right after another capitalised word, or after an initial
 * ("Q. Anh"), is most often the end of a person's given name: "Phương Anh", "Minh Đức", "Thúy Nga".
 */
function endsGivenName(text: string, f: EntityMatch, from: number): boolean {
  if (!oneSyllable(text, f)) return false;
  let p = f.start;
  if (text[p - 1] !== " ") return false;
  p--;
  // "Q. Anh", "H. Anh": an initial, then the given name.
  if (p >= 2 && text[p - 1] === "." && isUpper(text[p - 2]) && !isWordChar(text[p - 3])) return true;
  let q = p;
  while (q > from && /[\p{L}\p{M}]/u.test(text[q - 1])) q--;
  const prev = text.slice(q, p);
  if (!prev || !/^\p{Lu}/u.test(prev) || LEADS.has(prev)) return false;
  return true;
}

/** Unmarked syllables common in Vietnamese given names ("Đức Anh", "Mỹ Linh", "lãnh Mỹ A"); marked ones are recognised by their marks. */
const PLAIN_NAME_SYLLABLES = new Set(
  "a an anh chi dung giang ha hoa huy kha khanh khoa kim lan linh loan long ly mai minh nam nga nhi phi phong quang sang tam thanh thu thy tin tinh trang vy".split(" ")
);
/** Syllables that, after a country's name, still make the country: "Anh Quốc", "Đức Quốc xã", "Anh Việt", "Pháp Mở rộng". */
const COUNTRY_FOLLOWERS = new Set(["quốc", "việt", "mở"]);

/**
 * A one-syllable country name followed by a capitalised Vietnamese syllable begins a Vietnamese
 * name: "Đức Trí", "Anh Tuấn", "Mỹ Duyên", "Anh Sơn" (a district), "lãnh Mỹ A" (a silk). A foreign
 * name after it leaves the country: "Thủ tướng Anh Tony Blair", "Tổng thống Nga V. Putin".
 */
function startsVietnameseName(text: string, f: EntityMatch, to: number): boolean {
  const surface = text.slice(f.start, f.end);
  if (!oneSyllable(text, f) || !isVietnameseSyllable(surface)) return false;
  const next = /^ +([\p{L}\p{M}]+)(\.?)/u.exec(text.slice(f.end, Math.min(to, f.end + 16)));
  if (!next || !isUpper(next[1][0])) return false;
  // "Nga V. Putin": an initial of a foreign name, not the end of the sentence ("lãnh Mỹ A.").
  if (next[2] && next[1].length === 1 && f.end + next[0].length < to) return false;
  const word = next[1];
  // In capitals ("MỸ TẤN CÔNG") every word is capitalised: nothing to learn.
  if (word === word.toUpperCase() && word.length > 1) return false;
  const lower = word.toLowerCase();
  if (COUNTRY_FOLLOWERS.has(lower)) return false;
  return isMarkedVietnamese(word) || PLAIN_NAME_SYLLABLES.has(lower);
}

// ---------------------------------------------------------------------------------------------
// A given name used alone: an article about "Trương Văn Anh" calls him "Anh" ("Là kỹ sư nông
// nghiệp, Anh tham gia dự án"). A one-syllable country name that ends a full Vietnamese name in the
// same article is that person when it stands alone as a clause's subject ("..., Đức khai nhận")
// or after a person's title ("Tiến sĩ Đức cho biết"); in a list, a pairing or after any other word
// it stays the country ("Nhật, Nga và Mỹ", "quan hệ Nga - Nhật", "thị trường Mỹ").
// ---------------------------------------------------------------------------------------------

const titleCache = new WeakMap<Matchers["gazetteer"], Set<string>>();
function titleWords(m: Matchers): Set<string> {
  let set = titleCache.get(m.gazetteer);
  if (!set) titleCache.set(m.gazetteer, (set = new Set(m.gazetteer.personTitles.map((t) => t.title.toLowerCase()))));
  return set;
}

const givenNameCache = new WeakMap<Prepared, Map<string, boolean>>();

/** Does `name` end a full Vietnamese name somewhere in the text: a family name, one or two capitalised syllables, then it ("Trương Văn Anh")? */
function endsAFullName(prepared: Prepared, name: string, m: Matchers): boolean {
  let cache = givenNameCache.get(prepared);
  if (!cache) givenNameCache.set(prepared, (cache = new Map()));
  let known = cache.get(name);
  if (known !== undefined) return known;
  known = false;
  const {text} = prepared;
  for (let at = text.indexOf(" " + name); at >= 0 && !known; at = text.indexOf(" " + name, at + 1)) {
    if (isWordChar(text[at + 1 + name.length])) continue;
    // Two or three words before it: a family name, then capitalised syllables.
    const words = /((?:[\p{L}\p{M}]+ ){2,3})$/u.exec(text.slice(Math.max(0, at - 40), at + 1))?.[1]?.trim().split(" ") ?? [];
    for (let k = 0; k + 1 < words.length && !known; k++) {
      const rest = words.slice(k + 1);
      if (m.surnames.has(words[k]) && rest.length <= 2 && rest.every((w) => isUpper(w[0]))) known = true;
    }
  }
  cache.set(name, known);
  return known;
}

/** Is this bare one-syllable country name the given name of a person the article names in full? */
function isKnownGivenName(prepared: Prepared, f: EntityMatch, from: number, m: Matchers): boolean {
  const {text} = prepared;
  const surface = text.slice(f.start, f.end);
  if (!oneSyllable(text, f)) return false;
  // In a list or a pairing it is a country: "Nhật, Nga và Mỹ", "Nga - Nhật".
  if (/^(?:\s*[,;/]|\s*[-–]\s*\p{Lu}|\s+(?:và|hoặc|hay|cùng)\s)/u.test(text.slice(f.end, f.end + 8))) return false;
  const before = text.slice(Math.max(from, f.start - 32), f.start);
  // A clause's subject; "(Mỹ)" after a name or a place is a nationality, not a subject.
  const clauseStart = from === f.start || /(?:^|[.!?:;,\n])\s*$/u.test(before);
  if (!clauseStart && !titledPerson(text, before, f, m)) return false;
  return endsAFullName(prepared, surface, m);
}

/** "Thứ trưởng Nga cho biết" is a person; "Đại sứ Nga tại Nhật Bản", "Nữ hoàng Anh Elizabeth" are not. */
function titledPerson(text: string, before: string, f: EntityMatch, m: Matchers): boolean {
  const words = before.trim().split(/\s+/u);
  const after = text.slice(f.end, f.end + 24);
  return (
    [1, 2, 3].some((n) => words.length >= n && titleWords(m).has(words.slice(-n).join(" ").toLowerCase())) &&
    !/^ (?:tại|ở|về)\s/u.test(after) &&
    !isForeignName(/^ ([\p{L}'’-]+)/u.exec(after)?.[1] ?? "")
  );
}

/** Country names that are, at the start of a sentence, far more often a pronoun: "Anh cho biết" (he said). */
const PRONOUNS = new Set(["Anh"]);

/**
 * "Anh" opening a sentence, a quotation, a line of verse or a bracketed aside is read as the
 * pronoun unless a list or a pairing follows it: "Anh, Pháp và Đức", "Anh và Mỹ", "(Anh)". Inside a
 * quotation or a song's or film's title, "Anh" with "em" beside it is the pronoun too: "“Em yêu
 * Anh”", "ca khúc Anh muốn sống bên em".
 */
function isPronoun(text: string, f: EntityMatch, from: number): boolean {
  if (!PRONOUNS.has(text.slice(f.start, f.end))) return false;
  const before = text.slice(from, f.start);
  // A list or a pair of names ("Anh và Pháp"), not "Anh và bạn bè" (he and his friends).
  const listOrPair = /^(?:\s*[,;)]|\s+(?:và|cùng|hay|hoặc)\s+\p{Lu})/u.test(text.slice(f.end, f.end + 10));
  if (listOrPair) return false;
  // At the start of a sentence, a quotation, a verse line ("/ Anh sắp đi") or an aside ("(Anh chấp nhận ...").
  if (/^[\s"“”'‘’«(\[\-–—:]*$/u.test(before) || /(?:[“"'‘:\-–—/]|\()\s*$/u.test(before)) return true;
  const quoted = (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0) || (before.match(/"/g)?.length ?? 0) % 2 === 1;
  if (!quoted && !TITLE_WORDS.test(before)) return false;
  // The other pronoun of the pair within a few words: "Em yêu Anh", "Anh không muốn bất công với em".
  const clause = (before.split(/[.!?;:,“”"()]/u).pop() ?? "").split(/\s+/u).slice(-4).join(" ") + " | " + (text.slice(f.end, f.end + 40).split(/[.!?;:,“”"()]/u)[0] ?? "");
  return /(?:^|\s)[Ee]m(?:\s|$)/u.test(clause);
}

/** Words that introduce a title: "ca khúc Anh ...", "bộ phim Anh ...". */
const TITLE_WORDS = /(?:bài hát|ca khúc|nhạc phẩm|album|sáng tác|tác phẩm|bộ phim|phim|vở|bài thơ|tập thơ|cuốn)\s+$/iu;

/** Words after which a one-syllable country name starts the name of a place or a firm: "làng Mỹ Hảo", "Công ty Đức Minh". */
const NAMED_THINGS = /(?:^|\s)(?:làng|xã|thôn|ấp|bản|phường|phố|đường|quán|tiệm|hiệu|[Cc]ông ty|DNTN|[Cc]ửa hàng|[Kk]hách sạn|[Nn]hà hàng|[Tt]rường|[Cc]hùa)\s$/u;

function namesLocalThing(text: string, f: EntityMatch, from: number): boolean {
  const surface = text.slice(f.start, f.end);
  if (surface.includes(" ") || !/^ \p{Lu}/u.test(text.slice(f.end, f.end + 2))) return false;
  return NAMED_THINGS.test(text.slice(Math.max(from, f.start - 12), f.start));
}

// ---------------------------------------------------------------------------------------------
// Languages in pairs: "từ điển Anh - Việt", "phụ đề Việt - Anh", "Anh-Anh".
// ---------------------------------------------------------------------------------------------

/** Words that make the pairs after them (in the same sentence) pairs of languages. */
const LANGUAGE_CUES = /(?:từ điển|phụ đề|song ngữ|bản dịch|biên dịch|phiên dịch|thông dịch|dịch thuật|dịch từ|dịch sang|thuyết minh)/iu;

/** Is the mention a side of a hyphenated pair ("Anh - Việt", "Pháp-Viêt", "Anh-Anh") after a language cue? */
function isLanguagePair(text: string, f: EntityMatch, from: number, paired: boolean): boolean {
  if (!paired) {
    // A hyphen right before or after the name, spaces aside.
    let p = f.start - 1;
    while (p >= from && text[p] === " ") p--;
    let q = f.end;
    while (q < text.length && text[q] === " ") q++;
    const dash = (c: string | undefined) => c === "-" || c === "–";
    if (!dash(text[p]) && !dash(text[q])) return false;
  }
  return LANGUAGE_CUES.test(text.slice(from, f.start));
}

// ---------------------------------------------------------------------------------------------
// A city that is also someone's given name ("Paris Hilton", "Milan Baros", "Sydney Pollack").
// (A city as a surname, "George Washington", is left: "Real Madrid", "Bayern Munich", "Inter
// Milan" are written the same way.)
// ---------------------------------------------------------------------------------------------

/** English words that continue the name of a place or of a body named after it: "Washington Post", "Paris Saint-Germain". */
const PLACE_CONTINUATIONS = new Set(
  "Post Times Herald Tribune Journal Daily News Star Sun Mail Telegraph Chronicle Press Globe Review Magazine Stock Exchange City United Airport Airways Airlines Open Masters Marathon Motor Show Fashion Week Film Festival Summit Conference Convention Declaration Agreement Accord Protocol Club Bank Group Hall Park Zoo Garden Gardens Square Street Road Avenue Bridge Tower Towers Centre Center Hotel Opera Theatre Theater Museum University College Institute School Hospital Port Bay Harbour Harbor Saint St Sainte Disney Disneyland Eye Heights Valley County State Metro Express Zone Area Station Line Symphony Orchestra Philharmonic Ballet Fed Reserve Consensus Dynamo Lokomotiv Spartak FC SC Rangers Celtic Wanderers Rovers Hotspur Athletic Albion Olympic Olympics Games Grand Prix Cup Trophy Arena Stadium Stars Knicks Lakers Bulls".split(" ")
);

/** A foreign name: capitalised, and not a Vietnamese syllable ("Hilton", "Baros", "Whitney"). */
const isForeignName = (w: string) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w) && !isVietnameseSyllable(w);

/**
 * A place that is also a common given name (places.tsv, `given_name`) right before a capitalised
 * foreign word that does not continue a place's name is a person: "Paris Hilton", "Milan Kundera",
 * "Virginia Ruano"; "Paris Saint-Germain", "Sydney Opera" stay places.
 */
function isPersonsName(text: string, f: EntityMatch): boolean {
  if (f.target.type !== "country" || !f.target.givenName) return false;
  const next = /^ ([\p{L}'’-]+)/u.exec(text.slice(f.end, f.end + 24))?.[1];
  return !!next && isForeignName(next) && !PLACE_CONTINUATIONS.has(next);
}

/**
 * A foreign firm's name followed by "Việt Nam", "VN" or "Vina" names its Vietnamese subsidiary, a
 * body based in Vietnam: "Unilever Việt Nam", "Prudential Việt Nam", "Samsung Vina".
 */
function namesVietnameseSubsidiary(text: string, f: EntityMatch): boolean {
  return /^[ -]+(?:Việt Nam|Viet Nam|Vietnam|VN|Vina)(?![\p{L}\p{N}])/u.test(text.slice(f.end, f.end + 12));
}

/**
 * A source credited in brackets at the end of a paragraph, "(Theo Xinhuanet)", "Ngọc Sơn (theo
 * Xinhua)", "(Bloomberg, AFP)", is the text's source, not a mention (ANNOTATION.md: the credit line).
 */
function inCredit(text: string, f: EntityMatch, from: number, to: number): boolean {
  // The closing bracket first (cheap, and rare): it must end the paragraph.
  let close = -1;
  for (let i = f.end, stop = Math.min(text.length, to + 2); i < stop; i++) {
    if (text.charCodeAt(i) === 41 /* ) */) {
      close = i;
      break;
    }
  }
  if (close < 0) return false;
  if (!/^[\s.;,]*(?:\n|$)/u.test(text.slice(close + 1, close + 8))) return false;
  let open = -1;
  for (let i = f.start - 1; i >= from; i--) {
    if (text[i] === ")") return false;
    if (text[i] === "(") {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  const inner = text.slice(open + 1, close);
  const credited = /^\s*(?:[Tt]heo|[Nn]guồn:?)\s+\S/u.test(inner) && inner.split(/\s+/u).filter(Boolean).length <= 6;
  // "(Bloomberg, AFP)": a list of firms' names and nothing else.
  const sources = f.target.type === "country" && f.target.via === "institution" && /^\s*\p{Lu}[^,()]*(?:,\s*\p{Lu}[^,()]*)+$/u.test(inner) && !/\s\p{Ll}/u.test(inner);
  return credited || sources;
}

function inside(span: Span, s: Span): boolean {
  return s.start >= span.start && s.end <= span.end;
}

// ---------------------------------------------------------------------------------------------
// A country's name after a person's title: "các nhà khoa học Mỹ", "đạo diễn Nhật Bản Kenji
// Mizoguchi", "tiền vệ Thái Lan Chaiman". The name after a title is a person's unless it reads
// as a nationality (see people.ts).
// ---------------------------------------------------------------------------------------------

/**
 * Does the entity starting at `f` read as a nationality when a title stands before it? A country's
 * name of several syllables or a foreign one ("Nhật Bản", "Thụy Điển", "Brazil", "Scotland") does;
 * a one-syllable Vietnamese one ("Mỹ", "Đức") does after a plural title ("các nhà khoa học Mỹ")
 * or before a foreign name ("đạo diễn Mỹ Steven Spielberg"); "bác sĩ Đức cho biết" is a person.
 */
function nationalityAfterTitle(text: string, f: EntityMatch): "yes" | "plural" | "no" {
  if (f.target.type !== "country" || f.target.via === "paired") return "no";
  const surface = text.slice(f.start, f.end);
  if (f.target.via === "name" && (surface.includes(" ") || !isVietnameseSyllable(surface))) return "yes";
  if (f.target.via === "place" && !isVietnameseSyllable(surface.split(" ")[0])) return "yes";
  if (f.target.via !== "name") return "no";
  const next = /^ ([\p{L}'’-]+)/u.exec(text.slice(f.end, f.end + 24))?.[1];
  if (next && isForeignName(next)) return "yes";
  return "plural";
}

/** `a` is an organisation's name whose body `b`, another organisation, follows in brackets: "… Liên Hợp Quốc (UNDP)". */
function namesParentOf(text: string, a: EntityMatch, b: EntityMatch): boolean {
  return a.target.type === "organization" && b.target.type === "organization" && a.target.code !== b.target.code && /^\s*\($/.test(text.slice(a.end, b.start)) && text[b.end] === ")";
}

/** The entity mentions in text[from, to), in order. */
export function findEntities(prepared: Prepared, from: number, to: number, m: Matchers): EntityMatch[] {
  const {text} = prepared;
  const found: EntityMatch[] = [];
  // Where a language false friend ("tiếng Anh", "Anh ngữ") ends: a list may carry on after it.
  const languageEnds = new Set<number>();
  for (const match of scanTrie(m.entities, prepared, from, to)) {
    const target = pickTarget(match.entries.map((e) => e.value));
    if (target) found.push({start: match.start, end: match.end, target});
    else if (/^tiếng\s/iu.test(text.slice(match.start, match.end))) languageEnds.add(match.end);
  }
  if (!found.length) return found;

  // First the readings that depend on the words around a name only. A language list carries on
  // through its items: "nhiều thứ tiếng như Anh, Pháp, Tây Ban Nha".
  let languageUntil = -1;
  const named = found.filter((f) => {
    if (f.target.type !== "province" && inCredit(text, f, from, to)) return false;
    // A clock's time zone ("6h giờ Hà Nội") names no place that takes part; a province has no other blocker.
    if (f.target.type === "province") return !timeWords(m).has(lastWordBefore(text, f.start)) || contextBefore(prepared, f.start, m) !== "time";
    if (f.target.type !== "country") return true;
    const via = f.target.via;
    if (via === "name") {
      for (const end of languageEnds) if (end <= f.start && end > languageUntil) languageUntil = end;
    }
    if (via === "name" && languageUntil >= 0 && /^(?:\s*[,/]\s*|\s+(?:và|hoặc|hay)\s+)$/u.test(text.slice(languageUntil, f.start))) {
      languageUntil = f.end;
      return false;
    }
    const context = via === "name" || via === "place" ? contextBefore(prepared, f.start, m) : null;
    languageUntil = context === "language" ? f.end : -1;
    if (context && (context !== "instrument" || via === "place")) return false;
    if ((via === "name" || via === "paired") && isLanguagePair(text, f, from, via === "paired")) return false;
    if (via === "name" && startsVietnameseName(text, f, to)) return false;
    if (via === "place" && isPersonsName(text, f)) return false;
    if (via === "institution" && namesVietnameseSubsidiary(text, f)) return false;
    return true;
  });

  // A body's name that holds another's, with its own acronym after it: "Chương trình Phát triển của Liên
  // Hiệp Quốc (UNDP)" is UNDP alone, not the UN too.
  for (let i = named.length - 2; i >= 0; i--) if (namesParentOf(text, named[i], named[i + 1])) named.splice(i, 1);

  // Then people's names, which may hold a name the first pass kept ("ông Đặng Đức Thành").
  const ends = new Map(named.map((f) => [f.start, f.end]));
  const byStart = new Map(named.map((f) => [f.start, f]));
  const nationality = (start: number) => {
    const f = byStart.get(start);
    return f && nationalityAfterTitle(text, f);
  };
  // A person's name holding a mention starts at most a title and a few syllables before it.
  let windowFrom = Math.max(from, named.reduce((a, f) => Math.min(a, f.start), to) - 80);
  while (windowFrom > from && isWordChar(text[windowFrom - 1])) windowFrom--;
  const windowTo = named.reduce((a, f) => Math.max(a, f.end), from);
  const people = named.length ? findPeople(prepared, windowFrom, windowTo, m, ends, nationality) : [];
  const entityEnds = new Set(named.map((f) => f.end));
  return named.filter(
    (f) =>
      !people.some((p) => inside(p, f)) &&
      !(f.target.type === "country" && f.target.via === "name" && !entityEnds.has(f.start - 1) && endsGivenName(text, f, from)) &&
      !(f.target.type === "country" && isPronoun(text, f, from)) &&
      !(f.target.type === "country" && f.target.via === "name" && isKnownGivenName(prepared, f, from, m)) &&
      !(f.target.type === "country" && f.target.via === "name" && namesLocalThing(text, f, from))
  );
}
