// Shared by the browser suite: the fixture corpora, a copy of the project to build them in (so
// that nothing in the working tree changes: not src/data/site/, not dist/, not .cache/), building
// and serving the site (scripts/serve-dist.js, 127.0.0.1 only), Chromium through playwright-core
// (Debian's, never a download), the site data as the pages read it, and what `npm run extract`
// says of a corpus.
import {execFileSync, spawn, type ChildProcess} from "node:child_process";
import {copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync} from "node:fs";
import {createServer} from "node:net";
import {tmpdir} from "node:os";
import {basename, join, relative} from "node:path";
import {chromium, type Browser, type Page} from "playwright-core";
import {serveDist} from "../../scripts/serve-dist.js";
import {CHROMIUM_FLAGS} from "../../scripts/sitePages.js";
import {BAD_INPUT_DIR, EXPECTED, writeLargeFile} from "../fixtures/make-bad-input.js";
import {CATALOG_PARTS, type ArticleFacts, type CatalogRow, type FacetsFile, type SiteFile} from "../../loaders/contract.js";
import {decodeFacets} from "../../src/components/facetRows.js";

export {serveDist};

export const ROOT = process.cwd();
export const SEEDS = join(ROOT, "data/articles");
export const FIXTURES = join(ROOT, "tests/fixtures");
export const MIXED = join(FIXTURES, "mixed");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** The articles with hostile HTML in their text (and, for the second, in its front matter). */
export const HOSTILE = ["xss.txt", "xss-front-matter.md"];
export const COPY_OF_SEED = {name: "copy of 002.txt", seed: "002_739555dec86a15cd.txt"};
export const LARGE_FILE = "too-large.txt";

/** A file's id: its name without the extension. */
export const idOf = (file: string) => basename(file).replace(/\.(txt|md)$/, "");

/** A fresh temporary folder holding copies of `files` (paths), keeping their names. */
function folderWith(prefix: string, files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const f of files) copyFileSync(f, join(dir, basename(f)));
  return dir;
}

const filesIn = (dir: string) => readdirSync(dir).map((f) => join(dir, f));
const seedFiles = () => filesIn(SEEDS);
const hostileFiles = () => HOSTILE.map((f) => join(FIXTURES, f));
/** The short articles of every relevance class (tests/fixtures/mixed/): what the scope control separates. */
const mixedFiles = () => filesIn(MIXED);
/** The bad-input fixtures that are valid articles in their own right (not re-encoded copies of a seed). */
const validBadInput = () => Object.keys(EXPECTED).filter((f) => EXPECTED[f] === "ok" && !["utf16le-bom.txt", "utf8-bom.txt", "nfd.txt", "crlf.txt"].includes(f));

/** The seeds and the short articles of every relevance class. */
export const smallCorpus = () => folderWith("small-corpus-", [...seedFiles(), ...mixedFiles()]);

/** The seeds, the articles of every class, every bad input, an exact copy of a seed, a 20 MB file and the hostile articles. */
export function fixtureCorpus(): string {
  const dir = folderWith("site-corpus-", [...seedFiles(), ...mixedFiles(), ...filesIn(BAD_INPUT_DIR), ...hostileFiles()]);
  copyFileSync(join(SEEDS, COPY_OF_SEED.seed), join(dir, COPY_OF_SEED.name));
  writeLargeFile(dir, 20 * 1024 * 1024, LARGE_FILE);
  return dir;
}

/** Only the good articles of the fixture corpus: what it must count, as if the bad files were not there. */
export const goodCorpus = () => folderWith("good-corpus-", [...seedFiles(), ...mixedFiles(), ...validBadInput().map((f) => join(BAD_INPUT_DIR, f)), ...hostileFiles()]);

/**
 * A copy of the project in a temporary folder (node_modules linked, not copied) with the working
 * tree's per-article extraction cache, so that builds, edits to loaders/ and data/, and the dev
 * server never touch ours. The site data (src/data/site/) and Framework's cache are left out:
 * the copy's first build writes its own.
 */
export function projectCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "project-"));
  for (const name of ["loaders", "src", "data", "scripts", "tests/gold", "package.json", "observablehq.config.ts", "tsconfig.json"]) {
    cpSync(join(ROOT, name), join(dir, name), {
      recursive: true,
      filter: (from) => {
        const rel = relative(join(ROOT, "src"), from);
        return rel !== "data/site" && rel !== ".observablehq";
      }
    });
  }
  if (existsSync(join(ROOT, ".cache/extract"))) cpSync(join(ROOT, ".cache/extract"), join(dir, ".cache/extract"), {recursive: true});
  else mkdirSync(join(dir, ".cache"));
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

/** `npm run build` (writes the site data into src/data/site/, then `observable build`, then the redirects) in `project` on a corpus folder. */
export function build(corpus: string, project: string): void {
  try {
    execFileSync("npm", ["run", "--silent", "build"], {
      cwd: project,
      env: {...process.env, CORPUS_DIR: corpus, OBSERVABLE_TELEMETRY_DISABLE: "true"},
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 1 << 26
    });
  } catch (e) {
    const err = e as {stdout?: Buffer; stderr?: Buffer};
    throw new Error(`npm run build failed in ${project}:\n${String(err.stdout ?? "").slice(-3000)}\n${String(err.stderr ?? "").slice(-3000)}`);
  }
}

/** Every file under a folder, as paths relative to it, sorted. */
export function filesUnder(dir: string): string[] {
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

/** The site data as built into dist/ (dist/_file/data/site/**), by path, with their bytes. */
export function dataFiles(dist: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const f of filesUnder(dist)) if (f.startsWith("_file/data/site/")) out.set(f, readFileSync(join(dist, f)));
  return out;
}

/** A built site-data file by its name under src/data/site/, e.g. "site.json" (dist/_file/data/site/site.<hash>.json). */
export function builtJson(name: string, dist: string): any {
  const base = `_file/data/site/${name.replace(/\.json$/, "")}.`;
  const found = filesUnder(dist).filter((p) => p.startsWith(base) && /^[0-9a-f]{8}\.json$/.test(p.slice(base.length)));
  if (found.length !== 1) throw new Error(`expected one built file for ${name}, found ${found.length}`);
  return JSON.parse(readFileSync(join(dist, found[0]), "utf8"));
}

export const builtSite = (dist: string) => builtJson("site.json", dist) as SiteFile;

/** Every article as the pages see it: the built facets, decoded as the pages decode them, with their catalogue entries. */
export function builtArticles(dist: string): (ArticleFacts & CatalogRow)[] {
  const site = builtSite(dist);
  const rows = ["facets.json", "facets-mentions.json"].flatMap((name) => decodeFacets(builtJson(name, dist) as FacetsFile));
  const parts = Array.from({length: CATALOG_PARTS}, (_, p) => builtJson(`catalog/${p}.json`, dist) as CatalogRow[]);
  return rows.map((r) => ({...r, ...parts[Math.floor(r.i / site.files.catalog)][r.i % site.files.catalog]}));
}

/** The main pages, and a profile page for every partner and Vietnamese side in site.json's files index. */
export function pagesOf(site: SiteFile): {main: string[]; profiles: string[]} {
  const main = ["index.html", "partners.html", "provinces.html", "fields.html", "network.html", "timeline.html", "articles.html", "method.html"];
  const codes = Object.keys(site.files.entities).sort();
  return {main, profiles: codes.map((c) => `profile.html?code=${encodeURIComponent(c)}`)};
}

/** A port nobody listens on now (for the dev server). */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as {port: number}).port;
      s.close(() => ok(port));
    });
  });
}

export interface DevServer {
  process: ChildProcess;
  port: number;
  /** What the server has printed so far. */
  log(): string;
  /** Opens `path` in `page`, retrying (≤ 60 s) until the server answers with a page that has key figures. */
  open(page: Page, path?: string): Promise<void>;
  /** Stops the server and the preview it started (one process group, ours alone). */
  stop(): void;
}

/** `npm run dev` (scripts/dev.js) of `project` on a free port, counting `corpus`. */
export async function startDevServer(project: string, corpus: string): Promise<DevServer> {
  const port = await freePort();
  let log = "";
  const child = spawn("node", ["scripts/dev.js", "--port", String(port), "--no-open"], {
    cwd: project,
    env: {...process.env, CORPUS_DIR: corpus, OBSERVABLE_TELEMETRY_DISABLE: "true"},
    stdio: ["ignore", "pipe", "pipe"],
    detached: true
  });
  child.stdout!.on("data", (d) => (log += d));
  child.stderr!.on("data", (d) => (log += d));
  return {
    process: child,
    port,
    log: () => log,
    async open(page, path = "") {
      for (let i = 0; ; i++) {
        try {
          await page.goto(`http://127.0.0.1:${port}/${path}`, {waitUntil: "networkidle"});
          await page.locator(".big-number").first().waitFor({timeout: 30_000});
          return;
        } catch (e) {
          if (i >= 60 || child.exitCode !== null) throw new Error(`the dev server did not start: ${e}\n${log}`);
          await new Promise((r) => setTimeout(r, 1000));
        }
      }
    },
    stop() {
      if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
    }
  };
}

export function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`);
  return chromium.launch({executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS});
}

export interface Visit {
  page: Page;
  /** Console errors, page errors, failed requests, HTTP errors and requests to another host. */
  problems: string[];
  /** Every alert, confirm or prompt the page opened. */
  dialogs: string[];
  close(): Promise<void>;
}

export interface VisitOptions {
  viewport?: {width: number; height: number};
  /** "reveal" (default): scroll through the page and wait for every cell; "settle": wait for the cells in view; "none": return once the page starts loading (a redirect). */
  wait?: "reveal" | "settle" | "none";
}

/** Opens `path` in a new context (its own sessionStorage) and records everything that goes wrong. */
export async function visit(browser: Browser, origin: string, path: string, {viewport = {width: 1280, height: 900}, wait = "reveal"}: VisitOptions = {}): Promise<Visit> {
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
  await page.goto(`${origin}/${path}`, {waitUntil: wait === "none" ? "commit" : "networkidle"});
  if (wait === "reveal") await revealAll(page);
  else if (wait === "settle") await settle(page);
  return {page, problems, dialogs, close: () => context.close()};
}

/** Waits until no cell of the main column is loading and the network is idle. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
  await page.waitForFunction(() => !document.querySelector("main observablehq-loading"), undefined, {timeout: 15_000});
  await page.waitForTimeout(200);
}

/**
 * Scrolls every card into view and back to the top, then waits for the cells still loading: the
 * charts below the fold are drawn only when seen (Framework's visibility()), and every check
 * (errors, charts, downloads) must see them drawn.
 */
export async function revealAll(page: Page): Promise<void> {
  // A card the page hides (a profile with no partner or province chosen) has nothing to draw.
  for (const card of await page.locator("main .card").all()) if (await card.isVisible()) await card.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, 0));
  await settle(page);
}

/** What `npm run extract` (of the project in `cwd`) prints for a corpus, one object per file. */
export function extract(corpus: string, cwd = ROOT): any[] {
  const out = execFileSync("npm", ["run", "--silent", "extract", "--", corpus], {cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 1 << 28});
  return out.trim().split("\n").map((l) => JSON.parse(l));
}

/**
 * The Overview's key figures for a scope, worked out from `npm run extract`'s lines alone (not by
 * the count engine): the articles of the scope's relevance classes, and the distinct partner
 * countries, organisations, provinces (the national level left out) and pairs of the scope's pairs
 * (S&T pairs in the S&T scope); in the mentions scope, every article and everything it names.
 */
export function extractFigures(lines: any[], scope: "st" | "cooperation" | "mentions", isCountry: (code: string) => boolean) {
  const read = lines.filter((l) => !l.skipped);
  const counted = read.filter((l) => scope === "mentions" || l.relevance === "st_cooperation" || (scope === "cooperation" && l.relevance === "cooperation"));
  const pairs = counted.flatMap((l) => (l.pairs as any[]).filter((p) => scope !== "st" || p.st));
  const distinct = (xs: string[]) => new Set(xs).size;
  if (scope === "mentions") {
    return {
      articles: counted.length,
      countries: distinct(counted.flatMap((l) => l.countries.map((c: any) => c.code))),
      organizations: distinct(counted.flatMap((l) => l.organizations.map((o: any) => o.id))),
      provinces: distinct(counted.flatMap((l) => l.localities.map((x: any) => x.code))),
      pairs: distinct(pairs.map((p) => `${p.vn}→${p.partner}`))
    };
  }
  return {
    articles: counted.length,
    countries: distinct(pairs.filter((p) => isCountry(p.partner)).map((p) => p.partner)),
    organizations: distinct(pairs.filter((p) => !isCountry(p.partner)).map((p) => p.partner)),
    provinces: distinct(pairs.filter((p) => p.vn !== "VN").map((p) => p.vn)),
    pairs: distinct(pairs.map((p) => `${p.vn}→${p.partner}`))
  };
}

/** Runs `task` on `items`, `n` at a time. */
export async function pool<T>(items: T[], n: number, task: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({length: n}, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
    })
  );
}
