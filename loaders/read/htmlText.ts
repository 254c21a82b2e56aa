// An element's text as lines, one paragraph (block) per line: what the extractor reads. Inline
// markup (links, bold, spans) is joined into its paragraph; block elements (p, div, headings,
// list items, figure captions, table cells ...) and <br> end a line; whitespace inside a line
// is collapsed to single spaces; empty lines are dropped. Images contribute nothing (their
// caption, if any, is a block of its own). Text is taken as text: "&lt;script&gt;" in the page
// is the line's "<script>", never markup.

const BLOCK_TAGS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "CAPTION", "DD", "DETAILS", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE",
  "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION",
  "SUMMARY", "TABLE", "TBODY", "TD", "TFOOT", "TH", "THEAD", "TR", "UL",
]);

const SKIPPED_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "SVG", "IMG", "PICTURE", "VIDEO", "AUDIO", "BUTTON", "SELECT", "TEXTAREA", "INPUT"]);

/** VnExpress's place name before the lead ("Hà Nội"), which its style sheet follows with a dash. */
const LOCATION_STAMP = /\blocation-stamp\b/;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_FRAGMENT_NODE = 11;

/** The paragraphs of `root` (an element or document fragment), in reading order. */
export function blockLines(root: Node): string[] {
  const lines: string[] = [];
  let current = "";
  const flush = (): void => {
    const line = current.replace(/\s+/g, " ").trim();
    if (line !== "") lines.push(line);
    current = "";
  };
  const visit = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      current += node.nodeValue ?? "";
      return;
    }
    if (node.nodeType === DOCUMENT_FRAGMENT_NODE) {
      for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === "BR") {
      flush();
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (block) flush();
    else if (LOCATION_STAMP.test((node as Element).getAttribute("class") ?? "")) current += " - ";
  };
  visit(root);
  flush();
  return lines;
}
