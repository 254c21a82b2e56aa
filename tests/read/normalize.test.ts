// Text in one canonical form: NFC, LF line ends, entities decoded, invisible characters and stray controls gone.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeText } from "../../loaders/read/normalize.js";

describe("normalizeText", () => {
  it("composes decomposed (NFD) Vietnamese, so it equals the NFC text", () => {
    const nfc = "Hợp tác khoa học Việt – Nhật tại Thừa Thiên Huế";
    expect(normalizeText(nfc.normalize("NFD"))).toBe(nfc);
  });

  it("makes CRLF, lone CR and Unicode line separators LF", () => {
    expect(normalizeText("a\r\nb\rc\u2028d")).toBe("a\nb\nc\nd");
  });

  it("turns NBSP, narrow NBSP, figure space, other space separators and tabs into a space", () => {
    expect(normalizeText("1\u00a02\u202f3\u20074\u30005\t6")).toBe("1 2 3 4 5 6");
  });

  it("turns other control characters into a space", () => {
    expect(normalizeText("a\u0000b\u0014c\u007fd\u0085e")).toBe("a b c d\ne");
  });

  it("removes zero-width characters, the word joiner, BOMs and soft hyphens", () => {
    expect(normalizeText("\ufeffHà\u200b Nội\u200c\u200d\u2060 khoa\u00adhọc")).toBe("Hà Nội khoahọc");
  });

  it("decodes the common HTML entities and numeric ones", () => {
    expect(normalizeText("Sở GD&amp;ĐT &lt;b&gt; &quot;x&quot; &#39;y&#39; a&nbsp;b &#7879; &#x1EC7;")).toBe(
      "Sở GD&ĐT <b> \"x\" 'y' a b ệ ệ",
    );
  });

  it("leaves entities that name no character as written", () => {
    expect(normalizeText("&#0; &#xD800; &bogus; & amp;")).toBe("&#0; &#xD800; &bogus; & amp;");
  });

  it("trims trailing spaces of each line but keeps leading ones", () => {
    expect(normalizeText("  • mục một  \nhai\u00a0\t\n")).toBe("  • mục một\nhai\n");
  });

  it("is idempotent, even for doubly escaped entities", () => {
    expect(normalizeText(normalizeText("&amp;lt;b&amp;gt;"))).toBe(normalizeText("&amp;lt;b&amp;gt;"));
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "&", "amp;", "lt;", "#38;", ";", " ", "\u00a0", "\r", "\n", "\u0301", "e", "\u200b", "\t", "ệ") }),
        (s) => {
          const once = normalizeText(s);
          expect(normalizeText(once)).toBe(once);
        },
      ),
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
      }),
    );
  });

  it("gives the same output for NFD and NFC input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        expect(normalizeText(s.normalize("NFD"))).toBe(normalizeText(s.normalize("NFC")));
      }),
    );
  });
});
