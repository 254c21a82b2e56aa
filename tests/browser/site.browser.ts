// Every page of a site built from the seeds plus the bad-input battery, at desktop and phone
// width, in Debian's Chromium: no error, no request but to the local server, real charts; the
// interactions people rely on; figures equal to `npm run extract`; hostile text shown as text.
import {readFileSync, rmSync} from "node:fs";
import type {Server} from "node:http";
import {join} from "node:path";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {build, DIST, distFiles, extractFigures, fixtureCorpus, launch, serveDist} from "./helpers.js";

let corpus: string;
let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  corpus = fixtureCorpus();
  build(corpus);
  ({server, origin} = await serveDist());
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
  if (corpus) rmSync(corpus, {recursive: true, force: true});
});

interface Visit {
  page: Page;
  problems: string[];
  dialogs: string[];
}

/** Opens a page and records every console error, page error, failed or foreign request, and dialog. */
async function visit(path: string, viewport = {width: 1280, height: 900}): Promise<Visit> {
  const context = await browser.newContext({viewport, acceptDownloads: true});
  const page = await context.newPage();
  const problems: string[] = [];
  const dialogs: string[] = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on("response", (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) problems.push(`foreign request: ${url}`);
  });
  page.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await page.goto(`${origin}/${path}`, {waitUntil: "networkidle"});
  await page.waitForTimeout(300);
  return {page, problems, dialogs};
}

const close = (v: Visit) => v.page.context().close();

const pages = () => distFiles().filter((f) => f.endsWith(".html") && !f.startsWith("_"));
const CHARTLESS = new Set(["articles.html", "method.html"]);

/** The largest rendered SVG on the page (its width and height in CSS pixels). */
const largestSvg = (page: Page) =>
  page.$$eval("svg", (els) => els.map((e) => e.getBoundingClientRect()).reduce((m, r) => (r.width * r.height > m.w * m.h ? {w: r.width, h: r.height} : m), {w: 0, h: 0}));

describe("every page, at 1280×900 and 390×844", () => {
  it("finds the pages of the report in dist/", () => {
    const list = pages();
    for (const p of ["index.html", "countries.html", "provinces.html", "fields.html", "network.html", "timeline.html", "articles.html", "method.html", "countries/CN.html", "provinces/VN-SG.html"]) {
      expect(list).toContain(p);
    }
  });
  for (const viewport of [{width: 1280, height: 900}, {width: 390, height: 844}]) {
    it(`renders each page without error at ${viewport.width} px`, async () => {
      const failures: string[] = [];
      for (const path of pages()) {
        const v = await visit(path, viewport);
        const errorCells = await v.page.$$(".observablehq--error");
        if (errorCells.length) failures.push(`${path}: ${errorCells.length} error cell(s): ${await errorCells[0].textContent()}`);
        for (const p of v.problems) failures.push(`${path}: ${p}`);
        for (const d of v.dialogs) failures.push(`${path}: dialog ${d}`);
        if (!CHARTLESS.has(path)) {
          const svg = await largestSvg(v.page);
          if (svg.w < 100 || svg.h < 50) failures.push(`${path}: no chart of real size (largest svg ${svg.w}×${svg.h})`);
        }
        await close(v);
      }
      expect(failures).toEqual([]);
    });
  }
});

describe("interactions", () => {
  it("switching the partner metric changes the bars", async () => {
    const v = await visit("countries.html");
    const bars = () => v.page.$eval(".card svg", (s) => s.outerHTML);
    const before = await bars();
    await v.page.getByLabel("Mentions").check();
    await v.page.waitForTimeout(500);
    expect(await bars()).not.toBe(before);
    expect(v.page.url()).toContain("metric=mentions");
    await close(v);
  });
  it("a partner's page shows its evidence sentences with the partner highlighted", async () => {
    const v = await visit("countries/CN.html");
    await v.page.waitForSelector("ol.evidence li");
    const text = await v.page.$eval("ol.evidence", (e) => e.textContent ?? "");
    expect(text).toContain("Trung Quốc");
    expect(await v.page.$$("ol.evidence mark")).not.toHaveLength(0);
    await close(v);
  });
  it("the 63 ↔ 34 unit switch redraws the map", async () => {
    const v = await visit("provinces.html");
    const map = () => v.page.$eval(".card", (c) => c.querySelectorAll("svg path").length);
    const before = await map();
    await v.page.getByLabel(/34 units/).check();
    await v.page.waitForTimeout(500);
    const after = await map();
    expect(before).toBeGreaterThan(0);
    expect(after).not.toBe(before);
    expect(v.page.url()).toContain("level=34");
    await close(v);
  });
  it("searching the articles table filters it", async () => {
    const v = await visit("articles.html");
    const rows = () => v.page.$$eval("table tbody tr", (trs) => trs.length);
    const before = await rows();
    await v.page.getByPlaceholder(/Title, source/).fill("Sputnik");
    await v.page.waitForTimeout(600);
    const after = await rows();
    expect(before).toBeGreaterThan(1);
    expect(after).toBeGreaterThanOrEqual(1);
    expect(after).toBeLessThan(before);
    await close(v);
  });
  it("the article view highlights entities by kind and dims the chrome", async () => {
    const v = await visit("articles.html?id=000_5155e7d0209eb3e7");
    await v.page.waitForSelector(".article-text mark");
    const kinds = await v.page.$$eval(".article-text mark", (ms) => [...new Set(ms.map((m) => m.className))]);
    expect(kinds.join(" ")).toContain("ent-country");
    expect(kinds.join(" ")).toContain("ent-province");
    expect(await v.page.$$(".article-text .chrome")).not.toHaveLength(0);
    await close(v);
  });
  it("a CSV download returns the rows the table shows", async () => {
    const v = await visit("provinces.html");
    const shown = await v.page.$$eval("table tbody tr", (trs) => trs.length);
    const links = v.page.locator("a.download");
    const last = links.nth((await links.count()) - 1);
    const [download] = await Promise.all([v.page.waitForEvent("download"), last.click()]);
    const csv = readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "").trim().split("\n");
    expect(csv.length - 1).toBe(shown);
    await close(v);
  });
});

describe("numbers and safety", () => {
  it("shows on the overview the figures of `npm run extract` on the same corpus", async () => {
    const want = extractFigures(corpus);
    const v = await visit("index.html");
    const figures = Object.fromEntries(
      await v.page.$$eval(".big-number", (cards) => cards.map((c) => [c.querySelector("h2")?.textContent?.trim(), c.querySelector(".big")?.textContent?.trim()]))
    );
    expect({
      articles: Number(figures["Articles"]),
      countries: Number(figures["Partner countries"]),
      organizations: Number(figures["Organisations"]),
      provinces: Number(figures["Provinces"]),
      fields: Number(figures["Fields"]),
      pairs: Number(figures["Cooperation pairs"])
    }).toEqual({articles: want.articles, countries: want.countries, organizations: want.organizations, provinces: want.provinces, fields: want.fields, pairs: want.pairs});
    await close(v);
  });
  it("lists every file that was not counted on the method page, with its reason", async () => {
    const {skipped} = extractFigures(corpus);
    const v = await visit("method.html");
    const text = (await v.page.textContent("main")) ?? "";
    for (const id of skipped) expect(text).toContain(id);
    for (const reason of ["empty", "binary", "UTF-8", "HTML", "date", "duplicate", "MiB"]) expect(text).toContain(reason);
    await close(v);
  });
  it("shows hostile article text as text: no dialog, no script, no injected element", async () => {
    for (const path of ["articles.html?id=xss", "countries/JP.html", "provinces/VN-HN.html"]) {
      const v = await visit(path);
      await v.page.waitForTimeout(500);
      expect(v.dialogs).toEqual([]);
      expect(await v.page.$$("main script, main img[src='x'], main a[href^='javascript:']")).toHaveLength(0);
      if (path.startsWith("articles")) {
        await v.page.waitForSelector(".article-text");
        expect(await v.page.textContent(".article-text")).toContain("<script>alert(1)</script>");
      }
      await close(v);
    }
  });
  it("has no bare module specifier and no _npm folder in dist/", () => {
    const bare: string[] = [];
    for (const f of distFiles()) {
      if (!/\.(js|html)$/.test(f)) continue;
      const m = readFileSync(join(DIST, f), "utf8").match(/import\("[^./][^"]*"\)/g);
      if (m) bare.push(`${f}: ${m.join(", ")}`);
    }
    expect(bare).toEqual([]);
    expect(distFiles().some((f) => f.startsWith("_npm/"))).toBe(false);
  });
});
