// The article texts in parts of consecutive ids: every article found in the part its id gives.
import {describe, expect, it} from "vitest";
import type {ArticleText} from "../../loaders/contract.js";
import {TEXT_PARTS} from "../../loaders/contract.js";
import {textFiles} from "../../loaders/site/textFiles.js";
import {textPartOf} from "../../src/components/articleTexts.js";
import {mixed} from "./siteFixtures.js";

const {files, fences} = textFiles(mixed);

describe("text parts", () => {
  it("writes every part, empty ones included", () => {
    expect(files.map((f) => f.name)).toEqual(Array.from({length: TEXT_PARTS}, (_, p) => `texts/${p}.json`));
  });
  it("finds every article in the part its id gives, with its pairs and their S&T cues", () => {
    for (const a of mixed.articles) {
      const part = JSON.parse(files[textPartOf(a.id, fences)].data) as ArticleText[];
      const t = part.find((x) => x.id === a.id)!;
      expect(t, a.id).toBeDefined();
      expect(t.text).toBe(a.text);
      expect(t.relevance).toBe(a.relevance);
      expect(t.pairs.filter((p) => p.st).length).toBe(a.pairs.filter((p) => p.st).length);
    }
  });
  it("finds no part for an id before the first", () => {
    expect(textPartOf("", fences)).toBe(-1);
    expect(textPartOf("zzz", ["a", "m"])).toBe(1);
    expect(textPartOf("m", ["a", "m"])).toBe(1);
    expect(textPartOf("l", ["a", "m"])).toBe(0);
  });
});
