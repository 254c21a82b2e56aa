// Freshness and reproducibility, in a temporary copy of the project (with the working tree's
// per-article cache, so that stale results would show) and a temporary corpus: `npm run build`
// follows an added, edited and deleted article, an edited gazetteer table and an edited file in
// loaders/, each time with the numbers `npm run extract` gives and with the same site data as a
// build from scratch; two builds of the same corpus give byte-identical data files; and
// `npm run dev` shows a new article in an open page without a restart, and keeps doing so after
// edits to an article, a gazetteer table and loaders/.
import {appendFileSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {entityKind, type SiteFile} from "../../loaders/contract.js";
import {build, builtSite, dataFiles, extract, launch, projectCopy, SEEDS, smallCorpus, startDevServer, type DevServer} from "./helpers.js";

let project: string;
let corpus: string;
let first: Map<string, Buffer>;
let base: Numbers;
const dist = () => join(project, "dist");
const site = () => builtSite(dist());

interface Numbers {
  articles: number;
  relevance: SiteFile["relevance"];
  partners: string[];
  provinces: string[];
}

/** What the built site counts: articles, articles per class, the partners and Vietnamese sides with a profile. */
function built(): Numbers {
  const s = site();
  return {articles: s.corpus.articles, relevance: s.relevance, partners: Object.keys(s.files.entities).filter((c) => entityKind(c) === "partner").sort(), provinces: Object.keys(s.files.entities).filter((c) => entityKind(c) === "province").sort()};
}

/** The same, from `npm run extract` of the project copy (its loaders and gazetteer as edited) on the corpus. */
function extracted(): Numbers {
  const read = extract(corpus, project).filter((l) => !l.skipped);
  const count = (c: string) => read.filter((l) => l.relevance === c).length;
  const codes = (f: (l: any) => string[]) => [...new Set(read.flatMap(f))].sort();
  return {
    articles: read.length,
    relevance: {st_cooperation: count("st_cooperation"), cooperation: count("cooperation"), mention: count("mention"), none: count("none")},
    partners: codes((l) => [...l.countries.map((c: any) => c.code), ...l.organizations.map((o: any) => o.id), ...l.pairs.map((p: any) => p.partner)]),
    provinces: codes((l) => [...l.localities.map((x: any) => x.code), ...l.pairs.map((p: any) => p.vn)])
  };
}

/** Builds, and checks the numbers against `npm run extract`. */
function buildAndCheck(): Numbers {
  build(corpus, project);
  const numbers = built();
  expect(numbers).toEqual(extracted());
  return numbers;
}

/** The site data of a build from scratch (no site data, no cache) equals what the incremental build wrote, byte for byte. */
function expectSameAsFromScratch(): void {
  const incremental = dataFiles(dist());
  rmSync(join(project, "src/data/site"), {recursive: true, force: true});
  rmSync(join(project, ".cache"), {recursive: true, force: true});
  build(corpus, project);
  const scratch = dataFiles(dist());
  expect(scratch.size).toBeGreaterThan(100);
  expect([...incremental.keys()]).toEqual([...scratch.keys()]);
  for (const [path, bytes] of scratch) expect(incremental.get(path)!.equals(bytes), `${path} differs from a build from scratch`).toBe(true);
}

/** An article naming one partner, signed by a Vietnamese university: S&T cooperation when the partner is known. */
const article = (partner: string) => `Hợp tác với ${partner}\n\nNgày 3/4/2025, Đại học Cần Thơ ký kết thỏa thuận hợp tác nghiên cứu với ${partner}.\n`;
const ZZYZX = "Zzyzx\tIS\tZzyzx\ta place that only this test knows\t\n"; // name, country, aliases (the complete list), note, given_name
const LIMIT = "export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;";
const SMALL_LIMIT = "export const MAX_ARTICLE_BYTES = 8 * 1024;";
/** The seeds over 8 KiB, which the edited extractor skips as too large. */
const largeSeeds = () => ["000_5155e7d0209eb3e7", "001_4071f28a51558a73", "002_739555dec86a15cd", "003_15723938c75b8bee", "004_9f9a77af44890c03"].filter((id) => statSync(join(SEEDS, `${id}.txt`)).size > 8 * 1024);

beforeAll(() => {
  project = projectCopy();
  corpus = smallCorpus();
  base = buildAndCheck();
  first = dataFiles(dist());
  // The corpus has articles of every class.
  expect(Object.values(base.relevance).every((n) => n > 0)).toBe(true);
});
afterAll(() => {
  for (const dir of [project, corpus]) if (dir) rmSync(dir, {recursive: true, force: true});
});

describe("npm run build", () => {
  it("counts added articles, with the same site data as a build from scratch", () => {
    expect(base.partners).not.toContain("PT");
    writeFileSync(join(corpus, "added.txt"), article("Bồ Đào Nha"));
    writeFileSync(join(corpus, "zzyzx.txt"), article("thành phố Zzyzx"));
    const now = buildAndCheck();
    expect(now.articles).toBe(base.articles + 2);
    expect(now.relevance).toEqual({...base.relevance, st_cooperation: base.relevance.st_cooperation + 1, mention: base.relevance.mention + 1});
    expect(now.partners).toContain("PT");
    expect(now.partners).not.toContain("IS");
    expectSameAsFromScratch();
  });

  it("follows an edited article and an edited gazetteer table", () => {
    writeFileSync(join(corpus, "added.txt"), article("Hy Lạp"));
    appendFileSync(join(project, "data/gazetteer/places.tsv"), ZZYZX);
    const now = buildAndCheck();
    expect(now.articles).toBe(base.articles + 2);
    expect(now.partners).toContain("GR");
    expect(now.partners).not.toContain("PT");
    expect(now.partners, "Zzyzx is now a place in Iceland").toContain("IS");
    expect(now.relevance.st_cooperation, "and the article about it S&T cooperation").toBe(base.relevance.st_cooperation + 2);
    expectSameAsFromScratch();
  });

  it("forgets deleted articles, and gives byte-identical data files for the same corpus", () => {
    unlinkSync(join(corpus, "added.txt"));
    unlinkSync(join(corpus, "zzyzx.txt"));
    const places = join(project, "data/gazetteer/places.tsv");
    writeFileSync(places, readFileSync(places, "utf8").replace(ZZYZX, ""));
    expect(buildAndCheck()).toEqual(base);
    const again = dataFiles(dist());
    expect(first.size).toBeGreaterThan(100);
    expect([...again.keys()]).toEqual([...first.keys()]);
    for (const [path, bytes] of first) expect(again.get(path)!.equals(bytes), `${path} differs between two builds`).toBe(true);
  });

  it("follows an edit to the extractor's code in loaders/, with the same site data as a build from scratch", () => {
    const file = join(project, "loaders/read/articleFiles.ts");
    const code = readFileSync(file, "utf8");
    expect(code).toContain(LIMIT);
    const large = largeSeeds();
    expect(large.length).toBeGreaterThan(0);
    writeFileSync(file, code.replace(LIMIT, SMALL_LIMIT));
    try {
      const now = buildAndCheck();
      expect(now.articles).toBe(base.articles - large.length);
      expect(site().skipped.filter((s) => s.code === "too-large").map((s) => s.id).sort()).toEqual(large);
      expectSameAsFromScratch();
    } finally {
      writeFileSync(file, code);
    }
  });
});

describe("npm run dev", () => {
  let dev: DevServer | undefined;
  afterAll(() => dev?.stop());

  it("shows an added article in an open page without a restart, and keeps following edits to articles, gazetteer tables and loaders/", async () => {
    dev = await startDevServer(project, corpus);
    const pid = dev.process.pid;
    const browser = await launch();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      // The Overview in the default scope: articles reporting S&T cooperation, and their partner countries.
      const figure = async (i: number) => Number(((await page.locator(".big-number .big").nth(i).textContent({timeout: 5000})) ?? "").replace(/,/g, ""));
      const figures = async () => ({st: await figure(0), countries: await figure(1)});
      await dev.open(page);
      const start = await figures();
      expect(start.st).toBe(base.relevance.st_cooperation);
      /** Waits (≤ 90 s) until the open page, never reloaded by us, shows `want`. */
      const shows = async (want: Partial<Awaited<ReturnType<typeof figures>>>, what: string) => {
        await expect
          .poll(async () => {
            const now = await figures().catch(() => null);
            return now && Object.fromEntries(Object.keys(want).map((k) => [k, now[k as keyof typeof now]]));
          }, {timeout: 90_000, interval: 1000, message: `${what}\n${dev!.log().slice(-2000)}`})
          .toEqual(want);
      };
      const live = join(corpus, "live.txt");
      writeFileSync(live, article("Đan Mạch"));
      await shows({st: start.st + 1, countries: start.countries + 1}, "an added article");
      writeFileSync(live, article("thành phố Zzyzx"));
      await shows({st: start.st, countries: start.countries}, "an edited article");
      appendFileSync(join(project, "data/gazetteer/places.tsv"), ZZYZX);
      await shows({st: start.st + 1, countries: start.countries + 1}, "an edited gazetteer table");
      const file = join(project, "loaders/read/articleFiles.ts");
      writeFileSync(file, readFileSync(file, "utf8").replace(LIMIT, SMALL_LIMIT));
      await shows({st: start.st + 1 - largeSeeds().length}, "an edited extractor file");
      unlinkSync(live);
      await shows({st: start.st - largeSeeds().length}, "a deleted article");
      expect(await page.locator(".observablehq--error").count()).toBe(0);
      expect(errors).toEqual([]);
      expect(dev.process.exitCode, "the dev server kept running").toBeNull();
      expect(dev.process.pid).toBe(pid);
    } finally {
      await browser.close();
    }
  });
});
