// fold: text as a search compares it, so that "ha noi" finds "Hà Nội".
import {describe, expect, it} from "vitest";
import {fold, stripDiacritics} from "../../src/components/fold.js";

describe("stripDiacritics", () => {
  it("removes the tone and vowel marks of Vietnamese, keeping the case", () => {
    expect(stripDiacritics("Hà Nội")).toBe("Ha Noi");
    expect(stripDiacritics("Trường Sa")).toBe("Truong Sa");
    expect(stripDiacritics("Hợp tác Việt – Nhật")).toBe("Hop tac Viet – Nhat");
  });
  it("writes đ as d and Đ as D, which Unicode does not decompose", () => {
    expect(stripDiacritics("Đà Nẵng đổi mới")).toBe("Da Nang doi moi");
  });
  it("leaves text without diacritics as it is", () => {
    expect(stripDiacritics("Samsung R&D, 2025")).toBe("Samsung R&D, 2025");
  });
});

describe("fold", () => {
  it("lower-cases as well, so that any spelling of a name finds it", () => {
    expect(fold("ĐẠI HỌC Quốc gia")).toBe("dai hoc quoc gia");
    expect(fold("Hà Nội")).toBe(fold("ha noi"));
  });
  it("folds precomposed and decomposed text alike", () => {
    const composed = "Nhật Bản".normalize("NFC");
    const decomposed = "Nhật Bản".normalize("NFD");
    expect(composed).not.toBe(decomposed);
    expect(fold(composed)).toBe(fold(decomposed));
  });
});
