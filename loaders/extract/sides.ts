// Who takes part in a sentence (ANNOTATION.md, Cooperation pairs: "Both sides must take part"):
// whether a national body is Vietnamese or foreign, whether a foreign country is a party or only a
// person's nationality or the seat of a Vietnamese mission, and whether a province acts or only
// hosts a foreign body's office. Each is read from the words right around the name.
import type {EntityMatch} from "./entities.js";

/** Where the name of a body ends: punctuation, or a word that links it to the rest of the sentence. */
const NAME_END =
  /[,;.:!?()"“”\n]| (?:và|với|cùng|tại|ở|đã|sẽ|vừa|đang|ký|có|là|cho|trong|được|về|để|nhằm|theo|từ|sang|tới|đến|khi|thì|mà|nói|cho biết|phát biểu|tuyên bố) /u;

/** The end of the name that starts at `from` (at most 48 characters, never past `to`). */
export function nameEnd(text: string, from: number, to: number): number {
  const window = text.slice(from, Math.min(to, from + 48));
  const cut = window.search(NAME_END);
  return from + (cut === -1 ? window.length : cut);
}

/** A Vietnamese syllable written without diacritics ("Lan", "Minh", "Thanh"), as opposed to "Koizumi" or "Putin". */
const PLAIN_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:nh|ng|ch|[cmnpt])?$/i;

/**
 * Whether a capitalised word can belong to a Vietnamese name: a family name, a word with a
 * Vietnamese letter or tone mark, or a plain Vietnamese syllable. "Koizumi", "Thaksin", "Lavrov",
 * "Harvard" cannot.
 */
export function looksVietnamese(word: string, surnames: ReadonlySet<string>): boolean {
  return surnames.has(word) || /[^\x00-\x7F]/.test(word) || PLAIN_SYLLABLE.test(word);
}

const WORD = /[\p{L}\p{M}\p{N}&]+/gu;

/** The text right before `start`, at most `span` characters and never before the sentence: what a name's context rules read. */
export const textBefore = (text: string, sentenceStart: number, start: number, span: number) => text.slice(Math.max(sentenceStart, start - span), start);

/** What joins a body's name to the foreign place it is in: "(", "tại", "ở" (then "các nước", "thủ đô" …). */
const SEATED_IN = /^\s*(?:\(\s*|(?:tại|ở)\s+(?:(?:các\s+)?(?:nước|quốc gia|thủ đô|thành phố|TP\.?)\s+)?)$/u;
/** Bodies that have a seat, unlike a person or a government, who can be "tại Mỹ" on a visit. */
const SEATED_BODY = /(?:Trường|Đại học|ĐH|Học viện|Viện|Công ty|Tập đoàn)$/u;

/**
 * A body whose name (text[from, end of name)) makes it foreign: it names a foreign country or an
 * international organisation ("Chính phủ Mỹ", "Bộ trưởng Tài chính ASEAN", "Đại học Tokyo"), or its
 * first capitalised word cannot be Vietnamese ("Thủ tướng Koizumi", "Đại học Harvard"), or the name is
 * followed by the foreign place it is in ("Đại học ACU (Mỹ)", "ĐH lớn tại London"). Abbreviations in
 * capitals ("Công ty TNHH …", "Bộ KH&CN") say nothing either way.
 */
export function isForeignBody(text: string, from: number, to: number, entities: EntityMatch[], surnames: ReadonlySet<string>): boolean {
  const end = nameEnd(text, from, to);
  const foreign = (e: EntityMatch) => e.target.type === "organization" || (e.target.type === "country" && e.target.code !== "VN");
  if (entities.some((e) => e.end > from && e.start < end && foreign(e))) return true;
  // "Đại học ACU (Mỹ)", "ĐH lớn tại London", "các trường ĐH ở Mỹ": the name is followed by where the body is.
  if (SEATED_BODY.test(text.slice(Math.max(0, from - 12), from)) && entities.some((e) => e.start >= end && e.start < to && foreign(e) && SEATED_IN.test(text.slice(end, e.start)))) return true;
  for (const m of text.slice(from, end).matchAll(WORD)) {
    const w = m[0];
    if (!/^\p{Lu}/u.test(w)) continue;
    if (w.length > 1 && w === w.toUpperCase()) continue;
    return !looksVietnamese(w, surnames);
  }
  return false;
}

const LEVEL_BEFORE = /(?:^|[^\p{L}\p{M}])(?:sau|bậc|trình độ|hệ|học|dự bị|tốt nghiệp|thi|vào|cấp)\s+$/iu;
const LEVEL_AFTER = /^\s*(?:[,:]|và|hoặc|\/)\s*(?:Cao học|Cao đẳng|Thạc sĩ|Tiến sĩ|Trung học|Polytechnic|sau (?:đại học|ĐH)|CĐ)/iu;

/** A capitalised word right after "Đại học": the start of a university's name ("Đại học Bách khoa"). */
const NAMED = /^\s+\p{Lu}/u;

/**
 * "Đại học" (text[start, end)) as a level of study, not a body: "học bổng sau ĐH", "bậc đại học",
 * "các chương trình Đại học, Cao học", "Đại học và Cao đẳng". Followed by a name, it is the body
 * ("thi vào Đại học Bách khoa").
 */
export function isLevelOfStudy(text: string, start: number, end: number): boolean {
  if (!/^(?:Đại học|ĐH)$/iu.test(text.slice(start, end))) return false;
  const after = text.slice(end, end + 24);
  return LEVEL_AFTER.test(after) || (LEVEL_BEFORE.test(text.slice(Math.max(0, start - 16), start)) && !NAMED.test(after));
}

/**
 * A country named as a person's nationality, as an adversary, as a market or as a neighbour, not a
 * party: "tiền đạo người Brazil", "quốc tịch Mỹ", "Việt kiều Mỹ", "kháng chiến chống Pháp", "nghiên
 * cứu thị trường Australia", "các tỉnh có chung đường biên giới với Campuchia", "giáp biên giới Lào".
 */
const NOT_A_PARTY = /(?:^|[^\p{L}\p{M}])(?:người|quốc tịch|gốc|Việt kiều|kiều bào|chống|thị trường|(?:chung|có)\s+(?:đường\s+)?biên giới(?:\s+với)?|giáp(?:\s+(?:với|ranh|biên giới))*)\s+$/iu;

export function isNotAParty(text: string, sentenceStart: number, start: number): boolean {
  return NOT_A_PARTY.test(textBefore(text, sentenceStart, start, 30));
}

/**
 * A firm's name that names a thing, not a party: a building or a venue ("Khách sạn Daewoo", "tòa nhà
 * Samsung"), or a product ("xe Ford", "máy bay Boeing", "điện thoại Nokia", "hệ điều hành Windows").
 * The firm itself ("hãng Ford", "nhà máy Toyota") stays a party.
 */
const THING = "(?:khách sạn|KS|tòa nhà|toà nhà|cao ốc|xe|ô tô|dòng xe|máy bay|điện thoại|máy tính|(?<!nhà\\s)máy|chip|bộ vi xử lý|phần mềm|hệ điều hành|trình duyệt)";
const THING_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{M}])${THING}\\s+$`, "iu");
const THING_FIRST = new RegExp(`^${THING}\\s`, "iu");

/** `start`–`end`: the name as matched, which may begin with the thing ("xe Ford" is one of Ford's names). */
export function namesAThing(text: string, sentenceStart: number, start: number, end: number): boolean {
  return THING_BEFORE.test(textBefore(text, sentenceStart, start, 16)) || THING_FIRST.test(text.slice(start, end));
}

/**
 * A country given as an example, not a party: "nhiều nước trong vùng nhận chuyển giao công nghệ kiểu
 * này như Trung Quốc, Thái Lan, Malaysia", "các quốc gia phát triển như Mỹ, Nhật". The name stands in
 * the enumeration that follows "như" after "nhiều / các / những / một số nước (quốc gia)". After a
 * preposition the countries are where something went or came from, and stay parties: "đoàn công tác
 * … tại các nước như Australia, Israel, Hàn Quốc".
 */
const EXAMPLE_OF_COUNTRIES = /(?:^|[^\p{L}\p{M}])(?<!(?:tại|ở|sang|đến|tới|với|cùng|từ)\s)(?:nhiều|các|những|một số|một vài)\s+(?:nước|quốc gia|nền kinh tế)(?![\p{L}\p{M}])[^.;:!?]{0,60}?\s(?:như|chẳng hạn|ví dụ)\s+[^.;:!?]{0,60}$/iu;

export function isExample(text: string, sentenceStart: number, start: number): boolean {
  const before = textBefore(text, sentenceStart, start, 140);
  // Most names have no "như" before them: skip the pattern, which tries every position of the window.
  return /(?:như|chẳng hạn|ví dụ)\s/iu.test(before) && EXAMPLE_OF_COUNTRIES.test(before);
}

/**
 * Vietnamese people, not Vietnam as a party: "sinh viên Việt Nam", "thanh niên Việt Nam", "cho học
 * sinh VN" are the recipients of an offer (a scholarship, a course), not a Vietnamese side that
 * cooperates.
 */
const VIETNAMESE_PEOPLE = /(?:^|[^\p{L}\p{M}])(?:sinh viên|học sinh|học viên|thanh niên|bạn trẻ|du học sinh|lưu học sinh|người|công dân|trẻ em|lao động|du khách|khách hàng|người dùng|thí sinh)(?: người)?\s+$/iu;

export function isVietnamesePeople(text: string, sentenceStart: number, start: number): boolean {
  return VIETNAMESE_PEOPLE.test(textBefore(text, sentenceStart, start, 24));
}

/**
 * Vietnam as the place where a foreign body has its customers, campuses, branches or market, or where
 * a war was fought, not as a party: "khách hàng tại Việt Nam", "có các cơ sở ở Trung Quốc, Hồng Kông,
 * Malaysia, Việt Nam", "chiến tranh tại Việt Nam"; or the time zone of a clock ("19 giờ 30 (giờ VN)").
 */
export function isVietnamAsPlace(text: string, sentenceStart: number, start: number): boolean {
  const before = textBefore(text, sentenceStart, start, 90);
  if (TIME_ZONE.test(before) && !NOW.test(before)) return true;
  // Most mentions of Vietnam have no "tại" or "ở" before them: the pattern is read only where one is.
  return (before.includes("tại") || before.includes("ở")) && VIETNAM_AS_PLACE.test(before);
}

/** A clock's time zone ("19 giờ 30 (giờ VN)"), not "bây giờ" (now). */
const TIME_ZONE = /(?:^|[^\p{L}\p{M}])giờ\s+$/iu;
const NOW = /bây\s+giờ\s+$/iu;

const VIETNAM_AS_PLACE = /(?:^|[^\p{L}\p{M}])(?:khách hàng|chiến tranh|cơ sở|chi nhánh|văn phòng|thị trường)(?:\s+[\p{L}\p{M}]+){0,2}\s+(?:tại|ở)\s+(?:[^.;:!?]{0,60},\s*)?$/iu;

/**
 * The seat of a Vietnamese mission or community abroad, not Vietnam's partner: "Đại sứ quán Việt Nam
 * tại Pháp", "Thương vụ Việt Nam ở Mỹ", "cộng đồng người Việt tại Đức", "du học sinh Việt Nam tại Nga".
 */
const VIETNAMESE_SEAT =
  /(?:Đại sứ quán|Đại sứ|Lãnh sự quán|Tổng Lãnh sự quán|Tổng lãnh sự quán|Tổng lãnh sự|Cơ quan đại diện|Thương vụ|người Việt|cộng đồng người Việt|Việt kiều|kiều bào|lưu học sinh|du học sinh)(?: Việt Nam| VN| ta)? (?:tại|ở|bên) $/u;

export function isVietnameseSeat(text: string, sentenceStart: number, start: number): boolean {
  return VIETNAMESE_SEAT.test(textBefore(text, sentenceStart, start, 60));
}

/**
 * A province that only hosts a foreign body's office, not a cooperating side (ANNOTATION.md): "Tổng
 * Lãnh sự quán Pháp tại TP HCM", "văn phòng đại diện của JICA tại Hà Nội", "Phòng Thương mại và Công
 * nghiệp Pháp tại TPHCM".
 */
const OFFICE_HOST =
  /(?:Đại sứ quán|Lãnh sự quán|Tổng Lãnh sự quán|Tổng lãnh sự quán|Tổng lãnh sự|[Vv]ăn phòng đại diện|VPĐD|[Cc]hi nhánh|Phòng Thương mại|Thương vụ|[Tt]rưởng đại diện|[Tt]rưởng văn phòng|Trung tâm Văn hóa)[^,;.:!?()]{0,60} (?:tại|ở) (?:[Tt]hành phố |TP\.? ?|[Tt]ỉnh )?$/u;

export function hostsForeignOffice(text: string, sentenceStart: number, start: number): boolean {
  return OFFICE_HOST.test(textBefore(text, sentenceStart, start, 100));
}

/**
 * A province named as where a person comes from or lives, not a cooperating side: "chị Sơn người Hải
 * Phòng", "quê Nghệ An", "(ngụ Mã Đà, Vĩnh Cửu, Đồng Nai)", "trú tại Hưng Chính, Hưng Nguyên, Nghệ
 * An" (after a word of residence, the address's smaller places may come first, each followed by a
 * comma). Not "người đứng đầu Hà Nội", "người tiêu dùng TP HCM, Hà Nội" nor "học sinh tại Quảng Nam".
 */
const PERSONS_HOME =
  /(?:^|[^\p{L}\p{M}])(?:người|(?:quê(?: quán)?|quê ở|ngụ(?: tại| ở)?|(?:thường |tạm )?trú(?: tại| ở)?|sinh ra (?:ở|tại))(?:\s+[^,;.:!?()"“”]{1,30},)*)\s+(?:tỉnh\s+|thành phố\s+|TP\.?\s*)?$/iu;

export function isPersonsHome(text: string, sentenceStart: number, start: number): boolean {
  return PERSONS_HOME.test(textBefore(text, sentenceStart, start, 110));
}
