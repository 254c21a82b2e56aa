// Properties that hold for any input: extraction never throws, every mention's offsets slice
// exactly its surface text, and a text in NFD gives the same result as in NFC.
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {createExtractor, DEFAULT_CORPUS_DIR} from "../../loaders/extract/corpus.js";
import {extractArticle} from "../../loaders/extract/article.js";
import {normalizeText} from "../../loaders/read/normalize.js";
import {summarize} from "../../loaders/tables/summary.js";

const x = createExtractor();
const extract = (text: string) => extractArticle({id: "p", file: "p.txt", text, frontMatter: {}, bytes: text.length}, x);

const seeds = readdirSync(DEFAULT_CORPUS_DIR)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => normalizeText(readFileSync(join(DEFAULT_CORPUS_DIR, f), "utf8")));

/** Text made of Vietnamese news words, names, punctuation, and random Unicode. */
const newsLike = fc
  .array(
    fc.oneof(
      fc.constantFrom("Việt Nam", "Trung Quốc", "Hà Nội", "hợp tác", "ông", "Đức", "Pháp", "luật", "Việt – Nga", "TP.HCM", "Lào Cai", "ký kết", "\n", ". ", ", ", "(", ")", "_", "–", " "),
      fc.string({unit: "grapheme", maxLength: 8}),
      fc.string({unit: "binary", maxLength: 4})
    ),
    {maxLength: 60}
  )
  .map((parts) => parts.join(" "));

describe("extraction on any text", () => {
  it("never throws, and every mention slices its surface", () => {
    fc.assert(
      fc.property(newsLike, (raw) => {
        const text = normalizeText(raw);
        const a = extract(text);
        for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
        for (const s of a.sentences) expect(s.start).toBeLessThanOrEqual(s.end);
      }),
      {numRuns: 300}
    );
  });

  it("slices every mention's surface exactly in the seed articles", () => {
    for (const text of seeds) {
      const a = extract(text);
      expect(a.mentions.length).toBeGreaterThan(0);
      for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
    }
  });

  it("gives the same result for NFD input as for NFC", () => {
    for (const text of seeds) {
      const nfc = extract(normalizeText(text));
      const nfd = extract(normalizeText(text.normalize("NFD")));
      expect(summarize(nfd)).toEqual(summarize(nfc));
      expect(nfd.mentions).toEqual(nfc.mentions);
    }
  });
});
