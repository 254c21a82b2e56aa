// Turning a web page's bytes into text with the character encoding the page declares, as a
// browser does: a byte-order mark first, then the charset of the HTTP Content-Type header (when
// the page was fetched), then <meta charset> or <meta http-equiv="Content-Type"> near the top of
// the page, and without any of those UTF-8 if the bytes are valid UTF-8, else windows-1258 (the
// WHATWG default for Vietnamese, and what old Vietnamese sites without a declaration used).
// Node's TextDecoder knows every WHATWG encoding, windows-1258 included: its combining tone marks
// come out as separate code points, which normalizeText composes (NFC) afterwards.

export interface DecodedHtml {
  html: string;
  /** The WHATWG name of the encoding used ("utf-8", "windows-1258", ...). */
  charset: string;
  /** Where the charset came from. */
  from: "bom" | "header" | "meta" | "utf-8 by content" | "default";
}

/** How far into the page a <meta> charset is looked for (the HTML standard's prescan looks at 1024 bytes; pages often put it later). */
export const CHARSET_SCAN_BYTES = 8192;

/** Decodes a web page's bytes. `headerCharset` is the charset parameter of an HTTP Content-Type, if any. */
export function decodeHtmlBytes(bytes: Uint8Array, headerCharset?: string | null): DecodedHtml {
  const bom = bomCharset(bytes);
  if (bom) return { html: new TextDecoder(bom).decode(bytes), charset: bom, from: "bom" };
  const fromHeader = supportedCharset(headerCharset);
  if (fromHeader) return { html: new TextDecoder(fromHeader).decode(bytes), charset: fromHeader, from: "header" };
  const fromMeta = supportedCharset(metaCharset(bytes));
  if (fromMeta) return { html: new TextDecoder(fromMeta).decode(bytes), charset: fromMeta, from: "meta" };
  try {
    return { html: new TextDecoder("utf-8", { fatal: true }).decode(bytes), charset: "utf-8", from: "utf-8 by content" };
  } catch {
    return { html: new TextDecoder("windows-1258").decode(bytes), charset: "windows-1258", from: "default" };
  }
}

/** The charset named by a `<meta charset>` or `<meta http-equiv="Content-Type" content="...; charset=...">` in the first bytes. */
export function metaCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, CHARSET_SCAN_BYTES));
  if (!/charset/i.test(head)) return null;
  for (const m of head.replace(/<!--[\s\S]*?-->/g, "").matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct) return direct[1]!;
  }
  return null;
}

/** The charset parameter of a Content-Type value ("text/html; charset=UTF-8" → "UTF-8"), or null. */
export function contentTypeCharset(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? "");
  return m ? m[1]! : null;
}

/**
 * The WHATWG encoding a label names, if TextDecoder knows it ("UTF8" → "utf-8", "cp1258" →
 * "windows-1258"). A declared UTF-16 in a page without a byte-order mark is read as UTF-8, as
 * the HTML standard says (the declaration was written in an ASCII-compatible encoding).
 */
export function supportedCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const cleaned = label.trim().toLowerCase().replace(/^cp(?=125\d$)/, "windows-");
  try {
    const encoding = new TextDecoder(cleaned).encoding;
    return encoding.startsWith("utf-16") ? "utf-8" : encoding;
  } catch {
    return null;
  }
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
}
