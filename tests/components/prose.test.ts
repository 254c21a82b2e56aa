// @vitest-environment jsdom
// prose: the numbers, plurals, lists and dates of the sentences the pages compute.
import {describe, expect, it} from "vitest";
import {dateLabel, fmt, list, listWithMore, plural, share, verb, yearSpan, inSentence, spanPhrase} from "../../src/components/prose.js";

describe("numbers and plurals", () => {
  it("groups thousands with commas", () => {
    expect(fmt(1234567)).toBe("1,234,567");
  });
  it("says 1 article, 3 articles, 1,204 articles, and 0 articles", () => {
    expect([1, 3, 1204, 0].map((n) => plural(n, "article"))).toEqual(["1 article", "3 articles", "1,204 articles", "0 articles"]);
  });
  it("takes an irregular plural when given one", () => {
    expect(plural(2, "country", "countries")).toBe("2 countries");
    expect(plural(1, "country", "countries")).toBe("1 country");
  });
  it("agrees a verb with a count", () => {
    expect(verb(1, "is", "are")).toBe("is");
    expect(verb(4, "is", "are")).toBe("are");
  });
  it("writes a share with one decimal, and 'none' of an empty whole", () => {
    expect(share(1, 8)).toBe("12.5%");
    expect(share(0, 0)).toBe("none");
  });
});

describe("lists", () => {
  it("joins with commas and a last 'and'", () => {
    expect(list([])).toBe("");
    expect(list(["Nhật Bản"])).toBe("Nhật Bản");
    expect(list(["Nhật Bản", "Hàn Quốc"])).toBe("Nhật Bản and Hàn Quốc");
    expect(list(["Japan", "Korea", "the EU"])).toBe("Japan, Korea and the EU");
  });
  it("takes another last word when asked", () => {
    expect(list(["2024", "2025"], "or")).toBe("2024 or 2025");
  });
  it("keeps elements among the items as elements, in one HTML fragment", () => {
    const b = document.createElement("b");
    b.textContent = "Hà Nội";
    const out = list([b, "Hải Phòng"] as (string | Node)[]) as HTMLElement;
    expect(out.tagName).toBe("SPAN");
    expect(out.querySelector("b")).toBe(b);
    expect(out.textContent).toBe("Hà Nội and Hải Phòng");
  });
  it("lists the first three and counts the rest, but never says '1 more'", () => {
    expect(listWithMore(["A", "B", "C", "D"])).toBe("A, B, C and D");
    expect(listWithMore(["A", "B", "C", "D", "E"])).toBe("A, B, C and 2 more");
    expect(listWithMore(["A", "B", "C"], 1)).toBe("A and 2 more");
  });
});

describe("dates", () => {
  it("are as precise as their source", () => {
    expect(dateLabel({year: 2025, month: 4, day: 13})).toBe("13 Apr 2025");
    expect(dateLabel({year: 2025, month: 4, day: null})).toBe("Apr 2025");
    expect(dateLabel({year: 2025, month: null, day: null})).toBe("2025");
  });
  it("say when the year is not stated, and 'no date' for nothing", () => {
    expect(dateLabel({year: null, month: 11, day: 20})).toBe("20 Nov (year not stated)");
    expect(dateLabel({year: null, month: null, day: null})).toBe("no date");
    expect(dateLabel(null)).toBe("no date");
    expect(dateLabel(undefined)).toBe("no date");
  });
  it("span years with an en dash, and one year alone", () => {
    expect(yearSpan(2003, 2006)).toBe("2003–2006");
    expect(yearSpan(2005, 2005)).toBe("2005");
    expect(spanPhrase(2003, 2006)).toBe("run from 2003 to 2006");
    expect(spanPhrase(2005, 2005)).toBe("are all from 2005");
  });
});

describe("labels inside a sentence", () => {
  it("lower-cases each word but keeps acronyms", () => {
    expect(inSentence("Digital transformation & ICT")).toBe("digital transformation & ICT");
    expect(inSentence("Training & human resources")).toBe("training & human resources");
    expect(inSentence("AI & Robotics")).toBe("AI & robotics");
    expect(inSentence("Đào tạo")).toBe("đào tạo");
  });
});
