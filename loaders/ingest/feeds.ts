// Lists of articles: RSS 2.0 / RSS 1.0 (RDF) and Atom feeds, sitemaps and sitemap indexes. What
// a fetched document is, is told by its content, not its address or Content-Type (servers label
// feeds text/html, text/xml, application/octet-stream ...). Read with a few regular expressions
// over the XML (no XML library): these formats are flat, and an entry that does not parse is
// simply not listed.

export type ListingKind = "rss" | "atom" | "sitemap" | "sitemap-index";
export type DocumentKind = ListingKind | "html" | "other";

/** An article a listing names, with what the listing says of it (a fallback for a page without metadata). */
export interface ListedLink {
  url: string;
  title: string | null;
  /** As written in the feed (RFC 822 for RSS, ISO 8601 for Atom and news sitemaps). */
  published: string | null;
}

/** What a document is, from its first kilobytes: a feed, a sitemap, an HTML page, or something else. */
export function sniffDocument(text: string): DocumentKind {
  const head = text
    .slice(0, 4096)
    .replace(/^\ufeff/, "")
    .replace(/<\?xml[\s\S]*?\?>|<!--[\s\S]*?-->|<\?xml-stylesheet[\s\S]*?\?>/g, "")
    .trimStart();
  if (/^<rss\b/i.test(head) || /^<rdf:RDF\b/i.test(head)) return "rss";
  if (/^<feed\b/i.test(head)) return "atom";
  if (/^<urlset\b/i.test(head)) return "sitemap";
  if (/^<sitemapindex\b/i.test(head)) return "sitemap-index";
  if (/^<!doctype\s+html|^<html\b|^<head\b|^<body\b/i.test(head) || /<html[\s>]/i.test(head)) return "html";
  return "other";
}

/** The links of a listing, in its order. `base` resolves relative links. */
export function listedLinks(text: string, kind: ListingKind, base: string): ListedLink[] {
  const out: ListedLink[] = [];
  const add = (href: string | null, title: string | null, published: string | null): void => {
    if (!href) return;
    try {
      out.push({ url: new URL(href, base).toString(), title, published });
    } catch {
      // a malformed link: not listed
    }
  };
  if (kind === "rss") {
    for (const [, item] of text.matchAll(/<item\b[^>]*>([\s\S]*?)<\/item>/gi)) {
      add(element(item!, "link") ?? permalinkGuid(item!), element(item!, "title"), element(item!, "pubDate") ?? element(item!, "dc:date"));
    }
  } else if (kind === "atom") {
    for (const [, entry] of text.matchAll(/<entry\b[^>]*>([\s\S]*?)<\/entry>/gi)) {
      add(atomLink(entry!), element(entry!, "title"), element(entry!, "published") ?? element(entry!, "updated"));
    }
  } else {
    const tag = kind === "sitemap" ? "url" : "sitemap";
    for (const [, entry] of text.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)<\\/${tag}>`, "gi"))) {
      add(element(entry!, "loc"), element(entry!, "news:title"), element(entry!, "news:publication_date"));
    }
  }
  return out;
}

/** The text of the first `<name>` element of `xml` (CDATA and entities undone), or null. */
function element(xml: string, name: string): string | null {
  const m = new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)<\\/${name}>`, "i").exec(xml);
  if (!m) return null;
  const text = xmlText(m[1]!).trim();
  return text === "" ? null : text;
}

function permalinkGuid(item: string): string | null {
  const m = /<guid\b([^>]*)>([\s\S]*?)<\/guid>/i.exec(item);
  if (!m || /isPermaLink\s*=\s*["']false/i.test(m[1]!)) return null;
  const v = xmlText(m[2]!).trim();
  return /^https?:\/\//i.test(v) ? v : null;
}

/** An Atom entry's `<link rel="alternate" href>` (rel absent means alternate). */
function atomLink(entry: string): string | null {
  for (const [tag] of entry.matchAll(/<link\b[^>]*>/gi)) {
    const rel = /\brel\s*=\s*["']([^"']*)["']/i.exec(tag!)?.[1] ?? "alternate";
    const href = /\bhref\s*=\s*["']([^"']*)["']/i.exec(tag!)?.[1];
    if (rel === "alternate" && href) return xmlText(href);
  }
  return null;
}

/** XML character data: CDATA sections unwrapped, tags (HTML inside a title) removed, entities decoded. */
export function xmlText(s: string): string {
  return s
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_m, cdata: string) => cdata.replace(/[<&]/g, (c) => (c === "<" ? "\u0000lt;" : "\u0000amp;")))
    .replace(/<[^>]*>/g, "")
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi, (_m, dec?: string, hex?: string, name?: string) => {
      if (dec) return String.fromCodePoint(Number(dec));
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[name!.toLowerCase() as "amp"];
    })
    .replace(/\u0000(lt|amp);/g, (_m, n: string) => (n === "lt" ? "<" : "&"));
}
