// Cooperation pairs (Vietnamese side × partner) from sentences that say the two cooperate
// (ANNOTATION.md, Cooperation pairs). A sentence is evidence when it has a cooperation cue, a
// foreign partner and a Vietnamese side, and is not about what the guide says is not cooperation:
//   - a contest or a match, a sale, a cooperation refused (pair-contexts.tsv, kinds "contest", "sale",
//     "refused"): never evidence;
//   - trade figures or a crime (kinds "trade", "crime"): evidence only with a strong cue, one that
//     says by itself that the two sides act together ("ký kết", "hội đàm", "hợp tác");
//   - a person's nationality, the seat of a Vietnamese mission, a province that only hosts a foreign
//     office: these names are left out of the sentence's sides before it gets here (sides.ts).
// The Vietnamese side is the province named in the sentence; or the province the text refers back
// to (the same paragraph goes on, or the sentence opens with "Tỉnh", "Thành phố", "Đồng thời" …;
// never to a sentence whose subject is a foreign firm or that reports two foreign countries' cooperation);
// or, with no province in scope, "VN" when Vietnam acts as a state: named outright ("Việt Nam",
// "nước ta", "Việt – Nga"), through a national body in an article about Vietnam ("Bộ KH&CN"), or as
// the other side of "hai nước" when one foreign country is named in a paragraph about Vietnam.
import type {Activity, PairEvidence} from "./model.js";
import {looksVietnamese} from "./sides.js";

export interface Cue {
  activity: Activity;
  /** Says by itself that two sides act together (cues.tsv, strength). */
  strong: boolean;
}

export interface SentenceFacts {
  index: number;
  line: number;
  /** The sentence's text, to read how it opens. */
  text: string;
  /** Provinces that act or host in the sentence (not the seat of a foreign office). */
  provinces: string[];
  /** Foreign countries and organisations that take part (not nationalities or seats of Vietnamese missions). */
  partners: {code: string; kind: "country" | "organization"}[];
  /** Vietnam is named as a party: "Việt Nam", "VN", "nước ta", "Việt – Nga", a Vietnamese body by name. */
  vietnam: boolean;
  /** A national body that is not foreign: "Bộ KH&CN", "Chính phủ", "Đại học Bách khoa". */
  national: boolean;
  /** "hai nước", "hai bên", "song phương": Vietnam is a party if one foreign country is named. */
  bilateral: boolean;
  cues: Cue[];
  /**
   * A foreign country is named before the sentence's first cooperation cue, and the first side named
   * after it is another foreign country, not Vietnam or a province ("Trung Quốc … liên doanh với các
   * hãng lớn của Nhật, Mỹ, Đức"): the cooperation is between them (article.ts, betweenForeignCountries).
   */
  foreignPair?: boolean;
  /** The kinds of pair contexts in the sentence (pair-contexts.tsv): "contest", "trade", "crime", "labour", "enforcement". */
  contexts: string[];
}

/** A pair before its S&T flag and fields are read (relevance.ts). */
export type FoundPair = Omit<PairEvidence, "st" | "fields">;

/** Openings that refer back to the province of an earlier sentence. */
const REFERS_BACK =
  /^(?:Tỉnh|Thành phố|TP|Địa phương|Đồng thời|Ngoài ra|Bên cạnh đó|Cùng với đó|Trong đó|Theo đó|Đặc biệt|Hơn nữa|Tiếp đó|Sau đó|Cũng|Qua đó|Từ đó|Năm \d{4}|Trong năm)(?![\p{L}\p{M}\p{N}])/u;

export const NATIONAL = "VN";

/** Specific activities name what was done; plain "hợp tác" is kept only when nothing else is said. */
export function activitiesOf(cues: Activity[]): Activity[] {
  const unique = [...new Set(cues)];
  const specific = unique.filter((a) => a !== "cooperation");
  return (specific.length ? specific : unique).sort();
}

/** Whether the sentence's cues can make it evidence, given what else it is about. */
export function cuesHold(s: Pick<SentenceFacts, "cues" | "contexts" | "partners">): boolean {
  // A contest, a sale, a cooperation refused, or an event the article recalls from long before its own time (metadata.ts, recallsThePast).
  if (!s.cues.length || s.contexts.some((c) => c === "contest" || c === "sale" || c === "refused" || c === "history")) return false;
  // A cooperation only hoped for ("muốn hợp tác", "hy vọng"): something must be done, not only wished.
  if (s.contexts.includes("hope") && s.cues.every((c) => c.activity === "cooperation")) return false;
  // Lists of many countries ("các trường của Mỹ, Canada, Anh, Úc, …") and what is one-sided or not
  // cooperation by its nature take a strong cue, one that says the two sides act together.
  const list = s.partners.filter((p) => p.kind === "country").length >= LIST_OF_COUNTRIES;
  return !(list || s.contexts.some((c) => NEEDS_STRONG_CUE.has(c))) || s.cues.some((c) => c.strong);
}

/**
 * Contexts (pair-contexts.tsv) in which only a strong cue makes cooperation: trade figures, a crime,
 * study-abroad marketing, an advertisement, a foreign body's report or ranking, an exhibition of
 * products, a person's own schooling ("tốt nghiệp", "được đào tạo tại").
 */
const NEEDS_STRONG_CUE: ReadonlySet<string> = new Set(["trade", "crime", "recruitment", "advert", "report", "exhibition", "biography"]);

/** How many foreign countries make a sentence a list of them rather than a report of cooperation with each. */
export const LIST_OF_COUNTRIES = 4;

/**
 * A person's own training or travel, not two sides cooperating: the sentence opens with a personal
 * pronoun ("Anh được đào tạo … tại Mỹ", "Em sẽ tiếp tục học …"), or with a short phrase and then one
 * ("Tháng 9 tới, em sẽ tiếp tục học …"), and its only cues are of training or study tours.
 */
const PRONOUN = "(?:Anh|Chị|Em|Cô|Ông|Bà|Tôi|Cậu|Chàng|Nàng|Mình|Bạn)";
const PERSON_OPENING = new RegExp(String.raw`^[\s"“'‘(\-–—]*(?:${PRONOUN}|[^,.;:!?]{1,30},\s*(?:${PRONOUN}|${PRONOUN.toLowerCase()}))(?![\p{L}\p{M}])`, "u");

export function isPersonalStudy(s: Pick<SentenceFacts, "text" | "cues">): boolean {
  return PERSON_OPENING.test(s.text) && s.cues.every((c) => c.activity === "training" || c.activity === "study_tour");
}

/**
 * "Hai nước ký Bản ghi nhớ …", "hai bên nhất trí …" with no country named in the sentence: in an
 * article about Vietnam, the two are Vietnam (or the province last named) and the one foreign country
 * the paragraph has named so far, or else the one the article has named so far. With a strong cue
 * only, and never when two or more countries are in view.
 */
function withTheOtherCountry(s: SentenceFacts, inLine: ReadonlySet<string>, soFar: ReadonlySet<string>, vietnamArticle: boolean): SentenceFacts {
  if (!s.bilateral || s.partners.length || !vietnamArticle || !s.cues.some((c) => c.strong)) return s;
  const other = inLine.size === 1 ? [...inLine][0] : inLine.size === 0 && soFar.size === 1 ? [...soFar][0] : undefined;
  return other ? {...s, partners: [{code: other, kind: "country"}], vietnam: true} : s;
}

/**
 * A sentence whose subject is a foreign firm or body by its name ("UTStarcom vừa phối hợp với
 * Mitsubishi …", "Casio sẽ sở hữu …"): the province of the sentence before is not its Vietnamese side.
 * The first word is written with a capital and cannot be Vietnamese (sides.ts, looksVietnamese).
 */
function opensWithForeignName(text: string): boolean {
  const first = /^[\s"“'‘(\-–—]*([\p{L}\p{M}’'&.]+)/u.exec(text)?.[1] ?? "";
  // A family name is Vietnamese by its letters already ("Nguyễn", "Phan"): no list of them is needed here.
  return /^\p{Lu}/u.test(first) && first !== first.toUpperCase() && !looksVietnamese(first.replace(/[’'.&].*$/u, ""), new Set());
}

/** Sentences about a crime that make an article a crime story. */
export const CRIME_STORY = 3;

/** In a crime story, agencies that cooperate: "công an hai nước phối hợp", "hợp tác với cảnh sát". */
const agenciesCooperate = (s: SentenceFacts) => s.contexts.includes("enforcement") && s.cues.some((c) => c.activity === "cooperation" || c.activity === "talks");

/**
 * The cooperation pairs of an article, sentence by sentence. `vietnamArticle`: the article names
 * Vietnam or a province somewhere, so that its national bodies are Vietnamese (a world-news story
 * about another country's ministries is not).
 */
export function findPairs(article: string, sentences: SentenceFacts[], vietnamArticle: boolean): FoundPair[] {
  const out: FoundPair[] = [];
  // Paragraphs in which Vietnam or a province is named: "hai nước" there is Vietnam and its partner.
  const vietnamLines = new Set(sentences.filter((s) => s.vietnam || s.provinces.length).map((s) => s.line));
  const crimeStory = sentences.filter((s) => s.contexts.includes("crime")).length >= CRIME_STORY;
  let lastProvinces: string[] = [];
  let lastLine = -1;
  // The foreign countries named so far: in the article, and in the current paragraph.
  const countriesSoFar = new Set<string>();
  let countriesInLine = new Set<string>();
  for (const s0 of sentences) {
    if (s0.line !== lastLine) countriesInLine = new Set();
    const s = withTheOtherCountry(s0, countriesInLine, countriesSoFar, vietnamArticle);
    // "Hai bên" read as the country in view: the Vietnamese side is in view too, the last province named.
    const referredBack = s !== s0;
    for (const p of s0.partners) if (p.kind === "country") countriesSoFar.add(p.code), countriesInLine.add(p.code);
    const strong = s.cues.some((c) => c.strong);
    let actors: string[] = [];
    if (s.provinces.length) actors = s.provinces;
    else if (lastProvinces.length && s.partners.length && ((strong && s.line === lastLine) || referredBack || REFERS_BACK.test(s.text)) && !opensWithForeignName(s.text) && !s.foreignPair) actors = lastProvinces;
    if (s.provinces.length) lastProvinces = s.provinces;
    lastLine = s.line;

    if (!s.partners.length || !cuesHold(s) || isPersonalStudy(s) || (crimeStory && !agenciesCooperate(s))) continue;
    if (!actors.length) {
      const foreignCountries = s.partners.filter((p) => p.kind === "country").length;
      if (s.vietnam || (s.national && vietnamArticle) || (s.bilateral && foreignCountries === 1 && vietnamLines.has(s.line))) actors = [NATIONAL];
    }
    const activities = activitiesOf(s.cues.map((c) => c.activity));
    for (const vn of actors) {
      for (const p of s.partners) out.push({article, vn, partner: p.code, partnerKind: p.kind, sentence: s.index, activities});
    }
  }
  return out;
}
