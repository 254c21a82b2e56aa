// A web page's bytes are decoded as the page says, as a browser would.
import {describe, expect, it} from "vitest";
import {contentTypeCharset, decodeHtmlBytes, metaCharset, supportedCharset} from "../../loaders/read/htmlCharset.js";
import {encodeWindows1258} from "../fixtures/web/encodeWindows1258.js";

const ascii = (s: string) => new TextEncoder().encode(s);
const page = (head: string, body: Uint8Array) => Uint8Array.from([...ascii(`<html><head>${head}</head><body>`), ...body, ...ascii("</body></html>")]);

describe("decodeHtmlBytes", () => {
  it("reads windows-1258, tone marks as combining characters included (“Việt” is 56 69 EA F2 74)", () => {
    const decoded = decodeHtmlBytes(page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">', Uint8Array.of(0x56, 0x69, 0xea, 0xf2, 0x74)));
    expect(decoded).toMatchObject({charset: "windows-1258", from: "meta"});
    expect(decoded.html.normalize("NFC")).toContain("<body>Việt</body>");
  });

  it("reads <meta charset> and the http-equiv form, in any case", () => {
    const text = "Hợp tác khoa học Việt – Nhật, đổi mới sáng tạo";
    expect(decodeHtmlBytes(page('<META CHARSET="Windows-1258">', encodeWindows1258(text))).html.normalize("NFC")).toContain(text);
    expect(decodeHtmlBytes(page("<meta charset=utf-8>", ascii(text))).html).toContain(text);
  });

  it("puts a byte-order mark first, then the HTTP header, then the page's own declaration", () => {
    const cp = page('<meta charset="windows-1258">', encodeWindows1258("Đà Nẵng"));
    expect(decodeHtmlBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...ascii("<p>Đà Nẵng</p>")]), "windows-1258")).toMatchObject({charset: "utf-8", from: "bom"});
    expect(decodeHtmlBytes(cp, "utf-8").from).toBe("header");
    expect(decodeHtmlBytes(cp, null).from).toBe("meta");
  });

  it("without any declaration, takes UTF-8 when the bytes are UTF-8, else windows-1258 (the Vietnamese default)", () => {
    expect(decodeHtmlBytes(ascii("<p>Việt Nam</p>"))).toMatchObject({html: "<p>Việt Nam</p>", from: "utf-8 by content"});
    const legacy = decodeHtmlBytes(encodeWindows1258("<p>Việt Nam</p>"));
    expect(legacy.from).toBe("default");
    expect(legacy.html.normalize("NFC")).toBe("<p>Việt Nam</p>");
  });

  it("ignores a declaration it does not know, and reads a declared UTF-16 without BOM as UTF-8", () => {
    expect(decodeHtmlBytes(page('<meta charset="x-klingon">', ascii("Hà Nội"))).charset).toBe("utf-8");
    expect(supportedCharset("utf-16")).toBe("utf-8");
    expect(supportedCharset("cp1258")).toBe("windows-1258");
    expect(supportedCharset("UTF8")).toBe("utf-8");
  });
});

describe("metaCharset and contentTypeCharset", () => {
  it("find the charset in a <meta> (not in a comment) and in a Content-Type", () => {
    expect(metaCharset(ascii('<!-- <meta charset="koi8-r"> --><meta charset="utf-8">'))).toBe("utf-8");
    expect(metaCharset(ascii("<p>no declaration</p>"))).toBeNull();
    expect(contentTypeCharset('text/html; charset="Windows-1258"')).toBe("Windows-1258");
    expect(contentTypeCharset("text/html")).toBeNull();
  });
});
