// What a web page says about the article it carries: headline, publication date, outlet and
// address, read from the page's metadata before its body is touched. Each item is taken from
// the first of these that has it:
//
//   title   JSON-LD NewsArticle `headline`, Open Graph `og:title`, the first <h1>, the <title>
//   date    JSON-LD `datePublished`, `article:published_time`, <meta name="pubdate"> (and its
//           kin: itemprop="datePublished", name="publishdate", DC.date.issued), the first
//           <time datetime> (inside the article's element if there is one)
//   url     <link rel="canonical">, `og:url`, JSON-LD `url` / `mainEntityOfPage`, the address the
//           page was fetched from; tracking parameters dropped (canonicalUrl); a site's home
//           page is never taken for an article's address
//   source  the site's host without "www." ("vnexpress.net", as the front matter's `source`
//           is written by hand); for a saved page that states no address, JSON-LD `publisher`'s
//           name, else `og:site_name`
//
// Dates: a time with an offset is read in Vietnam's time (UTC+7), so "2025-05-19T20:00:00Z" is
// 20 May 2025, the day a Vietnamese reader saw it; a time without an offset is taken as written.

import { elementsUnder } from "./domWalk.js";
import { canonicalUrl, siteHost } from "./canonicalUrl.js";
import { parseFrontMatterDate } from "./frontMatter.js";
import type { PartialDate } from "../extract/model.js";

export interface HtmlMetadata {
  title: string | null;
  date: PartialDate | null;
  source: string | null;
  url: string | null;
}

/** JSON-LD types that describe an article. */
const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BlogPosting|Report|ScholarlyArticle|TechArticle|WebPage)$/;

/** Vietnam's offset from UTC, in minutes. */
const VIETNAM_OFFSET_MINUTES = 7 * 60;

interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  publisher: string | null;
  url: string | null;
}

/** Reads the metadata of a parsed page. `pageUrl` is where it was fetched from, if known. */
export function readHtmlMetadata(doc: Document, pageUrl?: string | null, bodyElement?: Element | null): HtmlMetadata {
  const tags = headTags(doc);
  const ld = jsonLdArticle(doc, tags.jsonLd);
  const meta = tags.meta;
  const title = clean(ld?.headline) ?? meta.get("og:title") ?? tags.headline ?? titleFromTitleTag(tags.title);
  const dateText =
    ld?.datePublished ??
    meta.get("article:published_time") ??
    meta.get("pubdate") ??
    meta.get("datepublished") ??
    meta.get("publishdate") ??
    meta.get("dc.date.issued") ??
    meta.get("og:published_time") ??
    firstTimeDatetime(bodyElement, tags.time);
  const base = pageUrl ?? undefined;
  const url = firstUrl([tags.canonical, meta.get("og:url"), ld?.url], base) ?? (pageUrl ? canonicalUrl(pageUrl) : null);
  const source = url ? siteHost(url) : clean(ld?.publisher) ?? meta.get("og:site_name") ?? null;
  return { title, date: dateText ? publicationDate(dateText) : null, source, url };
}

interface HeadTags {
  /** Every `<meta>`'s content by its property, name and itemprop (in lower case); the first non-empty one of a key wins. */
  meta: Map<string, string>;
  canonical: string | null;
  jsonLd: Element[];
  /** The first <h1> that reads like a headline (four words or more: not a logo). */
  headline: string | null;
  title: string | null;
  /** The first <time datetime> of the page. */
  time: string | null;
}

/** What the metadata is read from, gathered in one walk over the page. */
function headTags(doc: Document): HeadTags {
  const out: HeadTags = { meta: new Map(), canonical: null, jsonLd: [], headline: null, title: null, time: null };
  for (const el of elementsUnder(doc)) {
    switch (el.tagName.toUpperCase()) {
      case "META": {
        const content = clean(el.getAttribute("content"));
        if (!content) break;
        for (const attr of ["property", "name", "itemprop"]) {
          const key = el.getAttribute(attr)?.trim().toLowerCase();
          if (key && !out.meta.has(key)) out.meta.set(key, content);
        }
        break;
      }
      case "LINK":
        if (out.canonical === null && (el.getAttribute("rel") ?? "").toLowerCase().split(/\s+/).includes("canonical")) out.canonical = el.getAttribute("href");
        break;
      case "SCRIPT":
        if ((el.getAttribute("type") ?? "").trim().toLowerCase() === "application/ld+json") out.jsonLd.push(el);
        break;
      case "H1":
        if (out.headline === null) {
          const t = clean(el.textContent);
          if (t && t.split(" ").length >= 4) out.headline = t;
        }
        break;
      case "TITLE":
        if (out.title === null) out.title = clean(el.textContent);
        break;
      case "TIME":
        if (out.time === null) out.time = clean(el.getAttribute("datetime"));
        break;
    }
  }
  return out;
}

/**
 * A publication date as written in page metadata: ISO 8601 ("2025-03-14T09:15:00+07:00",
 * "+0700", "Z", or no offset), "2025-03-14 09:15", or "14/03/2025" (day first). Null for
 * anything else, or an impossible date.
 */
export function publicationDate(value: string): PartialDate | null {
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(v);
  if (iso) {
    const [, y, mo, d, h, mi, s, offset] = iso;
    if (offset && h !== undefined) {
      const sign = offset.toUpperCase() === "Z" ? 0 : offset.startsWith("-") ? -1 : 1;
      const digits = offset.replace(/[^\d]/g, "");
      const minutes = sign === 0 ? 0 : sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
      const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0)) - minutes * 60_000;
      if (!parseFrontMatterDate(`${y}-${mo}-${d}`)) return null;
      const local = new Date(utc + VIETNAM_OFFSET_MINUTES * 60_000);
      return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
    }
    return parseFrontMatterDate(`${y}-${mo}-${d}`);
  }
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/.exec(v);
  if (dmy) return parseFrontMatterDate(`${dmy[3]}-${dmy[2]!.padStart(2, "0")}-${dmy[1]!.padStart(2, "0")}`);
  return null;
}

/** The first article-like object of the page's JSON-LD blocks (arrays and `@graph` looked into). */
export function jsonLdArticle(doc: Document, scripts?: Iterable<Element>): JsonLdArticle | null {
  for (const script of scripts ?? doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse((script.textContent ?? "").replace(/^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$/g, ""));
    } catch {
      continue; // a broken block: the other sources still apply
    }
    for (const node of flatten(data)) {
      const types = ([] as unknown[]).concat(node["@type"] ?? []).map(String);
      if (!types.some((t) => ARTICLE_TYPES.test(t))) continue;
      if (types.every((t) => t === "WebPage") && !node.headline) continue;
      const entity = node.mainEntityOfPage;
      return {
        headline: asText(node.headline) ?? asText(node.name),
        datePublished: asText(node.datePublished) ?? asText(node.dateCreated),
        publisher: asText((node.publisher as Record<string, unknown> | undefined)?.name ?? node.publisher),
        url: asText(node.url) ?? asText(typeof entity === "object" && entity ? (entity as Record<string, unknown>)["@id"] : entity),
      };
    }
  }
  return null;
}

function flatten(data: unknown, out: Record<string, unknown>[] = [], depth = 0): Record<string, unknown>[] {
  if (depth > 4 || data === null || typeof data !== "object") return out;
  if (Array.isArray(data)) {
    for (const item of data) flatten(item, out, depth + 1);
    return out;
  }
  const node = data as Record<string, unknown>;
  out.push(node);
  if (node["@graph"]) flatten(node["@graph"], out, depth + 1);
  return out;
}

function asText(v: unknown): string | null {
  if (typeof v === "string") return clean(v);
  if (Array.isArray(v)) return asText(v[0]);
  return null;
}




/**
 * The first candidate that is an article's address. A site's home page ("https://h.vn/") is
 * not: some sites give every page that canonical address, which would make all their articles
 * one.
 */
function firstUrl(candidates: (string | null | undefined)[], base?: string): string | null {
  for (const c of candidates) {
    if (!c) continue;
    const url = canonicalUrl(c, base);
    if (url && !isSiteRoot(url)) return url;
  }
  return null;
}

function isSiteRoot(url: string): boolean {
  const u = new URL(url);
  return (u.pathname === "/" || u.pathname === "") && u.search === "";
}

/** The first <time datetime> inside the article's element, else the page's first. */
function firstTimeDatetime(body: Element | null | undefined, pageFirst: string | null): string | null {
  return clean(body?.querySelector("time[datetime]")?.getAttribute("datetime")) ?? pageFirst;
}

/** The <title>, without a trailing " - Site name" or " | Site name" when what is left is long enough to be a headline. */
function titleFromTitleTag(t: string | null): string | null {
  if (!t) return null;
  const m = /^(.*\S)\s+[|–—-]\s+[^|–—-]+$/.exec(t);
  return m && m[1]!.split(/\s+/).length >= 4 ? m[1]! : t;
}

function clean(s: string | null | undefined): string | null {
  const t = (s ?? "").replace(/\s+/g, " ").trim();
  return t === "" ? null : t;
}
