// The parts of a news page around the article that are not the article: menus, breadcrumbs,
// share buttons, tag lists, related-article boxes ("Tin liên quan", "Đọc thêm", "Các tin khác"),
// comments ("Ý kiến", "Bình luận"), "most read" boxes ("Xem nhiều", "Đọc nhiều"), ads, footers.
// Readability drops much of this by itself, but not the Vietnamese names that outlets give
// these boxes in their class names (box-tinlienquanv2, box_xemnhieunhat, binh-luan ...), nor a
// related box inside the article's own element (Tuổi Trẻ's type="RelatedNewsBox"). They are
// removed from the page before Readability reads it. Found in the markup of VnExpress, Tuổi
// Trẻ, VietnamPlus, Nhân Dân, the Ministry of Science and Technology's portal and similar
// sites (the fixtures in tests/fixtures/web/ follow them).
//
// The article's own element (`findBodyElement`) and anything holding it are never removed, so
// that a layout column named "sidebar-1" (VnExpress's main column) keeps the article.

/** Elements that never hold article text. */
const NON_TEXT_TAGS = "script, style, noscript, template, iframe, object, embed, svg, canvas, button, select, input, textarea, nav, footer, aside";

/** Words of a class or id (split at "-", "_" and spaces, lower case) that name page chrome. */
const CHROME_WORDS = new Set([
  "related", "relate", "relates", "relatednews", "lienquan", "tinlienquan", "comment", "comments", "binhluan", "ykien",
  "tag", "tags", "keyword", "keywords", "mostread", "mostview", "mostviewed", "mostpopular", "xemnhieu", "xemnhieunhat",
  "docnhieu", "trending", "share", "sharing", "social", "ads", "adv", "advert", "advertisement", "banner", "quangcao",
  "sponsor", "sponsored", "menu", "nav", "navbar", "navigation", "breadcrumb", "breadcrumbs", "footer", "sidebar",
  "aside", "header", "path", "newsletter", "subscribe", "login", "print", "tool", "tools", "othernews", "tinkhac", "xemthem", "docthem",
]);

/** Runs of two words that name page chrome ("most-read", "tin-khac", "other_news", "binh-luan"). */
const CHROME_PAIRS = new Set([
  "most read", "most view", "most viewed", "most popular", "tin khac", "other news", "more news", "see also", "xem them",
  "doc them", "binh luan", "y kien", "lien quan", "xem nhieu", "doc nhieu", "cung chuyen", "quang cao", "news tool",
]);

/** Pieces of glued-together class names that name page chrome ("lstcommentpopup", "kbwscwl-relatedbox"). */
const CHROME_SUBSTRINGS = /related|lienquan|comment|mostread|mostview|xemnhieu|docnhieu|binhluan|quangcao/;

/** Attributes some CMSs use to mark embedded boxes (Tuổi Trẻ: type="RelatedNewsBox"). */
const CHROME_TYPE = /related|ads|banner|poll|vote/i;

/** Where the article's own element is, on the outlets this project reads and most others. */
const BODY_SELECTORS = [
  "[itemprop=articleBody]",
  ".fck_detail", // VnExpress
  ".detail-content", // Tuổi Trẻ, Người Lao Động, Thanh Niên
  ".article__body", // VietnamPlus, Nhân Dân and other sites of the same CMS
  ".cms-body",
  ".news-content", // Ministry of Science and Technology portal
  ".singular-content", // Dân trí
  ".article-content",
  ".content-detail",
  ".entry-content",
  ".post-content",
];

/** The lead paragraph (sapo), which many outlets put outside the article's element. */
const SAPO_SELECTORS = [
  "[data-role=sapo]",
  ".detail-sapo",
  ".article__sapo",
  ".singular-sapo",
  ".news-sapo",
  ".sapo",
  "p.description",
  ".lead",
  ".chapeau",
  ".article-summary",
  ".summary",
].join(", ");

/** Whether a class or id value names page chrome. */
export function isChromeName(value: string): boolean {
  const lower = value.toLowerCase();
  for (const token of lower.split(/\s+/)) {
    if (token === "") continue;
    if (CHROME_SUBSTRINGS.test(token)) return true;
    const words = token.split(/[-_]+/).filter(Boolean);
    for (let i = 0; i < words.length; i++) {
      if (CHROME_WORDS.has(words[i]!)) return true;
      if (i + 1 < words.length && CHROME_PAIRS.has(`${words[i]} ${words[i + 1]}`)) return true;
    }
  }
  return false;
}

/** Whether an element is page chrome by its class, id, type attribute or hidden state. */
export function isChromeElement(el: Element): boolean {
  if (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return true;
  if (/display\s*:\s*none/i.test(el.getAttribute("style") ?? "")) return true;
  const type = el.getAttribute("type");
  if (type && el.tagName !== "INPUT" && CHROME_TYPE.test(type)) return true;
  return isChromeName(`${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`);
}

/**
 * The element that holds the article's body: the first match of the outlets' body selectors,
 * else the <article> with the most text, else null (Readability then finds it on its own).
 */
export function findBodyElement(doc: Document): Element | null {
  for (const selector of BODY_SELECTORS) {
    const el = doc.querySelector(selector);
    if (el && (el.textContent ?? "").trim().length > 0) return el;
  }
  let best: Element | null = null;
  let bestLength = 0;
  for (const el of doc.querySelectorAll("article")) {
    const length = (el.textContent ?? "").length;
    if (length > bestLength) [best, bestLength] = [el, length];
  }
  return best;
}

/**
 * The lead paragraph (sapo) if the page marks one: the first element matching a sapo selector,
 * outside page chrome, with at least 40 characters of text. Null when there is none. `body`:
 * the article's element (findBodyElement), whose ancestors are never chrome.
 */
export function findSapo(doc: Document, body: Element | null): Element | null {
  for (const el of doc.querySelectorAll(SAPO_SELECTORS)) {
    if ((el.textContent ?? "").replace(/\s+/g, " ").trim().length < 40) continue;
    if (hasChromeAncestor(el, body)) continue;
    return el;
  }
  return null;
}

/**
 * Removes page chrome from `doc` in place: non-text elements (scripts, styles, forms' controls,
 * <nav>, <aside>, <footer>, <header> outside the article), then every element whose class, id or
 * type names chrome, except `keep` and the elements that contain it.
 */
export function removePageChrome(doc: Document, keep: Element | null): void {
  const keeps = (el: Element) => keep !== null && el.contains(keep);
  for (const el of [...doc.querySelectorAll(NON_TEXT_TAGS)]) if (!keeps(el)) el.remove();
  for (const el of [...doc.querySelectorAll("header")]) if (!keeps(el) && !el.closest("article")) el.remove();
  const body = doc.body ?? doc.documentElement;
  if (!body) return;
  // Walk top-down: a removed element's descendants are not looked at.
  const walk = (el: Element): void => {
    for (const child of [...el.children]) {
      if (child !== keep && isChromeElement(child) && !keeps(child)) child.remove();
      else walk(child);
    }
  };
  walk(body);
}

/** Whether an ancestor of `el` is chrome (one that holds the article's body is not). */
function hasChromeAncestor(el: Element, body: Element | null): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (isChromeElement(p) && !(body && p.contains(body))) return true;
  return false;
}
