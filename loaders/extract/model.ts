// The data model shared by every step of the extraction, from file bytes to tables.
// Offsets (`start`, `end`) are UTF-16 code-unit indexes into `Article.text`, the article's
// normalised body (front matter removed, NFC, LF line ends); `text.slice(start, end)` is the
// surface form. "Main text" is the set of lines whose `chrome` is null.

/** A date as precise as its source: a year with no month is `{year, month: null, day: null}`. */
export interface PartialDate {
  year: number | null;
  month: number | null;
  day: number | null;
}

/** Why a line is page chrome rather than article text (see ANNOTATION.md). */
export type ChromeReason =
  | "section-label" // "Chuyển động ICT" above the headline
  | "follow-us" // "Theo dõi Báo Gia Lai trên Google News"
  | "related-links" // "Bài liên quan", "Có thể bạn quan tâm", "Xem nhiều nhất" ... and what follows
  | "contents" // under a digest's headline ("Tin vắn ngày 18/11"), its briefs' headlines run together
  | "cms-footer" // "POWERED BY ...", "End of content", "Copy Link"
  | "image-file" // "ong-bui-the-duy.png"
  | "null" // a stray "null"
  | "credit"; // "Theo vtv.vn": the article's source, not a mention

export interface Line {
  /** 0-based line number in `Article.text`. */
  index: number;
  start: number;
  end: number;
  chrome: ChromeReason | null;
}

export interface Sentence {
  /** 0-based, in reading order over the main text. */
  index: number;
  start: number;
  end: number;
  /** Index of the line (paragraph) the sentence belongs to. */
  line: number;
}

/** Optional YAML front matter: what it states overrides what is extracted from the text. */
export interface FrontMatter {
  title?: string;
  date?: PartialDate;
  source?: string;
  url?: string;
}

/** Warning codes a file can raise. A skip reason means the file was not counted. */
export type SkipReason =
  | "empty"
  | "binary"
  | "invalid-encoding"
  | "too-large"
  | "bad-front-matter"
  | "unreadable"
  | "duplicate"
  | "html"; // a saved web page instead of the article's text

export interface FileWarning {
  file: string;
  code: SkipReason | "no-main-text" | "no-entity" | string;
  message: string;
}

/** An article file read, decoded and normalised, before extraction. */
export interface RawArticle {
  id: string;
  /** Path relative to the corpus folder, with forward slashes. */
  file: string;
  text: string;
  frontMatter: FrontMatter;
  /** Size of the file in bytes. */
  bytes: number;
}

export type MentionKind = "country" | "organization" | "province" | "field" | "cue";

/** How a mention reached its code: by the entity's own name, or through something located in it. */
export type MentionVia = "name" | "paired" | "place" | "institution" | "cue";

export interface Mention {
  article: string;
  sentence: number;
  kind: MentionKind;
  /** ISO 3166-1 alpha-2, organisation id, ISO 3166-2:VN, field id, or activity type for cues. */
  code: string;
  surface: string;
  start: number;
  end: number;
  via: MentionVia;
}

export type Activity =
  | "agreement"
  | "visit"
  | "talks"
  | "conference"
  | "joint_research"
  | "training"
  | "tech_transfer"
  | "study_tour"
  | "cooperation";

/**
 * What makes a piece of evidence S&T (ANNOTATION.md, Relevance): a cue of an S&T field
 * ("chuyển giao công nghệ", "năng lượng tái tạo"), an S&T word ("nghiên cứu", "học bổng") or an
 * S&T activity (joint research, technology transfer), in the evidence sentence or its paragraph.
 */
export interface StCue {
  kind: "field" | "word" | "activity";
  /** The field id, the word's kind ("research", "education" …) or the activity. */
  code: string;
  surface: string;
  /** Where the cue is: in the evidence sentence, or elsewhere in its paragraph. */
  sentence: number;
  start: number;
  end: number;
}

/** One piece of evidence that a Vietnamese side and a partner cooperate. */
export interface PairEvidence {
  article: string;
  /** A province code (ISO 3166-2:VN) or "VN" for national actors. */
  vn: string;
  /** A country code (ISO 3166-1 alpha-2) or an organisation id. */
  partner: string;
  partnerKind: "country" | "organization";
  sentence: number;
  activities: Activity[];
  /** Why this cooperation concerns science, technology or innovation; null when it does not. */
  st: StCue | null;
  /** The fields the evidence names: in its sentence, else in its paragraph. */
  fields: string[];
}

/**
 * Which articles report S&T cooperation (ANNOTATION.md, Relevance): at least one S&T pair; else
 * cooperation pairs; else it names a partner or a province; else nothing.
 */
export type Relevance = "st_cooperation" | "cooperation" | "mention" | "none";

/** Everything extracted from one article. */
export interface ArticleExtraction {
  id: string;
  file: string;
  title: string | null;
  source: string | null;
  url: string | null;
  date: PartialDate;
  /** Where the date comes from (metadata, a dateline, the lead), null when unknown. */
  dateFrom: "metadata" | "dateline" | "lead" | null;
  text: string;
  lines: Line[];
  sentences: Sentence[];
  mentions: Mention[];
  pairs: PairEvidence[];
  relevance: Relevance;
  warnings: FileWarning[];
}
