// partners/<bucket>.json and provinces/<bucket>.json (with their -more.json): what a partner's or a
// Vietnamese side's page lists, by code, spread over a fixed number of buckets by a hash of the
// code (site.json says which bucket holds which code). For each: every evidence sentence as an act
// (so that the page's counts stay exact under its filters), the newest evidence sentences and the
// newest articles of each scope; the rest goes to -more.json, fetched when the reader asks.
//
// An entity's articles per scope: in the mentions scope, every article that names it or has a pair
// with it; in the cooperation scope, the articles with a pair with it; in the S&T scope, those with
// an S&T pair with it (the same sets as src/components/counts.ts, articlesOf; a test holds them equal).
import {
  PARTNER_BUCKETS,
  PROVINCE_BUCKETS,
  SCOPES,
  type EntityAct,
  type EntityFirst,
  type EntityKind,
  type EntityRest,
  type EvidenceSentence,
  type ListEntry,
  type Scope
} from "../contract.js";
import type {CorpusTable} from "../tables/corpusTable.js";

export const BUCKETS: Record<EntityKind, number> = {partner: PARTNER_BUCKETS, province: PROVINCE_BUCKETS};
export const FOLDERS: Record<EntityKind, string> = {partner: "partners", province: "provinces"};

/** How much of each list an entity's first file holds, per scope: what its page shows first. */
export const FIRST_PAGE = {sentences: 25, articles: 50} as const;

/** FNV-1a over the code's UTF-16 units: a bucket that does not move when other entities come and go. */
export function entityBucket(kind: EntityKind, code: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < code.length; i++) h = Math.imul(h ^ code.charCodeAt(i), 0x01000193);
  return (h >>> 0) % BUCKETS[kind];
}

interface Entity {
  acts: EntityAct[];
  sentences: {st: boolean; s: EvidenceSentence}[];
  /** Article positions per scope. */
  articles: Record<Scope, Set<number>>;
}

/** Every evidence sentence of the corpus, once, with its pairs and every entity named in it. */
function evidenceSentences(data: CorpusTable): EvidenceSentence[] {
  const out: EvidenceSentence[] = [];
  data.articles.forEach((a, i) => {
    const bySentence = new Map<number, EvidenceSentence>();
    for (const p of a.pairs) {
      let e = bySentence.get(p.sentence);
      if (!e) {
        const s = a.sentences[p.sentence];
        const h = a.mentions
          .filter((m) => m.sentence === p.sentence)
          .map((m): [number, number, string, string] => [m.start - s.start, m.end - s.start, m.kind, m.code])
          .sort((x, y) => x[0] - y[0] || y[1] - x[1]);
        bySentence.set(p.sentence, (e = {a: a.id, i, s: p.sentence, t: a.title, date: a.date, text: a.text.slice(s.start, s.end), pairs: [], h}));
      }
      e.pairs.push([p.vn, p.partner, !!p.st, p.activities.join(";")]);
    }
    out.push(...[...bySentence.values()].sort((x, y) => x.s - y.s));
  });
  return out;
}

/** Each partner's and Vietnamese side's acts, evidence sentences and articles per scope. */
export function entities(data: CorpusTable): Record<EntityKind, Map<string, Entity>> {
  const out: Record<EntityKind, Map<string, Entity>> = {partner: new Map(), province: new Map()};
  const entity = (kind: EntityKind, code: string) => {
    let e = out[kind].get(code);
    if (!e) out[kind].set(code, (e = {acts: [], sentences: [], articles: {st: new Set(), cooperation: new Set(), mentions: new Set()}}));
    return e;
  };
  data.articles.forEach((a, i) => {
    for (const m of a.mentions) {
      if (m.kind === "country" || m.kind === "organization") entity("partner", m.code).articles.mentions.add(i);
      else if (m.kind === "province") entity("province", m.code).articles.mentions.add(i);
    }
    for (const p of a.pairs) {
      for (const [kind, code] of [["partner", p.partner], ["province", p.vn]] as [EntityKind, string][]) {
        const e = entity(kind, code);
        for (const scope of SCOPES) if (scope !== "st" || p.st) e.articles[scope].add(i);
      }
    }
  });
  for (const s of evidenceSentences(data)) {
    const fields = [...new Set(s.h.filter((h) => h[2] === "field").map((h) => h[3]))].sort().join(";");
    for (const kind of ["partner", "province"] as EntityKind[]) {
      const mine = new Map<string, {st: boolean; acts: Set<string>}>();
      for (const [vn, partner, st, acts] of s.pairs) {
        const code = kind === "partner" ? partner : vn;
        let r = mine.get(code);
        if (!r) mine.set(code, (r = {st: false, acts: new Set()}));
        if (st) r.st = true;
        for (const x of acts ? acts.split(";") : []) r.acts.add(x);
      }
      for (const [code, r] of mine) {
        const e = entity(kind, code);
        e.acts.push([s.i, s.s, r.st, [...r.acts].sort().join(";"), fields]);
        e.sentences.push({st: r.st, s});
      }
    }
  }
  return out;
}

/** The entity's first file's part and the rest: the newest of each scope first. */
export function splitEntity(e: Entity, entry: (i: number) => ListEntry): {first: EntityFirst; rest: EntityRest} {
  const firstSentences = new Set([...e.sentences.filter((x) => x.st).slice(0, FIRST_PAGE.sentences), ...e.sentences.slice(0, FIRST_PAGE.sentences)]);
  const lists = Object.fromEntries(SCOPES.map((scope) => [scope, [...e.articles[scope]].sort((x, y) => x - y).map(entry)])) as Record<Scope, ListEntry[]>;
  return {
    first: {
      acts: e.acts,
      sentences: e.sentences.filter((x) => firstSentences.has(x)).map((x) => x.s),
      articles: Object.fromEntries(SCOPES.map((scope) => [scope, lists[scope].slice(0, FIRST_PAGE.articles)])) as Record<Scope, ListEntry[]>,
      total: Object.fromEntries(SCOPES.map((scope) => [scope, lists[scope].length])) as Record<Scope, number>
    },
    rest: {
      sentences: e.sentences.filter((x) => !firstSentences.has(x)).map((x) => x.s),
      articles: Object.fromEntries(SCOPES.map((scope) => [scope, lists[scope].slice(FIRST_PAGE.articles)])) as Record<Scope, ListEntry[]>
    }
  };
}

/** Every bucket file of both kinds (empty buckets included: a page names them all), and which bucket holds which code. */
export function entityFiles(data: CorpusTable): {files: {name: string; data: string}[]; index: Record<EntityKind, Record<string, number>>} {
  const all = entities(data);
  const entry = (i: number): ListEntry => {
    const a = data.articles[i];
    return {i, id: a.id, title: a.title, file: a.file, date: a.date};
  };
  const files: {name: string; data: string}[] = [];
  const index: Record<EntityKind, Record<string, number>> = {partner: {}, province: {}};
  for (const kind of ["partner", "province"] as EntityKind[]) {
    const buckets = Array.from({length: BUCKETS[kind]}, () => ({first: {} as Record<string, EntityFirst>, rest: {} as Record<string, EntityRest>}));
    for (const [code, e] of [...all[kind]].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
      const b = entityBucket(kind, code);
      const {first, rest} = splitEntity(e, entry);
      buckets[b].first[code] = first;
      buckets[b].rest[code] = rest;
      index[kind][code] = b;
    }
    buckets.forEach((b, n) => {
      files.push({name: `${FOLDERS[kind]}/${n}.json`, data: JSON.stringify(b.first)});
      files.push({name: `${FOLDERS[kind]}/${n}-more.json`, data: JSON.stringify(b.rest)});
    });
  }
  return {files, index};
}
