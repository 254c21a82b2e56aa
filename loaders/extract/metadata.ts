// An article's title, date, source and web address: what the dashboard shows next to each
// article and uses to place it in time. The front matter, when it states a key, wins; the
// text is only read for what the front matter leaves out. Everything is read from the main
// text (never from chrome), except the source, which the credit line is for.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DIGEST_HEADLINE, isCreditLine, isHeadlineLike } from "./chrome.js";
import { parseTsv } from "./tsv.js";
import { daysInMonth } from "../read/frontMatter.js";
import { headlineBeforeLeadTag, splitSentences } from "./sentences.js";
import type { FrontMatter, Line, PartialDate } from "./model.js";

/** Where an article's date comes from: its metadata, a dateline in the text, or its lead. */
export type DateFrom = "metadata" | "dateline" | "lead" | null;

/** A date the lead gives, with the line it is on (an index into the article's lines) and whether that line is the headline. */
export interface LeadDate {
  date: PartialDate;
  line: number;
  headline: boolean;
}

export interface ArticleMetadata {
  title: string | null;
  date: PartialDate;
  dateFrom: DateFrom;
  /** When the date is the lead's: every date the lead gives, in order (the article keeps the first said of its cooperation). */
  leadDates: LeadDate[];
  source: string | null;
  url: string | null;
}

export const UNKNOWN_DATE: PartialDate = Object.freeze({ year: null, month: null, day: null });

/**
 * Extracts the metadata of one article (`lines` from `classifyLines(text)`). `today` is the day the
 * corpus is read: no date after it is an article's date.
 */
export function extractMetadata(text: string, lines: Line[], fm: FrontMatter, today = new Date()): ArticleMetadata {
  const main = lines.filter((l) => l.chrome === null && text.slice(l.start, l.end).trim() !== "");
  return {
    title: fm.title ?? findTitle(text, main),
    ...(fm.date ? {date: fm.date, dateFrom: "metadata" as const, leadDates: []} : findDated(text, lines, today)),
    source: fm.source ?? findSource(text, lines, main),
    url: fm.url ?? null,
  };
}

// ---------------------------------------------------------------------------------- title

/**
 * The headline: the first main-text line, if it reads like one (at most 200 characters, at
 * least 3 words, not ending like a sentence), or what comes before a lead's tag on it (sentences.ts,
 * LEAD_TAG). Seed 003 opens with a sentence: no title.
 */
export function findTitle(text: string, main: Line[]): string | null {
  const first = main[0];
  if (!first) return null;
  const line = text.slice(first.start, first.end).trim();
  if (isHeadlineLike(line)) return line;
  // A headline run into its lead before the paper's tag: "Giá vàng sáng giảm, chiều tăng (NLĐ)- Ngày 25-4, …".
  const headline = headlineBeforeLeadTag(line);
  return headline !== null && isHeadlineLike(headline) ? headline : null;
}

// --------------------------------------------------------------------------------- source

/** A run of capitalised words: "Sputnik", "New York Times", "TTXVN/Vietnam+". */
const CAPITALISED_RUN = String.raw`\p{Lu}[\p{L}\p{N}\p{M}&+./'’-]*(?:\s+\p{Lu}[\p{L}\p{N}\p{M}&+./'’-]*)*`;
const AGENCY_LEAD = new RegExp(
  String.raw`(?:^|[\s(,;:])(?:[Hh]ãng tin|[Hh]ãng thông tấn|[Tt]ờ)\s+(${CAPITALISED_RUN})`,
  "u",
);
const THEO_LEAD = new RegExp(String.raw`(?:^|[\s(,;:])[Tt]heo\s+(${CAPITALISED_RUN}),`, "u");

/** "Theo TS Trần Thục, ...", "Theo Bộ trưởng ...": a person or an office quoted, not a source. */
const PERSON_TITLE = /^(?:GS|PGS|TS|ThS|TSKH|BS|KS|HLV|NSƯT|NSND|Ông|Bà|Anh|Chị|Giáo sư|Tiến sĩ|Bác sĩ|Bộ trưởng|Thứ trưởng|Chủ tịch|Giám đốc)(?![\p{L}\p{M}])/u;

/** data/gazetteer/outlets.tsv: words and names that make a credit or a "theo X," name a news outlet. */
export const DEFAULT_OUTLETS_PATH = fileURLToPath(new URL("../../data/gazetteer/outlets.tsv", import.meta.url));

export interface Outlets {
  /** Lower-cased outlet words and names found as whole words anywhere in a source ("báo", "times", "ttxvn"). */
  words: string[];
  /** Lower-cased names that are an outlet only as the whole source ("nature", "time"). */
  names: Set<string>;
}

export function parseOutlets(tsv: string): Outlets {
  const rows = parseTsv(tsv);
  return {
    words: rows.filter((r) => r.match === "word").map((r) => r.outlet!.toLowerCase()),
    names: new Set(rows.filter((r) => r.match === "name").map((r) => r.outlet!.toLowerCase())),
  };
}

let defaultOutlets: Outlets | undefined;
const outletsOf = () => (defaultOutlets ??= parseOutlets(readFileSync(DEFAULT_OUTLETS_PATH, "utf8")));

/**
 * Whether a source read from the text names a news outlet rather than a person or an office quoted
 * ("Theo Dũng", "Theo Michel Platini,", "Theo Bộ Y tế,"): a web address, an outlet's name, or a
 * name with an outlet word in it ("báo", "Times", "TTXVN").
 */
export function looksLikeOutlet(source: string, outlets: Outlets = outletsOf()): boolean {
  const s = source.toLowerCase().normalize("NFC");
  if (/^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:vn|com|net|org|info|gov|edu|tv|co|uk|fr|de|jp|cn|kr|ru)(?:\.vn)?$/u.test(s)) return true;
  if (outlets.names.has(s)) return true;
  const words = ` ${s.split(/[^\p{L}\p{N}\p{M}+-]+/u).filter(Boolean).join(" ")} `;
  return outlets.words.some((w) => words.includes(` ${w} `));
}

/**
 * The source: from the credit line ("Theo vtv.vn" → "vtv.vn"; "Theo Hương Giang
 * (TTXVN/Vietnam+)" → "TTXVN/Vietnam+", the agency in brackets rather than the reporter;
 * "(Theo AFP)" → "AFP"; "Nguồn: X" → X), else from "Hãng tin X", "hãng thông tấn X",
 * "theo X," or "tờ X" in the first two main-text lines, else null. A "theo" credit or lead counts
 * only when it names an outlet (looksLikeOutlet): "Theo Dũng" credits a reporter, "Theo Michel
 * Platini," quotes a person.
 */
export function findSource(text: string, lines: Line[], main: Line[]): string | null {
  const credit = lines.find((l) => l.chrome === "credit");
  if (credit) {
    const fromCredit = sourceFromCredit(text.slice(credit.start, credit.end));
    if (fromCredit) return fromCredit;
  }
  for (const line of main.slice(0, 2)) {
    const s = text.slice(line.start, line.end);
    const agency = AGENCY_LEAD.exec(s);
    if (agency) return cleanSource(agency[1]!);
    const theo = THEO_LEAD.exec(s);
    if (theo && !PERSON_TITLE.test(theo[1]!)) {
      const named = cleanSource(theo[1]!);
      if (named && looksLikeOutlet(named)) return named;
    }
  }
  return null;
}

/** The source named by a credit line, or null if the line is not a credit or a "theo" credit names no outlet. */
export function sourceFromCredit(line: string): string | null {
  const t = line.trim();
  if (!isCreditLine(t)) return null;
  const nguon = /^Nguồn(?:\s+\p{L}+)?\s*:\s*(.+)$/u.exec(t);
  if (nguon) return cleanSource(nguon[1]!);
  const inner = t.startsWith("(") && t.endsWith(")") ? t.slice(1, -1).trim() : t;
  const named = inner.replace(/^Theo\s+/u, "");
  const bracket = /\(([^()]+)\)\s*$/u.exec(named);
  const source = cleanSource(bracket ? bracket[1]! : named);
  return source && looksLikeOutlet(source) ? source : null;
}

function cleanSource(s: string): string | null {
  const cleaned = s.trim().replace(/[\s.,;:]+$/u, "").trim();
  return cleaned === "" ? null : cleaned;
}

// ----------------------------------------------------------------------------------- date

/** A date found in the text, before the year of a day-month is looked up in its sentence. */
interface DateHit {
  start: number;
  end: number;
  date: PartialDate;
  /** A day and month whose year, if any, comes from a year in the same sentence. */
  needsYear: boolean;
}

const NOT_BEFORE = String.raw`(?<![\p{L}\p{N}/.\-–])`;
const NOT_AFTER = String.raw`(?![\p{N}]|[/.\-–]\p{N})`;
const YEAR = String.raw`((?:19|20)\d\d|2100)`;

/** `22-26/4/2024`, and `22-26/4` (whose year comes from the sentence). */
const DAY_RANGE = new RegExp(
  String.raw`${NOT_BEFORE}(\d{1,2})\s?[-–]\s?(\d{1,2})([/.-])(\d{1,2})(?:\3${YEAR})?${NOT_AFTER}`,
  "gu",
);
/** `13/04/2025`, `28-10-2006`, `1.12.2005`: one separator, used twice. */
const FULL_DATE = new RegExp(String.raw`${NOT_BEFORE}(\d{1,2})([/.-])(\d{1,2})\2${YEAR}${NOT_AFTER}`, "gu");
/** `ngày 20 tháng 11 năm 2024`, `ngày 20 tháng 11`. */
const DAY_MONTH_WORDS = new RegExp(
  String.raw`(?<![\p{L}\p{M}])ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*${YEAR})?${NOT_AFTER}`,
  "giu",
);
/** `29/5`, `12-6` (with a context that makes it a date, see `isDayMonthContext`). */
const DAY_MONTH = new RegExp(String.raw`${NOT_BEFORE}(\d{1,2})([/-])(\d{1,2})${NOT_AFTER}`, "gu");
/** `tháng 10/2006`, `tháng 10-2006`, `tháng 10 năm 2006`. */
const MONTH_YEAR = new RegExp(
  String.raw`(?<![\p{L}\p{M}])tháng\s+(\d{1,2})\s*(?:[/-]\s*|\s+năm\s+)${YEAR}${NOT_AFTER}`,
  "giu",
);
/** A year as a number of its own (not "1.900", "2024/QĐ" or "57-2024"). */
const BARE_YEAR = new RegExp(String.raw`(?<![\p{N}.,/\-–])${YEAR}(?![\p{N}]|[.,/\-–]\p{N})`, "gu");
/** Birth years next to a person's name: "sinh năm 1937", "SN 1980", "(1940, Giám đốc ...)". */
const BIRTH_YEAR = /(?:(?<![\p{L}\p{M}])(?:sinh năm|sinh|SN)\s+(?:19|20)\d\d|\((?:19|20)\d\d[,)])/gu;
/** `năm 2023`: the fallback, a year alone. */
const YEAR_ONLY = new RegExp(String.raw`(?<![\p{L}\p{M}])năm\s+${YEAR}${NOT_AFTER}`, "giu");

/** Words before a day-month that make it a date: "chiều 29/5", "ngày 12-6", "hôm 3/2". */
const DAY_WORD = /(?<![\p{L}\p{M}])(?:ngày|mồng|mùng|hôm|sáng|chiều|trưa|tối|đêm|khuya|thứ\s+\p{L}+|chủ nhật)\s*[,(]?\s*$/iu;
/** Weaker context: "từ 22/4", "đến 26/4", "vào 1/5" (not enough for a small fraction). */
const WEAK_DAY_WORD = /(?<![\p{L}\p{M}])(?:từ|đến|tới|vào|hết|trước|sau|\()\s*$/iu;

/** Where a dateline may stand: among the first `head` or the last `tail` lines that hold text. */
export const DATELINE_EDGE = {head: 3, tail: 5} as const;

/** The lead: the headline and the paragraph after it. */
export const LEAD_PARAGRAPHS = 1;

/**
 * How far a dated day (day, month and a year stated in its sentence) is still the lead's: some
 * outlets put a summary and a photo caption between the headline and the first paragraph.
 */
export const DATED_DAY_PARAGRAPHS = 3;

/**
 * Words that place an event ("… tại Dinh Độc Lập", "Buổi trưa …"): a line with them is not a
 * dateline. (A bare time of day is not one of them: "10:30 sáng" can close a dateline.)
 */
const EVENT_WORDS = /(?<![\p{L}\p{M}])(?:tại|ở|buổi)(?![\p{L}\p{M}])/iu;

/** Words of a dateline besides the date: "Thứ Hai, 12/3/2007 10:30 (GMT+7)", "Cập nhật: …", "(TTXVN)". */
const DATELINE_WORDS = /(?:^|[\s,(|:-])(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|cập nhật|ngày đăng|đăng lúc|đăng ngày|xuất bản|lúc|gmt|ngày|tháng|năm)(?=[\s,)|:+-]|$)/giu;

/**
 * A dateline, byline or source line: a short line that holds a full date and, besides it, only a
 * time, a weekday, "Cập nhật"-like words, names and at most two other words ("Ban Thời sự 13/04/2025 10:22",
 * "Thứ Hai, 12/3/2007, 10:30 GMT+7", "(TTXVN) 13/04/2025", "Hà Nội, ngày 5 tháng 6 năm 2024").
 */
export function datelineDate(line: string): PartialDate | null {
  if (line.length > 100 || !/\d/.test(line)) return null;
  // "Ngày sinh: 26/05/1977", "Sinh ngày 2/11/1949": a person's birth date, in a profile box.
  if (/(?:^|[^\p{L}\p{M}])sinh(?![\p{L}\p{M}])/iu.test(line)) return null;
  // "Căng thẳng ở Đông Bắc Á(17/03/2005)", "VN - Singapore 0-0 (ngày 28-8-1998)": a related article's
  // or a past match's date in brackets after its title, not this article's.
  if (/\S\s*\(\s*(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*\)\s*$/iu.test(line)) return null;
  // "Buổi trưa 30/4/1975 tại Dinh Độc Lập": when and where something happened (a headline, a
  // caption), not when the article was published.
  if (EVENT_WORDS.test(line)) return null;
  const hit = firstDateIn(line, 0, line.length);
  if (!hit || hit.needsYear || hit.date.day === null) return null;
  const rest = (line.slice(0, hit.start) + " " + line.slice(hit.end))
    .replace(/\d{1,2}[:h]\d{2}(?::\d{2})?/g, " ")
    .replace(DATELINE_WORDS, " ");
  // What is left may name the desk, the agency or the place ("Ban Thời sự"), not say what happened.
  const lowerWords = rest.replace(/\b(?:am|pm)\b/gi, " ").match(/(?:^|[^\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu) ?? [];
  return lowerWords.length > 2 ? null : hit.date;
}

/** The day a digest's headline gives ("Tin vắn 3/2", "Tin vắn ngày 18/11"): its month and day, and its year if stated. */
export function digestDate(line: string): PartialDate | null {
  if (!DIGEST_HEADLINE.test(line)) return null;
  const [day, month, year] = line.match(/\d+/g)!.map(Number);
  return validDate(year ?? null, month!, day!);
}

/** A target or a span's bound before a year: "đến năm 2030", "tầm nhìn 2050", "từ năm 2007". */
const TARGET_BEFORE = /(?:^|[^\p{L}\p{M}])(?:đến|tới|trước|từ|sau|tầm nhìn|giai đoạn|đến hết|đến cuối|mục tiêu|kế hoạch|chiến lược)\s+(?:năm\s+)?$/iu;
/**
 * A forecast: a clause that says what will be ("sẽ", "dự kiến", "sớm nhất", "hoàn thành") before
 * its year ("VN có đường sắt đô thị sớm nhất vào năm 2011", "Dự án hoàn thành vào tháng 12-2011").
 */
const FORECAST_BEFORE = /(?<![\p{L}\p{M}])(?:sẽ|dự kiến|sớm nhất|phấn đấu|dự định|hoàn thành)(?![\p{L}\p{M}])[^.;!?,]*$/iu;
/** Whether a year after `before` is a target or a forecast, not the time of what the lead reports. */
const notTheEvent = (before: string) => TARGET_BEFORE.test(before) || FORECAST_BEFORE.test(before.slice(-150));

/**
 * Dates that belong to something other than the reported event, by what precedes them: a legal
 * document's ("Nghị định 26/CP ngày 26/4/1996", "Quyết định số 123/QĐ-TTg ngày …"), a birth
 * ("sinh sau ngày 2/4/1971").
 */
const OTHER_DATE_BEFORE = /(?:(?:Nghị định|Quyết định|Thông tư|Chỉ thị|Nghị quyết|Công văn|Pháp lệnh|Hiệp định|Luật|Thông báo|Công điện)\s+(?:số\s+)?[\p{L}\p{N}./-]*\p{N}[\p{L}\p{N}./-]*(?:\s+của\s+[^,.;()]{1,60}?)?\s*,?\s*(?:ký\s+|ban hành\s+)?(?:ngày\s+)?|(?<![\p{L}\p{M}])sinh\s+(?:(?:sau|trước|từ|vào|trong)\s+)?(?:ngày\s+)?)$/iu;

/**
 * An agreement's own date, in the noun phrase that names it: "Thỏa thuận … giữa Hungary và Việt Nam ký
 * kết ngày 13/3/1992", "Hiệp định này có hiệu lực kể từ ngày 23 tháng 12 năm 1998", "Công ước thi
 * hành Hiệp định Shengen ngày 19/6/1990". What the lead reports is then something done about that
 * agreement, not its signing; a signing reported as such opens with its date ("Ngày 22/6, hai bên ký …")
 * or says that it took place ("Lễ ký Hiệp định … diễn ra ngày …").
 */
const AGREEMENT_DATE_BEFORE = /(?<![\p{L}\p{M}])(?:Hiệp định|Hiệp ước|Thỏa thuận|Thoả thuận|Nghị định thư|Công ước|Bản ghi nhớ)(?:(?!diễn ra|tổ chức|khai mạc|hôm nay|hôm qua|sáng nay|chiều nay|tối nay|vừa|Lễ|lễ)[^.;:!?]){0,250}?(?:\s(?:được\s+)?(?:ký kết|ký|có hiệu lực|hiệu lực)(?:\s+(?:kể\s+)?từ)?|\s\p{Lu}[\p{L}\p{M}]*)\s+(?:vào\s+)?(?:ngày\s+|tháng\s+)?$/u;

/**
 * A deadline or the end of a period: "dỡ bỏ trước ngày 1/1/2013", "đến ngày 30/6/2005", "từ ngày
 * 1/9/1987 đến 31/12/1994". (Not the last day of a range of days, "từ 26 đến 28-10-2006".)
 */
const DEADLINE_BEFORE = /(?<![\p{L}\p{M}])(?<!(?<![\d/.-])\d{1,2}\s*)(?:trước|đến|tới|đến hết|cho đến)\s+(?:ngày\s+)?$/iu;
/**
 * A lead that looks back: "Những ngày tiếp quản thủ đô 50 năm trước", "cách đây 30 năm". (A
 * ceremony "kỷ niệm 30 năm …" is an event of its own day, and keeps its date.)
 */
const LOOKS_BACK = /(?<![\p{L}\p{M}])(?:\d+\s+năm\s+(?:về\s+)?trước|cách đây\s+\d+\s+năm)(?![\p{L}\p{M}])/iu;

/**
 * The start of a period that ends in another year ("từ ngày 1/9/1987 đến 31/12/1994"): a span of time
 * the lead describes, not the day of what it reports. (An event over a few days, "từ 13/7 đến 17/7",
 * keeps its first day.)
 */
function startsAPeriod(date: PartialDate, after: string): boolean {
  const end = /^\s*(?:đến|tới|-|–)\s*(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}[/.-]((?:19|20)\d\d)/u.exec(after);
  return !!end && date.year !== null && Number(end[1]) !== date.year;
}

/** "Cách đây 50 năm, ngày 22/3/1955": a date the lead recalls. */
const RECALLED_DATE_BEFORE = /(?<![\p{L}\p{M}])cách đây\s+\d+\s+năm\s*,?\s*(?:vào\s+)?(?:ngày\s+)?$/iu;

/**
 * Whether the date of `hit` is another thing's than the reported event's: a document's, an
 * agreement's, a birth, a recalled day, a deadline, the start of a period ending in another year, or
 * a date alone in brackets after a name ("Hội nghị Geneva (20/7/1954)").
 */
function isOtherDate(text: string, lineStart: number, hit: DateHit): boolean {
  const before = text.slice(Math.max(lineStart, hit.start - 120), hit.start);
  const after = text.slice(hit.end, hit.end + 24);
  if ([OTHER_DATE_BEFORE, AGREEMENT_DATE_BEFORE, RECALLED_DATE_BEFORE, DEADLINE_BEFORE].some((re) => re.test(before))) return true;
  if (startsAPeriod(hit.date, after)) return true;
  return /[\p{L}\p{N}]\s*\(\s*$/u.test(before) && /^\s*\)/u.test(after);
}

/**
 * The article's date (ANNOTATION.md, Dates): its publication date when a dateline, byline or source
 * line gives one (anywhere in the text, chrome included, but not in related-article lists or a
 * digest's contents), or a digest's dated headline ("Tin vắn ngày 18/11", digestDate); else the
 * first date the lead gives (the headline and the LEAD_PARAGRAPHS paragraphs after it): a full date,
 * a day range, a day and month (with the year stated in its sentence, if any), a month and year, or
 * else a "năm yyyy". A year anywhere else in the body dates nothing, and neither does a target or a
 * history year ("đến năm 2030", "từ năm 2007") or any date after `today`.
 */
export function findDate(text: string, lines: Line[], today = new Date()): PartialDate {
  return findDated(text, lines, today).date;
}

/** The article's date (findDate) and whether a dateline or the lead gave it. */
export function findDated(text: string, lines: Line[], today = new Date()): {date: PartialDate; dateFrom: DateFrom; leadDates: LeadDate[]} {
  const notAfterToday = (d: PartialDate) => !isAfter(d, today);
  // A dateline, byline or source line opens or closes an article: a date alone on a line in its
  // middle is a table's cell or a profile box's ("10/3/1906", "Ngày sinh: 2/11/1949").
  const filled = lines.filter((l) => l.end > l.start && text.slice(l.start, l.end).trim() !== "");
  const edges = new Set([...filled.slice(0, DATELINE_EDGE.head), ...filled.slice(-DATELINE_EDGE.tail)]);
  for (const line of filled) {
    if (!edges.has(line) || line.chrome === "related-links" || line.chrome === "contents" || line.chrome === "image-file") continue;
    const d = datelineDate(text.slice(line.start, line.end).trim());
    if (d && notAfterToday(d)) return {date: d, dateFrom: "dateline", leadDates: []};
  }
  const main = lines.filter((l) => l.chrome === null && text.slice(l.start, l.end).trim() !== "");
  // A digest's headline ("Tin vắn ngày 18/11") is the day of its news, though it gives no year.
  const digest = main.length ? digestDate(text.slice(main[0].start, main[0].end).trim()) : null;
  if (digest && notAfterToday(digest)) return {date: digest, dateFrom: "dateline", leadDates: []};
  // The lead's dates, in the order they count: each with its line, so that the article can keep the
  // first one said of the cooperation it reports (article.ts).
  const leadDates: LeadDate[] = [];
  const leadLines = main.slice(0, 1 + LEAD_PARAGRAPHS);
  // A lead that looks back ("Những ngày tiếp quản thủ đô 50 năm trước"): the years its dates state
  // are of the event remembered, not of the one reported.
  const looksBack = leadLines.some((l) => LOOKS_BACK.test(text.slice(l.start, l.end)));
  for (const [i, line] of main.slice(0, 1 + DATED_DAY_PARAGRAPHS).entries()) {
    for (const hit of datesIn(text, line.start, line.end)) {
      if (hit.date.day === null && notTheEvent(text.slice(line.start, hit.start))) continue;
      if ((hit.date.year !== null && looksBack) || isOtherDate(text, line.start, hit)) continue;
      const date = hit.needsYear ? {...hit.date, year: yearInSentence(text, line, hit, today)} : hit.date;
      const datedDay = date.year !== null && date.day !== null;
      if ((i < leadLines.length || datedDay) && notAfterToday(date)) leadDates.push({date, line: lines.indexOf(line), headline: i === 0});
    }
  }
  for (const [i, line] of leadLines.entries()) {
    const s = text.slice(line.start, line.end);
    for (const m of matchAll(YEAR_ONLY, s)) {
      const date = {year: Number(m[1]), month: null, day: null};
      const clause = /(?:^|[.!?,:;]\s*|\b(?:Trong|trong)\s+)$/u.test(s.slice(0, m.index)) && /^\s*,/u.test(s.slice(m.index! + m[0].length));
      if (clause && !notTheEvent(s.slice(0, m.index)) && notAfterToday(date)) leadDates.push({date, line: lines.indexOf(line), headline: i === 0});
    }
  }
  return leadDates.length ? {date: leadDates[0].date, dateFrom: "lead", leadDates} : {date: {...UNKNOWN_DATE}, dateFrom: null, leadDates};
}

/** How many years before the latest year an article names a lead's date may be and still be the reported event's. */
export const RECALLED_YEARS = 10;

/** The latest year (1900 to today's) the article's main text names, or null: a lead date far before it is a recalled past event. */
export function latestYear(text: string, lines: Line[], today = new Date()): number | null {
  let latest: number | null = null;
  for (const line of lines) {
    if (line.chrome !== null) continue;
    for (const m of matchAll(BARE_YEAR, text.slice(line.start, line.end))) {
      const y = Number(m[1]);
      if (y >= 1900 && y <= today.getUTCFullYear() && (latest === null || y > latest)) latest = y;
    }
  }
  return latest;
}

/** Any year in a sentence, in a full date too ("20/7/1954"), with what stands before it. */
const ANY_YEAR = /(?<![\p{N}.,])(?:19|20)\d\d(?!\p{N})/gu;
/** A year that starts a span lasting to now: "từ năm 1995", "kể từ 1992". */
const SINCE_YEAR = /(?<![\p{L}\p{M}])(?:từ|kể từ|suốt từ)\s+(?:năm\s+|cuối năm\s+|đầu năm\s+)?(?:19|20)\d\d/iu;

/**
 * A sentence that recalls the past: every year it names lies more than RECALLED_YEARS before the
 * latest year the article names ("Hiệp định Geneva năm 1954", "Năm 1973, …" in an article of 2004).
 * A span that lasts to now ("từ năm 1995, hai bên …") is not the past.
 */
export function recallsThePast(sentence: string, latest: number | null): boolean {
  if (latest === null || !/(?:19|20)\d\d/.test(sentence) || SINCE_YEAR.test(sentence)) return false;
  const years = matchAll(ANY_YEAR, sentence).map((m) => Number(m[0]));
  return years.length > 0 && years.every((y) => latest - y > RECALLED_YEARS);
}

/** Whether a (partial) date lies after `today`: a year after this year, or this year's later month or day. */
export function isAfter(d: PartialDate, today: Date): boolean {
  if (d.year === null) return false;
  const [y, m, day] = [today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate()];
  return d.year > y || (d.year === y && d.month !== null && (d.month > m || (d.month === m && d.day !== null && d.day > day)));
}

/** The earliest (then longest) date expression in `text[start, end)`. */
function firstDateIn(text: string, start: number, end: number): DateHit | null {
  return datesIn(text, start, end)[0] ?? null;
}

/** Every date expression in `text[start, end)`, earliest (then longest) first. */
function datesIn(text: string, start: number, end: number): DateHit[] {
  const s = text.slice(start, end);
  const hits: DateHit[] = [];
  // Every date expression has a digit: most lines of a lead have none.
  if (!/\d/.test(s)) return hits;
  const add = (m: RegExpMatchArray, date: PartialDate | null, needsYear: boolean): void => {
    if (date) hits.push({ start: start + m.index!, end: start + m.index! + m[0].length, date, needsYear });
  };

  for (const m of matchAll(DAY_RANGE, s)) {
    const [first, last, month] = [Number(m[1]), Number(m[2]), Number(m[4])];
    const year = m[5] === undefined ? null : Number(m[5]);
    if (first >= last) continue;
    if (year === null && !DAY_WORD.test(s.slice(0, m.index)) && !WEAK_DAY_WORD.test(s.slice(0, m.index))) continue;
    add(m, validDate(year, month, first) && validDate(year, month, last) ? { year, month, day: first } : null, year === null);
  }
  for (const m of matchAll(FULL_DATE, s)) {
    add(m, validDate(Number(m[4]), Number(m[3]), Number(m[1])), false);
  }
  for (const m of matchAll(DAY_MONTH_WORDS, s)) {
    const year = m[3] === undefined ? null : Number(m[3]);
    add(m, validDate(year, Number(m[2]), Number(m[1])), year === null);
  }
  for (const m of matchAll(DAY_MONTH, s)) {
    const [day, sep, month] = [Number(m[1]), m[2]!, Number(m[3])];
    if (!isDayMonthContext(s, m.index!, m.index! + m[0].length, day, month, sep)) continue;
    add(m, validDate(null, month, day), true);
  }
  for (const m of matchAll(MONTH_YEAR, s)) {
    const month = Number(m[1]);
    add(m, month >= 1 && month <= 12 ? { year: Number(m[2]), month, day: null } : null, false);
  }

  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Whether "d/m" or "d-m" at `s[from, to)` is a date rather than a score ("2-1"), a fraction
 * ("1/3 dân số") or a decree number: it needs a day word before it ("chiều 29/5", "ngày
 * 12-6") or a year after it. A weaker word ("từ", "đến", "vào") is enough for "d/m" unless
 * it reads like a small fraction.
 */
function isDayMonthContext(s: string, from: number, to: number, day: number, month: number, sep: string): boolean {
  const before = s.slice(0, from);
  if (DAY_WORD.test(before)) return true;
  if (/^\s*(?:năm\s+)?(?:19|20)\d\d(?!\d)/u.test(s.slice(to))) return true;
  return sep === "/" && WEAK_DAY_WORD.test(before) && !(day < month && month <= 10);
}

/**
 * A 4-digit year in the sentence around `hit` ("năm yyyy" first, else a bare year), or null.
 * Birth years of people named in the sentence are not the event's year.
 */
function yearInSentence(text: string, line: Line, hit: DateHit, today: Date): number | null {
  const sentence = splitSentences(text, [line]).find((s) => s.start <= hit.start && hit.start < s.end);
  const from = sentence?.start ?? line.start;
  const to = sentence?.end ?? line.end;
  const s = (text.slice(from, hit.start) + " ".repeat(hit.end - hit.start) + text.slice(hit.end, to))
    // A birth year is about a person, not the event: "(sinh năm 1937, ...)", "(1940, Giám đốc ...)".
    .replace(BIRTH_YEAR, (m) => " ".repeat(m.length));
  const ok = (m: RegExpMatchArray) => !notTheEvent(s.slice(0, m.index)) && Number(m[1]) <= today.getUTCFullYear();
  const withWord = matchAll(YEAR_ONLY, s).find(ok);
  if (withWord) return Number(withWord[1]);
  // Of bare years, the latest: "(1996 - 2006), ngày 10/1" is in 2006.
  const bare = matchAll(BARE_YEAR, s).filter(ok).map((m) => Number(m[1]));
  return bare.length ? Math.max(...bare) : null;
}

/** A valid date (the year may be unknown: then 29 February is allowed) or null. */
function validDate(year: number | null, month: number, day: number): PartialDate | null {
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year ?? 2000, month)) return null;
  if (year !== null && (year < 1900 || year > 2100)) return null;
  return { year, month, day };
}

/** All matches of a global regex; `String.prototype.matchAll` leaves `re.lastIndex` alone. */
function matchAll(re: RegExp, s: string): RegExpMatchArray[] {
  return [...s.matchAll(re)];
}
