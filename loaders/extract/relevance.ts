// Which cooperation is about science, technology and innovation, and which articles report it
// (ANNOTATION.md, Relevance). A piece of evidence is S&T when its sentence names a cue of joint
// research or technology transfer; or, unless the sentence is about a market (trade figures, a
// business opportunity, a trade negotiation), an S&T field's cue ("chuyển giao công nghệ", "điện
// gió"), an S&T word (st-cues.tsv: "nghiên cứu", "công nghệ"), or a sector's cue ("nông nghiệp", "y
// tế") except in a loan, where only the first two say what the money is for; failing that, when its
// own sentence is not about a market (a loan is not), when another sentence of its paragraph names
// one of the first three (an S&T word only where that sentence could be evidence itself, article.ts;
// a sector's only where it has a cooperation cue of its own; never in a market sentence). A topic's
// cue ("đào tạo") or a name's ("Bộ Y tế") never does. Its fields are the fields its sentence names,
// or, when it names none, those of its paragraph. The article's class follows from its pairs.
import type {FoundPair} from "./pairs.js";
import type {Activity, Mention, PairEvidence, Relevance, StCue} from "./model.js";

/**
 * A cue of S&T found in a sentence: a field's cue (with whether the field is S&T), a cooperation cue
 * of joint research or technology transfer, or an S&T word.
 */
export interface StHit {
  kind: StCue["kind"];
  code: string;
  /**
   * For a field: whether its cues make cooperation S&T (fields.tsv, st), or "name" for a sector's
   * cue inside a body's name ("Bộ Y tế"), which names the field but says nothing of S&T, like a
   * topic's cue ("đào tạo"). Activities and words always make it S&T ("yes").
   */
  st: "yes" | "sector" | "topic" | "no" | "name";
  surface: string;
  start: number;
  end: number;
}

export interface SentenceHits {
  index: number;
  line: number;
  hits: StHit[];
  /** The sentence is about a market or a gift: trade figures, labour export, a loan, a business opportunity, charity (pair-contexts.tsv, kinds "trade", "labour", "market", "loan", "charity"). */
  market: boolean;
  /** It is about a market only as a loan ("khoản tín dụng … cho dự án Hiện đại hóa … hệ thống thanh toán"): what the money is for can be a technology. */
  loan?: boolean;
  /** The sentence has a cooperation cue of its own: a sector it names can be what the cooperation is about. */
  cue?: boolean;
}

/** Cooperation that is S&T by what is done, whatever the field. */
export const ST_ACTIVITIES: readonly Activity[] = ["joint_research", "tech_transfer"];

/**
 * The S&T hit that best says why: a technology field's cue, then an activity, then an S&T word,
 * then the cue of a sector field (agriculture, health, energy …) unless the sentence is about trade,
 * tourism or labour export (then the sector is a market, not a science). In a sentence about trade
 * figures, a loan, a business opportunity or a trade negotiation, only an activity (technology
 * transfer, joint research) makes it S&T: "cơ hội kinh doanh … các ngành hóa chất, cơ khí và luyện
 * kim", "đàm phán … bưu chính - viễn thông" name markets, and "nghiên cứu" there is studying the matter.
 * A loan is a market too, but one that may fund a technology: there a technology field's cue or an
 * S&T word counts ("khoản tín dụng … hệ thống thanh toán", "hỗ trợ kỹ thuật"); a sector does not
 * ("khoản tín dụng … y tế" pays for health care, not for its science).
 */
function firstSt(s: SentenceHits): StHit | undefined {
  const activity = s.hits.find((h) => h.kind === "activity");
  if (s.market) return activity ?? (s.loan ? s.hits.find((h) => h.kind === "field" && h.st === "yes") ?? s.hits.find((h) => h.kind === "word") : undefined);
  const tradeOrTourism = s.hits.some((h) => h.kind === "field" && h.st === "no");
  return (
    s.hits.find((h) => h.kind === "field" && h.st === "yes") ??
    activity ??
    s.hits.find((h) => h.kind === "word") ??
    (tradeOrTourism ? undefined : s.hits.find((h) => h.kind === "field" && h.st === "sector"))
  );
}

/**
 * An S&T hit that holds across a paragraph: a technology field's cue, an activity or an S&T word;
 * a sector's cue only in a sentence that has a cooperation cue of its own and names no market
 * ("Dự án … hỗ trợ cấp cứu", "phối hợp … giám sát dịch tễ"), since a sector named in passing
 * elsewhere in the paragraph says nothing of what the cooperation is about.
 */
function strongSt(s: SentenceHits): StHit | undefined {
  if (s.market) return undefined;
  return (
    s.hits.find((h) => h.kind === "field" && h.st === "yes") ??
    s.hits.find((h) => h.kind === "activity") ??
    s.hits.find((h) => h.kind === "word") ??
    (s.cue && !s.hits.some((x) => x.kind === "field" && x.st === "no") ? s.hits.find((h) => h.kind === "field" && h.st === "sector") : undefined)
  );
}

const cueOf = (h: StHit, sentence: number): StCue => ({kind: h.kind, code: h.code, surface: h.surface, sentence, start: h.start, end: h.end});

/** Gives each pair its S&T cue (or null) and its fields. `sentences` is indexed by sentence number. */
export function stampPairs(pairs: FoundPair[], sentences: SentenceHits[]): PairEvidence[] {
  const byLine = new Map<number, SentenceHits[]>();
  for (const s of sentences) {
    let list = byLine.get(s.line);
    if (!list) byLine.set(s.line, (list = []));
    list.push(s);
  }
  const stamped = pairs.map((p) => {
    const own = sentences[p.sentence];
    const paragraph = (byLine.get(own.line) ?? []).filter((s) => s !== own);
    // Its own sentence's cue, else one that holds for its paragraph (not a sector's: that needs the sentence).
    const ownHit = firstSt(own);
    // A pair said in a sentence about a market takes no S&T from its paragraph either; one said in a loan
    // does ("… cho dự án phát triển lâm nghiệp. Dự án cũng huy động hỗ trợ kỹ thuật …").
    const near = ownHit || (own.market && !own.loan) ? undefined : paragraph.find((s) => strongSt(s));
    const st: StCue | null = ownHit ? cueOf(ownHit, own.index) : near ? cueOf(strongSt(near)!, near.index) : null;
    const fieldsIn = (list: SentenceHits[]) => [...new Set(list.flatMap((s) => s.hits.filter((h) => h.kind === "field").map((h) => h.code)))].sort();
    const own_ = fieldsIn([own]);
    return {...p, st, fields: own_.length ? own_ : fieldsIn(paragraph)};
  });
  return narrowestSt(stamped);
}

/** How many partners in one sentence make it a list of them (a delegation, a conference's guests). */
export const MANY_PARTNERS = 3;

/**
 * A sentence that names many partners at once ("các đoàn Mỹ, Nhật, Hàn Quốc, Úc …") rarely says what
 * each of them does: when the article has S&T pairs from narrower sentences, the pairs of such a
 * list keep their place as cooperation but are not S&T pairs. (An article whose only S&T evidence is
 * a list keeps it.)
 */
function narrowestSt(pairs: PairEvidence[]): PairEvidence[] {
  const partnersIn = new Map<number, Set<string>>();
  for (const p of pairs) partnersIn.set(p.sentence, (partnersIn.get(p.sentence) ?? new Set()).add(p.partner));
  const list = (p: PairEvidence) => partnersIn.get(p.sentence)!.size >= MANY_PARTNERS;
  if (!pairs.some((p) => p.st && !list(p))) return pairs;
  return pairs.map((p) => (p.st && list(p) ? {...p, st: null} : p));
}

/** The article's class: S&T cooperation, other cooperation, a mention of a partner or province, or none. */
export function classify(mentions: Mention[], pairs: PairEvidence[]): Relevance {
  if (pairs.some((p) => p.st)) return "st_cooperation";
  if (pairs.length) return "cooperation";
  if (mentions.some((m) => m.kind === "country" || m.kind === "organization" || m.kind === "province")) return "mention";
  return "none";
}
