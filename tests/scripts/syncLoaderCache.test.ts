// `npm run build` writes what each data loader prints now into Framework's loader cache itself, and
// deletes every other cached output (scripts/sync-loader-cache.ts): the specification of that
// rule, of the archive reader it uses, and of the naming it relies on (each loader prints the site
// data file named by its own path).
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, existsSync, statSync, utimesSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join, relative} from "node:path";
import {describe, expect, it} from "vitest";
import {newestFile, siteLoaderOutputs, syncLoaderCache} from "../../scripts/sync-loader-cache.js";
import {unzip, zip} from "../../loaders/site/zip.js";
import {TEXT_ARCHIVES} from "../../loaders/site/textParts.js";
import {vietnamMap, worldMap} from "../../loaders/site/mapFiles.js";
import {siteOutputs} from "../../loaders/site/outputs.js";
import {computeSiteData} from "../../loaders/site/siteData.js";
import {DEFAULT_CORPUS_DIR} from "../../loaders/extract/corpus.js";

const write = (root: string, files: Record<string, string | Uint8Array>) => {
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), {recursive: true});
    writeFileSync(join(root, name), data);
  }
};
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, {withFileTypes: true}).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
const listed = (dir: string) => filesUnder(dir).map((f) => relative(dir, f).split("\\").join("/")).sort();

describe("unzip", () => {
  it("reads back every member zip wrote, names and bytes", () => {
    const members = [
      {name: "a/0.json", data: '{"x":1}'},
      {name: "b/Hà Nội.json", data: "“Việt Nam”".repeat(1000)},
      {name: "empty.json", data: ""}
    ];
    const read = unzip(zip(members));
    expect([...read.keys()]).toEqual(members.map((m) => m.name));
    for (const m of members) expect(read.get(m.name)!.toString("utf8")).toBe(m.data);
  });
  it("refuses what is not an archive", () => {
    expect(() => unzip(Buffer.from("not a zip archive, just some text"))).toThrow(/unzip/);
  });
});

describe("siteLoaderOutputs: what each loader prints now, by output path", () => {
  const site = mkdtempSync(join(tmpdir(), "site-"));
  write(site, {
    "site.json": '{"a":1}',
    "catalog/0.json": "[0]",
    "catalog/ids/5.json": "[5]",
    "catalog.zip": zip([{name: "0.json", data: "[0]"}, {name: "ids/5.json", data: "[5]"}]),
    "texts/3/17.json": "[17]",
    "texts/3.zip.123.tmp": "an archive being written"
  });
  const outputs = siteLoaderOutputs(site);
  it("is each site data file, under data/", () => {
    expect(outputs.get("data/site.json")?.toString()).toBe('{"a":1}');
  });
  it("is each member of an archive, written in the archive's folder, where Framework finds it", () => {
    expect(outputs.get("data/catalog/0.json")?.toString()).toBe("[0]");
    expect(outputs.get("data/catalog/ids/5.json")?.toString()).toBe("[5]");
    expect(outputs.get("data/texts/3/17.json")?.toString()).toBe("[17]");
  });
  it("is nothing else: not the archives made for the dev server (pages name members), nor files being written", () => {
    expect([...outputs.keys()].sort()).toEqual(["data/catalog/0.json", "data/catalog/ids/5.json", "data/site.json", "data/texts/3/17.json"]);
    expect(siteLoaderOutputs(join(site, "nowhere")).size).toBe(0);
  });
});

describe("syncLoaderCache", () => {
  const setup = () => {
    const cache = mkdtempSync(join(tmpdir(), "cache-"));
    write(cache, {
      "data/site.json": "same",
      "data/tables.json": "old numbers",
      "data/entities/partner/0.json": "same member",
      "data/entities/partner/1.json": "old member",
      "data/other.json": "the output of a loader that prints no site data",
      "data/texts/0.zip": "an archive Framework extracted from",
      "data/texts/0.zip.12345": "a loader's temporary file",
      "_node/htl@0.3.1/index.js": "bundled package",
      "_observablehq/client.js": "client"
    });
    const outputs = new Map(
      Object.entries({
        "data/site.json": "same",
        "data/tables.json": "new numbers",
        "data/entities/partner/0.json": "same member",
        "data/entities/partner/1.json": "new member",
        "data/texts/0/7.json": "a new member"
      }).map(([k, v]) => [k, Buffer.from(v)])
    );
    return {cache, outputs};
  };
  const contents = (cache: string) => Object.fromEntries(listed(cache).map((p) => [p, readFileSync(join(cache, p), "utf8")]));
  it("leaves the cache holding exactly what the loaders print now, and Framework's own folders", () => {
    const {cache, outputs} = setup();
    expect(syncLoaderCache(cache, outputs, 0)).toEqual({kept: 2, written: 3, removed: 3});
    expect(contents(cache)).toEqual({
      "_node/htl@0.3.1/index.js": "bundled package",
      "_observablehq/client.js": "client",
      "data/entities/partner/0.json": "same member",
      "data/entities/partner/1.json": "new member",
      "data/site.json": "same",
      "data/tables.json": "new numbers",
      "data/texts/0/7.json": "a new member"
    });
  });
  it("touches nothing that is already right, so Framework sees the same file", () => {
    const {cache, outputs} = setup();
    syncLoaderCache(cache, outputs, 0);
    const before = statSync(join(cache, "data/site.json")).mtimeMs;
    expect(syncLoaderCache(cache, outputs, 0)).toEqual({kept: 5, written: 0, removed: 0});
    expect(statSync(join(cache, "data/site.json")).mtimeMs).toBe(before);
  });
  it("makes an unchanged output older than a loader script newer than it, so Framework takes it as fresh", () => {
    const {cache, outputs} = setup();
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(cache, "data/site.json"), old, old);
    syncLoaderCache(cache, outputs, Date.now() - 1000);
    expect(statSync(join(cache, "data/site.json")).mtimeMs).toBeGreaterThanOrEqual(Date.now() - 1000);
    expect(readFileSync(join(cache, "data/site.json"), "utf8")).toBe("same");
  });
  it("removes the folders it empties, and makes the cache when there is none", () => {
    const {cache} = setup();
    syncLoaderCache(cache, new Map(), 0);
    expect(existsSync(join(cache, "data"))).toBe(false);
    const fresh = join(cache, "nowhere");
    expect(syncLoaderCache(fresh, new Map([["data/site.json", Buffer.from("x")]]), 0)).toEqual({kept: 0, written: 1, removed: 0});
    expect(readFileSync(join(fresh, "data/site.json"), "utf8")).toBe("x");
  });
  it("takes the loader scripts' newest time from every file under their folder", () => {
    const dir = mkdtempSync(join(tmpdir(), "loaders-"));
    write(dir, {"a.json.ts": "", "sub/b.zip.ts": ""});
    const t = new Date(Math.floor(Date.now() / 1000) * 1000 + 3_600_000);
    utimesSync(join(dir, "sub/b.zip.ts"), t, t);
    expect(newestFile(dir)).toBe(t.getTime());
  });
});

describe("the data loaders in src/data/", () => {
  const root = join(import.meta.dirname, "../../src/data");
  const loaders = filesUnder(root).filter((f) => f.endsWith(".ts"));
  it("each print the site data file named by their own path (what the build writes in their place)", () => {
    const pattern = (s: string) => s.replace(/\[[^\]]+\]|\$\{[^}]+\}/g, "*");
    let printing = 0;
    for (const file of loaders) {
      const call = /siteOutput\(([`"])([^`"]+)\1\)/.exec(readFileSync(file, "utf8"));
      if (!call) continue;
      printing++;
      expect(pattern(call[2]), relative(root, file)).toBe(pattern(relative(root, file).split("\\").join("/").replace(/\.ts$/, "")));
    }
    expect(printing).toBeGreaterThanOrEqual(8 + TEXT_ARCHIVES);
  });
  it("print the maps straight from data/maps/, the very bytes of the site data's map files", () => {
    const loader = (name: string) => readFileSync(join(root, name), "utf8");
    expect(loader("world-map.json.ts")).toMatch(/process\.stdout\.write\(worldMap\(\)\);/);
    expect(loader("vietnam-map.json.ts")).toMatch(/process\.stdout\.write\(vietnamMap\(\)\);/);
    const {files} = siteOutputs(computeSiteData(DEFAULT_CORPUS_DIR));
    expect(files["world-map.json"]).toBe(worldMap());
    expect(files["vietnam-map.json"]).toBe(vietnamMap());
  });
  it("have one loader per text archive (a parameterized one costs Framework a directory search per part)", () => {
    expect(loaders.filter((f) => /texts[\\/]\d+\.zip\.ts$/.test(f)).length).toBe(TEXT_ARCHIVES);
    expect(loaders.filter((f) => f.includes("["))).toEqual([]);
  });
});
