// From a file's bytes to canonical text: decodeArticleBytes (which encodings are accepted and
// what is said about the others) and normalizeText (one form for the same text).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeArticleBytes, firstInvalidUtf8 } from "../../loaders/read/decode.js";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (...b: number[]): Uint8Array => new Uint8Array(b);

function utf16(s: string, endian: "le" | "be"): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const [lo, hi] = [c & 0xff, c >> 8];
    out.set(endian === "le" ? [lo, hi] : [hi, lo], 2 + 2 * i);
  }
  return out;
}

describe("decodeArticleBytes", () => {
  it("reads UTF-8 without a byte-order mark", () => {
    expect(decodeArticleBytes(utf8("Hợp tác Việt – Nga"))).toEqual({ ok: true, text: "Hợp tác Việt – Nga", encoding: "utf-8" });
  });

  it("reads UTF-8 with a byte-order mark and drops the mark", () => {
    const r = decodeArticleBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Hà Nội")]));
    expect(r).toEqual({ ok: true, text: "Hà Nội", encoding: "utf-8-bom" });
  });

  it("reads UTF-16 little-endian and big-endian files that start with a byte-order mark", () => {
    expect(decodeArticleBytes(utf16("Thượng Hải 🚀", "le"))).toEqual({ ok: true, text: "Thượng Hải 🚀", encoding: "utf-16le" });
    expect(decodeArticleBytes(utf16("Thượng Hải 🚀", "be"))).toEqual({ ok: true, text: "Thượng Hải 🚀", encoding: "utf-16be" });
  });

  it("calls a file of zero bytes empty", () => {
    expect(decodeArticleBytes(new Uint8Array(0))).toMatchObject({ ok: false, reason: "empty", message: "the file is empty (0 bytes)" });
  });

  it("calls a file of only whitespace (spaces, newlines, NBSP, a lone BOM) empty", () => {
    expect(decodeArticleBytes(utf8(" \n\t\u00a0\r\n"))).toMatchObject({ ok: false, reason: "empty" });
    expect(decodeArticleBytes(bytes(0xef, 0xbb, 0xbf))).toMatchObject({ ok: false, reason: "empty" });
    expect(decodeArticleBytes(utf16("  \n", "le"))).toMatchObject({ ok: false, reason: "empty" });
  });

  it("calls a file with NUL bytes binary, and says where the first one is", () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d);
    const r = decodeArticleBytes(png);
    expect(r).toMatchObject({ ok: false, reason: "binary" });
    expect(!r.ok && r.message).toContain("NUL byte at offset 8");
  });

  it("calls valid UTF-8 that is mostly control characters binary", () => {
    const r = decodeArticleBytes(bytes(0x01, 0x02, 0x03, 0x41, 0x04, 0x05, 0x42, 0x06));
    expect(r).toMatchObject({ ok: false, reason: "binary" });
    expect(!r.ok && r.message).toMatch(/\d+% of its characters are control characters/);
  });

  it("keeps text with an odd control character here and there", () => {
    expect(decodeArticleBytes(utf8("Một đoạn văn bản dài có một ký tự \u0014 lạ ở giữa."))).toMatchObject({ ok: true });
  });

  it("refuses Latin-1 / Windows-1258 bytes as invalid UTF-8, naming the byte and its offset", () => {
    const r = decodeArticleBytes(bytes(0x43, 0x61, 0x66, 0xe9, 0x20, 0x56, 0x69, 0xea, 0xf2, 0x74));
    expect(r).toEqual({
      ok: false,
      reason: "invalid-encoding",
      message:
        "not valid UTF-8 (byte 0xE9 at offset 3); it may be in a legacy code page such as Windows-1258 or Latin-1. Save the file as UTF-8",
    });
  });

  it("counts the offset of an invalid byte from the start of the file, byte-order mark included", () => {
    const r = decodeArticleBytes(bytes(0xef, 0xbb, 0xbf, 0x41, 0xff));
    expect(!r.ok && r.message).toContain("byte 0xFF at offset 4");
  });

  it("refuses a UTF-8 sequence cut off at the end of the file", () => {
    const r = decodeArticleBytes(bytes(0x41, 0xe1, 0xbb));
    expect(r).toMatchObject({ ok: false, reason: "invalid-encoding" });
    expect(!r.ok && r.message).toContain("byte 0xE1 at offset 1");
  });

  it("refuses UTF-16 with an odd number of bytes or a broken surrogate pair", () => {
    expect(decodeArticleBytes(bytes(0xff, 0xfe, 0x41, 0x00, 0x42))).toMatchObject({ ok: false, reason: "invalid-encoding" });
    expect(decodeArticleBytes(bytes(0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41, 0x00))).toMatchObject({
      ok: false,
      reason: "invalid-encoding",
    });
  });

  it("never throws, whatever the bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        const r = decodeArticleBytes(b);
        expect(r.ok ? typeof r.text : r.message.length > 0).toBeTruthy();
      }),
    );
  });
});

describe("firstInvalidUtf8", () => {
  it("finds overlong forms and encoded surrogates, which TextDecoder also refuses", () => {
    expect(firstInvalidUtf8(bytes(0x41, 0xc0, 0x80))).toBe(1); // overlong NUL
    expect(firstInvalidUtf8(bytes(0x41, 0x42, 0xed, 0xa0, 0x80))).toBe(2); // U+D800
    expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // above U+10FFFF
  });

  it("agrees with TextDecoder on which byte strings are valid", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (b) => {
        let valid = true;
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(b);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(b) === b.length).toBe(valid);
      }),
    );
  });
});
