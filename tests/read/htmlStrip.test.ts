// What a page carries besides its text, removed before it is parsed: comments, scripts (JSON-LD
// kept, for the metadata), styles, SVG and the elements that never hold an article's text.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {stripNonText} from "../../loaders/read/htmlStrip.js";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "..", "fixtures", "web", name), "utf8");

describe("stripNonText", () => {
  it("drops scripts and styles, and keeps the text around them", () => {
    const html =
      '<head><title>Tin</title><script src="/app.js"></script><script type="text/javascript">var a = 1;</script>' +
      '<style type="text/css">p { color: red }</style><link rel="stylesheet" href="/s.css"></head>' +
      "<body><p>Hợp tác Việt – Nhật</p><script>dataLayer.push({article_id: 4861234});</script><p>Đoạn hai</p></body>";
    expect(stripNonText(html)).toBe('<head><title>Tin</title><link rel="stylesheet" href="/s.css"></head><body><p>Hợp tác Việt – Nhật</p><p>Đoạn hai</p></body>');
  });

  it("keeps JSON-LD scripts, which hold the article's metadata, however their type is written", () => {
    const ld = [
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Việt Nam – Pháp"}</script>',
      "<script type='application/ld+json'>{}</script>",
      "<SCRIPT TYPE=application/ld+json>{}</SCRIPT>",
      '<script id="ld" type = "application/ld+json; charset=utf-8">{}</script>',
    ];
    for (const s of ld) expect(stripNonText(`<p>a</p>${s}<script>track()</script><p>b</p>`), s).toBe(`<p>a</p>${s}<p>b</p>`);
    expect(stripNonText('<script type="application/json">{"ads":1}</script><p>b</p>')).toBe("<p>b</p>");
  });

  it("drops comments, inline SVG, <noscript>, <iframe>, <template>, <select>, <button>, <nav> and <footer>, content and all", () => {
    const html =
      '<!-- Quảng cáo --><nav class="main-nav"><a href="/thoi-su">Thời sự</a></nav><p>Một</p>' +
      '<svg viewBox="0 0 10 10"><path d="M0 0L10 10"/><text>icon</text></svg><p>Hai</p>' +
      '<noscript><img src="/pixel.gif"> Trình duyệt không hỗ trợ JavaScript</noscript><iframe src="https://youtube.com/embed/x">video</iframe>' +
      '<template><div class="item">{{title}}</div></template><select name="ngay"><option>Hôm nay</option></select>' +
      '<button class="share">Chia sẻ</button><p>Ba</p><footer><p>© Toàn bộ bản quyền thuộc VnExpress.</p></footer>';
    expect(stripNonText(html)).toBe("<p>Một</p><p>Hai</p><p>Ba</p>");
  });

  it("reads tag names in any case and closing tags with spaces before the bracket", () => {
    expect(stripNonText("<p>a</p><Script>x()</SCRIPT ><STYLE>p{}</style\n><NAV>m</Nav><p>b</p>")).toBe("<p>a</p><p>b</p>");
  });

  it("drops a script whole even when its code holds markup or a comment opener", () => {
    const html = '<p>a</p><script>if (a < b) document.write("<p>x</p><!--");</script><p>b</p><!-- <script>y()</script> --><p>c</p>';
    expect(stripNonText(html)).toBe("<p>a</p><p>b</p><p>c</p>");
  });

  it("drops an unclosed comment, script or style to the end of the page, as a browser does", () => {
    expect(stripNonText("<p>a</p><!-- cut off")).toBe("<p>a</p>");
    expect(stripNonText("<p>a</p><script>var x = '")).toBe("<p>a</p>");
    expect(stripNonText("<p>a</p><style>p {")).toBe("<p>a</p>");
  });

  it("ends an SVG drawing that closes itself (<svg ... />) where it closes, keeping the text after it", () => {
    const html = '<p>a</p><svg class="icon" viewBox="0 0 1 1"/><p>Bài viết</p><svg><use href="#fb"/></svg><p>c</p><svg/><p>d</p>';
    expect(stripNonText(html)).toBe("<p>a</p><p>Bài viết</p><p>c</p><p>d</p>");
  });

  it("keeps text that quotes a tag, since a page escapes it (&lt;script&gt;)", () => {
    const html = "<p>Tin tặc chèn đoạn mã &lt;script&gt;alert(1)&lt;/script&gt; và &lt;!-- chú thích --&gt; vào ô bình luận.</p>";
    expect(stripNonText(html)).toBe(html);
  });

  it("does not take a custom element whose name begins with a stripped tag's name for that tag", () => {
    const html =
      '<nav-menu class="m"><a href="/">Trang chủ</a></nav-menu><p>Bài viết: hợp tác Việt – Nhật.</p>' +
      '<button-share data-url="/x"></button-share><p>Đoạn hai.</p><footer-links>Liên hệ</footer-links><script-loader src="/a.js"></script-loader><p>Đoạn ba.</p>';
    expect(stripNonText(html)).toBe(html);
    expect(stripNonText("<p>a</p><nav-bar>x</nav-bar><nav>Menu</nav><p>b</p>")).toBe("<p>a</p><nav-bar>x</nav-bar><p>b</p>");
  });

  it("leaves <header>, <aside> and the article's own markup to the reader after parsing", () => {
    const html = '<article><header><h1>Tiêu đề</h1></header><p class="Normal">Nội dung <b>đậm</b> <a href="/x">liên kết</a><br><img src="a.jpg" alt=""></p><aside>Tin liên quan</aside></article>';
    expect(stripNonText(html)).toBe(html);
  });

  it("leaves a real page with no script but JSON-LD, no style, nav or footer, and nothing more to strip", () => {
    const page = fixture("vnexpress.html");
    const stripped = stripNonText(page);
    expect(stripped.length).toBeLessThan(page.length);
    expect(stripped.match(/<script\b[^>]*>/g)).toEqual(['<script type="application/ld+json">', '<script type="application/ld+json">']);
    expect(stripped).not.toMatch(/<(nav|footer|style)\b/);
    expect(stripped).toContain("Sáng 13/3, Bộ Khoa học và Công nghệ Việt Nam");
    expect(stripNonText(stripped)).toBe(stripped);
  });
});
