// @vitest-environment jsdom
// articleList: a list of articles, newest first, a page at a time, the titles fetched from a
// catalogue only for the rows shown; its CSV download has the rows shown.
import {describe, expect, it, vi} from "vitest";
import type {ArticleFacts, ListEntry} from "../../loaders/contract.js";
import {articleList, RELEVANCE_LABELS, showMore} from "../../src/components/articleList.js";
import type {ListCatalog} from "../../src/components/catalog.js";
import {article, blobText, recordDownloads, settle} from "./componentFixtures.js";

const entry = (i: number): ListEntry => ({i, id: `id-${i}`, title: i === 2 ? null : `Bài ${i}: Hợp tác, "xanh"`, file: `bai-${i}.txt`, date: {year: 2025, month: 4 - i, day: null}});
const catalogue = (): ListCatalog & {entries: ReturnType<typeof vi.fn>} => ({entries: vi.fn(async (positions: number[]) => positions.map(entry))});
const articles: ArticleFacts[] = [0, 1, 2, 3, 4].map((i) => article(i, {source: i === 0 ? "vnexpress.net" : null, relevance: i < 2 ? "st_cooperation" : "mention"}));
const options = {filename: "JP-articles.csv", href: (id: string) => `./articles.html?id=${id}`, pageSize: 2};

const rows = (el: HTMLElement) => [...el.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td")].slice(1).map((td) => td.textContent));
const button = (el: HTMLElement) => el.querySelector<HTMLButtonElement>(":scope > button");

const blobs = recordDownloads();

describe("articleList", () => {
  it("says it is loading, then shows the first page: title, date, source and class", async () => {
    const el = articleList(articles, catalogue(), options);
    expect(el.textContent).toBe("Loading 5 articles…");
    await settle();
    expect(rows(el)).toEqual([
      ['Bài 0: Hợp tác, "xanh"', "Apr 2025", "vnexpress.net", "S&T cooperation"],
      ['Bài 1: Hợp tác, "xanh"', "Mar 2025", "", "S&T cooperation"]
    ]);
  });
  it("keeps Date and Class in view beside long titles (fixed widths, the title whole on hover), with no Source column when no article shown names one", async () => {
    const el = articleList(articles, catalogue(), options);
    await settle();
    expect(el.querySelector<HTMLTableElement>("table")!.style.tableLayout).toBe("fixed");
    expect(el.querySelector<HTMLAnchorElement>("tbody a")!.title).toBe('Bài 0: Hợp tác, "xanh"');
    const unsourced = articleList(articles.slice(1), catalogue(), options);
    await settle();
    expect([...unsourced.querySelectorAll("thead th")].map((th) => th.textContent).filter(Boolean)).toEqual(["Title", "Date", "Class"]);
  });
  it("links each title to its article", async () => {
    const el = articleList(articles, catalogue(), options);
    await settle();
    expect([...el.querySelectorAll("tbody a")].map((a) => a.getAttribute("href"))).toEqual(["./articles.html?id=id-0", "./articles.html?id=id-1"]);
  });
  it("shows an article without a title by its file", async () => {
    const el = articleList(articles.slice(2, 3), catalogue(), options);
    await settle();
    expect(rows(el)[0][0]).toBe("bai-2.txt");
  });
  it("fetches from the catalogue only the rows it shows, a page more at each click", async () => {
    const cat = catalogue();
    const el = articleList(articles, cat, options);
    await settle();
    expect(cat.entries).toHaveBeenLastCalledWith([0, 1]);
    expect(button(el)!.textContent).toBe("Show 2 more articles (3 not shown)");
    button(el)!.click();
    await settle();
    expect(cat.entries).toHaveBeenLastCalledWith([0, 1, 2, 3]);
    expect(rows(el)).toHaveLength(4);
    expect(button(el)!.textContent).toBe("Show 1 more article (1 not shown)");
    button(el)!.click();
    await settle();
    expect(rows(el)).toHaveLength(5);
    expect(button(el)).toBeNull();
  });
  it("shows 50 rows a page unless told", async () => {
    const many = Array.from({length: 60}, (_, i) => article(i));
    const el = articleList(many, catalogue(), {filename: "x.csv", href: (id) => id});
    await settle();
    expect(el.querySelector(".table-foot")!.textContent).toContain("50 rows");
    expect(button(el)!.textContent).toBe("Show 10 more articles (10 not shown)");
  });
  it("adds the page's own column when asked", async () => {
    const el = articleList(articles.slice(0, 1), catalogue(), {...options, extra: {key: "evidence", label: "Evidence sentences", value: (a) => a.i + 3}});
    await settle();
    expect([...el.querySelectorAll("thead th")].slice(1).map((th) => th.textContent)).toEqual(["Title", "Date", "Source", "Class", "Evidence sentences"]);
    expect(rows(el)[0][4]).toBe("3");
  });
  it("downloads the rows shown, with the articles' ids", async () => {
    const el = articleList(articles, catalogue(), {...options, extra: {key: "evidence", label: "Evidence sentences", value: () => 1}});
    document.body.append(el);
    await settle();
    el.querySelector<HTMLAnchorElement>("a.download")!.click();
    expect(el.querySelector("a.download")!.getAttribute("download")).toBe("JP-articles.csv");
    expect(await blobText(blobs[0])).toBe('\ufeffid,title,date,source,class,evidence\nid-0,"Bài 0: Hợp tác, ""xanh""",Apr 2025,vnexpress.net,S&T cooperation,1\nid-1,"Bài 1: Hợp tác, ""xanh""",Mar 2025,,S&T cooperation,1');
  });
  it("says so when the selection has no article, and asks the catalogue for nothing", async () => {
    const cat = catalogue();
    const el = articleList([], cat, options);
    await settle();
    expect(el.textContent).toBe("No article in this selection.");
    expect(cat.entries).not.toHaveBeenCalled();
  });
});

describe("showMore", () => {
  it("says how many more it shows and how many are not shown", () => {
    expect(showMore(1234, 50, () => {}).textContent).toBe("Show 50 more articles (1,234 not shown)");
    expect(showMore(1, 50, () => {}).textContent).toBe("Show 1 more article (1 not shown)");
  });
  it("asks for the next page once: it is disabled when clicked", () => {
    const next = vi.fn();
    const b = showMore(10, 5, next);
    b.click();
    b.click();
    expect(next).toHaveBeenCalledOnce();
    expect(b.disabled).toBe(true);
  });
});

describe("RELEVANCE_LABELS", () => {
  it("name each class, and no class with a dash", () => {
    expect(RELEVANCE_LABELS).toEqual({st_cooperation: "S&T cooperation", cooperation: "Cooperation", mention: "Mention", none: "—"});
  });
});
