// A web page → the article it carries: its main text, one paragraph per line (the headline
// first, then the lead, then the body with image captions), and its metadata (htmlMetadata.ts).
// Mozilla Readability finds the body; before it runs, the page's chrome is removed
// (htmlChrome.ts) and the lead (sapo) is set aside, since many outlets put it outside the
// body's element, where Readability would leave it out.
//
// DOM: linkedom. Readability needs a DOM; linkedom and jsdom were compared on the fixture pages
// (tests/fixtures/web/: VnExpress, Tuổi Trẻ, VietnamPlus, Nhân Dân, the MOST portal, a page
// without metadata, a windows-1258 page, a page quoting <script>, a section front) and on a long
// article, with `npx tsx scripts/bench/htmlDom.ts --runs 30` (jsdom is a dev dependency: the
// component tests run in it; the reader uses linkedom only). Median ms per page,
// parse + readHtmlDocument, on the 2-core machine (load average about 4 at the time):
//
//   page                          KiB   linkedom   jsdom   jsdom ÷ linkedom
//   vnexpress.html                6.8     1.42    22.69      16.0×
//   tuoitre.html                  5.1     1.45    27.02      18.6×
//   vietnamplus.html              5.0     1.32    20.75      15.7×
//   nhandan.html                  3.7     3.02    28.52       9.4×
//   most.html                     3.8     4.10    32.18       7.9×   (first page timed: JIT still warming)
//   long article (~20,000 chars) 26.6     4.52    50.85      11.2×
//   all 10 pages                         18.92   242.88      12.8×
//
// Both DOMs give the same lines and the same metadata on every page, so the choice is speed:
// linkedom, some 10-13× faster (10.6× in a later run of 5). (Even so, parsing a page into linkedom's DOM is most of what an
// HTML article costs: see README, Performance.)

import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { blockLines } from "./htmlText.js";
import { findBodyElement, findLandmarks, removePageChrome } from "./htmlChrome.js";
import { readHtmlMetadata, type HtmlMetadata } from "./htmlMetadata.js";
import { stripNonText } from "./htmlStrip.js";

/**
 * Least main text, in characters, for a page to count as an article (the body without the
 * headline and the lead). A section front, a search page or an error page has less.
 */
export const MIN_ARTICLE_CHARS = 200;

export interface HtmlArticle {
  /** The lines joined with "\n": headline, lead, body paragraphs and captions. */
  text: string;
  lines: string[];
  metadata: HtmlMetadata;
}

export type HtmlReadResult =
  | { ok: true; article: HtmlArticle }
  | { ok: false; reason: "not-an-article"; message: string; metadata: HtmlMetadata };

/** Parses a page's HTML (linkedom) and reads its article. `url`: where the page was fetched from, if known. */
export function readHtmlPage(html: string, opts: { url?: string | null } = {}): HtmlReadResult {
  const parse = (): Document => parseHTML(stripNonText(html)).document as unknown as Document;
  return readHtmlDocument(parse(), { ...opts, reparse: parse });
}

/**
 * Reads the article of an already parsed page (any DOM implementation). The document is
 * changed: chrome is removed from it and Readability rearranges it.
 */
export function readHtmlDocument(doc: Document, opts: { url?: string | null; reparse?: () => Document } = {}): HtmlReadResult {
  const { body, sapo: sapoElement } = findLandmarks(doc);
  const metadata = readHtmlMetadata(doc, opts.url ?? null, body);
  const sapo = sapoElement ? blockLines(sapoElement) : [];
  if (sapoElement && !sapoElement.contains(body)) sapoElement.remove(); // placed first below, once
  removePageChrome(doc, body);

  let bodyLines: string[] = [];
  if (body && doc.body) {
    // The outlet's body element, alone in the page: Readability cleans it (share buttons,
    // empty blocks, link lists) in a fraction of the time the whole page takes.
    const page = doc.body;
    while (page.firstChild) page.removeChild(page.firstChild);
    page.appendChild(body);
    bodyLines = readabilityLines(doc);
  }
  if (chars(bodyLines) < MIN_ARTICLE_CHARS) {
    // No body element known, or too little in it: Readability looks for the body over the whole page.
    const page = body ? opts.reparse?.() ?? null : doc;
    if (page) {
      if (page !== doc) removePageChrome(page, findBodyElement(page));
      const lines = readabilityLines(page);
      if (chars(lines) > chars(bodyLines)) bodyLines = lines;
    }
  }
  const bodyChars = chars(bodyLines);
  if (bodyChars < MIN_ARTICLE_CHARS) {
    return {
      ok: false,
      reason: "not-an-article",
      message: `has ${bodyChars} characters of article text, under the ${MIN_ARTICLE_CHARS} an article has; it looks like a section front, a list or an error page`,
      metadata,
    };
  }

  const lines: string[] = [];
  const title = metadata.title;
  if (title) {
    lines.push(title);
    // The headline again at the top of the body (Readability keeps an <h1> it finds there).
    const again = bodyLines.slice(0, 3).findIndex((line) => fold(line) === fold(title));
    if (again >= 0) bodyLines.splice(again, 1);
  }
  const bodyText = fold(bodyLines.join(" "));
  if (sapo.length && !bodyText.includes(fold(sapo.join(" ")).slice(0, 80))) lines.push(...sapo);
  lines.push(...bodyLines);
  return { ok: true, article: { text: lines.join("\n"), lines, metadata } };
}

/** The lines of the article Readability finds in `doc`, or none. */
function readabilityLines(doc: Document): string[] {
  const parsed = new Readability<Node>(doc, { charThreshold: 300, disableJSONLD: true, keepClasses: true, serializer: (node) => node }).parse();
  return parsed?.content ? blockLines(parsed.content) : [];
}

function chars(lines: string[]): number {
  return lines.reduce((n, line) => n + line.length, 0);
}

function fold(s: string): string {
  return s.replace(/\s+/g, " ").trim().toLowerCase();
}
