// @vitest-environment jsdom
// articles: the Articles page's filters (kept in the address), the table of matching articles, and
// the article view: the text, what was extracted, and why the article is in its class.
import {afterEach, beforeEach, describe, expect, it, vi} from "vitest";
import type {ArticleFacts, ArticleText, ListEntry, TextPair} from "../../loaders/contract.js";
import {articleFacts, articleFilters, articlePicker, articleResults, articleView, filterArticles, matchesSearch, NO_YEAR_KEY, openArticle, safeUrl, whyThisClass, type ArticleFilter} from "../../src/components/articles.js";
import type {ListCatalog} from "../../src/components/catalog.js";
import {links} from "../../src/components/names.js";
import {article, names, pair, settle} from "./componentFixtures.js";

const go = (url: string) => history.replaceState(null, "", url);
beforeEach(() => {
  go("/articles.html");
  document.body.replaceChildren();
});

// An S&T article (Hà Nội × Japan on AI, 2025), a cooperation article (national × Korea on health,
// 2024), a mention (the US, Hồ Chí Minh City, no year) and an S&T article of 2024 (Hải Phòng × Japan).
const rows: ArticleFacts[] = [
  article(0, {y: 2025, source: "vnexpress.net", relevance: "st_cooperation", c: [["JP", 2]], p: [["VN-HN", 1]], f: [["ai", 1]], pairs: [pair("VN-HN", "JP", {st: true, fields: ["ai"]})]}),
  article(1, {y: 2024, source: "nhandan.vn", relevance: "cooperation", c: [["KR", 1]], f: [["health", 1]], pairs: [pair("VN", "KR", {fields: ["health"]})]}),
  article(2, {source: "nhandan.vn", relevance: "mention", c: [["US", 3]], p: [["VN-SG", 1]]}),
  article(3, {y: 2024, relevance: "st_cooperation", c: [["JP", 1]], p: [["VN-HP", 1]], pairs: [pair("VN-HP", "JP", {st: true})]})
];
const NONE: ArticleFilter = {q: "", partner: "", province: "", field: "", year: "", source: ""};

describe("articleFilters", () => {
  const optionsOf = (form: HTMLElement, label: string) => {
    const select = [...form.querySelectorAll("select")].find((s) => s.closest("form")!.querySelector("label")!.textContent === label)!;
    return [...select.options].map((o) => o.textContent);
  };
  it("offers every partner, province, field, year and source of the scope with its number of articles", () => {
    const form = articleFilters(rows, names, "mentions");
    expect(optionsOf(form, "Partner")).toEqual(["All", "Japan (2)", "South Korea (1)", "United States (1)"]);
    expect(optionsOf(form, "Province")).toEqual(["All", "Hà Nội (1)", "Hải Phòng (1)", "Hồ Chí Minh (1)"]);
    expect(optionsOf(form, "Year")).toEqual(["All", "2024 (2)", "2025 (1)", "No stated year (1)"]);
    expect(optionsOf(form, "Source")).toEqual(["All", "nhandan.vn (2)", "vnexpress.net (1)"]);
  });
  it("counts by the scope: in the S&T scope a partner counts through its S&T pairs only", () => {
    expect(optionsOf(articleFilters(rows, names, "st"), "Partner")).toEqual(["All", "Japan (2)"]);
    expect(optionsOf(articleFilters(rows, names, "cooperation"), "Field")).toEqual(["All", "Artificial intelligence (1)", "Health (1)"]);
  });
  it("opens on the filters in the address", () => {
    go("?q=h%C3%A0%20n%E1%BB%99i&partner=JP&year=none&source=nhandan.vn");
    expect(articleFilters(rows, names, "mentions").value).toEqual({...NONE, q: "hà nội", partner: "JP", year: NO_YEAR_KEY, source: "nhandan.vn"});
  });
  it("ignores a value in the address that the scope does not offer", () => {
    go("?partner=KR&field=alchemy");
    expect(articleFilters(rows, names, "st").value).toEqual(NONE);
  });
  it("writes a change to the address, the unset filters left out", () => {
    const form = articleFilters(rows, names, "mentions");
    document.body.append(form);
    const partner = form.querySelector("select")!;
    partner.value = String([...partner.options].findIndex((o) => o.textContent === "South Korea (1)"));
    partner.dispatchEvent(new Event("input", {bubbles: true}));
    expect(form.value.partner).toBe("KR");
    expect(location.search).toBe("?partner=KR");
  });
});

describe("filterArticles", () => {
  it("keeps the articles with the partner, province or field as the scope counts them", () => {
    expect(filterArticles(rows, {...NONE, partner: "JP"}, "st").map((a) => a.i)).toEqual([0, 3]);
    expect(filterArticles(rows, {...NONE, partner: "KR"}, "st")).toEqual([]);
    expect(filterArticles(rows, {...NONE, partner: "KR"}, "cooperation").map((a) => a.i)).toEqual([1]);
    expect(filterArticles(rows, {...NONE, province: "VN-SG"}, "mentions").map((a) => a.i)).toEqual([2]);
    expect(filterArticles(rows, {...NONE, province: "VN-SG"}, "cooperation")).toEqual([]);
    expect(filterArticles(rows, {...NONE, field: "ai"}, "st").map((a) => a.i)).toEqual([0]);
  });
  it("keeps the articles of a year, or those with no stated year", () => {
    expect(filterArticles(rows, {...NONE, year: "2024"}, "mentions").map((a) => a.i)).toEqual([1, 3]);
    expect(filterArticles(rows, {...NONE, year: NO_YEAR_KEY}, "mentions").map((a) => a.i)).toEqual([2]);
  });
  it("keeps the articles of a source, and combines filters", () => {
    expect(filterArticles(rows, {...NONE, source: "nhandan.vn"}, "mentions").map((a) => a.i)).toEqual([1, 2]);
    expect(filterArticles(rows, {...NONE, source: "nhandan.vn", year: "2024"}, "mentions").map((a) => a.i)).toEqual([1]);
  });
  it("leaves the search to the table, which has the titles", () => {
    expect(filterArticles(rows, {...NONE, q: "nothing matches this"}, "mentions")).toHaveLength(4);
  });
});

describe("matchesSearch", () => {
  const entry = {id: "004_9f9a", title: "Hà Nội và Nhật Bản hợp tác", file: "bai-bao/ha-noi.txt", source: "VnExpress.net"};
  it("finds words of the title, the source, the file or the id, without diacritics or case", () => {
    for (const q of ["ha noi", "NHẬT BẢN", "vnexpress", "bai-bao", "9f9a", "  hợp tác  "]) expect(matchesSearch(entry, q), q).toBe(true);
  });
  it("finds nothing that is not there, and everything for an empty search", () => {
    expect(matchesSearch(entry, "Hàn Quốc")).toBe(false);
    expect(matchesSearch(entry, "")).toBe(true);
    expect(matchesSearch(entry, "   ")).toBe(true);
    expect(matchesSearch({}, "x")).toBe(false);
  });
});

describe("articlePicker and openArticle", () => {
  it("the open article is the one in the address (?id=), else none", () => {
    expect(articlePicker().value).toBeNull();
    go("?id=a%2F1");
    const picker = articlePicker();
    expect(picker.value).toBe("a/1");
    expect(picker.hidden).toBe(true);
  });
  it("opening an article sets the picker, the address (without the old sentence) and tells the page", () => {
    go("?id=old&s=3&scope=cooperation");
    const picker = articlePicker();
    const view = Object.assign(document.createElement("div"), {id: "article-view", scrollIntoView: vi.fn()});
    document.body.append(view);
    const seen: (string | null)[] = [];
    picker.addEventListener("input", () => seen.push(picker.value));
    openArticle(picker, "new");
    expect(picker.value).toBe("new");
    expect(location.search).toBe("?id=new&scope=cooperation");
    expect(seen).toEqual(["new"]);
    expect(view.scrollIntoView).toHaveBeenCalledOnce();
  });
});

describe("articleResults", () => {
  const entry = (i: number): ListEntry => ({i, id: `id-${i}`, title: i === 2 ? null : ["Hà Nội – Nhật Bản: AI", "Hàn Quốc và y tế", "", "Hải Phòng đón đoàn Nhật"][i], lead: i === 2 ? "Sáng 5/3, hai bên ký…" : null, file: `f${i}.txt`, date: {year: 2024, month: null, day: null}});
  const cat = (): ListCatalog & {entries: ReturnType<typeof vi.fn>} => ({entries: vi.fn(async (positions: number[]) => positions.map(entry))});
  const titles = (el: HTMLElement) => [...el.querySelectorAll("tbody tr")].map((tr) => tr.querySelectorAll("td")[1].textContent);

  it("says how many articles match, and lists the first page of them, S&T cooperation first, then the newest", async () => {
    const el = articleResults(rows, 7, NONE, cat(), names, "mentions", articlePicker(), 2);
    await settle();
    expect(el.querySelector("p")!.textContent).toBe("4 of 7 articles match; the first 2 are listed (S&T cooperation first, then the newest). Click a title to open it below.");
    expect(titles(el)).toEqual(["Hà Nội – Nhật Bản: AI", "Hàn Quốc và y tế"]);
    el.querySelector<HTMLButtonElement>(".card > button")!.click();
    await settle();
    expect(titles(el)).toEqual(["Hà Nội – Nhật Bản: AI", "Hàn Quốc và y tế", "Sáng 5/3, hai bên ký…", "Hải Phòng đón đoàn Nhật"]);
    // An untitled article shows its text's first words, in italics, and says so.
    const untitled = el.querySelectorAll("tbody tr")[2].querySelector("a")!;
    expect(untitled.classList.contains("untitled")).toBe(true);
    expect(untitled.title).toBe("No headline: the first words of the text");
  });
  it("says 'All' when nothing is filtered out", async () => {
    const el = articleResults(rows, 4, NONE, cat(), names, "mentions", articlePicker());
    await settle();
    expect(el.querySelector("p")!.textContent).toBe("All 4 articles. Click a title to open it below.");
  });
  it("names the partners and provinces each article counts for in the scope", async () => {
    const el = articleResults(rows.slice(0, 1), 1, NONE, cat(), names, "mentions", articlePicker());
    await settle();
    const cells = [...el.querySelectorAll("tbody td")].map((td) => td.textContent);
    expect(cells).toContain("Japan");
    expect(cells).toContain("Hà Nội");
  });
  it("keeps every column in view beside long titles (fixed widths, the whole text on hover), and has no Source column when no article names one", async () => {
    const el = articleResults(rows, 4, NONE, cat(), names, "mentions", articlePicker());
    await settle();
    const heads = () => [...el.querySelectorAll("thead th")].map((th) => th.textContent).filter(Boolean);
    expect(el.querySelector<HTMLTableElement>("table")!.style.tableLayout).toBe("fixed");
    expect(el.querySelector<HTMLAnchorElement>("tbody a")!.title).toBe("Hà Nội – Nhật Bản: AI");
    expect(el.querySelector<HTMLElement>("tbody span[title='Japan']")).not.toBeNull();
    expect(heads()).toEqual(["Title", "Date", "Source", "Class", "Partners", "Provinces"]);
    const unsourced = articleResults(rows.map((a) => ({...a, source: null})), 4, NONE, cat(), names, "mentions", articlePicker());
    await settle();
    expect([...unsourced.querySelectorAll("thead th")].map((th) => th.textContent)).not.toContain("Source");
  });
  it("searches the titles of every article in the scope, not only of the rows shown", async () => {
    const c = cat();
    const el = articleResults(rows, 7, {...NONE, q: "nhat"}, c, names, "mentions", articlePicker(), 1);
    await settle();
    expect(c.entries).toHaveBeenCalledWith([0, 1, 2, 3]);
    expect(el.querySelector("p")!.textContent).toBe("2 of 7 articles match; the first one is listed (S&T cooperation first, then the newest). Click a title to open it below.");
    expect(titles(el)).toEqual(["Hà Nội – Nhật Bản: AI"]);
  });
  it("opens an article in the page when its title is clicked, and lets a modified click open a tab", async () => {
    const picker = articlePicker();
    const el = articleResults(rows, 4, NONE, cat(), names, "mentions", picker);
    document.body.append(el);
    await settle();
    const link = el.querySelector<HTMLAnchorElement>("tbody a")!;
    expect(link.getAttribute("href")).toBe("?id=id-0");
    const ctrl = new MouseEvent("click", {ctrlKey: true, cancelable: true, bubbles: true});
    link.dispatchEvent(ctrl);
    expect(ctrl.defaultPrevented).toBe(false);
    expect(picker.value).toBeNull();
    ctrl.preventDefault();
    const plain = new MouseEvent("click", {cancelable: true, bubbles: true});
    link.dispatchEvent(plain);
    expect(plain.defaultPrevented).toBe(true);
    expect(picker.value).toBe("id-0");
  });
});

describe("safeUrl", () => {
  it("keeps a plain http or https address", () => {
    expect(safeUrl("https://vnexpress.net/hop-tac-1.html")).toBe("https://vnexpress.net/hop-tac-1.html");
    expect(safeUrl("  http://example.org/a b ")).toBe("http://example.org/a%20b");
  });
  it("refuses javascript:, data: and any other scheme, however written", () => {
    for (const url of ["javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "file:///etc/passwd", "ftp://example.org/"]) {
      expect(safeUrl(url), url).toBeNull();
    }
  });
  it("refuses what is not an address, and nothing", () => {
    for (const url of ["/relative/path", "vnexpress.net", "http://", "", null, undefined]) expect(safeUrl(url), String(url)).toBeNull();
  });
});

// The article of the view: Hà Nội × Japan (S&T, sentences 0 and 2), national × EU (sentence 1).
const TEXT = "Hà Nội và Nhật Bản ký thỏa thuận về trí tuệ nhân tạo. Bộ Công Thương làm việc với EU về thương mại. Hà Nội và Nhật Bản sẽ trao đổi đoàn.";
const span = (part: string, from = 0): [number, number] => {
  const s = TEXT.indexOf(part, from);
  return [s, s + part.length];
};
const textPair = (vn: string, partner: string, sentence: number, p: Partial<TextPair> = {}): TextPair => ({vn, partner, sentence, activities: ["agreement"], fields: [], st: null, ...p});
const detail = (d: Partial<ArticleText> = {}): ArticleText => ({
  id: "a/1",
  title: "Hà Nội – Nhật Bản",
  lead: null,
  file: "hn-jp.txt",
  url: "https://vnexpress.net/a.html",
  source: "vnexpress.net",
  date: {year: 2025, month: 4, day: 13},
  n: 3,
  w: "",
  relevance: "st_cooperation",
  dateFrom: "dateline",
  text: TEXT,
  lines: [[0, TEXT.length, null]],
  mentions: [[...span("Hà Nội"), "province", "VN-HN"], [...span("Nhật Bản"), "country", "JP"], [...span("Nhật Bản", 60), "country", "JP"], [...span("EU"), "organization", "EU"], [...span("trí tuệ nhân tạo"), "field", "ai"]],
  sentences: [span("Hà Nội và Nhật Bản ký thỏa thuận về trí tuệ nhân tạo."), span("Bộ Công Thương làm việc với EU về thương mại."), span("Hà Nội và Nhật Bản sẽ trao đổi đoàn.")],
  pairs: [
    textPair("VN", "EU", 1, {activities: ["talks"]}),
    textPair("VN-HN", "JP", 0, {fields: ["ai"], st: ["field", "ai", 0, ...span("trí tuệ nhân tạo")]}),
    textPair("VN-HN", "JP", 2, {activities: ["visit"]})
  ],
  ...d
});
const href = (s: number) => `?id=a%2F1&s=${s}`;

describe("whyThisClass", () => {
  it("names the class, what it means, and the pair and S&T cue that put the article there", () => {
    const p = whyThisClass(detail(), names, href).querySelector("p")!;
    expect(p.querySelector("b")!.textContent).toBe("S&T cooperation.");
    expect(p.textContent).toBe("S&T cooperation. It reports cooperation that concerns science, technology or innovation. For instance, Hà Nội ↔ Japan: trí tuệ nhân tạo (a cue of artificial intelligence) in sentence 1.");
    expect(p.querySelector("mark.ent-st")!.textContent).toBe("trí tuệ nhân tạo");
    expect(p.querySelector("a")!.getAttribute("href")).toBe("?id=a%2F1&s=0");
  });
  it("names an activity cue and an S&T word as such", () => {
    const activity = detail({pairs: [textPair("VN-HN", "JP", 0, {st: ["activity", "joint_research", 0, ...span("ký thỏa thuận")]})]});
    expect(whyThisClass(activity, names, href).querySelector("p")!.textContent).toContain("ký thỏa thuận (joint research) in sentence 1");
    const word = detail({pairs: [textPair("VN-HN", "JP", 0, {st: ["word", "công nghệ", 0, ...span("thỏa thuận")]})]});
    expect(whyThisClass(word, names, href).querySelector("p")!.textContent).toContain("thỏa thuận (an S&T word) in sentence 1");
  });
  it("lists every pair once, the S&T ones first, with its activities, sentences and fields", () => {
    const why = whyThisClass(detail(), names, href);
    expect(why.querySelector("summary")!.textContent).toBe("2 cooperation pairs");
    const items = [...why.querySelectorAll("li")];
    expect(items.map((li) => li.textContent)).toEqual(["Hà Nội ↔ Japan (S&T): agreement signed, visit; sentence 1 and sentence 3; artificial intelligence.", "National level ↔ European Union: talks; sentence 2."]);
    expect([...items[0].querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual(["?id=a%2F1&s=0", "?id=a%2F1&s=2"]);
  });
  it("says that no sentence of a cooperation article names an S&T field or word", () => {
    const d = detail({relevance: "cooperation", pairs: [textPair("VN", "EU", 1, {activities: ["talks"]})]});
    expect(whyThisClass(d, names, href).querySelector("p")!.textContent).toBe(
      "Cooperation. It reports cooperation, none of it about science or technology. For instance, National level ↔ European Union in sentence 2; no sentence of a pair names an S&T field or word."
    );
  });
  it("explains a mention, and an article naming nothing, without pairs", () => {
    const mention = whyThisClass(detail({relevance: "mention", pairs: []}), names, href);
    expect(mention.querySelector("p")!.textContent!.trim()).toBe("Mention. It names a partner or a province, but no sentence reports cooperation between a Vietnamese side and a partner.");
    expect(mention.querySelector("details")).toBeNull();
    expect(whyThisClass(detail({relevance: "none", pairs: []}), names, href).querySelector("p")!.textContent!.trim()).toBe("—. It names no partner and no Vietnamese province.");
  });
});

describe("articleFacts", () => {
  const link = links("scope=cooperation");
  const text = (el: HTMLElement, term: string) => [...el.querySelectorAll("dt")].find((dt) => dt.textContent === term)!.nextElementSibling!;

  it("gives the date and where it comes from", () => {
    const facts = articleFacts(detail(), names, link);
    expect(text(facts, "Date").textContent).toBe("13 Apr 2025 (from the dateline)");
    expect(text(articleFacts(detail({dateFrom: null}), names, link), "Date").textContent).toBe("13 Apr 2025");
  });
  it("links the original page only when its address is plain http(s), and shows any other as text", () => {
    const safe = text(articleFacts(detail(), names, link), "Source");
    expect(safe.querySelector("a")!.getAttribute("href")).toBe("https://vnexpress.net/a.html");
    expect(safe.querySelector("a")!.getAttribute("rel")).toBe("noopener noreferrer");
    const hostile = text(articleFacts(detail({url: "javascript:alert(1)", source: null}), names, link), "Source");
    expect(hostile.querySelector("a")).toBeNull();
    expect(hostile.textContent).toBe("not stated · javascript:alert(1)");
  });
  it("lists what the article names, most named first, with links to their pages", () => {
    const facts = articleFacts(detail(), names, link);
    expect(text(facts, "Countries").textContent).toBe("Japan ×2");
    expect(text(facts, "Countries").querySelector("a")!.getAttribute("href")).toBe("./profile.html?code=JP&scope=cooperation");
    expect(text(facts, "Provinces").textContent).toBe("Hà Nội ×1");
    expect(text(facts, "Fields named").querySelector("a")!.getAttribute("href")).toBe("./fields.html?field=ai&scope=cooperation");
    expect(text(articleFacts(detail({mentions: []}), names, link), "Organisations").textContent).toBe("none");
  });
  it("shows the file, and the warnings when there are any", () => {
    expect(text(articleFacts(detail(), names, link), "File").textContent).toBe("hn-jp.txt");
    expect([...articleFacts(detail(), names, link).querySelectorAll("dt")].map((dt) => dt.textContent)).not.toContain("Warnings");
    expect(text(articleFacts(detail({w: "no_title;short"}), names, link), "Warnings").textContent).toBe("no_title, short");
  });
});

describe("articleView", () => {
  it("shows the title, the legend with the S&T cue, and the text with the pairs' S&T cues highlighted", () => {
    const view = articleView(detail(), names, links());
    expect(view.querySelector("h2")!.textContent).toBe("Hà Nội – Nhật Bản");
    expect([...view.querySelectorAll(".ent-legend mark")].map((m) => m.textContent)).toContain("S&T cue");
    expect(view.querySelector(".article-text mark.ent-st")!.textContent).toBe("trí tuệ nhân tạo");
    expect(view.querySelector(".why")).not.toBeNull();
    expect(view.querySelector("dl.facts")).not.toBeNull();
  });
  it("says when the article has no title, and shows a hostile title as text", () => {
    expect(articleView(detail({title: null}), names, links()).querySelector("h2")!.textContent).toBe("(no headline)");
    const hostile = articleView(detail({title: `<img src=x onerror=alert(1)>`}), names, links());
    expect(hostile.querySelector("img")).toBeNull();
    expect(hostile.querySelector("h2")!.textContent).toBe(`<img src=x onerror=alert(1)>`);
  });
  it("outlines the sentence the reader came from, and links the pairs' sentences within the page", () => {
    const view = articleView(detail(), names, links(), {sentence: 2});
    expect(view.querySelector("#target-sentence")!.textContent).toBe("Hà Nội và Nhật Bản sẽ trao đổi đoàn.");
    expect(view.querySelector(".why a")!.getAttribute("href")).toBe("?id=a%2F1&s=0");
  });
});

afterEach(() => vi.restoreAllMocks());
