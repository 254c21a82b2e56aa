// Turning a file's bytes into text, or saying in plain words why that is not possible.
// Article files come from people who copy and paste news into an editor, so they arrive as
// UTF-8 (with or without a byte-order mark), sometimes as UTF-16 from Windows tools, and now
// and then as something that is not text at all (an image, a Word file) or in a legacy
// Vietnamese code page such as Windows-1258. Only the Unicode encodings are accepted: a legacy
// code page cannot be told apart reliably from another, and guessing would corrupt diacritics.

export type TextEncodingName = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be";

export type DecodeFailure = "empty" | "binary" | "invalid-encoding";

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName }
  | { ok: false; reason: DecodeFailure; message: string };

/**
 * Share of control characters (other than tab, LF, CR, form feed) above which decoded text is
 * taken for binary data. Real text has none or a handful; binary data decoded by chance as
 * UTF-8 or UTF-16 is full of them.
 */
export const MAX_CONTROL_SHARE = 0.1;

/** Decodes an article file's bytes. The byte-order mark, if any, is not part of `text`. */
export function decodeArticleBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) {
    return { ok: false, reason: "empty", message: "the file is empty (0 bytes)" };
  }

  const bom = detectBom(bytes);
  if (bom === "utf-16le" || bom === "utf-16be") {
    return finish(decodeUtf16(bytes.subarray(2), bom), bom);
  }

  const body = bom === "utf-8-bom" ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul >= 0) {
    return {
      ok: false,
      reason: "binary",
      message:
        `contains a NUL byte at offset ${nul + (body === bytes ? 0 : 3)}; this looks like a binary file ` +
        "(an image, a PDF or a Word document), not plain text. If it is UTF-16 text, save it as UTF-8 instead",
    };
  }
  return finish(decodeUtf8(body, body === bytes ? 0 : 3), bom ?? "utf-8");
}

type Decoded = { ok: true; text: string } | { ok: false; reason: DecodeFailure; message: string };

/** Applies the checks shared by every encoding: control characters, then blank content. */
function finish(decoded: Decoded, encoding: TextEncodingName): DecodeResult {
  if (!decoded.ok) return decoded;
  const { text } = decoded;
  const controls = countControls(text);
  if (controls > 0 && controls / text.length > MAX_CONTROL_SHARE) {
    const percent = Math.round((100 * controls) / text.length);
    return {
      ok: false,
      reason: "binary",
      message: `${percent}% of its characters are control characters; this looks like a binary file, not plain text`,
    };
  }
  if (isBlank(text)) {
    return { ok: false, reason: "empty", message: "the file holds only whitespace, no text" };
  }
  return { ok: true, text, encoding };
}

function detectBom(bytes: Uint8Array): TextEncodingName | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8-bom";
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

function decodeUtf8(bytes: Uint8Array, offsetBase: number): Decoded {
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const byte = bytes[at] ?? 0;
    return {
      ok: false,
      reason: "invalid-encoding",
      message:
        `not valid UTF-8 (byte 0x${hex(byte)} at offset ${at + offsetBase}); it may be in a legacy ` +
        "code page such as Windows-1258 or Latin-1. Save the file as UTF-8",
    };
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): Decoded {
  const label = encoding === "utf-16le" ? "UTF-16 LE" : "UTF-16 BE";
  if (bytes.length % 2 !== 0) {
    return {
      ok: false,
      reason: "invalid-encoding",
      message: `starts with a ${label} byte-order mark but has an odd number of bytes; save the file as UTF-8`,
    };
  }
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      reason: "invalid-encoding",
      message: `starts with a ${label} byte-order mark but is not valid ${label} (a broken surrogate pair); save the file as UTF-8`,
    };
  }
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min: number; // bounds for the second byte (excludes overlongs and surrogates)
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = b === 0xe0 ? 0xa0 : 0x80;
      if (b === 0xed) max = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = b === 0xf0 ? 0x90 : 0x80;
      if (b === 0xf4) max = 0x8f;
    } else {
      return i;
    }
    if (i + need >= bytes.length) return i; // truncated at the end of the file
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (c < lo || c > hi) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

function countControls(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f || (c >= 0x80 && c < 0xa0)) {
      n++;
    }
  }
  return n;
}

/** Whitespace, including the invisible characters that normalisation removes. */
function isBlank(text: string): boolean {
  return /^[\s\u200b-\u200d\u2060\ufeff\u00ad]*$/u.test(text);
}

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, "0");
}
