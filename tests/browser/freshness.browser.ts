// Freshness and reproducibility, in a temporary copy of the project (with the working tree's
// caches, so that stale results would show): `npm run build` follows an added, edited and
// deleted article, an edited gazetteer table and an edited extractor file; two builds of the
// same corpus give byte-identical data files; and `npm run dev` shows each such change in an
// open page without a restart.
import {execFileSync, spawn, type ChildProcess} from "node:child_process";
import {appendFileSync, readFileSync, rmSync, unlinkSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {extractorVersion} from "../../loaders/extract/version.js";
import {cleanLoaderCache} from "../../scripts/clean-loader-cache.js";
import {build, builtJson, dataFiles, launch, projectCopy, seedCorpus} from "./helpers.js";

let project: string;
let corpus: string;
let first: Map<string, Buffer>;
let base: {articles: number; countries: number};
const dist = () => join(project, "dist");
const site = () => builtJson("data/site.json", dist());
const countries = () => (builtJson("data/tables.json", dist()).countries as {code: string}[]).map((c) => c.code);

/** An article naming one partner, signed by a Vietnamese university. */
const article = (partner: string) => `Hợp tác với ${partner}\n\nNgày 3/4/2025, Đại học Cần Thơ ký kết thỏa thuận hợp tác nghiên cứu với ${partner}.\n`;
const ZZYZX = "Zzyzx\tIS\t\ta place that only this test knows\n";
const LIMIT = "export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;";
const SMALL_LIMIT = "export const MAX_ARTICLE_BYTES = 8 * 1024;";
/** Seeds over 8 KiB, which the edited extractor skips as too large. */
const LARGE_SEEDS = ["001_4071f28a51558a73", "002_739555dec86a15cd"];

beforeAll(() => {
  project = projectCopy();
  corpus = seedCorpus();
  build(corpus, project);
  first = dataFiles(dist());
  const {articles, countries} = site().figures;
  base = {articles, countries};
});
afterAll(() => {
  for (const dir of [project, corpus]) if (dir) rmSync(dir, {recursive: true, force: true});
});

describe("npm run build", () => {
  it("counts an added article", () => {
    expect(countries()).not.toContain("PT");
    writeFileSync(join(corpus, "added.txt"), article("Bồ Đào Nha"));
    writeFileSync(join(corpus, "zzyzx.txt"), article("thành phố Zzyzx"));
    build(corpus, project);
    expect(site().figures.articles).toBe(base.articles + 2);
    expect(countries()).toContain("PT");
    expect(countries()).not.toContain("IS");
  });

  it("writes the loader outputs that changed into Framework's cache: the same data files as Framework's own build, running every loader", () => {
    const rebuilt = dataFiles(dist());
    expect(cleanLoaderCache(join(project, "src/.observablehq/cache")).length).toBeGreaterThan(0);
    // Framework alone, from an empty loader cache: it runs every data loader in src/data itself.
    execFileSync(process.execPath, [join(project, "node_modules/@observablehq/framework/dist/bin/observable.js"), "build"], {
      cwd: project,
      env: {...process.env, CORPUS_DIR: corpus, OBSERVABLE_TELEMETRY_DISABLE: "true", SITE_FINGERPRINT: ""},
      stdio: ["ignore", "ignore", "pipe"],
      maxBuffer: 1 << 26
    });
    const fresh = dataFiles(dist());
    expect([...rebuilt.keys()]).toEqual([...fresh.keys()]);
    for (const [path, bytes] of fresh) expect(rebuilt.get(path)!.equals(bytes), `${path} differs from Framework's own build`).toBe(true);
  });

  it("follows an edited article and an edited gazetteer table", () => {
    writeFileSync(join(corpus, "added.txt"), article("Hy Lạp"));
    appendFileSync(join(project, "data/gazetteer/places.tsv"), ZZYZX);
    build(corpus, project);
    expect(site().figures.articles).toBe(base.articles + 2);
    expect(countries()).toContain("GR");
    expect(countries()).not.toContain("PT");
    expect(countries(), "Zzyzx is now a place in Iceland").toContain("IS");
  });

  it("forgets deleted articles, and gives byte-identical data files for the same corpus", () => {
    unlinkSync(join(corpus, "added.txt"));
    unlinkSync(join(corpus, "zzyzx.txt"));
    const places = join(project, "data/gazetteer/places.tsv");
    writeFileSync(places, readFileSync(places, "utf8").replace(ZZYZX, ""));
    build(corpus, project);
    expect(site().figures).toEqual(expect.objectContaining(base));
    const again = dataFiles(dist());
    expect([...again.keys()]).toEqual([...first.keys()]);
    expect(first.size).toBeGreaterThan(10);
    for (const [path, bytes] of first) expect(again.get(path)!.equals(bytes), `${path} differs between two builds`).toBe(true);
  });

  it("follows an edit to the extractor's code in loaders/", () => {
    const file = join(project, "loaders/read/articleFiles.ts");
    const code = readFileSync(file, "utf8");
    expect(code).toContain(LIMIT);
    const before = extractorVersion(project);
    writeFileSync(file, code.replace(LIMIT, SMALL_LIMIT));
    try {
      expect(extractorVersion(project)).not.toBe(before);
      build(corpus, project);
      expect(site().figures.articles).toBe(base.articles - LARGE_SEEDS.length);
      const skipped = site().skipped as {id: string; code: string}[];
      expect(skipped.filter((s) => s.code === "too-large").map((s) => s.id).sort()).toEqual(LARGE_SEEDS);
    } finally {
      writeFileSync(file, code);
    }
  });
});

describe("npm run dev", () => {
  let dev: ChildProcess | undefined;
  afterAll(() => {
    if (dev?.pid && dev.exitCode === null) process.kill(-dev.pid, "SIGTERM");
  });

  it("shows added, edited and deleted articles, gazetteer and extractor edits in an open page, without a restart", async () => {
    const port = 3100 + Math.floor(Math.random() * 800);
    let log = "";
    dev = spawn("node", ["scripts/dev.js", "--port", String(port), "--no-open"], {
      cwd: project,
      env: {...process.env, CORPUS_DIR: corpus, OBSERVABLE_TELEMETRY_DISABLE: "true"},
      stdio: ["ignore", "pipe", "pipe"],
      detached: true
    });
    dev.stdout!.on("data", (d) => (log += d));
    dev.stderr!.on("data", (d) => (log += d));
    const pid = dev.pid;
    const browser = await launch();
    try {
      const page = await browser.newPage();
      const figure = async (label: string) => Number(((await page.locator(".big-number", {hasText: label}).locator(".big").textContent({timeout: 5000})) ?? "").replace(/,/g, ""));
      const figures = async () => ({articles: await figure("Articles"), countries: await figure("Partner countries")});
      for (let i = 0; ; i++) {
        try {
          await page.goto(`http://127.0.0.1:${port}/`, {waitUntil: "networkidle"});
          await page.locator(".big-number").first().waitFor({timeout: 30_000});
          break;
        } catch (e) {
          if (i >= 60) throw new Error(`the dev server did not start: ${e}\n${log}`);
          await new Promise((r) => setTimeout(r, 1000));
        }
      }
      expect(await figures()).toEqual(base);
      /** Waits (≤ 60 s) until the open page, never reloaded by us, shows `want`. */
      const shows = async (want: {articles: number; countries?: number}, what: string) => {
        const pick = (f: {articles: number; countries: number}) => (want.countries === undefined ? {articles: f.articles} : f);
        await expect.poll(() => figures().then(pick, () => null), {timeout: 60_000, interval: 1000, message: `${what}\n${log.slice(-2000)}`}).toEqual(want);
      };
      const live = join(corpus, "live.txt");
      writeFileSync(live, article("Đan Mạch"));
      await shows({articles: base.articles + 1, countries: base.countries + 1}, "an added article");
      writeFileSync(live, article("thành phố Zzyzx"));
      await shows({articles: base.articles + 1, countries: base.countries}, "an edited article");
      appendFileSync(join(project, "data/gazetteer/places.tsv"), ZZYZX);
      await shows({articles: base.articles + 1, countries: base.countries + 1}, "an edited gazetteer table");
      const file = join(project, "loaders/read/articleFiles.ts");
      writeFileSync(file, readFileSync(file, "utf8").replace(LIMIT, SMALL_LIMIT));
      await shows({articles: base.articles + 1 - LARGE_SEEDS.length}, "an edited extractor file");
      unlinkSync(live);
      await shows({articles: base.articles - LARGE_SEEDS.length}, "a deleted article");
      expect(dev.exitCode, "the dev server kept running").toBeNull();
      expect(dev.pid).toBe(pid);
    } finally {
      await browser.close();
    }
  });
});
