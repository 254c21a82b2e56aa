// Shared by the browser suite: a fixture corpus, building the site from it, a static server for
// dist/ on 127.0.0.1, and Chromium through playwright-core (Debian's, never a download).
import {execFileSync} from "node:child_process";
import {copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync} from "node:fs";
import {createServer, type Server} from "node:http";
import {tmpdir} from "node:os";
import {extname, join, relative} from "node:path";
import {chromium, type Browser} from "playwright-core";
import {BAD_INPUT_DIR, writeLargeFile} from "../fixtures/make-bad-input.js";

export const ROOT = process.cwd();
export const DIST = join(ROOT, "dist");
export const SEEDS = join(ROOT, "data/articles");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** The seeds, every bad input, an exact copy of a seed, a 20 MB file and a hostile article. */
export function fixtureCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), "site-corpus-"));
  for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(dir, f));
  for (const f of readdirSync(BAD_INPUT_DIR)) copyFileSync(join(BAD_INPUT_DIR, f), join(dir, f));
  copyFileSync(join(SEEDS, "002_739555dec86a15cd.txt"), join(dir, "copy of 002.txt"));
  copyFileSync(join(ROOT, "tests/fixtures/xss.txt"), join(dir, "xss.txt"));
  writeLargeFile(dir);
  return dir;
}

/** `npm run build` on a corpus folder (the script clears cached loader outputs first). */
export function build(corpus: string): void {
  execFileSync("npm", ["run", "build"], {
    cwd: ROOT,
    env: {...process.env, CORPUS_DIR: corpus, OBSERVABLE_TELEMETRY_DISABLE: "true"},
    stdio: ["ignore", "ignore", "inherit"]
  });
}

/** Every file under dist/ with its relative path. */
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

/** The built data files (loader outputs) and their bytes, keyed by path without the content hash. */
export function dataFiles(): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const f of distFiles()) if (f.startsWith("_file/")) out.set(f, readFileSync(join(DIST, f)));
  return out;
}

/** A built JSON data file by its name, e.g. "data/site.json". */
export function builtJson(name: string): any {
  const base = name.replace(/\.json$/, "");
  const f = distFiles().find((p) => p.startsWith(`_file/${base}.`) && p.endsWith(".json") && /^[0-9a-f]{8}$/.test(p.slice(`_file/${base}.`.length, -5)));
  if (!f) throw new Error(`no built file for ${name}`);
  return JSON.parse(readFileSync(join(DIST, f), "utf8"));
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".csv": "text/csv"
};

/** A static file server for dist/ on 127.0.0.1 (clean URLs resolve to .html). */
export async function serveDist(): Promise<{server: Server; origin: string}> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = join(DIST, path);
    if (path.endsWith("/")) file = join(file, "index.html");
    else if (!existsSync(file) && existsSync(file + ".html")) file += ".html";
    if (!file.startsWith(DIST) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, {"content-type": TYPES[extname(file)] ?? "application/octet-stream"});
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as {port: number}).port;
  return {server, origin: `http://127.0.0.1:${port}`};
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
  });
}

/** What `npm run extract` says of a corpus: the figures the overview must show. */
export function extractFigures(corpus: string) {
  const out = execFileSync(join(ROOT, "node_modules/.bin/tsx"), ["loaders/cli.ts", corpus], {cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 1 << 28});
  const lines = out.trim().split("\n").map((l) => JSON.parse(l));
  const read = lines.filter((l) => !l.skipped);
  const distinct = (f: (l: any) => string[]) => new Set(read.flatMap(f)).size;
  return {
    articles: read.length,
    countries: distinct((l) => l.countries.map((c: any) => c.code)),
    organizations: distinct((l) => l.organizations.map((o: any) => o.id)),
    provinces: distinct((l) => l.localities.map((x: any) => x.code)),
    fields: distinct((l) => l.fields.map((x: any) => x.id)),
    pairs: distinct((l) => l.pairs.map((p: any) => `${p.vn}→${p.partner}`)),
    skipped: lines.filter((l) => l.skipped).map((l) => l.id as string)
  };
}
