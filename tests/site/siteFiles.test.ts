// The files the pages read, as a specification: pages count from numbers (facets.json) and fetch
// titles (catalogue parts), texts (chunks) and evidence (per entity) only for what they show, so
// that what every page loads first stays small as the corpus grows.
import {readFileSync} from "node:fs";
import JSZip from "jszip";
import {describe, expect, it} from "vitest";
import {DEFAULT_CORPUS_DIR} from "../../loaders/extract/corpus.js";
import {computeSiteData, type SiteData} from "../../loaders/site/siteData.js";
import {CATALOG_PARTS, catalogParts, catalogSize, facets} from "../../loaders/site/facetsFile.js";
import {siteOutput} from "../../loaders/site/output.js";
import {SITE_KEYS, siteOutputs} from "../../loaders/site/outputs.js";
import {ENTITY_FIRST, ENTITY_KINDS, entityFiles, entityRecords, sortedArticles} from "../../loaders/site/shape.js";
import {PARTS_PER_ARCHIVE, TEXT_ARCHIVES, TEXT_PARTS, textArchives, textPart} from "../../loaders/site/textParts.js";
import type {CatalogRow, EntityEvidence, EntityRest, PlacedListEntry} from "../../loaders/contract.js";
import {crc32, unzip, zip} from "../../loaders/site/zip.js";
import {articlesWith} from "../../src/components/articlesWith.js";
import {decodeFacets} from "../../src/components/facets.js";
import {ENTITY_BUCKETS, entityBucket} from "../../src/components/entityBucket.js";
import {entityCatalog} from "../../src/components/entityCatalog.js";
import {codeFromPath, entityData} from "../../src/components/entityData.js";
import {ID_BUCKETS, idBucket, idHash} from "../../src/components/idBucket.js";

const data = computeSiteData(DEFAULT_CORPUS_DIR);
const json = (s: string | Uint8Array) => JSON.parse(typeof s === "string" ? s : Buffer.from(s).toString("utf8"));

describe("zip archives (data/entities/<kind>.zip, catalog.zip, texts/<archive>.zip)", () => {
  it("are read back member by member, with UTF-8 names and contents", async () => {
    const bytes = zip([
      {name: "a/0.json", data: '{"x":1}'},
      {name: "b/Hà Nội.json", data: "“Việt Nam”"},
      {name: "empty.json", data: ""}
    ]);
    const z = await JSZip.loadAsync(bytes, {checkCRC32: true});
    expect(Object.keys(z.files).sort()).toEqual(["a/0.json", "b/Hà Nội.json", "empty.json"]);
    expect(await z.file("b/Hà Nội.json")!.async("string")).toBe("“Việt Nam”");
    expect(await z.file("empty.json")!.async("string")).toBe("");
  });
  it("are byte-identical for the same members (no timestamps)", () => {
    const members = [{name: "x.json", data: "[1,2,3]"}];
    expect(zip(members).equals(zip(members))).toBe(true);
  });
  it("checksum members with the standard CRC-32", () => {
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
  });
  it("puts each kind of entity in its own archive, data/entities/<kind>.zip, members named inside the kind's folder", () => {
    const {archives} = siteOutputs(data);
    const files = entityFiles(entityRecords(data, decodeFacets(facets(data))));
    for (const kind of ENTITY_KINDS) {
      const mine = files.filter((f) => f.name.startsWith(`${kind}/`));
      expect(archives[`entities/${kind}.zip`]).toEqual(mine.map((f) => ({name: f.name.slice(kind.length + 1), data: f.data})));
    }
    expect(Object.keys(archives).filter((k) => k.startsWith("entities")).sort()).toEqual(ENTITY_KINDS.map((k) => `entities/${k}.zip`).sort());
  });
  it("are made, when a loader asks for one, from the folder of its members that the site data is written as", async () => {
    const {archives} = siteOutputs(data);
    for (const name of ["catalog.zip", "texts/0.zip", "entities/province.zip"]) {
      const read = unzip(await siteOutput(name, DEFAULT_CORPUS_DIR));
      const want = new Map(archives[name].map((m) => [m.name, Buffer.from(m.data)]));
      expect([...read.keys()].sort(), name).toEqual([...want.keys()].sort());
      for (const [member, bytes] of read) expect(bytes.equals(want.get(member)!), `${name} ${member}`).toBe(true);
    }
  });
});

describe("facets.json: what the pages count by", () => {
  const file = facets(data);
  const rows = decodeFacets(file);
  const articles = sortedArticles(data);
  it("has one row per article, newest first, undated last", () => {
    expect(rows).toHaveLength(5);
    const years = rows.map((r) => r.y ?? -1);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(rows.map((r) => r.i)).toEqual([0, 1, 2, 3, 4]);
  });
  it("decodes to each article's partners, provinces, fields (with mentions) and pairs (with sentences)", () => {
    for (const [i, a] of articles.entries()) {
      const s = data.summaries.find((x) => x.id === a.id)!;
      const r = rows[i];
      expect(r.y).toBe(a.year);
      expect(r.source).toBe(a.source);
      expect(r.c.sort()).toEqual(s.countries.map((c) => [c.code, c.mentions]).sort());
      expect(r.o.sort()).toEqual(s.organizations.map((o) => [o.id, o.mentions]).sort());
      expect(r.p.sort()).toEqual(s.localities.map((l) => [l.code, l.mentions]).sort());
      expect(r.f.sort()).toEqual(s.fields.map((f) => [f.id, f.mentions]).sort());
      expect(r.e.map(([vn, partner, list]) => [vn, partner, list.length]).sort()).toEqual(s.pairs.map((p) => [p.vn, p.partner, p.evidence]).sort());
    }
  });
  it("holds numbers, not text: no title or id appears in it", () => {
    const text = JSON.stringify(file);
    for (const a of articles) {
      expect(text).not.toContain(a.id);
      if (a.title) expect(text).not.toContain(a.title);
    }
  });
});

describe("the catalogue: titles in a fixed number of parts", () => {
  const parts = catalogParts(data);
  it("always has CATALOG_PARTS parts, each article in part ⌊position ÷ size⌋", () => {
    expect(parts.filter((p) => !p.name.startsWith("ids/"))).toHaveLength(CATALOG_PARTS);
    const size = catalogSize(5);
    const all = parts.filter((p) => !p.name.startsWith("ids/")).flatMap((p) => json(p.data) as CatalogRow[]);
    expect(all.map((r) => r.id)).toEqual(sortedArticles(data).map((a) => a.id));
    sortedArticles(data).forEach((a, i) => expect((json(parts[Math.floor(i / size)].data) as CatalogRow[])[i % size].id).toBe(a.id));
  });
  it("is named part by part in src/components/catalog.ts (the id buckets in findArticle.ts), as Framework needs", () => {
    const source = readFileSync(new URL("../../src/components/catalog.ts", import.meta.url), "utf8");
    const named = [...source.matchAll(/FileAttachment\("\.\.\/data\/catalog\/(\d+)\.json"\)/g)].map((m) => Number(m[1]));
    expect(named).toEqual(Array.from({length: CATALOG_PARTS}, (_, i) => i));
    const finder = readFileSync(new URL("../../src/components/findArticle.ts", import.meta.url), "utf8");
    const buckets = [...finder.matchAll(/FileAttachment\("\.\.\/data\/catalog\/ids\/(\d+)\.json"\)/g)].map((m) => Number(m[1]));
    expect(buckets).toEqual(Array.from({length: ID_BUCKETS}, (_, i) => i));
  });
  it("lists every article's id with its position in its id bucket, so ?id= finds it without the whole catalogue", () => {
    const members = new Map(parts.map((p) => [p.name, json(p.data)]));
    sortedArticles(data).forEach((a, i) => expect(members.get(`ids/${idBucket(a.id)}.json`)).toContainEqual([a.id, i]));
    expect(new Set(["a", "b", "000_5155e7d0209eb3e7", "Hà Nội"].map(idBucket)).size).toBeGreaterThan(1);
    for (const id of ["x", "vntc-test-DS-NLD-00881"]) expect(idBucket(id)).toBeLessThan(ID_BUCKETS);
  });
  it("grows part by part, not in number of parts, with the corpus", () => {
    expect(catalogSize(15000)).toBe(Math.ceil(15000 / CATALOG_PARTS));
    expect(catalogSize(0)).toBe(1);
  });
});

describe("texts (data/texts/<archive>/<part>.json) and evidence, fetched on demand", () => {
  it("puts each article's text in part idHash(id) mod TEXT_PARTS, of archive ⌊part ÷ PARTS_PER_ARCHIVE⌋", async () => {
    const archives = textArchives(data);
    expect(archives).toHaveLength(TEXT_ARCHIVES);
    for (const a of sortedArticles(data)) {
      const {part, archive} = textPart(a.id);
      expect(part).toBe(idHash(a.id) % TEXT_PARTS);
      expect(archives[archive]).toHaveLength(PARTS_PER_ARCHIVE);
      const texts = json(archives[archive].find((m) => m.name === `${part}.json`)!.data) as {id: string; text: string}[];
      expect(texts.map((t) => t.id)).toContain(a.id);
    }
  });
  it("change in one part only when an article is added (parts do not follow the articles' order)", () => {
    const newest = sortedArticles(data)[0].id;
    const without = {...data, details: data.details.filter((d) => d.id !== newest), summaries: data.summaries.filter((s) => s.id !== newest)};
    const parts = (d: SiteData) => new Map(textArchives(d).flatMap((members) => members.map((m) => [m.name, m.data])));
    const [a, b] = [parts(data), parts(without)];
    expect(a.size).toBe(TEXT_PARTS);
    expect([...a].filter(([name, text]) => text !== b.get(name)).map(([name]) => name)).toEqual([`${textPart(newest).part}.json`]);
  });
  it("spread articles evenly: 15,000 ids fill every part, none with twice its share", () => {
    const counts = new Array<number>(TEXT_PARTS).fill(0);
    for (let n = 1; n <= 15000; n++) counts[textPart(`syn-${String(n).padStart(6, "0")}`).part]++;
    expect(Math.min(...counts)).toBeGreaterThan(0);
    expect(Math.max(...counts)).toBeLessThan((2 * 15000) / TEXT_PARTS);
  });
  it("are named part by part in src/components/texts.ts, as Framework needs", () => {
    const source = readFileSync(new URL("../../src/components/texts.ts", import.meta.url), "utf8");
    const named = [...source.matchAll(/FileAttachment\("\.\.\/data\/texts\/(\d+)\/(\d+)\.json"\)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(named).toEqual(Array.from({length: TEXT_PARTS}, (_, p) => [Math.floor(p / PARTS_PER_ARCHIVE), p]));
  });
  it("give any id a part and an archive within their fixed numbers, whatever the corpus's size", () => {
    for (const id of ["", "001_4071f28a51558a73", "syn-100000", "Hà Nội", "x".repeat(500)]) {
      const {part, archive} = textPart(id);
      expect(part, id).toBeLessThan(TEXT_PARTS);
      expect(archive, id).toBe(Math.floor(part / PARTS_PER_ARCHIVE));
    }
  });
  it("gives each partner its newest evidence sentences, and the rest apart", () => {
    const cn = entityRecords(data, decodeFacets(facets(data))).find((r) => r.kind === "partner" && r.code === "CN")!;
    expect(cn.first.total).toBeGreaterThan(0);
    expect(cn.first.sentences.length + cn.rest.sentences.length).toBe(cn.first.total);
    expect(cn.first.sentences.length).toBeLessThanOrEqual(ENTITY_FIRST.sentences);
    expect(cn.first.acts).toHaveLength(cn.first.total);
    const positions = cn.first.sentences.map((s) => s.i);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const s of cn.first.sentences) {
      const a = sortedArticles(data)[s.i];
      expect(s.a).toBe(a.id);
      expect(s.t).toBe(a.title);
      expect(s.pairs.some(([, partner]) => partner === "CN")).toBe(true);
    }
  });
  it("gives each partner's and province's page what its list shows of exactly the articles it lists, newest first", () => {
    const index = decodeFacets(facets(data));
    const catalogue = catalogParts(data).filter((p) => !p.name.startsWith("ids/")).flatMap((p) => json(p.data) as CatalogRow[]);
    const checked = {partner: 0, province: 0};
    for (const {kind, code, first, rest} of entityRecords(data, index)) {
      const name = `${kind} ${code}`;
      const listed = [...first.articles, ...rest.articles];
      expect(first.articles.length, name).toBe(Math.min(ENTITY_FIRST.articles, listed.length));
      expect(listed.map((r) => r.i), name).toEqual(articlesWith(index, kind, code).map((r) => r.i));
      for (const r of listed) {
        const {id, title, file, m, d} = catalogue[r.i];
        expect(r, name).toEqual({i: r.i, id, title, file, m, d});
      }
      if (listed.length) checked[kind]++;
    }
    // The seeds name partners and provinces; every one was checked against the catalogue.
    expect(checked.partner).toBeGreaterThan(3);
    expect(checked.province).toBeGreaterThan(3);
    const cn = entityRecords(data, index).find((r) => r.code === "CN")!.first;
    expect(cn.articles.map((a) => a.title)).toContain(sortedArticles(data)[cn.sentences[0].i].title);
  });
});

describe("the partner and province files: every entity of a kind in a fixed number of buckets", () => {
  const records = entityRecords(data, decodeFacets(facets(data)));
  const files = new Map(entityFiles(records).map((f) => [f.name, json(f.data)]));
  it("writes every bucket of each kind, empty ones included, as a page names them all", () => {
    const names = ENTITY_KINDS.flatMap((kind) => Array.from({length: ENTITY_BUCKETS[kind]}, (_, b) => [`${kind}/${b}.json`, `${kind}/${b}-more.json`]).flat());
    expect([...files.keys()].sort()).toEqual(names.sort());
    expect(Object.keys(files.get("province/0.json")).length + Object.keys(files.get("province/1.json")).length).toBeLessThan(records.length);
  });
  it("puts each partner and province in the bucket of its code, with its first part and its rest", () => {
    for (const r of records) {
      const b = entityBucket(r.kind, r.code);
      expect(files.get(`${r.kind}/${b}.json`)[r.code], r.code).toEqual(r.first);
      expect(files.get(`${r.kind}/${b}-more.json`)[r.code], r.code).toEqual(r.rest);
    }
    const inFiles = [...files].filter(([n]) => !n.endsWith("-more.json")).reduce((n, [, v]) => n + Object.keys(v).length, 0);
    expect(inFiles).toBe(records.length);
  });
  it("spread codes evenly: the 249 country codes and 34 provinces fill the buckets, none with three times its share", () => {
    const countries = readFileSync(new URL("../../data/gazetteer/countries.tsv", import.meta.url), "utf8").split("\n").slice(1).map((l) => l.split("\t")[0]).filter(Boolean);
    const counts = new Array<number>(ENTITY_BUCKETS.partner).fill(0);
    for (const c of countries) counts[entityBucket("partner", c)]++;
    expect(countries.length).toBeGreaterThan(200);
    expect(Math.max(...counts)).toBeLessThan((3 * countries.length) / ENTITY_BUCKETS.partner);
  });
  it("are named bucket by bucket in src/components/partnerFiles.ts and provinceFiles.ts, as Framework needs", () => {
    for (const kind of ENTITY_KINDS) {
      const source = readFileSync(new URL(`../../src/components/${kind}Files.ts`, import.meta.url), "utf8");
      const named = [...source.matchAll(/\[FileAttachment\("\.\.\/data\/entities\/(\w+)\/(\d+)\.json"\), FileAttachment\("\.\.\/data\/entities\/(\w+)\/(\d+)-more\.json"\)\]/g)];
      expect(named.map((m) => [m[1], Number(m[2]), m[3], Number(m[4])])).toEqual(Array.from({length: ENTITY_BUCKETS[kind]}, (_, b) => [kind, b, kind, b]));
    }
  });
  it("are read by a page through its code: its first part at once, the rest once, when asked", async () => {
    const fetched: string[] = [];
    const attachments = Array.from({length: ENTITY_BUCKETS.partner}, (_, b) =>
      ([`partner/${b}.json`, `partner/${b}-more.json`] as const).map((name) => ({json: async () => (fetched.push(name), files.get(name))}))
    ) as unknown as [{json(): Promise<unknown>}, {json(): Promise<unknown>}][];
    const cn = records.find((r) => r.code === "CN")!;
    const page = entityData(attachments, "partner", "CN");
    expect(await page.evidence).toEqual(cn.first);
    expect(fetched).toEqual([`partner/${entityBucket("partner", "CN")}.json`]);
    expect(await page.more[0].json()).toEqual(cn.rest.sentences);
    expect(await page.moreArticles.json()).toEqual(cn.rest.articles);
    expect(fetched).toHaveLength(2);
    // A code the corpus does not name (an address typed by hand): empty lists, not an error.
    const none = entityData(attachments, "partner", "constructor");
    expect(await none.evidence).toEqual({total: 0, acts: [], sentences: [], articles: []});
    expect(await none.more[0].json()).toEqual([]);
  });
  it("find the page's code in its address, in the dev server and in the built site, under any sub-path", () => {
    expect(codeFromPath("/countries/CN")).toBe("CN");
    expect(codeFromPath("/countries/CN.html")).toBe("CN");
    expect(codeFromPath("/reports/vn/provinces/VN-HP.html")).toBe("VN-HP");
    expect(codeFromPath("/countries/WORLD_BANK.html")).toBe("WORLD_BANK");
    expect(codeFromPath("/countries/%E2%9C%93.html")).toBe("✓");
    expect(codeFromPath("/countries/%E2.html")).toBe("%E2");
  });
});

describe("a partner's or province's catalogue (src/components/entityCatalog.ts)", () => {
  const entry = (i: number): PlacedListEntry => ({i, id: `a${i}`, title: `T${i}`, file: `a${i}.txt`, m: null, d: null});
  const row = (i: number) => decodeFacets({codes: [], sources: [], catalog: 1, rows: Array.from({length: i + 1}, () => [0, 0])})[i];
  it("gives the newest articles' titles without a request, and fetches the others once, when asked for", async () => {
    let fetched = 0;
    const more = {json: async () => (fetched++, [entry(7), entry(9)])};
    const cat = entityCatalog([entry(0), entry(3)], more);
    expect((await cat.rows([row(3), row(0)])).map((r) => r.title)).toEqual(["T3", "T0"]);
    expect(fetched).toBe(0);
    expect((await cat.rows([row(0), row(9)])).map((r) => r.title)).toEqual(["T0", "T9"]);
    expect((await cat.rows([row(7)])).map((r) => [r.i, r.id])).toEqual([[7, "a7"]]);
    expect(fetched).toBe(1);
  });
  it("fails loudly for an article its page should not list", async () => {
    const cat = entityCatalog([entry(0)], {json: async () => [entry(1)]});
    await expect(cat.rows([row(2)])).rejects.toThrow(/position 2/);
  });
});

describe("site.json, read by every page", () => {
  const out = siteOutputs(data).files;
  it("holds the figures and names; the aggregate tables are in tables.json", () => {
    expect(Object.keys(json(out["site.json"])).sort()).toEqual([...SITE_KEYS].sort());
    expect(json(out["tables.json"]).countries.length).toBeGreaterThan(0);
  });
  it("counts warnings by code; the warned articles are listed in warnings.json", () => {
    const site = json(out["site.json"]);
    const warned = json(out["warnings.json"]) as {id: string; warnings: string}[];
    expect(site.figures.warned).toBe(warned.length);
    expect(site.warnings.reduce((n: number, w: {articles: number}) => n + w.articles, 0)).toBeGreaterThanOrEqual(warned.length);
  });
});
