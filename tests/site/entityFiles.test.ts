// The profile pages' files: each partner and Vietnamese side in its bucket, its lists per scope the
// same as the count engine's (src/components/counts.ts, articlesOf), the newest first.
import {describe, expect, it} from "vitest";
import type {EntityFirst, EntityRest, Scope} from "../../loaders/contract.js";
import {BUCKETS, entityBucket, entityFiles, FIRST_PAGE, FOLDERS} from "../../loaders/site/entityFiles.js";
import {facetsFile} from "../../loaders/site/facetsFile.js";
import {articlesOf} from "../../src/components/counts.js";
import {decodeFacets} from "../../src/components/facetRows.js";
import {SCOPES} from "../../src/components/scope.js";
import {mixed} from "./siteFixtures.js";

const {files, index} = entityFiles(mixed);
const byName = new Map(files.map((f) => [f.name, JSON.parse(f.data)]));
const rows = decodeFacets(facetsFile(mixed));

describe("entity files", () => {
  it("writes every bucket of both kinds, empty ones included", () => {
    for (const kind of ["partner", "province"] as const) {
      for (let b = 0; b < BUCKETS[kind]; b++) {
        expect(byName.has(`${FOLDERS[kind]}/${b}.json`)).toBe(true);
        expect(byName.has(`${FOLDERS[kind]}/${b}-more.json`)).toBe(true);
      }
    }
  });
  it("puts each code in the bucket its hash gives, and says so in the index", () => {
    for (const kind of ["partner", "province"] as const) {
      for (const [code, b] of Object.entries(index[kind])) {
        expect(b).toBe(entityBucket(kind, code));
        expect(byName.get(`${FOLDERS[kind]}/${b}.json`)[code], code).toBeDefined();
      }
    }
    expect(Object.keys(index.partner)).toEqual(expect.arrayContaining(["CN", "JP", "KR", "EU"]));
    expect(Object.keys(index.province)).toEqual(expect.arrayContaining(["VN", "VN-HP", "VN-SG"]));
  });
  it("lists, per scope, exactly the articles the count engine gives the profile page", () => {
    for (const kind of ["partner", "province"] as const) {
      for (const [code, b] of Object.entries(index[kind])) {
        const first: EntityFirst = byName.get(`${FOLDERS[kind]}/${b}.json`)[code];
        const rest: EntityRest = byName.get(`${FOLDERS[kind]}/${b}-more.json`)[code];
        for (const scope of SCOPES as Scope[]) {
          const listed = [...first.articles[scope], ...rest.articles[scope]].map((e) => e.i);
          expect(listed, `${kind} ${code} ${scope}`).toEqual(articlesOf(rows, kind, code, scope).map((a) => a.i));
          expect(first.total[scope]).toBe(listed.length);
          expect(first.articles[scope].length).toBeLessThanOrEqual(FIRST_PAGE.articles);
        }
      }
    }
  });
  it("holds every evidence sentence once, the newest of each scope first, each as an act", () => {
    const first: EntityFirst = byName.get(`partners/${index.partner.CN}.json`).CN;
    const rest: EntityRest = byName.get(`partners/${index.partner.CN}-more.json`).CN;
    const all = [...first.sentences, ...rest.sentences];
    expect(new Set(all.map((s) => `${s.a}/${s.s}`)).size).toBe(all.length);
    expect(first.acts.length).toBe(all.length);
    expect(first.sentences.length).toBeLessThanOrEqual(2 * FIRST_PAGE.sentences);
    expect(all.every((s) => s.pairs.some(([, partner]) => partner === "CN"))).toBe(true);
  });
  it("keeps a bucket whatever other codes come and go (FNV-1a of the code)", () => {
    expect(entityBucket("partner", "JP")).toBe(entityBucket("partner", "JP"));
    expect(new Set(["JP", "CN", "US", "KR", "FR", "DE", "GB", "RU"].map((c) => entityBucket("partner", c))).size).toBeGreaterThan(4);
  });
});
