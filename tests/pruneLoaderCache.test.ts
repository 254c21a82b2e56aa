// `npm run build` keeps a data loader's cached output only when it is, byte for byte, what the
// loader would print now (scripts/prune-loader-cache.ts): the specification of that rule, of the
// archive reader it uses, and of the naming it relies on (each loader prints the site data file
// named by its own path).
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, existsSync, utimesSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join, relative} from "node:path";
import {describe, expect, it} from "vitest";
import {newestFile, pruneLoaderCache, siteLoaderOutputs} from "../scripts/prune-loader-cache.js";
import {unzip, zip} from "../loaders/site/zip.js";

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
    "catalog.zip": zip([{name: "0.json", data: "[0]"}, {name: "ids/5.json", data: "[5]"}]),
    "texts/3.zip": zip([{name: "17.json", data: "[17]"}])
  });
  const expected = siteLoaderOutputs(site);
  it("is a site data file for a loader's own output", () => {
    expect(expected("data/site.json")?.toString()).toBe('{"a":1}');
    expect(expected("data/texts/3.zip")?.equals(readFileSync(join(site, "texts/3.zip")))).toBe(true);
  });
  it("is a member of the nearest archive up the path, as Framework finds it", () => {
    expect(expected("data/catalog/0.json")?.toString()).toBe("[0]");
    expect(expected("data/catalog/ids/5.json")?.toString()).toBe("[5]");
    expect(expected("data/texts/3/17.json")?.toString()).toBe("[17]");
  });
  it("is unknown for anything else: other loaders, missing members, files outside data/", () => {
    expect(expected("data/world-map.json")).toBeUndefined();
    expect(expected("data/catalog/9.json")).toBeUndefined();
    expect(expected("data/texts/4/1.json")).toBeUndefined();
    expect(expected("site.json")).toBeUndefined();
  });
});

describe("pruneLoaderCache", () => {
  const setup = () => {
    const cache = mkdtempSync(join(tmpdir(), "cache-"));
    write(cache, {
      "data/site.json": "same",
      "data/tables.json": "old numbers",
      "data/entities/partner/US.json": "same member",
      "data/entities/partner/FR.json": "old member",
      "data/world-map.json": "not site data",
      "data/texts/0.zip.12345": "a loader's temporary file",
      "_node/htl@0.3.1/index.js": "bundled package",
      "_observablehq/client.js": "client"
    });
    const now = {"data/site.json": "same", "data/tables.json": "new numbers", "data/entities/partner/US.json": "same member", "data/entities/partner/FR.json": "new member"};
    const expected = (path: string) => (path in now ? Buffer.from(now[path as keyof typeof now]) : undefined);
    return {cache, expected};
  };
  it("keeps the outputs whose bytes are what the loaders print now, and deletes the rest", () => {
    const {cache, expected} = setup();
    expect(pruneLoaderCache(cache, expected, 0)).toEqual({kept: 2, removed: 4});
    expect(listed(cache)).toEqual(["_node/htl@0.3.1/index.js", "_observablehq/client.js", "data/entities/partner/US.json", "data/site.json"]);
  });
  it("deletes an output older than a loader script, which Framework would take as it is", () => {
    const {cache, expected} = setup();
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(cache, "data/site.json"), old, old);
    pruneLoaderCache(cache, expected, Date.now() - 1000);
    expect(existsSync(join(cache, "data/site.json"))).toBe(false);
    expect(existsSync(join(cache, "data/entities/partner/US.json"))).toBe(true);
  });
  it("removes the folders it empties, and does nothing without a cache", () => {
    const {cache} = setup();
    pruneLoaderCache(cache, () => undefined, 0);
    expect(existsSync(join(cache, "data"))).toBe(false);
    expect(pruneLoaderCache(join(cache, "nowhere"), () => undefined, 0)).toEqual({kept: 0, removed: 0});
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
  const root = join(import.meta.dirname, "../src/data");
  const loaders = filesUnder(root).filter((f) => f.endsWith(".ts"));
  it("each print the site data file named by their own path (what the build compares with)", () => {
    const pattern = (s: string) => s.replace(/\[[^\]]+\]|\$\{[^}]+\}/g, "*");
    let printing = 0;
    for (const file of loaders) {
      const call = /siteOutput\(([`"])([^`"]+)\1\)/.exec(readFileSync(file, "utf8"));
      if (!call) continue;
      printing++;
      expect(pattern(call[2]), relative(root, file)).toBe(pattern(relative(root, file).split("\\").join("/").replace(/\.ts$/, "")));
    }
    expect(printing).toBeGreaterThanOrEqual(9);
  });
});
