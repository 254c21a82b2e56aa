// Feeds and sitemaps: told apart by content, their links read in order.
import {describe, expect, it} from "vitest";
import {listedLinks, sniffDocument, xmlText} from "../../loaders/ingest/feeds.js";

describe("sniffDocument", () => {
  it("tells RSS, Atom, sitemaps and HTML apart by their first element", () => {
    expect(sniffDocument('\ufeff<?xml version="1.0"?>\n<!-- c --><rss version="2.0">')).toBe("rss");
    expect(sniffDocument('<rdf:RDF xmlns:rdf="x">')).toBe("rss");
    expect(sniffDocument('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">')).toBe("atom");
    expect(sniffDocument("<urlset>")).toBe("sitemap");
    expect(sniffDocument("<sitemapindex>")).toBe("sitemap-index");
    expect(sniffDocument("<!DOCTYPE html><html>")).toBe("html");
    expect(sniffDocument("%PDF-1.4")).toBe("other");
  });
});

describe("listedLinks", () => {
  it("reads RSS items: link (or a permalink guid), title with CDATA, pubDate", () => {
    const rss = `<rss><channel><link>https://a.vn/</link>
      <item><title><![CDATA[Hợp tác <b>Việt</b> & Nhật]]></title><link>https://a.vn/1.html?utm_source=rss&amp;x=1</link><pubDate>Fri, 14 Mar 2025 09:15:00 +0700</pubDate></item>
      <item><title>Hai</title><guid isPermaLink="true">https://a.vn/2.html</guid></item>
      <item><title>Ba</title><guid isPermaLink="false">tag:a.vn,3</guid></item></channel></rss>`;
    expect(listedLinks(rss, "rss", "https://a.vn/feed")).toEqual([
      {url: "https://a.vn/1.html?utm_source=rss&x=1", title: "Hợp tác <b>Việt</b> & Nhật", published: "Fri, 14 Mar 2025 09:15:00 +0700"},
      {url: "https://a.vn/2.html", title: "Hai", published: null}
    ]);
  });
  it("reads Atom entries' alternate links, relative ones resolved", () => {
    const atom = `<feed><entry><title>Một</title><link rel="self" href="/self"/><link href="/tin/1"/><published>2025-01-02T08:00:00+07:00</published></entry></feed>`;
    expect(listedLinks(atom, "atom", "https://b.vn/atom.xml")).toEqual([{url: "https://b.vn/tin/1", title: "Một", published: "2025-01-02T08:00:00+07:00"}]);
  });
  it("reads sitemaps (with Google News dates) and sitemap indexes", () => {
    const sitemap = `<urlset><url><loc>https://c.vn/a</loc><news:news><news:publication_date>2025-02-03</news:publication_date><news:title>A</news:title></news:news></url></urlset>`;
    expect(listedLinks(sitemap, "sitemap", "https://c.vn/s.xml")).toEqual([{url: "https://c.vn/a", title: "A", published: "2025-02-03"}]);
    expect(listedLinks("<sitemapindex><sitemap><loc>https://c.vn/s1.xml</loc></sitemap></sitemapindex>", "sitemap-index", "https://c.vn/")[0]!.url).toBe("https://c.vn/s1.xml");
  });
  it("decodes entities once (a CDATA's '&amp;' stays as written)", () => {
    expect(xmlText("Vi&#7879;t &amp; <![CDATA[&amp;]]>")).toBe("Việt & &amp;");
  });
});
