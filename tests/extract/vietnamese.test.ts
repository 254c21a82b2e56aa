// The specification of the syllable helpers in loaders/extract/vietnamese.ts that tell a
// Vietnamese name ("Tuấn", "Duyên") from a foreign one ("Tony", "Putin").
import {describe, expect, it} from "vitest";
import {foldWord, isMarkedVietnamese, isVietnameseSyllable} from "../../loaders/extract/vietnamese.js";

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
