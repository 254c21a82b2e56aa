// From the web to the dashboard, as a person does it: `npm run ingest` reads a feed served on
// 127.0.0.1 into a fresh folder, `npm run build` builds the site from that folder, and the pages
// count the articles with the dates, outlets and addresses their pages state; the article view
// links to each article's original page. Nothing leaves the machine.
import {mkdirSync, mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {listArticleFiles} from "../../loaders/read/articleFiles.js";
import {parseFrontMatter} from "../../loaders/read/frontMatter.js";
import {startFixtureServer, type FixtureServer} from "../ingest/fixtureServer.js";
import {ingest} from "../ingest/ingestCommand.js";
import {build, builtArticles, extract, launch, projectCopy, serveDist, startDevServer, visit, type DevServer} from "./helpers.js";

let server: FixtureServer;
let browser: Browser;
let site: {origin: string; server: {close(): void}};
let project: string;
const scratch = mkdtempSync(join(tmpdir(), "ingest-site-"));
const corpus = join(scratch, "articles");

/** What each written file's front matter states, by the article's title. */
function written(): Map<string, {title: string; url: string; source: string; date: string; file: string}> {
  const out = new Map();
  for (const file of listArticleFiles(corpus)) {
    const fm = parseFrontMatter(readFileSync(file, "utf8"));
    if (!fm.ok) throw new Error(`${file}: ${fm.message}`);
    const m = fm.frontMatter;
    const date = m.date ? [m.date.year, m.date.month, m.date.day].filter((x) => x !== null).map((x) => String(x).padStart(2, "0")).join("-") : "";
    out.set(m.title ?? "", {title: m.title ?? "", url: m.url ?? "", source: m.source ?? "", date, file});
  }
  return out;
}

beforeAll(async () => {
  server = await startFixtureServer();
  const run = await ingest([`${server.origin}/feed.xml`, "--out", corpus, "--cache", join(scratch, "cache"), "--delay", "0"]);
  if (run.status !== 0) throw new Error(`ingest failed:\n${run.stdout}\n${run.stderr}`);
  project = projectCopy();
  build(corpus, project);
  site = await serveDist(join(project, "dist"), {port: 0});
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  site?.server.close();
  await server?.close();
  rmSync(scratch, {recursive: true, force: true});
  if (project) rmSync(project, {recursive: true, force: true});
});

describe("a feed read by npm run ingest, then built", () => {
  it("counts every article of the feed, with the title, date, outlet and address its page states", () => {
    const files = written();
    expect(files.size).toBe(8);
    const built = builtArticles(join(project, "dist"));
    expect(built).toHaveLength(8);
    for (const a of built) {
      const f = files.get(a.title ?? "");
      expect(f, a.title ?? a.id).toBeDefined();
      expect(a.url).toBe(f!.url);
      expect(a.source).toBe(f!.source);
      expect([a.date.year, a.date.month, a.date.day].filter((x) => x !== null).map((x) => String(x).padStart(2, "0")).join("-")).toBe(f!.date);
    }
    expect(files.get("Việt Nam và Nhật Bản hợp tác phát triển chip bán dẫn")).toMatchObject({source: "vnexpress.net", date: "2025-03-14"});
  });

  it("the Overview counts the articles reporting S&T cooperation as npm run extract classes them", async () => {
    const st = extract(corpus, project).filter((l) => l.relevance === "st_cooperation").length;
    expect(st).toBeGreaterThan(3);
    const v = await visit(browser, site.origin, "index.html");
    const card = v.page.locator(".card", {has: v.page.locator("h2", {hasText: "S&T cooperation"})}).first();
    expect((await card.locator(".big").first().textContent())?.trim()).toBe(String(st));
    expect(v.problems).toEqual([]);
    await v.close();
  });

  it("the Articles page lists them with their dates and outlets, and the article view links to the original page", async () => {
    const files = written();
    const v = await visit(browser, site.origin, "articles.html?scope=mentions");
    const rows = await v.page.locator("main table tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent?.trim() ?? "")));
    expect(rows).toHaveLength(8);
    const headers = await v.page.locator("main table thead th").allTextContents();
    const at = headers.map((h) => h.trim()).indexOf("Source");
    expect(at).toBeGreaterThan(0);
    const sources = new Set(rows.map((r) => r[at]));
    for (const f of files.values()) expect(sources.has(f.source), f.source).toBe(true);
    // Open the chip article: its facts link to the page it came from.
    const chip = files.get("Việt Nam và Nhật Bản hợp tác phát triển chip bán dẫn")!;
    await v.page.locator("main table a", {hasText: chip.title}).first().click();
    const view = v.page.locator("main .article-layout");
    const original = view.locator("a", {hasText: "original page"});
    await original.waitFor();
    expect(await original.getAttribute("href")).toBe(chip.url);
    expect(await original.getAttribute("rel")).toBe("noopener noreferrer");
    expect(await view.locator("h2").first().textContent()).toBe(chip.title);
    expect(v.problems).toEqual([]);
    await v.close();
  });
});

describe("npm run dev, while npm run ingest writes into its folder", () => {
  let dev: DevServer | undefined;
  afterAll(() => dev?.stop());

  it("shows the feed's articles in an open page without a restart", async () => {
    const live = join(scratch, "live");
    mkdirSync(live);
    dev = await startDevServer(project, live);
    const page = await browser.newPage();
    try {
      // The Overview's first figure: the articles reporting S&T cooperation.
      const st = async () => Number(((await page.locator(".big-number .big").first().textContent({timeout: 5000})) ?? "").replace(/,/g, ""));
      await dev.open(page);
      expect(await st()).toBe(0);
      const run = await ingest([`${server.origin}/feed.xml`, "--out", live, "--cache", join(scratch, "cache"), "--delay", "0"]);
      expect(run.status).toBe(0);
      const want = extract(live, project).filter((l) => l.relevance === "st_cooperation").length;
      expect(want).toBeGreaterThan(3);
      await expect.poll(() => st().catch(() => -1), {timeout: 90_000, interval: 1000, message: dev.log().slice(-2000)}).toBe(want);
    } finally {
      await page.close();
    }
  });
});
