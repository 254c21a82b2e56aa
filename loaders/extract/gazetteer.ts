// The reference tables the extractor uses, read from data/gazetteer/*.tsv: countries, foreign
// places, organisations, provinces, the 2025 units, fields, cooperation cues, and the words
// that tell a name from a look-alike (people's titles, surnames, false friends, currencies).
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {parseTsv, splitList} from "./tsv.js";
import type {Activity} from "./model.js";

export const DEFAULT_GAZETTEER_DIR = fileURLToPath(new URL("../../data/gazetteer/", import.meta.url));

export interface Country {
  code: string;
  alpha3: string;
  numeric: string;
  nameEn: string;
  nameVi: string;
  aliases: string[];
  pairedForms: string[];
}
export interface Place {
  name: string;
  country: string;
  aliases: string[];
  /** Also a common given name ("Paris Hilton", "Milan Baros"): followed by a foreign surname, it is a person. */
  givenName: boolean;
}
export interface Organization {
  id: string;
  kind: "international" | "institution" | "company";
  country: string | null;
  nameEn: string;
  nameVi: string;
  aliases: string[];
}
export interface Province {
  code: string;
  nameVi: string;
  nameEn: string;
  type: string;
  gso: string;
  unit2025: string;
  aliases: string[];
}
export interface Unit2025 {
  code: string;
  nameVi: string;
  type: string;
  gso: string;
  seat: string;
  members: string[];
}
export interface Field {
  id: string;
  labelEn: string;
  labelVi: string;
  ford: string;
  fordLabel: string;
  /**
   * Whether its cues make cooperation S&T: "yes" (ai, biotech …: the cue is technology itself),
   * "sector" (agriculture, health, energy …: only with an S&T word, "nghiên cứu", "công nghệ" …),
   * "topic" (training: "đào tạo", "nhân lực" name the subject and never make it S&T by themselves;
   * the S&T kinds of training are S&T words in st-cues.tsv: "học bổng", "du học", "liên kết đào tạo"),
   * "no" (trade, tourism).
   */
  st: "yes" | "sector" | "topic" | "no";
  cues: string[];
}
export interface Cue {
  cue: string;
  /** "none": a phrase that contains a cue but is not one ("hợp tác xã", "nhà tài trợ"). */
  activity: Activity | "none";
  /**
   * "strong": says by itself that two sides act together ("ký kết", "hội đàm"); "weak": needs a
   * sentence that is not about a contest, trade figures or a crime ("đối tác", "hội nghị").
   */
  strength: "strong" | "weak" | "";
}
export interface PersonTitle {
  title: string;
  kind: "honorific" | "position";
}

export interface Gazetteer {
  countries: Country[];
  places: Place[];
  organizations: Organization[];
  provinces: Province[];
  units2025: Unit2025[];
  fields: Field[];
  cues: Cue[];
  personTitles: PersonTitle[];
  surnames: string[];
  falseFriends: string[];
  /** Words that, right before a country's name, make it a currency or a language, not the country. */
  contextBlockers: {word: string; kind: string}[];
  /**
   * Words that make the Vietnamese side a party to a sentence: "vietnam" ones are Vietnamese by
   * name ("nước ta", "NAFOSTED"); "national" ones ("Bộ", "Chính phủ", "Đại học") unless the name
   * goes on with a foreign country or person; "bilateral" ones ("hai nước") with one foreign country.
   */
  nationalActors: {phrase: string; kind: string}[];
  /** Words that make a sentence's cooperation S&T ("nghiên cứu", "học bổng"), besides S&T fields' cues. */
  stCues: {phrase: string; kind: string}[];
  /** Words of sentences that report no cooperation: contests, trade figures, crimes (see pairs.ts). */
  pairContexts: {phrase: string; kind: string}[];
}

/** The file names, one per table: what a reviewer edits. */
export const GAZETTEER_FILES = {
  countries: "countries.tsv",
  places: "places.tsv",
  organizations: "organizations.tsv",
  provinces: "provinces.tsv",
  units2025: "units-2025.tsv",
  fields: "fields.tsv",
  cues: "cues.tsv",
  personTitles: "person-titles.tsv",
  surnames: "surnames.tsv",
  falseFriends: "false-friends.tsv",
  contextBlockers: "context-blockers.tsv",
  nationalActors: "national-actors.tsv",
  stCues: "st-cues.tsv",
  pairContexts: "pair-contexts.tsv"
} as const;

/** Builds the gazetteer from the text of each table. */
export function parseGazetteer(files: Record<keyof typeof GAZETTEER_FILES, string>): Gazetteer {
  const t = (k: keyof typeof GAZETTEER_FILES) => parseTsv(files[k]);
  return {
    countries: t("countries").map((r) => ({
      code: r.alpha2,
      alpha3: r.alpha3,
      numeric: r.numeric,
      nameEn: r.name_en,
      nameVi: r.name_vi,
      aliases: splitList(r.aliases),
      pairedForms: splitList(r.paired_forms)
    })),
    places: t("places").map((r) => ({name: r.name, country: r.country, aliases: splitList(r.aliases), givenName: r.given_name === "yes"})),
    organizations: t("organizations").map((r) => ({
      id: r.id,
      kind: r.kind as Organization["kind"],
      country: r.country || null,
      nameEn: r.name_en,
      nameVi: r.name_vi,
      aliases: splitList(r.aliases)
    })),
    provinces: t("provinces").map((r) => ({
      code: r.code,
      nameVi: r.name_vi,
      nameEn: r.name_en,
      type: r.type,
      gso: r.gso,
      unit2025: r.unit_2025,
      aliases: splitList(r.aliases)
    })),
    units2025: t("units2025").map((r) => ({
      code: r.code,
      nameVi: r.name_vi,
      type: r.type,
      gso: r.gso,
      seat: r.seat,
      members: splitList(r.members)
    })),
    fields: t("fields").map((r) => ({
      id: r.id,
      labelEn: r.label_en,
      labelVi: r.label_vi,
      ford: r.ford,
      fordLabel: r.ford_label,
      st: (r.st === "yes" || r.st === "no" || r.st === "topic" ? r.st : "sector") as Field["st"],
      cues: splitList(r.cues)
    })),
    cues: t("cues").map((r) => ({cue: r.cue, activity: r.activity as Cue["activity"], strength: (r.strength ?? "") as Cue["strength"]})),
    personTitles: t("personTitles").map((r) => ({title: r.title, kind: r.kind as PersonTitle["kind"]})),
    surnames: t("surnames").map((r) => r.surname),
    falseFriends: t("falseFriends").map((r) => r.phrase),
    contextBlockers: t("contextBlockers").map((r) => ({word: r.word, kind: r.kind})),
    nationalActors: t("nationalActors").map((r) => ({phrase: r.phrase, kind: r.kind})),
    stCues: t("stCues").map((r) => ({phrase: r.phrase, kind: r.kind})),
    pairContexts: t("pairContexts").map((r) => ({phrase: r.phrase, kind: r.kind}))
  };
}

/** Reads every table of the gazetteer from a folder. */
export function readGazetteerFiles(dir = DEFAULT_GAZETTEER_DIR): Record<keyof typeof GAZETTEER_FILES, string> {
  const out = {} as Record<keyof typeof GAZETTEER_FILES, string>;
  for (const [key, file] of Object.entries(GAZETTEER_FILES)) {
    out[key as keyof typeof GAZETTEER_FILES] = readFileSync(join(dir, file), "utf8");
  }
  return out;
}

export function loadGazetteer(dir = DEFAULT_GAZETTEER_DIR): Gazetteer {
  return parseGazetteer(readGazetteerFiles(dir));
}
