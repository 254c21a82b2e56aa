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

import { elementsUnder } from "./domWalk.js";
/** Elements that never hold article text. */
const NON_TEXT_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "OBJECT", "EMBED", "SVG", "CANVAS", "BUTTON", "SELECT", "INPUT", "TEXTAREA", "NAV", "FOOTER", "ASIDE"]);

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

/**
 * Where the article's own element is, on the outlets this project reads and most others, best
 * first: an `itemprop="articleBody"`, then elements with these classes.
 */
const BODY_CLASSES = [
  "fck_detail", // VnExpress
  "detail-content", // Tuổi Trẻ, Người Lao Động, Thanh Niên
  "article__body", // VietnamPlus, Nhân Dân and other sites of the same CMS
  "cms-body",
  "news-content", // Ministry of Science and Technology portal
  "singular-content", // Dân trí
  "article-content",
  "content-detail",
  "entry-content",
  "post-content",
];

/**
 * The lead paragraph (sapo), which many outlets put outside the article's element: a
 * `data-role="sapo"`, or one of these classes (`description` on a <p> only: VnExpress).
 */
const SAPO_CLASSES = new Set(["detail-sapo", "article__sapo", "singular-sapo", "news-sapo", "sapo", "lead", "chapeau", "article-summary", "summary"]);

/** The elements of a page the reader looks for, found in one walk (querySelectorAll is slow on linkedom). */
export interface PageLandmarks {
  /** The article's element: see `BODY_CLASSES`; else the <article> with the most text; else null (Readability finds it). */
  body: Element | null;
  /** The lead: the first sapo element outside page chrome with at least 40 characters of text, or null. */
  sapo: Element | null;
}

export function findLandmarks(doc: Document): PageLandmarks {
  let body: Element | null = null;
  let rank = Infinity;
  const articles: Element[] = [];
  const sapos: Element[] = [];
  for (const el of elementsUnder(doc)) {
    if (el.tagName === "ARTICLE" || el.tagName === "article") articles.push(el);
    if (el.getAttribute("data-role") === "sapo") sapos.push(el);
    if (rank > 0 && el.getAttribute("itemprop") === "articleBody" && hasText(el)) [body, rank] = [el, 0];
    const cls = el.getAttribute("class");
    if (!cls) continue;
    for (const token of cls.split(/\s+/)) {
      const r = BODY_CLASSES.indexOf(token) + 1;
      if (r > 0 && r < rank && hasText(el)) [body, rank] = [el, r];
      if (SAPO_CLASSES.has(token) || (token === "description" && el.tagName.toUpperCase() === "P")) sapos.push(el);
    }
  }
  if (!body) {
    let bestLength = 0;
    for (const el of articles) {
      const length = (el.textContent ?? "").length;
      if (length > bestLength) [body, bestLength] = [el, length];
    }
  }
  const sapo = sapos.find((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim().length >= 40 && !hasChromeAncestor(el, body)) ?? null;
  return { body, sapo };
}

/** The article's element (see `findLandmarks`). */
export function findBodyElement(doc: Document): Element | null {
  return findLandmarks(doc).body;
}

function hasText(el: Element): boolean {
  return (el.textContent ?? "").trim().length > 0;
}

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
 * Removes page chrome from `doc` in place: non-text elements (scripts, styles, forms' controls,
 * <nav>, <aside>, <footer>, <header> outside the article), then every element whose class, id or
 * type names chrome, except `keep` and the elements that contain it.
 */
export function removePageChrome(doc: Document, keep: Element | null): void {
  const keeps = (el: Element) => keep !== null && el.contains(keep);
  const root = doc.body ?? doc.documentElement;
  if (!root) return;
  // Walk top-down: a removed element's descendants are not looked at.
  const walk = (el: Element, inArticle: boolean): void => {
    for (const child of [...el.children]) {
      const tag = child.tagName.toUpperCase();
      const chrome = NON_TEXT_TAGS.has(tag) || (tag === "HEADER" && !inArticle) || isChromeElement(child);
      if (chrome && child !== keep && !keeps(child)) child.remove();
      else walk(child, inArticle || tag === "ARTICLE");
    }
  };
  walk(root, false);
}

/** Whether an ancestor of `el` is chrome (one that holds the article's body is not). */
function hasChromeAncestor(el: Element, body: Element | null): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (isChromeElement(p) && !(body && p.contains(body))) return true;
  return false;
}
