// `npm run build` always reflects the corpus, the gazetteers and the extractor's code (no stale
// loader output), two builds of the same corpus give byte-identical data files, and the dev
// server shows a new article without a restart.
import {spawn, type ChildProcess} from "node:child_process";
import {appendFileSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {corpusFingerprint} from "../../loaders/siteData.js";
import {build, builtJson, dataFiles, launch, ROOT, SEEDS} from "./helpers.js";

let corpus: string;
let first: Map<string, Buffer>;
const figures = () => builtJson("data/site.json").figures as {articles: number; countries: number};
const countries = () => (builtJson("data/site.json").countries as {code: string}[]).map((c) => c.code);

beforeAll(() => {
  corpus = mkdtempSync(join(tmpdir(), "fresh-corpus-"));
  for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(corpus, f));
  build(corpus);
  first = dataFiles();
});
afterAll(() => rmSync(corpus, {recursive: true, force: true}));

describe("npm run build", () => {
  it("gives byte-identical data files for the same corpus", () => {
    build(corpus);
    const second = dataFiles();
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [path, bytes] of first) expect(second.get(path)!.equals(bytes), path).toBe(true);
  });

  it("counts an added article, follows its edits, and forgets it when deleted", () => {
    const base = figures().articles;
    const file = join(corpus, "added.txt");
    writeFileSync(file, "Hợp tác với Bồ Đào Nha\n\nNgày 3/4/2025, Đại học Cần Thơ ký kết thỏa thuận hợp tác nghiên cứu với Bồ Đào Nha.\n");
    build(corpus);
    expect(figures().articles).toBe(base + 1);
    expect(countries()).toContain("PT");

    writeFileSync(file, "Hợp tác với Hy Lạp\n\nNgày 3/4/2025, Đại học Cần Thơ ký kết thỏa thuận hợp tác nghiên cứu với Hy Lạp.\n");
    build(corpus);
    expect(countries()).toContain("GR");
    expect(countries()).not.toContain("PT");

    unlinkSync(file);
    build(corpus);
    expect(figures().articles).toBe(base);
    const after = dataFiles();
    expect([...after.keys()]).toEqual([...first.keys()]);
  });

  it("follows an edit to a gazetteer table", () => {
    const places = join(ROOT, "data/gazetteer/places.tsv");
    const original = readFileSync(places);
    const file = join(corpus, "zzyzx.txt");
    writeFileSync(file, "Hợp tác với Zzyzx\n\nNgày 3/4/2025, Đại học Cần Thơ ký kết thỏa thuận hợp tác nghiên cứu với thành phố Zzyzx.\n");
    try {
      build(corpus);
      expect(countries()).not.toContain("IS");
      appendFileSync(places, "Zzyzx\tIS\t\ta test place\n");
      build(corpus);
      expect(countries()).toContain("IS");
    } finally {
      writeFileSync(places, original);
      unlinkSync(file);
    }
  });

  it("sees an edit to a file in loaders/ (the extractor's fingerprint changes)", () => {
    const file = join(ROOT, "loaders/tsv.ts");
    const original = readFileSync(file);
    const before = corpusFingerprint(corpus);
    try {
      appendFileSync(file, "\n// a comment\n");
      expect(corpusFingerprint(corpus)).not.toBe(before);
    } finally {
      writeFileSync(file, original);
    }
    expect(corpusFingerprint(corpus)).toBe(before);
  });
});

describe("npm run dev", () => {
  let dev: ChildProcess | undefined;
  afterAll(() => {
    if (dev?.pid) process.kill(-dev.pid, "SIGTERM");
  });

  it("shows a new article without a restart", async () => {
    const port = 3100 + Math.floor(Math.random() * 500);
    dev = spawn("node", ["scripts/dev.js", "--port", String(port), "--no-open"], {
      cwd: ROOT,
      env: {...process.env, CORPUS_DIR: corpus, OBSERVABLE_TELEMETRY_DISABLE: "true"},
      stdio: "ignore",
      detached: true
    });
    const browser = await launch();
    try {
      const page = await browser.newPage();
      const articles = async () => {
        const text = await page.locator(".big-number", {hasText: "Articles"}).locator(".big").textContent({timeout: 60_000});
        return Number(text);
      };
      for (let i = 0; i < 60; i++) {
        try {
          await page.goto(`http://127.0.0.1:${port}/`, {waitUntil: "networkidle"});
          break;
        } catch {
          await new Promise((r) => setTimeout(r, 1000));
        }
      }
      const before = await articles();
      writeFileSync(join(corpus, "live.txt"), "Hợp tác với Đan Mạch\n\nNgày 3/4/2025, Đại học Huế ký kết thỏa thuận hợp tác với Đan Mạch.\n");
      let now = before;
      for (let i = 0; i < 90 && now === before; i++) {
        await new Promise((r) => setTimeout(r, 1000));
        now = await articles().catch(() => before);
      }
      expect(now).toBe(before + 1);
    } finally {
      await browser.close();
      rmSync(join(corpus, "live.txt"), {force: true});
    }
  });
});
