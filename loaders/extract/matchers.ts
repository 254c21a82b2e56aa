// The gazetteer compiled into tries, built once per run and shared by every article.
import type {Field, Gazetteer, PersonTitle} from "./gazetteer.js";
import {addToTrie, createTrie, type Trie} from "./trie.js";
import type {Activity, MentionVia} from "./model.js";

export type EntityTarget =
  | {type: "country"; code: string; via: MentionVia; name: string; givenName?: true}
  | {type: "organization"; code: string; name: string}
  | {type: "province"; code: string; name: string}
  | {type: "block"; name: string};

export interface Matchers {
  gazetteer: Gazetteer;
  entities: Trie<EntityTarget>;
  fields: Trie<string>;
  /** Cooperation cues; "none" marks a longer phrase that is not one ("hợp tác xã"). */
  cues: Trie<{activity: Activity | "none"; strong: boolean}>;
  titles: Trie<PersonTitle["kind"]>;
  nationalActors: Trie<string>;
  contextBlockers: Trie<string>;
  stCues: Trie<string>;
  pairContexts: Trie<string>;
  surnames: Set<string>;
  /** Each field's S&T kind, by field id. */
  fieldKinds: Map<string, Field["st"]>;
}

/** A cue written with a capital letter ("AI", "MoU") must be matched as written; others in any case. */
function hasUpper(s: string): boolean {
  return /\p{Lu}/u.test(s);
}

/**
 * The joined spelling of a transliteration written with hyphens: "Xin-ga-po" → "Xingapo",
 * "Ả-rập Xê-út" → "Ảrập Xêút". Only hyphens between a syllable and a lower-case one are joined,
 * so "Guinea-Bissau", "Việt-Nga" and "Bà Rịa-Vũng Tàu" have no joined form. Null when nothing joins.
 */
export function joinedSpelling(alias: string): string | null {
  const joined = alias.replace(/([\p{L}\p{M}])-(?=\p{Ll})/gu, "$1");
  return joined !== alias ? joined : null;
}

/** An alias and its joined spelling, if it has one. */
function withJoined(aliases: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const a of aliases) {
    if (!a) continue;
    out.add(a);
    const j = joinedSpelling(a);
    if (j) out.add(j);
  }
  return out;
}

/**
 * The long Vietnamese name of a body (three syllables or more, starting with a capital, with
 * lower-case letters) is matched whatever the capitals after its first syllable: the press writes
 * "Tổ chức Y tế Thế giới", "Tổ chức Y tế thế giới" and "Cơ quan vũ trụ châu Âu" alike.
 */
export function freeCaseName(alias: string): boolean {
  const syllables = alias.match(/[\p{L}\p{N}]+/gu) ?? [];
  return syllables.length >= 3 && /^\p{Lu}/u.test(alias) && /\p{Ll}/u.test(alias) && syllables.some((w) => /^\p{Ll}/u.test(w));
}

export function buildMatchers(g: Gazetteer): Matchers {
  const entities = createTrie<EntityTarget>();
  // `aliases` is the complete list of every entity (data/gazetteer/README.md): the display names
  // (name_vi, name_en, name) are matched only when they are among the aliases, so a "!Georgia"
  // exclusion holds, and so does leaving out a name that is also a person's ("Hồ Chí Minh").
  for (const c of g.countries) {
    for (const alias of withJoined(c.aliases)) addToTrie(entities, alias, {type: "country", code: c.code, via: "name", name: alias}, true);
    for (const alias of c.pairedForms) addToTrie(entities, alias, {type: "country", code: c.code, via: "paired", name: alias}, true);
  }
  for (const p of g.places) {
    for (const alias of withJoined(p.aliases)) {
      addToTrie(entities, alias, {type: "country", code: p.country, via: "place", name: p.name, ...(p.givenName ? {givenName: true as const} : {})}, true);
    }
  }
  for (const o of g.organizations) {
    for (const alias of new Set(o.aliases)) {
      const target: EntityTarget =
        o.kind === "international" || !o.country
          ? {type: "organization", code: o.id, name: o.nameEn || o.nameVi}
          : {type: "country", code: o.country, via: "institution", name: o.nameVi || o.nameEn};
      addToTrie(entities, alias, target, freeCaseName(alias) ? "first" : true);
    }
  }
  for (const p of g.provinces) {
    for (const alias of new Set(p.aliases)) addToTrie(entities, alias, {type: "province", code: p.code, name: p.nameVi}, true);
  }
  for (const phrase of g.falseFriends) addToTrie(entities, phrase, {type: "block", name: phrase}, false);

  const fields = createTrie<string>();
  for (const f of g.fields) for (const cue of f.cues) addToTrie(fields, cue, f.id, hasUpper(cue));
  const cues = createTrie<{activity: Activity | "none"; strong: boolean}>();
  for (const c of g.cues) addToTrie(cues, c.cue, {activity: c.activity, strong: c.strength === "strong"}, hasUpper(c.cue));
  const titles = createTrie<PersonTitle["kind"]>();
  for (const t of g.personTitles) addToTrie(titles, t.title, t.kind, false);
  const nationalActors = createTrie<string>();
  for (const a of g.nationalActors) addToTrie(nationalActors, a.phrase, a.kind, hasUpper(a.phrase[0]) && a.kind !== "bilateral");
  const contextBlockers = createTrie<string>();
  for (const b of g.contextBlockers) addToTrie(contextBlockers, b.word, b.kind, false);
  const stCues = createTrie<string>();
  for (const c of g.stCues) addToTrie(stCues, c.phrase, c.kind, hasUpper(c.phrase));
  const pairContexts = createTrie<string>();
  for (const b of g.pairContexts) addToTrie(pairContexts, b.phrase, b.kind, hasUpper(b.phrase));
  return {gazetteer: g, entities, fields, cues, titles, nationalActors, contextBlockers, stCues, pairContexts, surnames: new Set(g.surnames), fieldKinds: new Map(g.fields.map((f) => [f.id, f.st]))};
}
