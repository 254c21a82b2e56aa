// Folding Vietnamese for matching (tone marks apart, other diacritics kept, one code unit for one),
// and the syllable helpers that tell a Vietnamese name ("Tuấn", "Duyên") from a foreign one ("Tony", "Putin").
import {describe, expect, it} from "vitest";
import {foldChar, foldText, foldWord, isDash, isLower, isMarkedVietnamese, isUpper, isVietnameseSyllable, isWordChar, syllableTones} from "../../loaders/extract/vietnamese.js";

describe("folding", () => {
  it("takes the tone mark off and lowers the letter, keeping â, ê, ô, ơ, ư, ă, đ", () => {
    expect(foldChar("Ố")).toEqual({base: "ô", tone: 2});
    expect(foldChar("ừ")).toEqual({base: "ư", tone: 1});
    expect(foldChar("Đ")).toEqual({base: "đ", tone: 0});
  });
  it("folds names alike whatever the tone-mark placement; their tones tell Thanh Hoa from Thanh Hóa", () => {
    expect(foldText("Hoà")).toBe(foldText("Hòa"));
    expect(foldText("Thanh Hoa")).toBe(foldText("Thanh Hóa"));
    expect(syllableTones("Thanh Hoa")).not.toEqual(syllableTones("Thanh Hóa"));
    expect(foldText("Đức")).not.toBe(foldText("Duc"));
  });
  it("keeps offsets: one code unit for one", () => {
    const s = "Việt – Nga 😀";
    expect(foldText(s)).toHaveLength(s.length);
    expect(foldText("Việt – Nga")).toBe("viêt - nga");
  });
  it("reads the tone of each syllable", () => {
    expect(syllableTones("Hà Nội năm 2025")).toEqual([1, 5, 0, 0]);
  });
});

describe("characters", () => {
  it("knows dashes, word characters and case", () => {
    expect(["-", "–", "—", "−"].every(isDash)).toBe(true);
    expect(isWordChar("ệ") && isWordChar("7") && !isWordChar("_") && !isWordChar(" ") && !isWordChar(undefined)).toBe(true);
    expect(isUpper("Đ") && isLower("đ") && !isUpper("7") && !isLower("7")).toBe(true);
  });
});

describe("foldWord", () => {
  it("drops tone marks, keeps the other diacritics, lower-cases", () => {
    expect(foldWord("Nguyễn")).toBe("nguyên");
    expect(foldWord("Đức")).toBe("đưc");
  });
});

describe("isVietnameseSyllable", () => {
  it("accepts one syllable of Vietnamese shape", () => {
    for (const w of ["Tuấn", "Nguyễn", "Khoa", "A", "nghiêng", "Quốc"]) expect(isVietnameseSyllable(w), w).toBe(true);
  });
  it("rejects foreign names", () => {
    for (const w of ["Putin", "Blair", "Tony", "Merkel", "Shahimi", "Scotland", "Brazil"]) expect(isVietnameseSyllable(w), w).toBe(false);
  });
});

describe("isMarkedVietnamese", () => {
  it("needs a tone mark or a Vietnamese letter", () => {
    for (const w of ["Tuấn", "Đức", "Mỹ", "Thư", "Vũ"]) expect(isMarkedVietnamese(w), w).toBe(true);
  });
  it("so 'Tom', 'Kim', 'Sean', 'Anh' are shaped like syllables but not marked", () => {
    for (const w of ["Tom", "Kim", "Sean", "Anh", "Linh"]) expect(isMarkedVietnamese(w), w).toBe(false);
  });
});
