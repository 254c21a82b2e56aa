// The site built, in a copy of the project, from the seeds, short articles of every relevance class
// (tests/fixtures/mixed/) and the whole bad-input battery (a 20 MB file, an exact copy of a seed,
// the hostile articles), served from that copy's dist/ on 127.0.0.1 and read in Debian's Chromium:
// every page and every partner's and Vietnamese side's profile at desktop and phone width without
// error or foreign request and with a chart of real size; the scope control (counts, address,
// links, the session's memory) against `npm run extract`'s relevance classes; the interactions
// people rely on; every CSV download; figures equal to `npm run extract`; every bad file listed
// with its reason while the good ones count exactly as without them; hostile text shown as text;
// no bare module specifier in dist/; each page's first load; the redirects from earlier addresses.
import {readFileSync, rmSync} from "node:fs";
import type {Server} from "node:http";
import {join} from "node:path";
import {csvParse} from "d3-dsv";
import type {Browser, Locator, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {entityKind, type EntityFirst, type SiteFile} from "../../loaders/contract.js";
import {EXPECTED, SEED_OF} from "../fixtures/make-bad-input.js";
import {sitePages} from "../../scripts/sitePages.js";
import {SAMPLE_SCORES_FILE} from "../../loaders/site/qualityFile.js";
import {firstLoad} from "../../scripts/weigh.js";
import {build, builtArticles, builtJson, builtSite, COPY_OF_SEED, extract, extractFigures, filesUnder, fixtureCorpus, goodCorpus, idOf, LARGE_FILE, launch, pagesOf, pool, projectCopy, serveDist, visit, type VisitOptions} from "./helpers.js";

let project: string;
let dist: string;
let corpus: string;
let good: string;
let server: Server;
let origin: string;
let browser: Browser;
let site: SiteFile;
/** `npm run extract` on the fixture corpus, and on its good articles alone. */
let extracted: any[];
let extractedGood: any[];

beforeAll(async () => {
  project = projectCopy();
  dist = join(project, "dist");
  corpus = fixtureCorpus();
  good = goodCorpus();
  build(corpus, project);
  site = builtSite(dist);
  extracted = extract(corpus);
  extractedGood = extract(good);
  ({server, origin} = await serveDist(dist));
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
  for (const dir of [project, corpus, good]) if (dir) rmSync(dir, {recursive: true, force: true});
});

const open = (path: string, options?: VisitOptions) => visit(browser, origin, path, options);
const isCountry = (code: string) => !!site.names.countries[code];
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Lower case, without diacritics, "đ" as "d": how the searches must match "nhat ban" to "Nhật Bản". */
const fold = (t: string) => t.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();

/** Elements that only injected markup could have made (the hostile articles carry each of them). */
const INJECTED = "main script, main img[src='x'], [onerror], [onload], [onmouseover], main iframe, a[href^='javascript:' i], main b[onmouseover]";
const SCOPE_LABELS = {st: "S&T cooperation", cooperation: "All cooperation", mentions: "All mentions"} as const;
type Scope = keyof typeof SCOPE_LABELS;

/** The scope radio buttons ("Count"), and which of them is checked. */
const scopeRadio = (page: Page, scope: Scope) => page.getByRole("radio", {name: SCOPE_LABELS[scope], exact: true});
const checkedScope = async (page: Page): Promise<Scope | null> => {
  for (const s of Object.keys(SCOPE_LABELS) as Scope[]) if (await scopeRadio(page, s).isChecked()) return s;
  return null;
};

/** The largest SVG in the main column that has drawn marks (paths, rects or circles), in CSS pixels. */
const largestChart = (page: Page) =>
  page.$$eval("main svg", (els) =>
    els
      .map((e) => ({r: e.getBoundingClientRect(), marks: e.querySelectorAll("path, rect, circle").length}))
      .filter((x) => x.marks > 0)
      .reduce((m, x) => (x.r.width * x.r.height > m.w * m.h ? {w: Math.round(x.r.width), h: Math.round(x.r.height), marks: x.marks} : m), {w: 0, h: 0, marks: 0})
  );

/** The key figures of the Overview: the first card is named after the scope. */
async function overviewFigures(page: Page) {
  const cards: [string, number][] = await page
    .locator(".big-number")
    .evaluateAll((cards) => cards.map((c) => [c.querySelector("h2")?.textContent?.trim() ?? "", Number(c.querySelector(".big")?.textContent?.replace(/,/g, ""))]));
  const by = Object.fromEntries(cards);
  return {articles: cards[0][1], countries: by["Partner countries"], organizations: by["Organisations"], provinces: by["Provinces"], pairs: by["Pairs"]};
}

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

/** A partner's or Vietnamese side's first file (what its profile reads first). */
const entityFirst = (code: string): EntityFirst => builtJson(`entities/${site.files.entities[code]}.json`, dist)[code];

describe("every page, at 1280×900 and 390×844", () => {
  it("builds the main pages, one profile page, and a redirect at each earlier address", () => {
    const html = filesUnder(dist).filter((f) => f.endsWith(".html") && !f.startsWith("_"));
    const {main} = pagesOf(site);
    for (const p of [...main, "profile.html"]) expect(html).toContain(p);
    // The partners and Vietnamese sides with a profile: the fixture corpus names these at least.
    const codes = Object.keys(site.files.entities);
    for (const code of ["JP", "KR", "CN", "TH", "RU", "VN", "VN-HN", "VN-HP", "VN-SG"]) expect(codes).toContain(code);
    // No page per code any more: the earlier addresses are redirects.
    const partners = codes.filter((c) => entityKind(c) === "partner").map((c) => `countries/${c}.html`).sort();
    const provinces = codes.filter((c) => entityKind(c) === "province" && site.names.provinces[c]).map((c) => `provinces/${c}.html`).sort();
    expect(html.filter((p) => p.startsWith("countries/")).sort()).toEqual(partners);
    expect(html.filter((p) => p.startsWith("provinces/")).sort()).toEqual(provinces);
    expect(html).toContain("countries.html");
  });

  for (const viewport of [{width: 1280, height: 900}, {width: 390, height: 844}]) {
    it(`renders every page and every profile at ${viewport.width}×${viewport.height}: no error, no foreign request, no injected element, a scope control, a chart of real size`, async () => {
      const {main, profiles} = pagesOf(site);
      const all = [...main, ...profiles];
      const failures: string[] = [];
      let visited = 0;
      await pool(all, 3, async (path) => {
        const v = await open(path, {viewport});
        try {
          for (const e of await v.page.locator(".observablehq--error").allTextContents()) failures.push(`${path}: error cell: ${e}`);
          for (const p of v.problems) failures.push(`${path}: ${p}`);
          for (const d of v.dialogs) failures.push(`${path}: dialog ${d}`);
          const injected = await v.page.locator(INJECTED).count();
          if (injected) failures.push(`${path}: ${injected} injected element(s)`);
          if (path !== "method.html" && (await checkedScope(v.page)) !== "st") failures.push(`${path}: no scope control set to S&T cooperation`);
          if (path !== "articles.html") {
            const svg = await largestChart(v.page);
            if (svg.w < 200 || svg.h < 60) failures.push(`${path}: no chart of real size (largest ${svg.w}×${svg.h}, ${svg.marks} marks)`);
          }
          if (path.startsWith("profile.html")) {
            const code = decodeURIComponent(path.slice("profile.html?code=".length));
            const n = site.names;
            const name = code === "VN" ? "National level" : (n.countries[code]?.en ?? n.organizations[code]?.en ?? n.provinces[code]?.vi ?? code);
            const h1 = (await v.page.locator("main h1").first().textContent())?.trim();
            if (h1 !== name) failures.push(`${path}: heading ${h1}, not ${name}`);
            if (!(await v.page.locator("main p.lede").textContent())?.includes(name)) failures.push(`${path}: the opening paragraph does not name ${name}`);
          }
          visited++;
        } catch (e) {
          failures.push(`${path}: ${(e as Error).message}`);
        } finally {
          await v.close();
        }
      });
      expect(failures).toEqual([]);
      expect(visited).toBe(all.length);
      expect(profiles.length).toBe(Object.keys(site.files.entities).length);
    });
  }

  it("the profile page of an unknown code shows its empty state, without error", async () => {
    const v = await open("profile.html?code=ZZ");
    expect((await v.page.locator("main h1").first().textContent())?.trim()).toBe("ZZ");
    expect((await v.page.locator("main p.lede").textContent())?.trim()).toMatch(/^No article reporting S&T cooperation has ZZ as a side\./);
    await expect.poll(() => v.page.locator("main").textContent()).toContain("No evidence sentence in this selection.");
    expect(await v.page.locator("main").textContent()).toContain("No article in this selection.");
    expect(await v.page.locator("ol.evidence li").count()).toBe(0);
    expect(await v.page.locator(".observablehq--error").count()).toBe(0);
    expect(v.problems).toEqual([]);
    await v.close();
    // With no code at all, the page says what it is for and where to choose.
    const bare = await open("profile.html");
    expect((await bare.page.locator("main h1").first().textContent())?.trim()).toBe("No partner or province chosen");
    expect(await bare.page.locator("main p.lede a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(["./partners.html", "./provinces.html"]);
    // and nothing else: no controls, charts or lists of a partner that is not there.
    expect(await bare.page.locator("main .card, main .controls, main form").evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length)).toBe(0);
    expect(bare.problems).toEqual([]);
    await bare.close();
  });
});

describe("the scope control", () => {
  it("switching the scope changes the Overview's counts and the address, and is remembered", async () => {
    const v = await open("index.html");
    const figures = {st: await overviewFigures(v.page)} as Record<Scope, Awaited<ReturnType<typeof overviewFigures>>>;
    expect(v.page.url()).not.toContain("scope=");
    for (const scope of ["cooperation", "mentions", "st"] as Scope[]) {
      await scopeRadio(v.page, scope).check();
      await expect.poll(() => v.page.locator(".big-number h2").first().textContent()).toBe(SCOPE_LABELS[scope]);
      await v.page.waitForTimeout(200);
      figures[scope] = await overviewFigures(v.page);
      if (scope === "st") expect(v.page.url()).not.toContain("scope=");
      else expect(new URL(v.page.url()).searchParams.get("scope")).toBe(scope);
      expect(await v.page.evaluate(() => sessionStorage.getItem("scope"))).toBe(scope);
    }
    // The fixture corpus has articles of every class: each scope counts more than the one before.
    expect(figures.st.articles).toBeLessThan(figures.cooperation.articles);
    expect(figures.cooperation.articles).toBeLessThan(figures.mentions.articles);
    expect(figures.mentions.countries).toBeGreaterThan(figures.cooperation.countries);
    expect(v.problems).toEqual([]);
    await v.close();
  });

  it("the S&T scope's numbers on the Overview are what `npm run extract`'s relevance classes give; the others too", async () => {
    const st = extracted.filter((l) => l.relevance === "st_cooperation").length;
    expect(st).toBeGreaterThan(5);
    expect(extractFigures(extracted, "st", isCountry).articles).toBe(st);
    for (const scope of ["st", "cooperation", "mentions"] as Scope[]) {
      const v = await open(scope === "st" ? "index.html" : `index.html?scope=${scope}`);
      expect(await checkedScope(v.page)).toBe(scope);
      expect(await overviewFigures(v.page), scope).toEqual(extractFigures(extracted, scope, isCountry));
      const read = extracted.filter((l) => !l.skipped);
      expect(await v.page.locator(".big-number").first().textContent()).toContain(`of ${read.length} read`);
      // The years the scope's articles span, and those with no year.
      const counted = read.filter((l) => scope === "mentions" || l.relevance === "st_cooperation" || (scope === "cooperation" && l.relevance === "cooperation"));
      const years = counted.map((l) => l.date.year).filter((y) => y !== null);
      const undated = counted.length - years.length;
      const span = Math.min(...years) === Math.max(...years) ? `${years[0]}` : `${Math.min(...years)}–${Math.max(...years)}`;
      const card = v.page.locator(".big-number", {has: v.page.locator("h2", {hasText: /^Years$/})});
      expect(await card.locator(".big").textContent(), scope).toBe(span);
      expect(await card.locator("p").textContent(), scope).toBe(`${undated} article${undated === 1 ? "" : "s"} undated`);
      expect(v.problems).toEqual([]);
      await v.close();
    }
  });

  it("the Overview says how often the S&T class is right on news the rules were not written on, from the scores last written", async () => {
    const saved = JSON.parse(readFileSync(SAMPLE_SCORES_FILE, "utf8")).fresh.halves["held-out"];
    const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
    const v = await open("index.html");
    const note = (await v.page.locator("p.small-note").first().textContent()) ?? "";
    expect(note).toContain(`${pct(saved.stSample.precision)} of the articles they class as S&T cooperation do report it`);
    expect(note).toContain(`about ${pct(saved.st.recall)} of the articles that report it`);
    expect(v.problems).toEqual([]);
    await v.close();
  });

  it("the mentions scope's numbers are the named counts of every article (what the site counted before the scopes)", async () => {
    const read = extracted.filter((l) => !l.skipped);
    const distinct = (f: (l: any) => string[]) => new Set(read.flatMap(f)).size;
    const v = await open("index.html?scope=mentions");
    expect(await overviewFigures(v.page)).toEqual({
      articles: read.length,
      countries: distinct((l) => l.countries.map((c: any) => c.code)),
      organizations: distinct((l) => l.organizations.map((o: any) => o.id)),
      provinces: distinct((l) => l.localities.map((x: any) => x.code)),
      pairs: distinct((l) => l.pairs.map((p: any) => `${p.vn}→${p.partner}`))
    });
    // Each partner's articles: those that name it.
    const partners = await download(v.page, v.page.locator(".card", {has: v.page.locator("h2", {hasText: /^Top partners$/})}).locator("a.download"));
    const named = new Map<string, number>();
    for (const l of read) for (const code of new Set([...l.countries.map((c: any) => c.code), ...l.organizations.map((o: any) => o.id)])) named.set(code, (named.get(code) ?? 0) + 1);
    expect(new Map(partners.rows.map((r) => [r.code, Number(r.articles)]))).toEqual(named);
    const skipped = extracted.filter((l) => l.skipped).length;
    expect(await v.page.locator("main").textContent()).toContain(`(${skipped} files skipped)`);
    await v.close();
  });

  it("a page's links carry its scope, and the next page opens in it (from the address, else from the session)", async () => {
    const failures: string[] = [];
    for (const path of ["index.html", "partners.html", "provinces.html", "fields.html", "network.html", "profile.html?code=JP", "profile.html?code=VN-HN"]) {
      const v = await open(`${path}${path.includes("?") ? "&" : "?"}scope=cooperation`);
      // Table links (href) and chart marks (Plot writes xlink:href).
      const hrefs = (await v.page.locator("main a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? a.getAttributeNS("http://www.w3.org/1999/xlink", "href") ?? ""))).filter((h) => /(profile|fields|articles)\.html\?/.test(h));
      if (!hrefs.length) failures.push(`${path}: no link to a profile, a field or an article`);
      for (const h of hrefs) if (!h.includes("scope=cooperation")) failures.push(`${path}: the link ${h} leaves the scope`);
      expect(v.problems).toEqual([]);
      await v.close();
    }
    expect(failures).toEqual([]);

    // Follow a link: the profile opens in the scope; its link back names no scope, and the session remembers it.
    const v = await open("partners.html?scope=cooperation");
    await Promise.all([v.page.waitForURL(/profile\.html\?code=CN&scope=cooperation$/), v.page.locator("main table a", {hasText: /^China$/}).first().click()]);
    await v.page.waitForLoadState("networkidle");
    expect(await checkedScope(v.page)).toBe("cooperation");
    const back = v.page.locator("main a", {hasText: "All partners"});
    expect(await back.getAttribute("href")).toBe("./partners.html");
    await Promise.all([v.page.waitForURL(/partners\.html/), back.click()]);
    await v.page.waitForLoadState("networkidle");
    await expect.poll(() => checkedScope(v.page)).toBe("cooperation");
    expect(new URL(v.page.url()).searchParams.get("scope")).toBe("cooperation");
    // The sidebar's links too.
    await Promise.all([v.page.waitForURL(/timeline\.html/), v.page.locator("#observablehq-sidebar a", {hasText: /^Timeline$/}).click()]);
    await v.page.waitForLoadState("networkidle");
    await expect.poll(() => checkedScope(v.page)).toBe("cooperation");
    expect(v.problems).toEqual([]);
    await v.close();
  });

  it("every data page counts differently in each scope", async () => {
    const failures: string[] = [];
    for (const path of ["partners.html", "provinces.html", "fields.html", "network.html", "timeline.html", "articles.html", "profile.html?code=CN"]) {
      const v = await open(path);
      const text = () => v.page.locator("main p.lede, main .table-foot .muted, main .big-number").allTextContents().then((t) => t.join(" | "));
      const seen = new Set<string>([await text()]);
      for (const scope of ["cooperation", "mentions"] as Scope[]) {
        await scopeRadio(v.page, scope).check();
        await v.page.waitForTimeout(300);
        await v.page.waitForLoadState("networkidle");
        if (new URL(v.page.url()).searchParams.get("scope") !== scope) failures.push(`${path}: ${scope} not in the address`);
        seen.add(await text());
      }
      if (seen.size !== 3) failures.push(`${path}: the same counts in two scopes`);
      for (const p of v.problems) failures.push(`${path}: ${p}`);
      await v.close();
    }
    expect(failures).toEqual([]);
  });
});

describe("interactions", () => {
  it("switching the measure on Partners changes the bars (and the address)", async () => {
    const v = await open("partners.html");
    const chart = v.page.locator(".card", {has: v.page.locator("h2", {hasText: /^Partner countries$/})}).locator("svg").first();
    const bars = () => chart.locator("[aria-label*=': ']").evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
    const widths = () => chart.locator("rect").evaluateAll((els) => els.map((e) => e.getAttribute("width")));
    const before = {labels: await bars(), widths: await widths()};
    expect(before.labels.length).toBeGreaterThan(1);
    await v.page.getByRole("radio", {name: "Evidence sentences"}).check();
    await expect.poll(bars, {timeout: 5000}).not.toEqual(before.labels);
    expect(await widths()).not.toEqual(before.widths);
    expect(v.page.url()).toContain("measure=evidence");
    // In the mentions scope there is a third measure.
    await scopeRadio(v.page, "mentions").check();
    await v.page.getByRole("radio", {name: "Mentions", exact: true}).check();
    await expect.poll(() => v.page.url()).toContain("measure=mentions");
    expect(v.problems).toEqual([]);
    await v.close();
  });

  it("choosing a partner opens its profile with its evidence sentences, the partner highlighted", async () => {
    const v = await open("partners.html");
    await Promise.all([v.page.waitForURL(/profile\.html\?code=JP$/), v.page.locator("main table a", {hasText: /^Japan$/}).first().click()]);
    await v.page.waitForSelector("ol.evidence li");
    await v.page.waitForLoadState("networkidle");
    expect((await v.page.locator("main h1").first().textContent())?.trim()).toBe("Japan");
    const first = entityFirst("JP");
    const st = first.acts.filter(([, , isSt]) => isSt).length;
    expect(st).toBeGreaterThan(1);
    const items = v.page.locator("ol.evidence li");
    expect(await items.count()).toBe(Math.min(site.firstPage.sentences, st));
    for (const text of await items.locator("blockquote").allTextContents()) expect(text).toMatch(/Nhật|Tokyo|Osaka|JICA|JST|JSPS|Japan/);
    // Every sentence shows the partner highlighted as the page's own.
    for (const li of await items.all()) expect(await li.locator("mark.ent-focus").count()).toBeGreaterThan(0);
    // Each links to its article's view, at the sentence.
    for (const href of await items.locator(".evidence-meta a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))) expect(href).toMatch(/^\.\/articles\.html\?id=[^&]+&s=\d+$/);
    // Under All mentions, its articles are all those that name it.
    await scopeRadio(v.page, "mentions").check();
    await expect.poll(() => v.page.locator("main p.lede").textContent()).toContain(`${first.total.mentions} article`);
    expect(v.problems).toEqual([]);
    await v.close();
  });

  it("the site search finds a partner's and a province's profile by its Vietnamese name, without diacritics", async () => {
    const v = await open("index.html");
    const input = v.page.locator("#observablehq-search input");
    const results = v.page.locator("#observablehq-search-results a");
    await input.fill("Nhat Ban");
    await expect.poll(() => results.first().textContent(), {timeout: 5000}).toBe("Japan");
    expect(await results.first().getAttribute("href")).toMatch(/(^|\/)profile\.html\?code=JP$/);
    await input.fill("hai phong");
    await expect.poll(() => results.first().textContent(), {timeout: 5000}).toBe("Hải Phòng");
    await Promise.all([v.page.waitForURL(/profile\.html\?code=VN-HP$/), results.first().click()]);
    await expect.poll(() => v.page.locator("main h1").first().textContent(), {timeout: 5000}).toBe("Hải Phòng");
    expect(v.problems).toEqual([]);
    await v.close();
  });

  it("the 63 ↔ 34 unit switch on Provinces redraws the map", async () => {
    const v = await open("provinces.html");
    const card = v.page.locator(".card").first();
    // The map's own svg (the card also holds its colour legend, an svg too).
    const map = card.locator("svg:not([class$='-ramp'])").first();
    const regions = () => map.locator("path").count();
    const before = await regions();
    const title = async () => (await card.locator("h2").textContent()) ?? "";
    expect(await title()).toBe("The 63 provinces");
    await v.page.getByRole("radio", {name: /34 units/}).check();
    await expect.poll(title).toBe("The 34 units since 1 July 2025");
    const after = await regions();
    expect(before).toBeGreaterThan(34);
    expect(after).not.toBe(before);
    expect(v.page.url()).toContain("level=34");
    await v.page.getByRole("radio", {name: /63 provinces/}).check();
    await expect.poll(regions).toBe(before);
    expect(v.page.url()).not.toContain("level=");
    expect(v.problems).toEqual([]);
    await v.close();
  });

  it("searching the articles filters the table (without diacritics too), and the CSV download has the rows shown", async () => {
    const v = await open("articles.html");
    const table = v.page.locator("main table").first();
    const rows = () => table.locator("tbody tr").count();
    const all = builtArticles(dist);
    const st = all.filter((a) => a.relevance === "st_cooperation");
    expect(await rows()).toBe(st.length);
    expect(st.length).toBeLessThan(15);
    await v.page.getByPlaceholder(/Title, source/).fill("nhat ban");
    await expect.poll(rows).toBeLessThan(st.length);
    const want = st.filter((a) => fold(`${a.title ?? ""} ${a.source ?? ""} ${a.file} ${a.id}`).includes("nhat ban"));
    expect(want.length).toBeGreaterThan(1);
    await expect.poll(rows).toBe(want.length);
    const titles = await table.locator("tbody tr td:nth-child(2)").allTextContents();
    expect(titles.sort()).toEqual(want.map((a) => a.title ?? `(no title) ${a.file}`).sort());
    expect(v.page.url()).toContain("q=nhat+ban");
    const csv = await download(v.page, v.page.locator(".table-foot a.download").first());
    expect(csv.rows.map((r) => r.title).sort()).toEqual(titles.sort());
    expect(csv.rows.map((r) => r.id).sort()).toEqual(want.map((a) => a.id).sort());
    // In the mentions scope the same search finds the articles of every class.
    await scopeRadio(v.page, "mentions").check();
    const wantAll = all.filter((a) => fold(`${a.title ?? ""} ${a.source ?? ""} ${a.file} ${a.id}`).includes("nhat ban"));
    await expect.poll(rows).toBe(wantAll.length);
    expect(v.problems).toEqual([]);
    await v.close();
  });

  it("the article filters open as the address says", async () => {
    const v = await open("articles.html?partner=KR&year=2006");
    const want = extracted.filter((l) => l.relevance === "st_cooperation" && l.date.year === 2006 && l.pairs.some((p: any) => p.st && p.partner === "KR"));
    expect(want.length).toBeGreaterThan(0);
    await expect.poll(() => v.page.locator("main table tbody tr").count()).toBe(want.length);
    expect((await v.page.locator("main table tbody tr td:nth-child(2)").allTextContents()).sort()).toEqual(want.map((l) => l.title).sort());
    expect(await v.page.getByRole("combobox", {name: "Partner"}).locator("option:checked").textContent()).toMatch(/^South Korea \(\d+\)$/);
    expect(await v.page.getByRole("combobox", {name: "Year"}).locator("option:checked").textContent()).toMatch(/^2006 \(\d+\)$/);
    expect(v.problems).toEqual([]);
    await v.close();
  });

  it("the article view highlights entities by kind, dims the page chrome and says why the article is S&T cooperation", async () => {
    const id = "000_5155e7d0209eb3e7";
    const v = await open(`articles.html?id=${id}`);
    await v.page.waitForSelector(".article-text mark");
    const kinds = new Set(await v.page.locator(".article-text mark").evaluateAll((ms) => ms.map((m) => m.className.split(" ")[1])));
    expect([...kinds]).toEqual(expect.arrayContaining(["ent-country", "ent-province", "ent-cue", "ent-st"]));
    expect(await v.page.locator(".article-text .chrome").count()).toBeGreaterThan(0);
    const row = builtArticles(dist).find((a) => a.id === id)!;
    const countries = await v.page.locator(".article-text mark.ent-country").count();
    expect(countries).toBe(row.c.reduce((n, [, k]) => n + k, 0));
    // Why this class: the class, a pair of the article with its S&T cue, and a link to the cue's sentence.
    const why = v.page.locator(".why");
    const text = (await why.textContent()) ?? "";
    expect(text).toMatch(/^\s*S&T cooperation\./);
    const line = extracted.find((l) => l.id === id);
    const n = site.names;
    const names = (p: any) => `${p.vn === "VN" ? "National level" : n.provinces[p.vn]?.vi} ↔ ${n.countries[p.partner]?.en ?? n.organizations[p.partner]?.en}`;
    const stPairs = line.pairs.filter((p: any) => p.st).map(names);
    expect(stPairs.length).toBeGreaterThan(0);
    const named = /For instance, (.+? ↔ .+?):/.exec(text)?.[1];
    expect(stPairs).toContain(named);
    const cue = why.locator("p mark.ent-st").first();
    expect(((await cue.textContent()) ?? "").trim().length).toBeGreaterThan(1);
    const cueLink = why.locator("p a").first();
    expect(await cueLink.getAttribute("href")).toMatch(new RegExp(`^\\?id=${id}&s=\\d+$`));
    // The cue is highlighted in the text.
    expect(await v.page.locator(".article-text mark.ent-st", {hasText: (await cue.textContent())!}).count()).toBeGreaterThan(0);
    // Following the sentence link outlines the sentence.
    await cueLink.click();
    await expect.poll(() => v.page.locator("#target-sentence").count()).toBe(1);
    expect(await v.page.locator("#target-sentence mark.ent-st").count()).toBeGreaterThan(0);
    expect(v.problems).toEqual([]);
    await v.close();
  });

  it("the article view names the class of articles that are not S&T cooperation", async () => {
    const want: Record<string, RegExp> = {
      "trade-china": /^\s*Cooperation\. It reports cooperation, none of it about science or technology\. For instance, .+ ↔ China in sentence \d+; no sentence of a pair names an S&T field or word\./,
      "football-thailand": /^\s*Mention\. It names a partner or a province, but no sentence reports cooperation/,
      "none-weather": /It names no partner and no Vietnamese province\./
    };
    for (const [id, re] of Object.entries(want)) {
      const v = await open(`articles.html?id=${id}`);
      await v.page.waitForSelector(".why");
      expect(await v.page.locator(".why").textContent(), id).toMatch(re);
      expect(await v.page.locator(".why mark.ent-st").count()).toBe(0);
      expect(v.problems).toEqual([]);
      await v.close();
    }
  });

  it("every CSV download returns the rows shown", async () => {
    const pages = [...pagesOf(site).main, "profile.html?code=JP", "profile.html?code=VN-HN", "profile.html?code=VN"];
    const checked: string[] = [];
    const failures: string[] = [];
    for (const path of pages) {
      const v = await open(path);
      if (path === "method.html") {
        // The warned articles' table is shown on demand.
        await v.page.getByRole("button", {name: /with a warning/}).click();
        await v.page.locator("main td", {hasText: /^no-entity\.txt$/}).first().waitFor();
      }
      const links = v.page.locator("main a.download");
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
        } else {
          // A chart: at least the bars, cells or regions it draws with a value, with their values.
          const marks = await card.locator("svg [aria-label]").evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? "").filter((l) => /: [\d,]+( [a-z ]+)?$/.test(l) && !/: 0( [a-z ]+)?$/.test(l)));
          if (csv.rows.length === 0) failures.push(`${where}: empty`);
          if (marks.length === 0) failures.push(`${where}: no mark with a value`);
          if (csv.rows.length < marks.length) failures.push(`${where}: ${csv.rows.length} rows for ${marks.length} marks`);
          for (const m of marks) {
            const value = /: ([\d,]+)/.exec(m.slice(m.lastIndexOf(": ")))![1].replace(/,/g, "");
            if (!csv.rows.some((r) => Object.values(r).includes(value))) failures.push(`${where}: the mark "${m}" has no row with ${value}`);
          }
        }
      }
      expect(v.problems, path).toEqual([]);
      await v.close();
    }
    expect(failures).toEqual([]);
    expect(checked.length).toBeGreaterThanOrEqual(26);
  });
});

describe("numbers", () => {
  it("counts every good article exactly as without the bad files", async () => {
    for (const scope of ["st", "cooperation", "mentions"] as Scope[]) expect(extractFigures(extracted, scope, isCountry), scope).toEqual(extractFigures(extractedGood, scope, isCountry));
    const built = new Map(builtArticles(dist).map((a) => [a.id, a]));
    const goodLines = extractedGood.filter((l) => !l.skipped);
    expect([...built.keys()].sort()).toEqual(goodLines.map((l) => l.id).sort());
    expect(site.corpus.articles).toBe(goodLines.length);
    const counts = (list: any[], key: string) => list.map((x) => [x[key], x.mentions]).sort();
    for (const want of goodLines) {
      const got = built.get(want.id)!;
      expect(
        {
          relevance: got.relevance,
          year: got.y,
          countries: [...got.c].sort(),
          organizations: [...got.o].sort(),
          provinces: [...got.p].sort(),
          fields: [...got.f].sort(),
          pairs: got.pairs.map((p) => [p.vn, p.partner, p.sentences.length, p.st, [...p.fields].sort(), [...p.activities].sort()].join(" ")).sort()
        },
        want.id
      ).toEqual({
        relevance: want.relevance,
        year: want.date.year,
        countries: counts(want.countries, "code"),
        organizations: counts(want.organizations, "id"),
        provinces: counts(want.localities, "code"),
        fields: counts(want.fields, "id"),
        pairs: want.pairs.map((p: any) => [p.vn, p.partner, p.evidence, p.st, [...p.fields].sort(), [...p.activities].sort()].join(" ")).sort()
      });
    }
    // Every class is there to separate.
    expect(new Set(goodLines.map((l) => l.relevance))).toEqual(new Set(["st_cooperation", "cooperation", "mention", "none"]));
  });

  it("the method page lists every bad file with a plain-language reason, and duplicates as copies of their seed", async () => {
    const v = await open("method.html");
    const rowOf = async (cell: string) => {
      const row = v.page.locator("main table tbody tr").filter({has: v.page.locator("td", {hasText: new RegExp(`^${escapeRe(cell)}$`)})});
      expect(await row.count(), `rows for ${cell}`).toBe(1);
      return (await row.textContent()) ?? "";
    };
    const messages = new Map(extracted.filter((l) => l.skipped).map((l) => [l.id, l.warnings[0].replace(/^[\w-]+: /, "")]));
    const skipped: [string, string][] = [...Object.entries(EXPECTED).filter(([, code]) => code !== "ok").map(([f, code]): [string, string] => [idOf(f), code]), [idOf(LARGE_FILE), "too-large"]];
    for (const [fileId, code] of skipped) {
      const row = await rowOf(fileId);
      expect(row, fileId).toContain(code);
      expect(row, fileId).toContain(messages.get(fileId));
      expect(messages.get(fileId)!.split(" ").length, `${fileId}: a sentence, not a code`).toBeGreaterThan(5);
    }
    expect(await rowOf(idOf(LARGE_FILE))).toMatch(/20(\.0)? MiB/);
    const duplicates = [...Object.entries(SEED_OF), [COPY_OF_SEED.name, COPY_OF_SEED.seed]];
    for (const [copy, seed] of duplicates) {
      const row = await rowOf(idOf(copy));
      expect(row).toContain("duplicate");
      expect(row, `${copy} is read, then recognised as ${seed}`).toContain(`counted once, as ${idOf(seed)}`);
    }
    // The valid oddities are counted; the articles that name nothing are counted and warned about.
    const ids = builtArticles(dist).map((a) => a.id);
    for (const f of Object.keys(EXPECTED).filter((f) => EXPECTED[f] === "ok" && !SEED_OF[f])) expect(ids).toContain(idOf(f));
    // The warned articles are listed on demand: a count per warning, then the articles at a click.
    await v.page.getByRole("button", {name: /with a warning/}).click();
    await v.page.locator("main td", {hasText: /^no-entity\.txt$/}).first().waitFor();
    expect(await rowOf("no-entity.txt")).toContain("names no country");
    expect(await rowOf("none-weather.txt")).toContain("names no country");
    const text = (await v.page.locator("main").textContent()) ?? "";
    expect(text).toContain(`${site.corpus.files} files were read; ${site.corpus.articles} articles counted; ${skipped.length} files skipped`);
    expect(text).toContain(`${duplicates.length} duplicates counted once`);
    // The classes table: the articles of each class, as `npm run extract` classes them.
    const classes = extracted.filter((l) => !l.skipped).map((l) => l.relevance);
    const count = (c: string) => classes.filter((x) => x === c).length;
    expect(text).toContain(`Of the ${classes.length} articles read, ${count("st_cooperation")} (`);
    expect(text).toContain(`report S&T cooperation, ${count("cooperation")} other cooperation only, ${count("mention")} only name a partner or a province, and ${count("none")} name neither.`);
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
        // The javascript: address is never a link.
        expect(await v.page.locator("dl.facts a", {hasText: "original page"}).count()).toBe(0);
      }
      // The hostile article is read as an article: its partners are found and highlighted, its class explained.
      expect(await v.page.locator(".article-text mark.ent-country").count()).toBeGreaterThan(0);
      expect(await v.page.locator(".why").textContent()).toMatch(/^\s*S&T cooperation\./);
      expect(await v.page.locator(".article-text b, .article-text svg, .article-text iframe").count()).toBe(0);
      await v.page.mouse.move(200, 400);
      await v.page.locator("dl.facts a").evaluateAll((as) => as.forEach((a) => a.dispatchEvent(new MouseEvent("mouseover", {bubbles: true}))));
      await v.page.waitForTimeout(300);
      expect(await v.page.locator(INJECTED).count()).toBe(0);
      expect(v.dialogs).toEqual([]);
      expect(v.problems).toEqual([]);
      await v.close();
    }
    // The pages quoting the hostile articles' evidence sentences, titles and sources (every page is also swept above).
    for (const path of ["profile.html?code=JP", "profile.html?code=KR", "profile.html?code=VN-HN", "profile.html?code=VN", "articles.html", "articles.html?scope=mentions&source=%3Cscript%3Ealert(7)%3C%2Fscript%3E"]) {
      const v = await open(path);
      const text = (await v.page.locator("main").textContent()) ?? "";
      if (path.startsWith("profile")) expect(text, path).toMatch(/<script>alert\(1\)<\/script>|<img src=x onerror=alert\(6\)>/);
      else expect(text, path).toContain("<img src=x onerror=alert(6)>");
      if (path.includes("source=")) expect(await v.page.locator("main table tbody tr").count()).toBe(1);
      expect(await v.page.locator(INJECTED).count(), path).toBe(0);
      expect(v.dialogs, path).toEqual([]);
      expect(v.problems, path).toEqual([]);
      await v.close();
    }
  });

  it("dist/ has no bare module specifier and no _npm/ folder", () => {
    const files = filesUnder(dist);
    expect(files.filter((f) => f.startsWith("_npm/"))).toEqual([]);
    const bare: string[] = [];
    // `from "x"` of an import or export statement, not the word inside a string ("Merged from").
    const specifier = /(?:\bimport\s*\(\s*|\b(?:import|export)\b[^;"'()]*?\bfrom\s*|\bimport\s+)["']([^"']+)["']/g;
    let scanned = 0;
    for (const f of files) {
      if (!/\.(js|html)$/.test(f)) continue;
      scanned++;
      for (const m of readFileSync(join(dist, f), "utf8").matchAll(specifier)) {
        if (!/^(\.{0,2}\/|https?:|data:|blob:)/.test(m[1])) bare.push(`${f}: ${m[0]}`);
      }
    }
    expect(scanned).toBeGreaterThan(40);
    expect(bare).toEqual([]);
  });
});

describe("weight", () => {
  it("loads at most 1 MB (page, code and data) when a page is first opened", async () => {
    const pages = sitePages(dist, join(project, "src/data/site/site.json"));
    expect(pages.filter((p) => p.startsWith("profile.html?code=VN")).length).toBe(1);
    expect(pages.filter((p) => p.startsWith("profile.html")).length).toBe(2);
    const over: string[] = [];
    for (const page of pages) {
      const w = await firstLoad(browser, origin, page);
      expect(w.byKind.data ?? 0, `${page} loads data`).toBeGreaterThan(0);
      if (w.bytes > 1e6) over.push(`${page}: ${w.bytes} bytes (${JSON.stringify(w.largest)})`);
    }
    expect(over).toEqual([]);
  });

  it("fetches the articles that report no cooperation (facets-mentions.json) only in the mentions scope", async () => {
    const fetched = (v: {page: Page}) =>
      v.page.evaluate(() => performance.getEntriesByType("resource").filter((e) => /\/_file\/data\/site\/facets-mentions\./.test(e.name)).length);
    for (const page of ["index.html", "partners.html", "articles.html"]) {
      const st = await open(page);
      expect(await fetched(st), page).toBe(0);
      await st.close();
      const mentions = await open(`${page}?scope=mentions`);
      await mentions.page.waitForFunction(() => performance.getEntriesByType("resource").some((e) => /facets-mentions\./.test(e.name)));
      expect(await fetched(mentions), `${page}?scope=mentions`).toBe(1);
      expect(mentions.problems).toEqual([]);
      await mentions.close();
    }
  });

  it("opens an article from a bare ?id= link by its text part alone", async () => {
    const v = await open("articles.html?id=000_5155e7d0209eb3e7");
    await v.page.waitForSelector(".article-text mark");
    const parts = await v.page.evaluate(() => performance.getEntriesByType("resource").filter((e) => /\/_file\/data\/site\/texts\/\d+\./.test(e.name)).length);
    expect(parts).toBe(1);
    expect(await v.page.locator(".article-layout h2").first().textContent()).toContain("Trung Quốc");
    expect(v.problems).toEqual([]);
    await v.close();
  });
});

describe("redirects from earlier addresses", () => {
  it("countries/JP.html lands on profile.html?code=JP with the same heading; provinces/VN-HN.html and countries.html too", async () => {
    for (const [from, to, heading] of [
      ["countries/JP.html", /\/profile\.html\?code=JP$/, "Japan"],
      ["provinces/VN-HN.html", /\/profile\.html\?code=VN-HN$/, "Hà Nội"],
      ["countries.html", /\/partners\.html$/, "Partners"]
    ] as const) {
      const v = await open(from, {wait: "none"});
      await v.page.waitForURL(to, {timeout: 10_000});
      await v.page.waitForLoadState("networkidle");
      await expect.poll(() => v.page.locator("main h1").first().textContent()).toBe(heading);
      expect(v.problems, from).toEqual([]);
      await v.close();
    }
  });
});
