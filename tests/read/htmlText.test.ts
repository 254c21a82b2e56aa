// An element's text as the extractor reads it: one paragraph (block) per line, inline markup
// joined into its paragraph, whitespace collapsed, empty lines dropped, text taken as text.
import {parseHTML} from "linkedom";
import {describe, expect, it} from "vitest";
import {blockLines} from "../../loaders/read/htmlText.js";

/** The lines of a page's <body>. */
const lines = (body: string) => blockLines(parseHTML(`<!DOCTYPE html><html><body>${body}</body></html>`).document.body as unknown as Node);

describe("blockLines", () => {
  it("gives one line per paragraph, and joins links, bold and spans into their paragraph", () => {
    expect(
      lines(
        '<p>Bộ <a href="/khcn">Khoa học và Công nghệ</a> và <b>METI</b> đã ký <span class="x"><i>bản ghi nhớ</i></span>.</p>' +
          "<p>Phía Nhật Bản sẽ hỗ trợ <strong>10.000</strong> kỹ sư.</p>",
      ),
    ).toEqual(["Bộ Khoa học và Công nghệ và METI đã ký bản ghi nhớ.", "Phía Nhật Bản sẽ hỗ trợ 10.000 kỹ sư."]);
  });

  it("ends a line at every block element: headings, divs, list items, quotes, figure captions, sections", () => {
    expect(
      lines(
        "<h1>Tiêu đề</h1><h2>Sapo</h2><div>Đoạn một</div><section><p>Đoạn hai</p></section>" +
          "<ul><li>Ý một</li><li>Ý hai</li></ul><blockquote>Trích dẫn</blockquote>" +
          "<figure><figcaption>Chú thích ảnh</figcaption></figure><dl><dt>Từ</dt><dd>Nghĩa</dd></dl><pre>Mã</pre>",
      ),
    ).toEqual(["Tiêu đề", "Sapo", "Đoạn một", "Đoạn hai", "Ý một", "Ý hai", "Trích dẫn", "Chú thích ảnh", "Từ", "Nghĩa", "Mã"]);
  });

  it("splits text that runs between blocks into lines of its own, in reading order", () => {
    expect(lines("<div>Trước<p>Giữa</p>Sau <b>đậm</b><div>Trong</div>Cuối</div>")).toEqual(["Trước", "Giữa", "Sau đậm", "Trong", "Cuối"]);
  });

  it("ends a line at <br>, even inside inline markup", () => {
    expect(lines("<p>Dòng một<br>Dòng hai<br/><b>Dòng ba<br>Dòng bốn</b></p>")).toEqual(["Dòng một", "Dòng hai", "Dòng ba", "Dòng bốn"]);
  });

  it("gives each table cell a line of its own", () => {
    expect(lines("<table><caption>Bảng 1</caption><tr><th>Nước</th><th>Dự án</th></tr><tr><td>Nhật Bản</td><td>15</td></tr></table>")).toEqual([
      "Bảng 1", "Nước", "Dự án", "Nhật Bản", "15",
    ]);
  });

  it("collapses runs of spaces, tabs, newlines and no-break spaces to one space, and trims each line", () => {
    expect(lines("<p>\n   Hà\tNội,\n\n  ngày&nbsp;&nbsp;14/3  </p><p> <b> Đà </b> <i> Nẵng </i> </p>")).toEqual(["Hà Nội, ngày 14/3", "Đà Nẵng"]);
  });

  it("drops empty and blank paragraphs, so no line is empty", () => {
    expect(lines("<p></p><p>  </p><div><span> </span></div><p>Nội dung</p><p>&nbsp;</p><br><br>")).toEqual(["Nội dung"]);
  });

  it("joins words split by inline markup with nothing between them, as a browser shows them", () => {
    expect(lines("<p>Hợp<b>tác</b> Việt<span>-</span>Nhật</p>")).toEqual(["Hợptác Việt-Nhật"]);
  });

  it("takes nothing from images, media, scripts, styles or form controls; a caption is a line of its own", () => {
    expect(
      lines(
        '<p>Trước <img src="a.jpg" alt="Ảnh lễ ký"> sau</p><figure><picture><img alt="x"></picture><figcaption>Lễ ký kết. Ảnh: Giang Huy</figcaption></figure>' +
          '<video><source src="v.mp4">Trình duyệt không hỗ trợ video</video><audio>audio</audio><script>var a = "mã";</script><style>p{}</style>' +
          '<noscript>Bật JavaScript</noscript><iframe>khung</iframe><template><p>mẫu</p></template><svg><text>hình</text></svg>' +
          '<button>Chia sẻ</button><select><option>Chọn</option></select><textarea>Ý kiến của bạn</textarea><input value="Tìm kiếm">',
      ),
    ).toEqual(["Trước sau", "Lễ ký kết. Ảnh: Giang Huy"]);
  });

  it("takes escaped markup as text: &lt;script&gt; in the page is '<script>' in the line", () => {
    expect(lines("<p>Mã độc &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Sở GD&amp;ĐT</p>")).toEqual(['Mã độc <script>alert("x")</script> & Sở GD&ĐT']);
  });

  it("puts a dash after VnExpress's place name before the lead (location-stamp)", () => {
    expect(lines('<p class="description"><span class="location-stamp">Hà Nội</span>Hai nước ký bản ghi nhớ.</p>')).toEqual(["Hà Nội - Hai nước ký bản ghi nhớ."]);
    expect(lines('<p><span class="location">Hà Nội</span>Hai nước</p>')).toEqual(["Hà NộiHai nước"]);
  });

  it("skips comments, and reads a detached element or a lone text node", () => {
    const {document} = parseHTML("<html><body></body></html>");
    const div = document.createElement("div");
    div.innerHTML = "<!-- quảng cáo --><p>Một</p>Hai";
    expect(blockLines(div as unknown as Node)).toEqual(["Một", "Hai"]);
    expect(blockLines(document.createTextNode("  Năm  ") as unknown as Node)).toEqual(["Năm"]);
    expect(blockLines(document.createElement("p") as unknown as Node)).toEqual([]);
  });

  it("reads a document fragment, its children in order", () => {
    const {document} = parseHTML("<html><body></body></html>");
    const fragment = document.createDocumentFragment();
    const p = document.createElement("p");
    p.textContent = "Bốn";
    fragment.append(document.createTextNode(" Ba "), p, document.createTextNode("Năm "), document.createElement("br"), document.createTextNode("Sáu"));
    expect(blockLines(fragment as unknown as Node)).toEqual(["Ba", "Bốn", "Năm", "Sáu"]);
  });

  it("reads an article's body as the extractor gets it: headline, lead, paragraphs and caption, one per line", () => {
    const body =
      '<article class="fck_detail">\n  <h1 class="title-detail">Việt Nam và Nhật Bản hợp tác phát triển chip bán dẫn</h1>\n' +
      '  <p class="description"><span class="location-stamp">Hà Nội</span>Hai nước ký bản ghi nhớ đào tạo 10.000 kỹ sư.</p>\n' +
      '  <p class="Normal">Sáng 13/3, hai bộ đã ký bản ghi nhớ.</p>\n' +
      '  <figure><div class="fig-picture"><picture><img src="a.jpg"></picture></div>\n' +
      '    <figcaption><p class="Image">Đại diện hai bộ. Ảnh: <em>Giang Huy</em></p></figcaption></figure>\n' +
      '  <p class="Normal" style="text-align:right;"><strong>Minh Sơn</strong></p>\n</article>';
    expect(lines(body)).toEqual([
      "Việt Nam và Nhật Bản hợp tác phát triển chip bán dẫn",
      "Hà Nội - Hai nước ký bản ghi nhớ đào tạo 10.000 kỹ sư.",
      "Sáng 13/3, hai bộ đã ký bản ghi nhớ.",
      "Đại diện hai bộ. Ảnh: Giang Huy",
      "Minh Sơn",
    ]);
  });
});
