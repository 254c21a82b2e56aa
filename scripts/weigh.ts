// First-load weight of the built pages: what a reader's browser downloads when it opens a page
// (HTML, JS, CSS and data, uncompressed bytes) before it is used, the page scrolled to the end.
// What a reader fetches afterwards on demand (an article's text, older evidence sentences, the
// catalogue for a search) is not counted. It does not build: run `npm run build` first.
//
//   npm run weigh [-- --pages index.html,profile.html?code=CN] [--dist DIR] [--budget MB]
//
// Serves DIR (default dist/) on 127.0.0.1 with scripts/serve-dist.js and opens each page in the
// system Chromium (CHROMIUM_PATH, default /usr/bin/chromium) through playwright-core. Prints a
// table (bytes by kind: page, Framework, npm modules, our modules, data) and exits 1 if a page is
// over the budget (default: 1 MB for a corpus of up to 5 articles, else 1.5 MB).
import {existsSync, readdirSync, readFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {parseArgs} from "node:util";
import {chromium, type Browser} from "playwright-core";
import type {SiteFile} from "../loaders/contract.js";
import {serveDist} from "./serve-dist.js";
import {CHROMIUM_FLAGS, sitePages} from "./sitePages.js";

export interface Weight {
  page: string;
  bytes: number;
  byKind: Record<string, number>;
  /** The largest responses, [path, bytes]. */
  largest: [string, number][];
}

const kindOf = (path: string) =>
  path.startsWith("/_node/") ? "npm" : path.startsWith("/_observablehq/") ? "framework" : path.startsWith("/_file/") ? "data" : path.startsWith("/_import/") ? "modules" : "page";

/** Opens `path` and sums the bodies of every response until the page is loaded, idle and scrolled through. */
export async function firstLoad(browser: Browser, origin: string, path: string): Promise<Weight> {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  const page = await context.newPage();
  const sizes: Promise<[string, number]>[] = [];
  page.on("response", (r) => {
    const url = r.url();
    if (!url.startsWith(origin)) return;
    sizes.push(r.body().then((b) => [url.slice(origin.length).replace(/\?.*$/, ""), b.length] as [string, number], () => [url, 0] as [string, number]));
  });
  await page.goto(`${origin}/${path}`, {waitUntil: "networkidle"});
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(1000);
  const list = await Promise.all(sizes);
  await context.close();
  const byKind: Record<string, number> = {};
  for (const [p, n] of list) byKind[kindOf(p)] = (byKind[kindOf(p)] ?? 0) + n;
  return {page: path, bytes: list.reduce((s, [, n]) => s + n, 0), byKind, largest: list.sort((a, b) => b[1] - a[1]).slice(0, 5)};
}

async function main() {
  const {values} = parseArgs({options: {pages: {type: "string"}, dist: {type: "string", default: "dist"}, budget: {type: "string"}}});
  const dist = resolve(values.dist!);
  if (!existsSync(join(dist, "index.html"))) {
    console.error(`weigh: ${dist} has no built site; run \`npm run build\` first.`);
    process.exit(1);
  }
  // The site data as built into this dist/ (src/data/site/site.json → _file/data/site/site.<hash>.json).
  const data = join(dist, "_file/data/site");
  const siteName = existsSync(data) ? readdirSync(data).find((f) => /^site\.[0-9a-f]+\.json$/.test(f)) : undefined;
  if (!siteName) {
    console.error(`weigh: ${dist} has no site data (_file/data/site/site.*.json); run \`npm run build\` first.`);
    process.exit(1);
  }
  const site = JSON.parse(readFileSync(join(data, siteName), "utf8")) as SiteFile;
  const articles = site.corpus.articles;
  const budget = Number(values.budget ?? (articles <= 5 ? 1 : 1.5)) * 1e6;
  const pages = values.pages ? values.pages.split(",") : sitePages(dist, join(data, siteName));
  const {server, origin} = await serveDist(dist, {port: 0});
  const browser = await chromium.launch({executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_FLAGS});
  let over = 0;
  const mb = (n = 0) => (n / 1e6).toFixed(3);
  console.log(`first load of each page, ${articles.toLocaleString("en-US")} articles, budget ${mb(budget)} MB (uncompressed)\n`);
  console.log(`${"page".padEnd(28)} ${"total MB".padStart(8)}  ${["page", "framework", "npm", "modules", "data"].map((k) => k.padStart(9)).join(" ")}  largest`);
  try {
    for (const p of pages) {
      const w = await firstLoad(browser, origin, p);
      if (w.bytes > budget) over++;
      console.log(
        `${p.padEnd(28)} ${mb(w.bytes).padStart(8)}  ${["page", "framework", "npm", "modules", "data"].map((k) => mb(w.byKind[k]).padStart(9)).join(" ")}  ${w.largest[0]?.[0]} ${mb(w.largest[0]?.[1])}${w.bytes > budget ? "  OVER BUDGET" : ""}`
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
  if (over) {
    console.error(`\n${over} page(s) over ${mb(budget)} MB`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
