// Shared by the browser suite: the fixture corpora, building the site from one, serving dist/ on
// 127.0.0.1 (scripts/serve-dist.js), Chromium through playwright-core (Debian's, never a
// download), and what `npm run extract` says of a corpus.
import {execFileSync} from "node:child_process";
import {copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, relative} from "node:path";
import {chromium, type Browser, type Page} from "playwright-core";
import {serveDist} from "../../scripts/serve-dist.js";
import {CHROMIUM_FLAGS} from "../../scripts/sitePages.js";
import {BAD_INPUT_DIR, EXPECTED, writeLargeFile} from "../fixtures/make-bad-input.js";
import {CATALOG_PARTS} from "../../loaders/site/facetsFile.js";
import type {CatalogRow, FacetsFile, IndexRow} from "../../loaders/contract.js";
import {decodeFacets} from "../../src/components/facets.js";

export {serveDist};

export const ROOT = process.cwd();
export const DIST = join(ROOT, "dist");
export const SEEDS = join(ROOT, "data/articles");
export const FIXTURES = join(ROOT, "tests/fixtures");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** The articles with hostile HTML in their text (and, for the second, in its front matter). */
export const HOSTILE = ["xss.txt", "xss-front-matter.md"];
export const COPY_OF_SEED = {name: "copy of 002.txt", seed: "002_739555dec86a15cd.txt"};
export const LARGE_FILE = "too-large.txt";

/** A fresh temporary folder holding copies of `files` (paths), keeping their names. */
function folderWith(prefix: string, files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const f of files) copyFileSync(f, join(dir, f.slice(f.lastIndexOf("/") + 1)));
  return dir;
}

const seedFiles = () => readdirSync(SEEDS).map((f) => join(SEEDS, f));
const hostileFiles = () => HOSTILE.map((f) => join(FIXTURES, f));
/** The bad-input fixtures that are valid articles in their own right (not copies of a seed). */
const validBadInput = () => Object.keys(EXPECTED).filter((f) => EXPECTED[f] === "ok" && !["utf16le-bom.txt", "utf8-bom.txt", "nfd.txt", "crlf.txt"].includes(f));

/** The seeds alone. */
export const seedCorpus = () => folderWith("seed-corpus-", seedFiles());

/** The seeds, every bad input, an exact copy of a seed, a 20 MB file and the hostile articles. */
export function fixtureCorpus(): string {
  const dir = folderWith("site-corpus-", [...seedFiles(), ...readdirSync(BAD_INPUT_DIR).map((f) => join(BAD_INPUT_DIR, f)), ...hostileFiles()]);
  copyFileSync(join(SEEDS, COPY_OF_SEED.seed), join(dir, COPY_OF_SEED.name));
  writeLargeFile(dir, 20 * 1024 * 1024, LARGE_FILE);
  return dir;
}

/** Only the good articles of the fixture corpus: what it must count, as if the bad files were not there. */
export const goodCorpus = () => folderWith("good-corpus-", [...seedFiles(), ...validBadInput().map((f) => join(BAD_INPUT_DIR, f)), ...hostileFiles()]);

/** `npm run build` (clears cached loader outputs, then `observable build`) on a corpus folder. */
export function build(corpus: string, cwd = ROOT): void {
  execFileSync("npm", ["run", "--silent", "build"], {
    cwd,
    env: {...process.env, CORPUS_DIR: corpus, OBSERVABLE_TELEMETRY_DISABLE: "true"},
    stdio: ["ignore", "ignore", "pipe"],
    maxBuffer: 1 << 26
  });
}

/**
 * A copy of the project in a temporary folder (node_modules linked, not copied) with the
 * working tree's caches, so that a test may edit the extractor's code without touching ours.
 */
export function projectCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "project-"));
  for (const name of ["loaders", "src", "data", "scripts", "package.json", "observablehq.config.ts", "tsconfig.json"]) {
    cpSync(join(ROOT, name), join(dir, name), {recursive: true});
  }
  if (existsSync(join(ROOT, ".cache"))) {
    mkdirSync(join(dir, ".cache"));
    for (const name of ["site", "extract"]) if (existsSync(join(ROOT, ".cache", name))) cpSync(join(ROOT, ".cache", name), join(dir, ".cache", name), {recursive: true});
  }
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

/** Every file under a folder (dist/ by default), as paths relative to it, sorted. */
export function distFiles(dir = DIST): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

/** The built data files (loader outputs under _file/) and their bytes. */
export function dataFiles(dir = DIST): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const f of distFiles(dir)) if (f.startsWith("_file/")) out.set(f, readFileSync(join(dir, f)));
  return out;
}

/** A built JSON data file by its source name, e.g. "data/site.json" (dist/_file/data/site.<hash>.json). */
export function builtJson(name: string, dir = DIST): any {
  const base = name.replace(/\.json$/, "");
  const found = distFiles(dir).filter((p) => p.startsWith(`_file/${base}.`) && /^[0-9a-f]{8}\.json$/.test(p.slice(`_file/${base}.`.length)));
  if (found.length !== 1) throw new Error(`expected one built file for ${name}, found ${found.length}`);
  return JSON.parse(readFileSync(join(dir, found[0]), "utf8"));
}

/** Every article as the pages see it: the built facets (decoded as the pages do) with their catalogue entries. */
export function builtIndex(dir = DIST): IndexRow[] {
  const file = builtJson("data/facets.json", dir) as FacetsFile;
  const rows = decodeFacets(file);
  const parts = Array.from({length: CATALOG_PARTS}, (_, p) => builtJson(`data/catalog/${p}.json`, dir) as CatalogRow[]);
  return rows.map((r) => ({...r, ...parts[Math.floor(r.i / file.catalog)][r.i % file.catalog]}));
}

/** The report's pages in dist/ (parameterized pages included), e.g. "index.html", "countries/CN.html". */
export const pagesIn = (dir = DIST) => distFiles(dir).filter((f) => f.endsWith(".html") && !f.startsWith("_"));

export function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS
  });
}

export interface Visit {
  page: Page;
  /** Console errors, page errors, failed requests, HTTP errors and requests to another host. */
  problems: string[];
  /** Every alert, confirm or prompt the page opened. */
  dialogs: string[];
  close(): Promise<void>;
}

/** Opens `path` in a new context and records everything that goes wrong. */
export async function visit(browser: Browser, origin: string, path: string, viewport = {width: 1280, height: 900}): Promise<Visit> {
  const context = await browser.newContext({viewport, acceptDownloads: true});
  const page = await context.newPage();
  const problems: string[] = [];
  const dialogs: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`failed request: ${r.url()} (${r.failure()?.errorText})`));
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith("data:") && !url.startsWith("blob:")) problems.push(`request to another host: ${url}`);
  });
  page.on("dialog", (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(`${origin}/${path}`, {waitUntil: "networkidle"});
  await revealAll(page);
  return {page, problems, dialogs, close: () => context.close()};
}

/**
 * Scrolls every card into view and back to the top, then waits for the cells still loading: the
 * charts below the fold are drawn only when seen (Framework's visibility()), and every check
 * (errors, charts, downloads) must see them drawn.
 */
export async function revealAll(page: Page): Promise<void> {
  for (const card of await page.locator("main .card").all()) await card.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForLoadState("networkidle");
  await page.waitForFunction(() => !document.querySelector("main observablehq-loading"), undefined, {timeout: 10_000});
  await page.waitForTimeout(250);
}

/** What `npm run extract` prints for a corpus, one object per file. */
export function extract(corpus: string): any[] {
  const out = execFileSync("npm", ["run", "--silent", "extract", "--", corpus], {cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 1 << 28});
  return out.trim().split("\n").map((l) => JSON.parse(l));
}

/** The key figures of a corpus by `npm run extract`: what the overview must show. */
export function extractFigures(lines: any[]) {
  const read = lines.filter((l) => !l.skipped);
  const distinct = (f: (l: any) => string[]) => new Set(read.flatMap(f)).size;
  return {
    articles: read.length,
    countries: distinct((l) => l.countries.map((c: any) => c.code)),
    organizations: distinct((l) => l.organizations.map((o: any) => o.id)),
    provinces: distinct((l) => l.localities.map((x: any) => x.code)),
    fields: distinct((l) => l.fields.map((x: any) => x.id)),
    pairs: distinct((l) => l.pairs.map((p: any) => `${p.vn}→${p.partner}`))
  };
}
