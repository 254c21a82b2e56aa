// articleTexts: an article's text is in the last part whose first id (the fences, site.json's
// files.texts) is not after its own id, in code-point order.
import {afterEach, describe, expect, it, vi} from "vitest";
import type {ArticleText} from "../../loaders/contract.js";
import {articleTextOf, textPartOf} from "../../src/components/articleTexts.js";
import {TEXT_FILES} from "../../src/components/textAttachments.js";
import {setFile} from "./stdlibStub.js";

describe("textPartOf", () => {
  const fences = ["002_a", "010_b", "100_c"];
  it("finds the part whose first id is the article's own", () => {
    expect(fences.map((id) => textPartOf(id, fences))).toEqual([0, 1, 2]);
  });
  it("finds the last part whose first id is before the article's", () => {
    expect(textPartOf("005", fences)).toBe(0);
    expect(textPartOf("010_c", fences)).toBe(1);
    expect(textPartOf("zzz", fences)).toBe(2);
  });
  it("answers -1 for an id before the first part, and for no parts", () => {
    expect(textPartOf("001", fences)).toBe(-1);
    expect(textPartOf("", fences)).toBe(-1);
    expect(textPartOf("abc", [])).toBe(-1);
  });
  it("compares by code point, as the writer sorts: capitals before small letters, đ after z", () => {
    const fences = ["B", "a", "z"];
    expect(textPartOf("Z", fences)).toBe(0);
    expect(textPartOf("b", fences)).toBe(1);
    expect(textPartOf("đà-nẵng", fences)).toBe(2);
  });
  it("bisects: finds every id among many parts as a scan would", () => {
    const many = Array.from({length: 97}, (_, k) => `id-${String(k * 7).padStart(4, "0")}`);
    for (let n = 0; n < 700; n += 3) {
      const id = `id-${String(n).padStart(4, "0")}`;
      expect(textPartOf(id, many), id).toBe(many.filter((f) => f <= id).length - 1);
    }
  });
});

describe("articleTextOf", () => {
  const text = (id: string) => ({id, title: `Bài ${id}`, text: "Nội dung."}) as ArticleText;
  afterEach(() => vi.restoreAllMocks());

  it("reads the article from its part", async () => {
    setFile("../data/site/texts/1.json", [text("m1"), text("m2")]);
    const json = vi.spyOn(TEXT_FILES[1], "json");
    expect((await articleTextOf("m2", ["a", "m"]))?.title).toBe("Bài m2");
    expect(json).toHaveBeenCalledOnce();
  });
  it("answers null for an id its part does not hold, and fetches nothing for an id before every part", async () => {
    setFile("../data/site/texts/0.json", [text("b")]);
    const json = vi.spyOn(TEXT_FILES[0], "json");
    expect(await articleTextOf("c", ["b", "m"])).toBeNull();
    expect(await articleTextOf("a", ["b", "m"])).toBeNull();
    expect(json).toHaveBeenCalledOnce();
  });
});
