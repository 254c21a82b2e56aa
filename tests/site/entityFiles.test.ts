// The profile pages' files: each partner and Vietnamese side in one bucket (packed by size), its
// lists per scope the same as the count engine's (src/components/counts.ts, articlesOf).
import {describe, expect, it} from "vitest";
import {ENTITY_BUCKETS, type EntityFirst, type EntityRest, type Scope} from "../../loaders/contract.js";
import {entityFiles, FIRST_PAGE, packBuckets} from "../../loaders/site/entityFiles.js";
import {facetsFiles} from "../../loaders/site/facetsFile.js";
import {articlesOf} from "../../src/components/counts.js";
import {decodeFacets} from "../../src/components/facetRows.js";
import {kindOf} from "../../src/components/profileData.js";
import {SCOPES} from "../../src/components/scope.js";
import {mixed} from "./siteFixtures.js";

const {files, index} = entityFiles(mixed);
const byName = new Map(files.map((f) => [f.name, JSON.parse(f.data)]));
const facets = facetsFiles(mixed);
const rows = [...decodeFacets(facets.cooperation), ...decodeFacets(facets.mentions)];
const firstOf = (code: string): EntityFirst => byName.get(`entities/${index[code]}.json`)[code];
const restOf = (code: string): EntityRest => byName.get(`entities/${index[code]}-more.json`)[code];

describe("entity files", () => {
  it("writes every bucket, empty ones included, and nothing else", () => {
    expect(files.length).toBe(2 * ENTITY_BUCKETS);
    for (let b = 0; b < ENTITY_BUCKETS; b++) {
      expect(byName.has(`entities/${b}.json`)).toBe(true);
      expect(byName.has(`entities/${b}-more.json`)).toBe(true);
    }
  });
  it("holds partners and Vietnamese sides, each in the bucket the index gives and in no other", () => {
    expect(Object.keys(index)).toEqual(expect.arrayContaining(["CN", "JP", "KR", "EU", "VN", "VN-HP", "VN-SG"]));
    for (const [code, b] of Object.entries(index)) {
      expect(firstOf(code), code).toBeDefined();
      expect(restOf(code), code).toBeDefined();
      for (let other = 0; other < ENTITY_BUCKETS; other++) if (other !== b) expect(Object.hasOwn(byName.get(`entities/${other}.json`), code)).toBe(false);
    }
  });
  it("lists, per scope, exactly the articles the count engine gives the profile page, the first ones first", () => {
    for (const code of Object.keys(index)) {
      const first = firstOf(code);
      const rest = restOf(code);
      const known = new Set([...first.articles, ...rest.articles].map((e) => e.i));
      expect(known.size).toBe(first.articles.length + rest.articles.length);
      for (const scope of SCOPES as Scope[]) {
        const expected = articlesOf(rows, kindOf(code), code, scope).map((a) => a.i);
        expect(expected.every((i) => known.has(i)), `${code} ${scope}`).toBe(true);
        expect(first.total[scope], `${code} ${scope}`).toBe(expected.length);
        const inFirst = new Set(first.articles.map((e) => e.i));
        expect(expected.slice(0, FIRST_PAGE.articles).every((i) => inFirst.has(i)), `${code} ${scope} first page`).toBe(true);
      }
      expect(known.size).toBe(first.total.mentions);
    }
  });
  it("holds every evidence sentence once, the newest of each scope first, each as an act", () => {
    const all = [...firstOf("CN").sentences, ...restOf("CN").sentences];
    expect(new Set(all.map((s) => `${s.a}/${s.s}`)).size).toBe(all.length);
    expect(firstOf("CN").acts.length).toBe(all.length);
    expect(firstOf("CN").sentences.length).toBeLessThanOrEqual(2 * FIRST_PAGE.sentences);
    expect(all.every((s) => s.pairs.some(([, partner]) => partner === "CN"))).toBe(true);
  });
});

describe("packBuckets", () => {
  it("puts the largest item alone and fills the lightest bucket next", () => {
    const b = packBuckets([["a", 100], ["b", 60], ["c", 50], ["d", 10]], 2);
    expect(b.get("a")).toBe(0);
    expect([b.get("b"), b.get("c"), b.get("d")]).toEqual([1, 1, 0]);
  });
  it("keeps the heaviest bucket under the mean plus the largest item", () => {
    const sizes: [string, number][] = Array.from({length: 300}, (_, i) => [`c${i}`, ((i * 7919) % 997) + 1]);
    const b = packBuckets(sizes, 64);
    const load = new Array(64).fill(0);
    for (const [k, n] of sizes) load[b.get(k)!] += n;
    const total = sizes.reduce((s, [, n]) => s + n, 0);
    expect(Math.max(...load)).toBeLessThanOrEqual(total / 64 + 997);
  });
  it("does not depend on the order the items come in", () => {
    const sizes: [string, number][] = [["x", 5], ["y", 5], ["z", 9], ["w", 1]];
    expect([...packBuckets(sizes, 3)].sort()).toEqual([...packBuckets([...sizes].reverse(), 3)].sort());
  });
});
