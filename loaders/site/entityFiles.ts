// entities/<bucket>.json (with its -more.json): what a partner's or a Vietnamese side's page
// lists, by code, both kinds in one set of buckets. Codes are packed into buckets by size (the
// largest first, each into the lightest bucket), so that no page fetches much besides its own
// entry; site.json says which bucket holds which code. For each: every evidence sentence as an act
// (so that the page's counts stay exact under its filters), the newest evidence sentences and the
// list entries of the first articles of each scope; the rest goes to -more.json, fetched when the
// reader asks.
//
// An entity's articles per scope: in the mentions scope, every article that names it or has a pair
// with it; in the cooperation scope, the articles with a pair with it; in the S&T scope, those with
// an S&T pair with it (the same sets as src/components/counts.ts, articlesOf; a test holds them equal).
import {
  ENTITY_BUCKETS,
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
import {leadOf} from "./catalogFiles.js";

/** How much of each list an entity's first file holds, per scope: what its page shows first. */
export const FIRST_PAGE = {sentences: 25, articles: 50} as const;

/**
 * Buckets for items of the given sizes: the largest first (ties by key), each into the bucket that
 * holds the fewest bytes so far (ties: the lowest number). The heaviest bucket is then at most the
 * largest item or the mean plus the largest item.
 */
export function packBuckets(sizes: [key: string, bytes: number][], buckets: number): Map<string, number> {
  const load = new Array<number>(buckets).fill(0);
  const out = new Map<string, number>();
  for (const [key, bytes] of [...sizes].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))) {
    let b = 0;
    for (let n = 1; n < buckets; n++) if (load[n] < load[b]) b = n;
    load[b] += bytes;
    out.set(key, b);
  }
  return out;
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

/** The entity's first file's part and the rest: the newest evidence sentences and the first articles of each scope first. */
export function splitEntity(e: Entity, entry: (i: number) => ListEntry): {first: EntityFirst; rest: EntityRest} {
  const firstSentences = new Set([...e.sentences.filter((x) => x.st).slice(0, FIRST_PAGE.sentences), ...e.sentences.slice(0, FIRST_PAGE.sentences)]);
  const lists = Object.fromEntries(SCOPES.map((scope) => [scope, [...e.articles[scope]].sort((x, y) => x - y)])) as Record<Scope, number[]>;
  const firstArticles = new Set(SCOPES.flatMap((scope) => lists[scope].slice(0, FIRST_PAGE.articles)));
  const all = lists.mentions; // every scope's articles are among the mentions scope's
  return {
    first: {
      acts: e.acts,
      sentences: e.sentences.filter((x) => firstSentences.has(x)).map((x) => x.s),
      articles: all.filter((i) => firstArticles.has(i)).map(entry),
      total: Object.fromEntries(SCOPES.map((scope) => [scope, lists[scope].length])) as Record<Scope, number>
    },
    rest: {
      sentences: e.sentences.filter((x) => !firstSentences.has(x)).map((x) => x.s),
      articles: all.filter((i) => !firstArticles.has(i)).map(entry)
    }
  };
}

/** Every bucket file (empty buckets included: a page names them all), and which bucket holds which code. */
export function entityFiles(data: CorpusTable): {files: {name: string; data: string}[]; index: Record<string, number>} {
  const all = entities(data);
  const entry = (i: number): ListEntry => {
    const a = data.articles[i];
    return {i, id: a.id, title: a.title, lead: leadOf(a), file: a.file, date: a.date};
  };
  const parts = new Map<string, {first: string; rest: string}>();
  for (const kind of ["partner", "province"] as EntityKind[]) {
    for (const [code, e] of all[kind]) {
      const {first, rest} = splitEntity(e, entry);
      parts.set(code, {first: JSON.stringify(first), rest: JSON.stringify(rest)});
    }
  }
  const bucketOf = packBuckets([...parts].map(([code, p]) => [code, p.first.length]), ENTITY_BUCKETS);
  const buckets = Array.from({length: ENTITY_BUCKETS}, () => ({first: [] as string[], rest: [] as string[]}));
  const index: Record<string, number> = {};
  for (const code of [...parts.keys()].sort()) {
    const b = bucketOf.get(code)!;
    const p = parts.get(code)!;
    buckets[b].first.push(`${JSON.stringify(code)}:${p.first}`);
    buckets[b].rest.push(`${JSON.stringify(code)}:${p.rest}`);
    index[code] = b;
  }
  const files = buckets.flatMap((b, n) => [
    {name: `entities/${n}.json`, data: `{${b.first.join(",")}}`},
    {name: `entities/${n}-more.json`, data: `{${b.rest.join(",")}}`}
  ]);
  return {files, index};
}
