// The site built from the seeds plus the whole bad-input battery (a 20 MB file, an exact copy
// of a seed, the hostile articles), served from dist/ on 127.0.0.1 and read in Debian's
// Chromium: every page at desktop and phone width without error or foreign request and with a
// chart of real size; the interactions people rely on; every CSV download; figures equal to
// `npm run extract`; every bad file listed with its reason while the good ones count exactly as
// without them; hostile text shown as text; no bare module specifier left in dist/.
import {readFileSync, rmSync} from "node:fs";
import type {Server} from "node:http";
import {join} from "node:path";
import {csvParse} from "d3-dsv";
import type {Browser, Locator, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {EXPECTED, SEED_OF} from "../fixtures/make-bad-input.js";
import {sitePages} from "../../scripts/sitePages.js";
import {entityBucket} from "../../src/components/entityBucket.js";
import {firstLoad} from "../../scripts/weigh.js";
import {build, builtIndex, builtJson, COPY_OF_SEED, DIST, distFiles, extract, extractFigures, fixtureCorpus, goodCorpus, launch, LARGE_FILE, pagesIn, serveDist, visit, type Visit} from "./helpers.js";

let corpus: string;
let good: string;
let server: Server;
let origin: string;
let browser: Browser;
/** `npm run extract` on the fixture corpus, and on its good articles alone. */
let extracted: any[];
let extractedGood: any[];

beforeAll(async () => {
  corpus = fixtureCorpus();
  good = goodCorpus();
  build(corpus);
  extracted = extract(corpus);
  extractedGood = extract(good);
  ({server, origin} = await serveDist(DIST));
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
  for (const dir of [corpus, good]) if (dir) rmSync(dir, {recursive: true, force: true});
});

const open = (path: string, viewport?: {width: number; height: number}) => visit(browser, origin, path, viewport);
const id = (file: string) => file.replace(/\.(txt|md)$/, "");

/** Elements that only injected markup could have made (the hostile articles carry each of them). */
const INJECTED = "main script, main img[src='x'], [onerror], [onload], [onmouseover], main iframe, a[href^='javascript:' i], main b[onmouseover]";

/** Runs `task` on `items`, `n` at a time. */
async function pool<T>(items: T[], n: number, task: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(Array.from({length: n}, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
  }));
}

describe("every page, at 1280×900 and 390×844", () => {
  it("finds in dist/ the report's pages and a page for every partner and province named", () => {
    const pages = pagesIn();
    for (const p of ["index.html", "countries.html", "provinces.html", "fields.html", "network.html", "timeline.html", "articles.html", "method.html"]) expect(pages).toContain(p);
    const site = builtJson("data/tables.json");
    const partners = [...site.countries.map((c: any) => c.code), ...site.organizations.map((o: any) => o.id)].map((c) => `countries/${c}.html`).sort();
    const provinces = site.provinces.map((p: any) => `provinces/${p.code}.html`).sort();
    expect(pages.filter((p) => p.startsWith("countries/")).sort()).toEqual(partners);
    expect(pages.filter((p) => p.startsWith("provinces/")).sort()).toEqual(provinces);
    expect(partners).toContain("countries/JP.html");
    expect(partners).toContain("countries/KR.html");
  });

  for (const viewport of [{width: 1280, height: 900}, {width: 390, height: 844}]) {
    it(`renders each page at ${viewport.width}×${viewport.height}: no error, no foreign request, no injected element, a chart of real size`, async () => {
      const failures: string[] = [];
      let visited = 0;
      await pool(pagesIn(), 3, async (path) => {
        const v = await open(path, viewport);
        try {
          const errorCells = await v.page.locator(".observablehq--error").allTextContents();
          for (const e of errorCells) failures.push(`${path}: error cell: ${e}`);
          for (const p of v.problems) failures.push(`${path}: ${p}`);
          for (const d of v.dialogs) failures.push(`${path}: dialog ${d}`);
          const injected = await v.page.locator(INJECTED).count();
          if (injected) failures.push(`${path}: ${injected} injected element(s)`);
          if (path !== "articles.html") {
            const svg = await largestChart(v.page);
            if (svg.w < 200 || svg.h < 60) failures.push(`${path}: no chart of real size (largest ${svg.w}×${svg.h}, ${svg.marks} marks)`);
          }
          visited++;
        } finally {
          await v.close();
        }
      });
      expect(failures).toEqual([]);
      expect(visited).toBe(pagesIn().length);
    });
  }
});

/** The largest SVG in the main column that has drawn marks (paths, rects or circles), in CSS pixels. */
const largestChart = (page: Page) =>
  page.$$eval("main svg", (els) =>
    els
      .map((e) => ({r: e.getBoundingClientRect(), marks: e.querySelectorAll("path, rect, circle").length}))
      .filter((x) => x.marks > 0)
      .reduce((m, x) => (x.r.width * x.r.height > m.w * m.h ? {w: Math.round(x.r.width), h: Math.round(x.r.height), marks: x.marks} : m), {w: 0, h: 0, marks: 0})
  );

/** Clicks a download link and returns the CSV's rows (BOM stripped, header as keys). */
async function download(page: Page, link: Locator): Promise<{name: string; rows: Record<string, string>[]; columns: string[]}> {
  const [d] = await Promise.all([page.waitForEvent("download", {timeout: 15_000}), link.click()]);
  const text = readFileSync((await d.path())!, "utf8");
  expect(text.startsWith("\uFEFF"), `${d.suggestedFilename()} starts with a BOM (Excel reads it as UTF-8)`).toBe(true);
  const rows = csvParse(text.slice(1));
  return {name: d.suggestedFilename(), rows, columns: rows.columns};
}

/** The cells of the first `n` rows an Inputs.table shows. */
const shownCells = (table: Locator, n: number) =>
  table.locator("tbody tr").evaluateAll((trs, n) => trs.slice(0, n).map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent?.trim() ?? "")), n);

describe("weight", () => {
  it("loads at most 1 MB (page, code and data) when a page is first opened", async () => {
    const over: string[] = [];
    for (const page of sitePages(DIST)) {
      const w = await firstLoad(browser, origin, page);
      expect(w.byKind.data ?? 0, `${page} loads data`).toBeGreaterThan(0);
      if (w.bytes > 1e6) over.push(`${page}: ${w.bytes} bytes (${JSON.stringify(w.largest)})`);
    }
    expect(over).toEqual([]);
  });

  it("opens an article from a bare ?id= link through its id bucket", async () => {
    const v = await open("articles.html?id=000_5155e7d0209eb3e7");
    await v.page.waitForSelector(".article-text mark");
    const buckets = await v.page.evaluate(() => performance.getEntriesByType("resource").filter((e) => /\/_file\/data\/catalog\/ids\/\d+\./.test(e.name)).length);
    expect(buckets).toBe(1);
    expect(await v.page.locator(".article-layout h2").first().textContent()).toContain("Trung Quốc");
    expect(v.problems).toEqual([]);
    await v.close();
  });
});

describe("interactions", () => {
  it("switching the partner metric changes the bars (and the address)", async () => {
    const v = await open("countries.html");
    const bars = () => v.page.locator(".card svg").first().locator("[aria-label*=': ']").evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
    const widths = () => v.page.locator(".card svg").first().locator("rect").evaluateAll((els) => els.map((e) => e.getAttribute("width")));
    const before = {labels: await bars(), widths: await widths()};
    expect(before.labels.length).toBeGreaterThan(1);
    await v.page.getByLabel("Mentions").check();
    await expect.poll(bars, {timeout: 5000}).not.toEqual(before.labels);
    expect(await widths()).not.toEqual(before.widths);
    expect(v.page.url()).toContain("metric=mentions");
    expect(v.problems).toEqual([]);
    await v.close();
  });

  it("choosing a partner opens its page with its evidence sentences, the partner highlighted", async () => {
    const v = await open("countries.html");
    await Promise.all([v.page.waitForURL(/countries\/JP\.html/), v.page.locator("table a", {hasText: /^Japan$/}).first().click()]);
    await v.page.waitForSelector("ol.evidence li");
    const evidence = builtJson(`data/entities/partner/${entityBucket("partner", "JP")}.json`).JP;
    const items = v.page.locator("ol.evidence li");
    expect(await items.count()).toBe(Math.min(25, evidence.total));
    expect(evidence.total).toBeGreaterThan(0);
    for (const text of await items.locator("blockquote").allTextContents()) expect(text).toMatch(/Nhật|Tokyo|Osaka|JICA|JST|JSPS/);
    expect(await v.page.locator("ol.evidence mark.ent-focus").count()).toBeGreaterThanOrEqual(evidence.total > 25 ? 25 : evidence.total);
    expect(v.problems).toEqual([]);
    await v.close();
  });

  it("the site search finds a partner's and a province's page by name, without diacritics too", async () => {
    const v = await open("index.html");
    const input = v.page.locator("#observablehq-search input");
    const results = v.page.locator("#observablehq-search-results a");
    await input.fill("Nhat Ban");
    await expect.poll(() => results.first().textContent(), {timeout: 5000}).toBe("Japan");
    expect(await results.first().getAttribute("href")).toMatch(/countries\/JP\.html$/);
    await input.fill("hai phong");
    await expect.poll(() => results.first().textContent(), {timeout: 5000}).toBe("Hải Phòng");
    await Promise.all([v.page.waitForURL(/provinces\/VN-HP\.html/), results.first().click()]);
    await expect.poll(() => v.page.locator("h1").first().textContent(), {timeout: 5000}).toBe("Hải Phòng");
    expect(v.problems).toEqual([]);
    await v.close();
  });

  it("the 63 ↔ 34 unit switch redraws the map", async () => {
    const v = await open("provinces.html");
    // The map's own svg (the first card also holds its colour legend, an svg too).
    const map = v.page.locator(".card").first().locator("svg:not([class$='-ramp'])").first();
    const regions = () => map.locator("path").count();
    const before = await regions();
    const title = async () => (await v.page.locator(".card").first().textContent()) ?? "";
    expect(await title()).toContain("The 63 provinces");
    await v.page.getByLabel(/34 units/).check();
    await expect.poll(title).toContain("The 34 units");
    const after = await regions();
    expect(before).toBeGreaterThan(34);
    expect(after).not.toBe(before);
    expect(v.page.url()).toContain("level=34");
    await v.page.getByLabel(/63 provinces/).check();
    await expect.poll(regions).toBe(before);
    expect(v.problems).toEqual([]);
    await v.close();
  });

  it("searching the articles table filters it (without diacritics too), and the CSV download has the rows shown", async () => {
    const v = await open("articles.html");
    const table = v.page.locator("table").first();
    const rows = () => table.locator("tbody tr").count();
    const before = await rows();
    const index = builtIndex();
    expect(index.length).toBeLessThanOrEqual(15);
    expect(before).toBe(index.length);
    // "nhat ban" finds "Nhật Bản" in the titles.
    const fold = (t: string) => t.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
    await v.page.getByPlaceholder(/Title, source/).fill("nhat ban");
    await expect.poll(rows).toBeLessThan(before);
    const titles = await table.locator("tbody tr td:nth-child(2)").allTextContents();
    const want = index.filter((a) => fold(`${a.title ?? ""} ${a.source ?? ""} ${a.file} ${a.id}`).includes("nhat ban"));
    expect(want.length).toBeGreaterThan(0);
    expect(titles.length).toBe(want.length);
    const csv = await download(v.page, v.page.locator(".table-foot a.download").first());
    expect(csv.rows.map((r) => r.title).sort()).toEqual(titles.sort());
    expect(v.problems).toEqual([]);
    await v.close();
  });

  it("the article view highlights entities by kind and dims the page chrome", async () => {
    const v = await open("articles.html?id=000_5155e7d0209eb3e7");
    await v.page.waitForSelector(".article-text mark");
    const kinds = new Set(await v.page.locator(".article-text mark").evaluateAll((ms) => ms.map((m) => m.className.split(" ")[1])));
    expect([...kinds]).toEqual(expect.arrayContaining(["ent-country", "ent-province", "ent-cue"]));
    expect(await v.page.locator(".article-text .chrome").count()).toBeGreaterThan(0);
    const row = builtIndex().find((a) => a.id === "000_5155e7d0209eb3e7")!;
    const countries = await v.page.locator(".article-text mark.ent-country").evaluateAll((ms) => ms.map((m) => m.getAttribute("title")));
    expect(countries.length).toBe(row.c.reduce((n: number, [, k]: [string, number]) => n + k, 0));
    expect(v.problems).toEqual([]);
    await v.close();
  });

  it("every CSV download returns the rows shown", async () => {
    const pages = [...pagesIn().filter((p) => !p.includes("/")), "countries/JP.html", "provinces/VN-HN.html"];
    const checked: string[] = [];
    const failures: string[] = [];
    for (const path of pages) {
      const v = await open(path);
      const links = v.page.locator("a.download");
      const n = await links.count();
      for (let i = 0; i < n; i++) {
        const link = links.nth(i);
        const csv = await download(v.page, link);
        const where = `${path} ${csv.name}`;
        checked.push(where);
        const block = link.locator("xpath=ancestor::div[contains(@class,'table-block')]");
        const card = link.locator("xpath=ancestor::div[contains(@class,'card')][1]");
        if (await block.count()) {
          // A table: as many rows as it says, and its first rows' numbers in the same order.
          const said = Number(((await block.locator(".table-foot .muted").textContent()) ?? "").replace(/[^0-9]/g, ""));
          if (csv.rows.length !== said) failures.push(`${where}: ${csv.rows.length} rows, the table says ${said}`);
          const cells = await shownCells(block.locator("table"), 5);
          cells.forEach((row, r) => {
            const values = new Set(Object.values(csv.rows[r] ?? {}));
            for (const cell of row) if (/^[\d,]+$/.test(cell) && !values.has(cell.replace(/,/g, ""))) failures.push(`${where}: row ${r + 1} shows ${cell}, not in the CSV's row ${JSON.stringify(csv.rows[r])}`);
            if (!row.some((cell) => cell && [...values].some((x) => x === cell || x === cell.replace(/,/g, "")))) failures.push(`${where}: row ${r + 1} (${row.join(" | ")}) not in the CSV`);
          });
        } else if (await card.locator("ol.evidence").count()) {
          // Every evidence sentence (all shown here: fewer than a page of them).
          const shown = await card.locator("ol.evidence li").count();
          if (await card.locator("button:visible", {hasText: "Show more"}).count()) failures.push(`${where}: not every evidence sentence is shown`);
          if (csv.rows.length !== shown) failures.push(`${where}: ${csv.rows.length} rows, ${shown} sentences shown`);
        } else {
          // A chart: at least the bars, cells or areas it draws, with their values.
          const marks = await card.locator("svg [aria-label]").evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? "").filter((l) => /: [\d,]+$/.test(l)));
          if (csv.rows.length === 0) failures.push(`${where}: empty`);
          if (csv.rows.length < marks.length) failures.push(`${where}: ${csv.rows.length} rows for ${marks.length} marks`);
          for (const m of marks) {
            const value = m.slice(m.lastIndexOf(": ") + 2).replace(/,/g, "");
            if (!csv.rows.some((r) => Object.values(r).includes(value))) failures.push(`${where}: the mark "${m}" has no row with ${value}`);
          }
        }
      }
      expect(v.problems, path).toEqual([]);
      await v.close();
    }
    expect(failures).toEqual([]);
    expect(checked.length).toBeGreaterThanOrEqual(15);
  });
});

describe("numbers", () => {
  const figuresOn = async (v: Visit) =>
    Object.fromEntries(
      await v.page.locator(".big-number").evaluateAll((cards) => cards.map((c) => [c.querySelector("h2")?.textContent?.trim(), Number(c.querySelector(".big")?.textContent?.replace(/,/g, ""))]))
    );

  it("the overview shows the figures of `npm run extract` on the same corpus", async () => {
    const want = extractFigures(extracted);
    const v = await open("index.html");
    const shown = await figuresOn(v);
    expect({
      articles: shown["Articles"],
      countries: shown["Partner countries"],
      organizations: shown["Organisations"],
      provinces: shown["Provinces"],
      fields: shown["Fields"],
      pairs: shown["Cooperation pairs"]
    }).toEqual(want);
    expect(want.articles).toBeGreaterThan(5);
    const skipped = extracted.filter((l) => l.skipped).length;
    const articlesCard = v.page.locator(".big-number").filter({has: v.page.locator("h2", {hasText: /^Articles$/})});
    expect((await articlesCard.textContent()) ?? "").toContain(`${skipped} files skipped`);
    await v.close();
  });

  it("counts every good article exactly as without the bad files", async () => {
    expect(extractFigures(extracted)).toEqual(extractFigures(extractedGood));
    const index = new Map<string, any>(builtIndex().map((a) => [a.id, a]));
    expect([...index.keys()].sort()).toEqual(extractedGood.filter((l) => !l.skipped).map((l) => l.id).sort());
    const counts = (list: any[], key: string) => list.map((x) => [x[key], x.mentions]).sort();
    for (const want of extractedGood) {
      const got = index.get(want.id);
      expect({
        countries: [...got.c].sort(),
        organizations: [...got.o].sort(),
        provinces: [...got.p].sort(),
        fields: [...got.f].sort(),
        pairs: got.e.map(([vn, partner, s]: [string, string, number[]]) => [vn, partner, s.length]).sort()
      }, want.id).toEqual({
        countries: counts(want.countries, "code"),
        organizations: counts(want.organizations, "id"),
        provinces: counts(want.localities, "code"),
        fields: counts(want.fields, "id"),
        pairs: want.pairs.map((p: any) => [p.vn, p.partner, p.evidence]).sort()
      });
    }
  });

  it("the method page lists every bad file with a plain-language reason, and duplicates as copies of their seed", async () => {
    const v = await open("method.html");
    const rowOf = async (fileId: string) => {
      const row = v.page.locator("main table tbody tr").filter({has: v.page.locator("td", {hasText: new RegExp(`^${fileId.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`)})});
      expect(await row.count(), `rows for ${fileId}`).toBe(1);
      return (await row.textContent()) ?? "";
    };
    const messages = new Map(extracted.filter((l) => l.skipped).map((l) => [l.id, l.warnings[0].replace(/^[\w-]+: /, "")]));
    const skipped: [string, string][] = [...Object.entries(EXPECTED).filter(([, code]) => code !== "ok").map(([f, code]): [string, string] => [id(f), code]), [id(LARGE_FILE), "too-large"]];
    for (const [fileId, code] of skipped) {
      const row = await rowOf(fileId);
      expect(row, fileId).toContain(code);
      expect(row, fileId).toContain(messages.get(fileId));
      expect(messages.get(fileId)!.split(" ").length, `${fileId}: a sentence, not a code`).toBeGreaterThan(5);
    }
    expect(await rowOf(id(LARGE_FILE))).toMatch(/20(\.0)? MiB/);
    for (const [copy, seed] of [...Object.entries(SEED_OF), [COPY_OF_SEED.name, COPY_OF_SEED.seed]]) {
      const row = await rowOf(id(copy));
      expect(row).toContain("duplicate");
      expect(row, `${copy} is read, then recognised as ${seed}`).toContain(`counted once, as ${id(seed)}`);
    }
    // The valid oddities are counted; the article that names nothing is counted and warned about.
    const index = builtIndex().map((a) => a.id);
    for (const f of Object.keys(EXPECTED).filter((f) => EXPECTED[f] === "ok" && !SEED_OF[f])) expect(index).toContain(id(f));
    // The warned articles are listed on demand: a count per warning, then the articles at a click.
    await v.page.getByRole("button", {name: /with a warning/}).click();
    await v.page.locator("main table tbody td", {hasText: /^no-entity\.txt$/}).first().waitFor();
    expect(await rowOf("no-entity.txt")).toContain("names no country");
    const text = (await v.page.locator("main").textContent()) ?? "";
    const site = builtJson("data/site.json");
    expect(text).toContain(`${site.corpus.files} files were read; ${site.corpus.articles} articles counted; ${skipped.length} files skipped`);
    expect(text).toContain(`${Object.keys(SEED_OF).length + 1} duplicates counted once`);
    expect(v.problems).toEqual([]);
    await v.close();
  });
});

describe("safety", () => {
  it("shows hostile article text, titles and front matter as text: no dialog, no script, no injected element", async () => {
    const cases = [
      {path: "articles.html?id=xss", text: ["<script>alert(1)</script>", "<img src=x onerror=alert(2)>", '<a href="javascript:alert(3)">', "javascript:alert(4)"]},
      {path: "articles.html?id=xss-front-matter", text: ["<svg onload=alert(9)></svg>", '<iframe src="javascript:alert(10)"></iframe>', "<b onmouseover=alert(11)>"]}
    ];
    for (const c of cases) {
      const v = await open(c.path);
      await v.page.waitForSelector(".article-text");
      const shown = (await v.page.locator(".article-layout").textContent()) ?? "";
      for (const t of c.text) expect(shown).toContain(t);
      if (c.path.endsWith("front-matter")) {
        expect(shown).toContain("trí tuệ nhân tạo <img src=x onerror=alert(6)>");
        expect(shown).toContain("<script>alert(7)</script>");
        expect(shown).toContain("javascript:alert(8)");
      }
      // The hostile article is read as an article: its partners are found and highlighted.
      expect(await v.page.locator(".article-text mark.ent-country").count()).toBeGreaterThan(0);
      await v.page.locator(".article-text b, .article-text svg, .article-text iframe").count().then((n) => expect(n).toBe(0));
      await v.page.mouse.move(200, 400);
      await v.page.locator("dl.facts a").evaluateAll((as) => as.forEach((a) => a.dispatchEvent(new MouseEvent("mouseover", {bubbles: true}))));
      await v.page.waitForTimeout(300);
      expect(await v.page.locator(INJECTED).count()).toBe(0);
      expect(v.dialogs).toEqual([]);
      expect(v.problems).toEqual([]);
      await v.close();
    }
    // The pages quoting the hostile articles' evidence sentences and titles (every page is also swept above).
    for (const path of ["countries/JP.html", "countries/KR.html", "provinces/VN-HN.html", "articles.html"]) {
      const v = await open(path);
      const text = (await v.page.locator("main").textContent()) ?? "";
      if (path !== "articles.html") expect(text).toMatch(/<script>alert\(1\)<\/script>|<img src=x onerror=alert\(6\)>/);
      else expect(text).toContain("<img src=x onerror=alert(6)>");
      expect(await v.page.locator(INJECTED).count()).toBe(0);
      expect(v.dialogs).toEqual([]);
      await v.close();
    }
  });

  it("dist/ has no bare module specifier and no _npm/ folder", () => {
    const files = distFiles();
    expect(files.filter((f) => f.startsWith("_npm/"))).toEqual([]);
    const bare: string[] = [];
    // `from "x"` of an import or export statement, not the word inside a string ("Merged from").
    const specifier = /(?:\bimport\s*\(\s*|\b(?:import|export)\b[^;"'()]*?\bfrom\s*|\bimport\s+)["']([^"']+)["']/g;
    let scanned = 0;
    for (const f of files) {
      if (!/\.(js|html)$/.test(f)) continue;
      scanned++;
      for (const m of readFileSync(join(DIST, f), "utf8").matchAll(specifier)) {
        if (!/^(\.{0,2}\/|https?:|data:|blob:)/.test(m[1])) bare.push(`${f}: ${m[0]}`);
      }
    }
    expect(scanned).toBeGreaterThan(40);
    expect(bare).toEqual([]);
  });
});
