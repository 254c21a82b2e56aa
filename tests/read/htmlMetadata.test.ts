// Page metadata: which source wins, and how publication dates are read.
import {parseHTML} from "linkedom";
import {describe, expect, it} from "vitest";
import {jsonLdArticle, publicationDate, readHtmlMetadata} from "../../loaders/read/htmlMetadata.js";

const doc = (head: string, body = "") => parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;

describe("readHtmlMetadata", () => {
  it("prefers JSON-LD, then Open Graph / article:published_time, then <meta name=pubdate>, then <time datetime>", () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Từ JSON-LD","datePublished":"2025-01-02T08:00:00+07:00","publisher":{"name":"Báo A"}}</script>`;
    const og = `<meta property="og:title" content="Từ Open Graph"><meta property="article:published_time" content="2025-03-04T08:00:00+07:00">`;
    const pub = `<meta name="pubdate" content="2025-05-06">`;
    const time = `<time datetime="2025-07-08T09:00:00+07:00">8/7</time>`;
    expect(readHtmlMetadata(doc(ld + og + pub, time))).toMatchObject({title: "Từ JSON-LD", date: {year: 2025, month: 1, day: 2}, source: "Báo A"});
    expect(readHtmlMetadata(doc(og + pub, time))).toMatchObject({title: "Từ Open Graph", date: {year: 2025, month: 3, day: 4}});
    expect(readHtmlMetadata(doc(pub, time)).date).toEqual({year: 2025, month: 5, day: 6});
    expect(readHtmlMetadata(doc("", time)).date).toEqual({year: 2025, month: 7, day: 8});
  });

  it("takes the canonical address (tracking parameters dropped) and its host, without www., as source", () => {
    const m = readHtmlMetadata(doc(`<link rel="canonical" href="https://www.vietnamplus.vn/a-post1.vnp?utm_source=fb#top"><meta property="og:site_name" content="VietnamPlus">`));
    expect(m).toMatchObject({url: "https://www.vietnamplus.vn/a-post1.vnp", source: "vietnamplus.vn"});
  });

  it("resolves a relative canonical against the page's address, and falls back to that address", () => {
    expect(readHtmlMetadata(doc(`<link rel="canonical" href="/tin/a.html">`), "https://nhandan.vn/x/y.html").url).toBe("https://nhandan.vn/tin/a.html");
    expect(readHtmlMetadata(doc(""), "https://nhandan.vn/x/y.html?fbclid=1").url).toBe("https://nhandan.vn/x/y.html");
  });

  it("does not take a canonical pointing at the site's home page for the article's address", () => {
    const m = readHtmlMetadata(doc(`<link rel="canonical" href="https://baomoi.example.vn/"><meta property="og:url" content="https://baomoi.example.vn/tin/a.html">`), "https://baomoi.example.vn/tin/a.html?utm_source=x");
    expect(m.url).toBe("https://baomoi.example.vn/tin/a.html");
    expect(readHtmlMetadata(doc(`<link rel="canonical" href="https://h.vn/">`), "https://h.vn/b.html").url).toBe("https://h.vn/b.html");
  });

  it("takes the <title> without the site name when nothing better is there, and not a logo <h1>", () => {
    expect(readHtmlMetadata(doc("<title>Hợp tác Việt Nam - Hàn Quốc về bán dẫn - Báo Mới</title>", "<h1>Logo</h1>")).title).toBe("Hợp tác Việt Nam - Hàn Quốc về bán dẫn");
  });
});

describe("jsonLdArticle", () => {
  it("looks into arrays and @graph, skips broken blocks and non-article types", () => {
    const d = doc(`<script type="application/ld+json">{broken</script>
      <script type="application/ld+json">{"@type":"BreadcrumbList"}</script>
      <script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":["NewsArticle"],"headline":"H","mainEntityOfPage":{"@id":"https://a.vn/b"}}]}</script>`);
    expect(jsonLdArticle(d)).toEqual({headline: "H", datePublished: null, publisher: null, url: "https://a.vn/b"});
  });
});

describe("publicationDate", () => {
  it("reads a time with an offset in Vietnam's time (UTC+7)", () => {
    expect(publicationDate("2025-05-19T20:00:00Z")).toEqual({year: 2025, month: 5, day: 20});
    expect(publicationDate("2025-05-19T16:59:59Z")).toEqual({year: 2025, month: 5, day: 19});
    expect(publicationDate("2025-05-20T10:45:00+0700")).toEqual({year: 2025, month: 5, day: 20});
    expect(publicationDate("2025-12-31T23:30:00-05:00")).toEqual({year: 2026, month: 1, day: 1});
  });
  it("takes a date or a time without offset as written, and a day-first date", () => {
    expect(publicationDate("2025-03-14 09:15:00")).toEqual({year: 2025, month: 3, day: 14});
    expect(publicationDate("2024-11-08")).toEqual({year: 2024, month: 11, day: 8});
    expect(publicationDate("08/11/2024 16:00")).toEqual({year: 2024, month: 11, day: 8});
  });
  it("refuses anything else, and impossible dates", () => {
    for (const v of ["hôm qua", "2025-02-30T08:00:00Z", "2025-13-01", ""]) expect(publicationDate(v)).toBeNull();
  });
});
