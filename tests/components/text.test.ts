// @vitest-environment jsdom
// text: article text with what was extracted highlighted, always as text: nothing in an article,
// a title or a name ever becomes markup.
import {html} from "htl";
import {describe, expect, it, vi} from "vitest";
import type {ArticleText, EvidenceSentence, Names} from "../../loaders/contract.js";
import {articleText, entityName, evidenceList, highlighted, KIND_LABELS, legend} from "../../src/components/text.js";
import {names, settle} from "./componentFixtures.js";

type Span = [number, number, string, string];
/** The span of `part` in `text` (its first occurrence), as [start, end, kind, code]. */
const at = (text: string, part: string, kind: string, code: string): Span => {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`${part} not in ${text}`);
  return [start, start + part.length, kind, code];
};
const render = (parts: (Node | string)[]) => html`<p>${parts}</p>` as HTMLElement;
const HOSTILE = [`<img src=x onerror="alert(1)">`, `<script>alert(2)</script>`, `"><svg onload=alert(3)>`, `&lt;b&gt;đã mã hóa&lt;/b&gt;`];

describe("names of what is highlighted", () => {
  it("name each kind of entity", () => {
    expect(KIND_LABELS).toMatchObject({country: "Country", organization: "Organisation", province: "Province", field: "Field cue", cue: "Cooperation cue", st: "S&T cue"});
  });
  it("name an entity by its kind", () => {
    expect(entityName(names, "country", "JP")).toBe("Japan");
    expect(entityName(names, "organization", "EU")).toBe("European Union");
    expect(entityName(names, "province", "VN-HN")).toBe("Hà Nội");
    expect(entityName(names, "field", "ai")).toBe("Artificial intelligence");
    expect(entityName(names, "cue", "joint_research")).toBe("Joint research");
    expect(entityName(names, "st", "công nghệ")).toBe("công nghệ");
  });
});

describe("highlighted", () => {
  const text = "Hà Nội và Nhật Bản ký thỏa thuận về trí tuệ nhân tạo.";
  const spans = [at(text, "Nhật Bản", "country", "JP"), at(text, "Hà Nội", "province", "VN-HN"), at(text, "trí tuệ nhân tạo", "field", "ai")];

  it("marks each entity with its kind and names it in a tooltip, the text between left as it is", () => {
    const p = render(highlighted(text, spans, names));
    expect(p.textContent).toBe(text);
    expect([...p.querySelectorAll("mark")].map((m) => [m.textContent, m.className, m.title])).toEqual([
      ["Hà Nội", "ent ent-province", "Province: Hà Nội"],
      ["Nhật Bản", "ent ent-country", "Country: Japan"],
      ["trí tuệ nhân tạo", "ent ent-field", "Field cue: Artificial intelligence"]
    ]);
  });
  it("marks the page's own partner or province more strongly", () => {
    const p = render(highlighted(text, spans, names, {focus: "JP"}));
    expect(p.querySelector(".ent-focus")!.textContent).toBe("Nhật Bản");
    expect(p.querySelectorAll(".ent-focus")).toHaveLength(1);
  });
  it("keeps the first and longest of overlapping spans", () => {
    const overlapping: Span[] = [at(text, "trí tuệ", "cue", "x"), at(text, "trí tuệ nhân tạo", "field", "ai"), at(text, "nhân tạo", "st", "y")];
    const marks = [...render(highlighted(text, overlapping, names)).querySelectorAll("mark")];
    expect(marks.map((m) => m.textContent)).toEqual(["trí tuệ nhân tạo"]);
  });
  it("shows only the text between start and end, with the spans wholly inside it", () => {
    const start = text.indexOf("Nhật");
    const end = text.indexOf(" ký");
    const p = render(highlighted(text, [...spans, [start - 4, start + 4, "cue", "x"]], names, {start, end}));
    expect(p.textContent).toBe("Nhật Bản");
    expect([...p.querySelectorAll("mark")].map((m) => m.textContent)).toEqual(["Nhật Bản"]);
  });
  it("never makes markup of the text, whatever it holds", () => {
    for (const hostile of HOSTILE) {
      const t = `Tin: ${hostile} và Nhật Bản ${hostile}`;
      const p = render(highlighted(t, [at(t, "Nhật Bản", "country", "JP"), at(t, hostile, "cue", "agreement")], names));
      expect(p.textContent, hostile).toBe(t);
      expect(p.querySelectorAll("img, script, svg, b"), hostile).toHaveLength(0);
      expect(p.querySelectorAll("mark"), hostile).toHaveLength(2);
    }
  });
  it("never makes markup of a name, a kind or a code either", () => {
    const hostileNames: Names = {...names, countries: {JP: {en: `"><img src=x onerror=alert(1)>`, vi: "", numeric: "392"}}};
    const named = render(highlighted("Nhật Bản", [[0, 8, "country", "JP"]], hostileNames)).querySelector("mark")!;
    expect(named.title).toBe(`Country: "><img src=x onerror=alert(1)>`);
    const kinded = render(highlighted("Nhật Bản", [[0, 8, `x" onmouseover="alert(1)`, `<b>JP</b>`]], names));
    const mark = kinded.querySelector("mark")!;
    expect(mark.hasAttribute("onmouseover")).toBe(false);
    expect(mark.title).toBe(`x" onmouseover="alert(1): <b>JP</b>`);
    expect(kinded.querySelectorAll("img, b")).toHaveLength(0);
  });
});

describe("legend", () => {
  it("shows a mark of each kind with its name, the five usual ones unless told", () => {
    const marks = [...legend().querySelectorAll("mark")];
    expect(marks.map((m) => [m.className, m.textContent])).toEqual([
      ["ent ent-country", "Country"],
      ["ent ent-organization", "Organisation"],
      ["ent ent-province", "Province"],
      ["ent ent-field", "Field cue"],
      ["ent ent-cue", "Cooperation cue"]
    ]);
    expect([...legend(["st"]).querySelectorAll("mark")].map((m) => m.textContent)).toEqual(["S&T cue"]);
    expect(legend().getAttribute("aria-label")).toBe("Highlight colours");
  });
});

describe("evidenceList", () => {
  const sentence = (i: number, s: number, st = true, text = "Hà Nội và Nhật Bản hợp tác về trí tuệ nhân tạo."): EvidenceSentence => ({
    a: `a${i}`,
    i,
    s,
    t: `Bài ${i}`,
    date: {year: 2025, month: 4, day: 13},
    text,
    pairs: [["VN-HN", "JP", st, "agreement;joint_research"]],
    h: [at(text, "Nhật Bản", "country", "JP")].filter(() => text.includes("Nhật Bản"))
  });
  const options = (o: Partial<Parameters<typeof evidenceList>[2]> = {}) => ({names, focus: "JP", href: (id: string, s: number) => `./articles.html?id=${id}&s=${s}`, pageSize: 2, keep: () => true, total: 5, ...o});
  const items = (el: HTMLElement) => [...el.querySelectorAll("ol.evidence > li")];
  const button = (el: HTMLElement) => el.querySelector("button")!;
  const click = async (el: HTMLElement) => {
    button(el).click();
    await settle();
  };

  it("shows a page of sentences, each highlighted, with its article's title, date and pairs, linked to its sentence", () => {
    const el = evidenceList([sentence(0, 1), sentence(1, 0)], async () => [], options({total: 2}));
    const [li] = items(el);
    expect(items(el)).toHaveLength(2);
    expect(li.querySelector("blockquote")!.getAttribute("lang")).toBe("vi");
    expect(li.querySelector("mark.ent-focus")!.textContent).toBe("Nhật Bản");
    const a = li.querySelector(".evidence-meta a")!;
    expect([a.getAttribute("href"), a.textContent]).toEqual(["./articles.html?id=a0&s=1", "Bài 0"]);
    expect(li.querySelector(".evidence-meta")!.textContent).toContain("13 Apr 2025");
    expect(li.querySelector(".evidence-meta .muted")!.textContent).toBe("Hà Nội ↔ Japan (S&T): agreement signed, joint research");
  });
  it("offers the next page with how many are not shown, and hides the button when all are", async () => {
    const el = evidenceList([sentence(0, 0), sentence(1, 0), sentence(2, 0)], async () => [], options({total: 3}));
    expect(button(el).textContent).toBe("Show more (1 not shown)");
    expect(button(el).hidden).toBe(false);
    await click(el);
    expect(items(el)).toHaveLength(3);
    expect(button(el).hidden).toBe(true);
  });
  it("fetches the rest once, when the first sentences run out, and shows none twice", async () => {
    const first = [sentence(0, 0), sentence(1, 0), sentence(2, 0)];
    const rest = vi.fn(async () => [sentence(3, 0), sentence(4, 1)]);
    const el = evidenceList(first, rest, options({total: 5}));
    await settle();
    expect(rest).not.toHaveBeenCalled();
    await click(el);
    expect(rest).toHaveBeenCalledOnce();
    expect(items(el).map((li) => li.querySelector("a")!.textContent)).toEqual(["Bài 0", "Bài 1", "Bài 2", "Bài 3"]);
    expect(button(el).textContent).toBe("Show more (1 not shown)");
    await click(el);
    expect(rest).toHaveBeenCalledOnce();
    expect(items(el).map((li) => li.querySelector("a")!.textContent)).toEqual(["Bài 0", "Bài 1", "Bài 2", "Bài 3", "Bài 4"]);
    expect(button(el).hidden).toBe(true);
  });
  it("fills its first page from the rest when the first sentences kept do not fill it", async () => {
    const rest = vi.fn(async () => [sentence(3, 0), sentence(4, 0)]);
    const el = evidenceList([sentence(0, 0, false), sentence(1, 0)], rest, options({keep: (e) => e.pairs[0][2], total: 3}));
    await settle();
    expect(rest).toHaveBeenCalledOnce();
    expect(items(el).map((li) => li.querySelector("a")!.textContent)).toEqual(["Bài 1", "Bài 3"]);
    await click(el);
    expect(rest).toHaveBeenCalledOnce();
    expect(items(el).map((li) => li.querySelector("a")!.textContent)).toEqual(["Bài 1", "Bài 3", "Bài 4"]);
  });
  it("is disabled while the rest loads", async () => {
    let arrive: (v: EvidenceSentence[]) => void = () => {};
    const el = evidenceList([sentence(0, 0), sentence(1, 0), sentence(2, 0)], () => new Promise((r) => (arrive = r)), options({total: 4}));
    button(el).click();
    expect(button(el).disabled).toBe(true);
    expect(button(el).textContent).toBe("Loading…");
    arrive([sentence(3, 0)]);
    await settle();
    expect(button(el).disabled).toBe(false);
    expect(items(el)).toHaveLength(4);
  });
  it("never fetches the rest when the first sentences hold them all", async () => {
    const rest = vi.fn(async () => []);
    const el = evidenceList([sentence(0, 0), sentence(1, 0), sentence(2, 0)], rest, options({total: 3}));
    await click(el);
    expect(rest).not.toHaveBeenCalled();
  });
  it("keeps only the sentences of the page's scope and filters, in the first ones and in the rest", async () => {
    const el = evidenceList([sentence(0, 0, false), sentence(1, 0)], async () => [sentence(2, 0, false), sentence(3, 0)], options({keep: (e) => e.pairs[0][2], total: 2}));
    await settle();
    expect(items(el).map((li) => li.querySelector("a")!.textContent)).toEqual(["Bài 1", "Bài 3"]);
  });
  it("says so when no sentence is kept", async () => {
    const el = evidenceList([], async () => [], options({total: 0}));
    await settle();
    expect(el.textContent).toContain("No evidence sentence in this selection.");
    expect(button(el).hidden).toBe(true);
  });
  it("shows a hostile sentence and title as text", async () => {
    for (const hostile of HOSTILE) {
      const ev = {...sentence(0, 0, true, `${hostile} Nhật Bản`), t: hostile};
      const el = evidenceList([ev], async () => [], options({total: 1}));
      const [li] = items(el);
      expect(li.querySelector("blockquote")!.textContent, hostile).toBe(`${hostile} Nhật Bản`);
      expect(li.querySelector(".evidence-meta a")!.textContent, hostile).toBe(hostile);
      expect(el.querySelectorAll("img, script, svg, b"), hostile).toHaveLength(0);
    }
  });
});

describe("articleText", () => {
  const lines = ["Hà Nội và Nhật Bản ký thỏa thuận. Hai bên hợp tác về trí tuệ nhân tạo.", "   ", "Tin liên quan: <script>alert(1)</script>", "Kết thúc."];
  const text = lines.join("\n");
  const offsets = (k: number): [number, number] => {
    const start = lines.slice(0, k).reduce((n, l) => n + l.length + 1, 0);
    return [start, start + lines[k].length];
  };
  const second = at(text, "Hai bên hợp tác về trí tuệ nhân tạo.", "sentence", "");
  const detail = {
    id: "a1",
    text,
    lines: [[...offsets(0), null], [...offsets(1), null], [...offsets(2), "related"], [...offsets(3), null]],
    mentions: [at(text, "Nhật Bản", "country", "JP"), at(text, "Hà Nội", "province", "VN-HN")],
    sentences: [at(text, "Hà Nội và Nhật Bản ký thỏa thuận.", "", "").slice(0, 2), second.slice(0, 2)]
  } as unknown as ArticleText;

  it("shows each line with text as a paragraph, its entities highlighted", () => {
    const el = articleText(detail, names);
    expect(el.getAttribute("lang")).toBe("vi");
    expect([...el.querySelectorAll("p")].map((p) => p.textContent)).toEqual([lines[0], `related ${lines[2]}`, lines[3]]);
    expect([...el.querySelectorAll("mark")].map((m) => m.textContent)).toEqual(["Hà Nội", "Nhật Bản"]);
  });
  it("dims page chrome, saying why it is not counted, and keeps it as text", () => {
    const chrome = articleText(detail, names).querySelector("p.chrome")!;
    expect(chrome.getAttribute("title")).toBe("Page chrome (related): not counted");
    expect(chrome.querySelector(".chrome-tag")!.textContent).toBe("related");
    expect(chrome.querySelector("script")).toBeNull();
    expect(chrome.textContent).toContain("<script>alert(1)</script>");
  });
  it("outlines the sentence the reader came from", () => {
    const target = articleText(detail, names, {sentence: 1}).querySelector("#target-sentence")!;
    expect(target.className).toBe("target-sentence");
    expect(target.textContent).toBe("Hai bên hợp tác về trí tuệ nhân tạo.");
    expect(articleText(detail, names).querySelector("#target-sentence")).toBeNull();
  });
  it("highlights extra spans (the S&T cues of its pairs) with the mentions", () => {
    const el = articleText(detail, names, {extra: [at(text, "trí tuệ nhân tạo", "st", "ai")]});
    expect(el.querySelector("mark.ent-st")!.textContent).toBe("trí tuệ nhân tạo");
  });
});
