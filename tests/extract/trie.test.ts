import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {createExtractor, DEFAULT_CORPUS_DIR} from "../../loaders/extract/corpus.js";
import {normalizeText} from "../../loaders/read/normalize.js";
import {addToTrie, createTrie, matchAt, normalizeKey, prepare, scanTrie, verifyCase, type Trie} from "../../loaders/extract/trie.js";
import {foldChar, foldText, isWordChar, syllableTones} from "../../loaders/extract/vietnamese.js";

function trieOf(entries: [string, string][], caseSensitive = true) {
  const t = createTrie<string>();
  for (const [alias, value] of entries) addToTrie(t, alias, value, caseSensitive);
  return t;
}
const found = (t: ReturnType<typeof trieOf>, text: string) =>
  scanTrie(t, text).map((m) => [text.slice(m.start, m.end), m.entries[0].value]);

describe("the name matcher", () => {
  const t = trieOf([
    ["Thanh Hóa", "VN-21"],
    ["Lào", "LA"],
    ["Lào Cai", "VN-02"],
    ["Đài Loan", "TW"],
    ["Đài Loan (Trung Quốc)", "TW"],
    ["Trung Quốc", "CN"],
    ["Việt - Nga", "RU"],
    ["Hà Nội", "VN-HN"],
    ["Nga", "RU"],
    ["TP.HCM", "VN-SG"]
  ]);

  it("finds a name whatever the tone-mark placement", () => {
    expect(found(t, "tỉnh Thanh Hoá và Thanh Hóa")).toEqual([["Thanh Hoá", "VN-21"], ["Thanh Hóa", "VN-21"]]);
  });
  it("keeps other diacritics and tones: Thanh Hoa (Tsinghua) is not Thanh Hóa", () => {
    expect(found(t, "Đại học Thanh Hoa")).toEqual([]);
  });
  it("takes the longest match first", () => {
    expect(found(t, "tỉnh Lào Cai giáp Lào")).toEqual([["Lào Cai", "VN-02"], ["Lào", "LA"]]);
    expect(found(t, "Đài Loan (Trung Quốc).")).toEqual([["Đài Loan (Trung Quốc)", "TW"]]);
  });
  it("makes spaces around dashes optional and treats every dash alike", () => {
    for (const s of ["Việt – Nga", "Việt-Nga", "Việt - Nga", "Việt —Nga"]) expect(found(t, `diễn đàn ${s} mở`)).toEqual([[s, "RU"]]);
  });
  it("matches at word boundaries only, where an underscore or punctuation is a boundary", () => {
    expect(found(t, "Ngay sau đó")).toEqual([]);
    expect(found(t, "Phố Huế_Hà Nội")).toEqual([["Hà Nội", "VN-HN"]]);
    expect(found(t, "(Nga)")).toEqual([["Nga", "RU"]]);
  });
  it("needs the capital letter a name is written with", () => {
    expect(found(t, "con nga")).toEqual([]);
    expect(found(t, "TP.HCM và Tp.hcm")).toEqual([["TP.HCM", "VN-SG"]]);
  });
  it("reads a text in NFD as in NFC once normalised", () => {
    expect(found(t, "Thanh Hóa".normalize("NFD").normalize("NFC"))).toEqual([["Thanh Hóa", "VN-21"]]);
  });
});

describe("keys and case", () => {
  it("folds letters to lower case without tone marks", () => {
    expect(normalizeKey("Thanh Hoá")).toBe(normalizeKey("thanh hòa"));
    expect(normalizeKey("Đức")).not.toBe(normalizeKey("Duc"));
  });
  it("verifies each way a key is written on its own, however often it comes back", () => {
    const anh = trieOf([["Anh", "GB"]]);
    for (let i = 0; i < 3; i++) {
      expect(found(anh, "sang Anh")).toEqual([["Anh", "GB"]]);
      expect(found(anh, "anh ấy")).toEqual([]);
      expect(found(anh, "ANH")).toEqual([]);
    }
  });
  it("refuses a short name in capitals that is not written in capitals", () => {
    expect(verifyCase("Anh", "ANH")).toBe(false);
    expect(verifyCase("Hà Nội", "HÀ NỘI")).toBe(true);
    expect(verifyCase("UNICEF", "Unicef")).toBe(false);
  });
});

describe("the scan's shortcut", () => {
  // The scan skips a word start when no key begins with the word there (for a key of several
  // words, with the two words there). Without the shortcut:
  // try every word start, left to right, keeping the longest match and going on after it.
  function everyStart<T>(trie: Trie<T>, text: string) {
    const p = prepare(text);
    const out = [];
    let after = 0;
    for (const i of p.starts) {
      if (i < after) continue;
      const m = matchAt(trie, p, i);
      if (m) {
        out.push(m);
        after = m.end;
      }
    }
    return out;
  }
  const {matchers} = createExtractor();
  const tries = {entities: matchers.entities, fields: matchers.fields, cues: matchers.cues, titles: matchers.titles, nationalActors: matchers.nationalActors, contextBlockers: matchers.contextBlockers};
  const seeds = readdirSync(DEFAULT_CORPUS_DIR)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => normalizeText(readFileSync(join(DEFAULT_CORPUS_DIR, f), "utf8")));

  it("finds every match of every gazetteer's trie in the seed articles", () => {
    let matches = 0;
    for (const [name, trie] of Object.entries(tries)) {
      for (const text of seeds) {
        const expected = everyStart(trie as Trie<unknown>, text);
        expect(scanTrie(trie as Trie<unknown>, text), name).toEqual(expected);
        matches += expected.length;
      }
    }
    expect(matches).toBeGreaterThan(500);
  });
  it("finds every match in any text of names, words, punctuation and random Unicode", () => {
    const words = fc.constantFrom("Việt Nam", "Trung Quốc", "Hà Nội", "hợp tác", "ký kết", "Bộ KH&CN", "TP.HCM", "TP. HCM", "Việt – Nga", "Việt-Nga", "Đài Loan (Trung Quốc)", "ASEAN+3", "G7", "5G", "công nghệ sinh học", "Thủ tướng", "Chính phủ", "\n", ". ", "-", "(", " ");
    const text = fc.array(fc.oneof(words, fc.string({unit: "grapheme", maxLength: 6})), {maxLength: 40}).map((parts) => normalizeText(parts.join(" ")));
    fc.assert(
      fc.property(text, (t) => {
        for (const trie of Object.values(tries)) expect(scanTrie(trie as Trie<unknown>, t)).toEqual(everyStart(trie as Trie<unknown>, t));
      }),
      {numRuns: 300}
    );
  });
});

describe("folding by table", () => {
  it("folds and reads tones as foldChar does, for every code unit of the Basic Multilingual Plane", () => {
    let differences = 0;
    for (let c = 0; c < 65536; c++) {
      const ch = String.fromCharCode(c);
      const f = foldChar(ch);
      if (foldText(ch) !== (c >= 0xd800 && c <= 0xdfff ? ch : f.base)) differences++;
      if (JSON.stringify(syllableTones(ch)) !== JSON.stringify(isWordChar(ch) ? [f.tone] : [])) differences++;
    }
    expect(differences).toBe(0);
    expect(syllableTones("Thanh Hóa, Hoà Bình")).toEqual([0, 2, 1, 1]);
    expect(foldText("Đà Nẵng – TP.HCM")).toBe("đa năng - tp.hcm");
  });
});
