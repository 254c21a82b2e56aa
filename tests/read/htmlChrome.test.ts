// The parts of a news page that are not the article (menus, related-article boxes, tags,
// comments, "most read", ads, footers), found by name and removed, the article's body and lead kept.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {parseHTML} from "linkedom";
import {describe, expect, it} from "vitest";
import {findBodyElement, findLandmarks, isChromeElement, isChromeName, removePageChrome} from "../../loaders/read/htmlChrome.js";
import {blockLines} from "../../loaders/read/htmlText.js";
import {VNEXPRESS_LINES} from "../fixtures/web/vnexpressLines.js";

const parse = (html: string) => parseHTML(html.startsWith("<!") || html.startsWith("<html") ? html : `<!DOCTYPE html><html><body>${html}</body></html>`).document as unknown as Document;
const fixture = (name: string) => parse(readFileSync(join(import.meta.dirname, "..", "fixtures", "web", name), "utf8"));
const text = (doc: Document) => blockLines(doc.body);
const describeEl = (el: Element | null) => (el ? `${el.tagName.toLowerCase()}.${el.getAttribute("class")}` : null);

/** A paragraph long enough to be a lead (40 characters or more). */
const LEAD = "Hai nước ký bản ghi nhớ đào tạo 10.000 kỹ sư bán dẫn tại Hà Nội.";

describe("isChromeName", () => {
  it("knows the English and Vietnamese names outlets give their chrome, in any case, split at - and _", () => {
    const chrome = [
      "box-tinlienquanv2", "box_xemnhieunhat", "binh-luan", "box_comment_vne", "lstcommentpopup", "kbwscwl-relatedbox",
      "Most_Read", "most-viewed", "tin-khac", "other_news", "xem-them", "doc-them", "quang-cao", "BoxQuangCao", "cung-chuyen-muc",
      "main-nav", "menu", "breadcrumb", "tags-container", "keyword", "share-facebook", "social", "banner_ads", "adv", "sponsored",
      "sidebar-2", "footer-content", "header", "newsletter", "print", "news-tool", "path", "y-kien",
    ];
    for (const name of chrome) expect(isChromeName(name), name).toBe(true);
  });

  it("does not take the article's own names, or words that merely contain a chrome word, for chrome", () => {
    const article = [
      "fck_detail", "detail-content", "article__body", "cms-body", "news-content", "singular-content", "Normal", "description",
      "tagline", "shared-content", "downloads", "uploads", "thread", "menuitem", "headline", "detail-sapo", "",
    ];
    for (const name of article) expect(isChromeName(name), name).toBe(false);
  });

  it("reads a class attribute's several classes, and an id after them", () => {
    expect(isChromeName("width_common box-most-read")).toBe(true);
    expect(isChromeName("  width_common   item-news  ")).toBe(false);
    expect(isChromeName("container box_comment")).toBe(true);
  });
});

describe("isChromeElement", () => {
  const el = (html: string) => parse(html).body.firstElementChild!;
  it("takes hidden elements for chrome: hidden, aria-hidden, display: none", () => {
    expect(isChromeElement(el("<div hidden>Ẩn</div>"))).toBe(true);
    expect(isChromeElement(el('<div aria-hidden="true">Ẩn</div>'))).toBe(true);
    expect(isChromeElement(el('<div style="color:red; display :  none">Ẩn</div>'))).toBe(true);
    expect(isChromeElement(el('<div aria-hidden="false" style="display:block">Hiện</div>'))).toBe(false);
  });

  it("takes a box by its type attribute (Tuổi Trẻ's RelatedNewsBox, polls, votes), but not a form field's type", () => {
    expect(isChromeElement(el('<div class="VCSortableInPreviewMode" type="RelatedNewsBox">x</div>'))).toBe(true);
    expect(isChromeElement(el('<div type="VotePoll">x</div>'))).toBe(true);
    expect(isChromeElement(el('<figure class="VCSortableInPreviewMode" type="Photo">x</figure>'))).toBe(false);
    expect(isChromeElement(el('<input type="banner">'))).toBe(false);
  });

  it("takes a box by its class or its id", () => {
    expect(isChromeElement(el('<div id="box_comment_vne">x</div>'))).toBe(true);
    expect(isChromeElement(el('<div class="width_common" id="boxRelated">x</div>'))).toBe(true);
    expect(isChromeElement(el('<div class="Normal" id="main">x</div>'))).toBe(false);
  });
});

describe("findLandmarks", () => {
  it("finds each outlet's body element and lead on the fixture pages", () => {
    const want: Record<string, [string | null, string | null]> = {
      "vnexpress.html": ["article.fck_detail", "p.description"],
      "tuoitre.html": ["div.detail-content afcbc-body", "h2.detail-sapo"],
      "vietnamplus.html": ["div.article__body zce-content-body cms-body", "div.article__sapo cms-desc"],
      "nhandan.html": ["div.article__body zce-content-body cms-body", "div.article__sapo cms-desc"],
      "most.html": ["div.news-content", "div.news-sapo"],
      "no-metadata.html": [null, null],
      "section-index.html": [null, null],
    };
    for (const [name, [body, sapo]] of Object.entries(want)) {
      const found = findLandmarks(fixture(name));
      expect([describeEl(found.body), describeEl(found.sapo)], name).toEqual([body, sapo]);
    }
  });

  it("prefers itemprop=articleBody, then the known body classes in their order, wherever they stand in the page", () => {
    const body = (doc: Document) => findBodyElement(doc)?.getAttribute("id");
    expect(body(parse('<div class="entry-content" id="a">x</div><div class="fck_detail" id="b">y</div><div itemprop="articleBody" id="c">z</div>'))).toBe("c");
    expect(body(parse('<div class="entry-content" id="a">x</div><div class="detail-content" id="b">y</div><div class="fck_detail" id="c">z</div>'))).toBe("c");
    expect(body(parse('<div class="post-content" id="a">x</div><div class="main article-content" id="b">y</div>'))).toBe("b");
  });

  it("passes over an empty body element (a placeholder the page fills by script)", () => {
    const doc = parse('<div class="fck_detail" id="a">  </div><div itemprop="articleBody" id="b"></div><div class="entry-content" id="c">Nội dung</div>');
    expect(findBodyElement(doc)?.id).toBe("c");
  });

  it("falls back on the <article> with the most text, and finds nothing on a page without either", () => {
    const doc = parse('<article id="a">Tin ngắn</article><article id="b">Bài viết dài hơn nhiều về hợp tác</article><article id="c">Tin</article>');
    expect(findBodyElement(doc)?.id).toBe("b");
    expect(findLandmarks(parse("<div><p>Chỉ có đoạn văn</p></div>"))).toEqual({body: null, sapo: null});
  });

  it("takes a lead of 40 characters or more from data-role=sapo or a sapo class; <p class=description> is VnExpress's lead, a <div> of that class is not", () => {
    const sapo = (html: string) => findLandmarks(parse(html)).sapo?.id ?? null;
    expect(sapo(`<div data-role="sapo" id="a">${LEAD}</div>`)).toBe("a");
    expect(sapo(`<h2 class="detail-sapo" id="a">${LEAD}</h2>`)).toBe("a");
    expect(sapo(`<p class="description" id="a">${LEAD}</p>`)).toBe("a");
    expect(sapo(`<div class="description" id="a">${LEAD}</div>`)).toBeNull();
    expect(sapo('<div class="sapo" id="a">TTO - Ngắn quá.</div>')).toBeNull();
    expect(sapo(`<div class="sapo" id="a">Ngắn.</div><div class="lead" id="b">${LEAD}</div>`)).toBe("b");
  });

  it("does not take a related article's lead for the article's, but keeps a lead inside a chrome-named column that holds the body", () => {
    const related = `<div class="box-tinlienquanv2"><p class="description" id="r">${LEAD}</p></div><article class="fck_detail">Nội dung</article>`;
    expect(findLandmarks(parse(related)).sapo).toBeNull();
    const column = `<div class="sidebar-1"><p class="description" id="s">${LEAD}</p><article class="fck_detail">Nội dung</article></div>`;
    expect(findLandmarks(parse(column)).sapo?.id).toBe("s");
  });
});

describe("removePageChrome", () => {
  it("leaves of a VnExpress page only the headline, lead and article: menus, tags, related articles, comments, most read, ads and footer gone", () => {
    const doc = fixture("vnexpress.html");
    removePageChrome(doc, findBodyElement(doc));
    expect(text(doc)).toEqual(VNEXPRESS_LINES);
  });

  it("removes the related box inside Tuổi Trẻ's body, and the tags, related list, comments and most read around it", () => {
    const doc = fixture("tuoitre.html");
    const body = findBodyElement(doc)!;
    removePageChrome(doc, body);
    const all = text(doc).join("\n");
    for (const chrome of ["Đọc thêm", "Singapore đầu tư", "Hàn Quốc\nđổi mới sáng tạo", "Tin cùng chuyên mục", "Bình luận (3)", "Israel", "Đọc nhiều", "Chia sẻ", "Thời sự", "QC", "Tổng biên tập"]) {
      expect(all, chrome).not.toContain(chrome);
    }
    expect(blockLines(body)).toEqual([
      "Ngày 1-4, UBND TP.HCM và KOICA đã ký biên bản thỏa thuận triển khai dự án trung tâm đổi mới sáng tạo tại Khu công nghệ cao TP.HCM.",
      "Theo đó, phía Hàn Quốc sẽ cung cấp trang thiết bị, cử chuyên gia sang hỗ trợ vận hành và đào tạo cho khoảng 300 cán bộ quản lý khởi nghiệp của thành phố.",
      "Đại diện UBND TP.HCM và KOICA tại lễ ký kết - Ảnh: QUANG ĐỊNH",
      "Bà Kim Min Ji, giám đốc KOICA tại Việt Nam, cho biết trung tâm sẽ kết nối các doanh nghiệp khởi nghiệp Việt Nam với quỹ đầu tư và viện nghiên cứu của Hàn Quốc.",
      "Dự án nằm trong chương trình hợp tác phát triển giai đoạn 2024-2028 giữa hai nước, tập trung vào khoa học, công nghệ và chuyển đổi số.",
      "NGỌC AN",
    ]);
    expect(doc.body.contains(body)).toBe(true);
  });

  it("removes scripts, styles, media frames, form controls, <nav>, <aside> and <footer> by their tag", () => {
    const doc = parse(
      '<p>Một</p><script>x()</script><style>p{}</style><noscript>JS</noscript><template><p>mẫu</p></template><iframe src="/v"></iframe>' +
        '<object>o</object><embed src="e"><svg><text>s</text></svg><canvas>c</canvas><button>Chia sẻ</button><select><option>Chọn</option></select>' +
        '<input value="Tìm"><textarea>Ý kiến</textarea><nav><a href="/">Trang chủ</a></nav><aside>Tin liên quan</aside><p>Hai</p><footer>© Báo</footer>',
    );
    removePageChrome(doc, null);
    expect(doc.body.innerHTML).toBe("<p>Một</p><p>Hai</p>");
  });

  it("removes a page's <header> but keeps the header of an <article>", () => {
    const doc = parse('<header><a class="logo">Báo</a> Đăng nhập</header><article><header><h1>Tiêu đề bài</h1></header><p>Nội dung</p></article>');
    removePageChrome(doc, null);
    expect(text(doc)).toEqual(["Tiêu đề bài", "Nội dung"]);
  });

  it("never removes the body element, nor a chrome-named element that holds it, but removes chrome inside the body", () => {
    const html =
      '<div class="sidebar-1"><div class="fck_detail" id="body"><p>Nội dung bài</p><div class="box-tinlienquan">Tin liên quan: X</div></div>' +
      '<div class="comment">Ý kiến: Y</div></div><div class="sidebar-2"><div class="box-most-read">Xem nhiều: Z</div></div>';
    const kept = parse(html);
    removePageChrome(kept, kept.getElementById("body"));
    expect(text(kept)).toEqual(["Nội dung bài"]);
    const unkept = parse(html);
    removePageChrome(unkept, null); // without a body to keep, the chrome-named column goes too
    expect(text(unkept)).toEqual([]);
  });

  it("keeps the body element even when its own name or tag is chrome's", () => {
    const doc = parse('<div class="menu"><p>Trang chủ</p></div><aside id="body" class="related-content"><p>Bài viết nằm ở đây</p></aside>');
    removePageChrome(doc, doc.getElementById("body"));
    expect(text(doc)).toEqual(["Bài viết nằm ở đây"]);
  });

  it("removes hidden elements and boxes marked by their type attribute", () => {
    const doc = parse(
      '<p>Một</p><div hidden>Ẩn 1</div><div aria-hidden="true">Ẩn 2</div><div style="display:none">Ẩn 3</div>' +
        '<div type="RelatedNewsBox"><a href="/x">Đọc thêm</a></div><p>Hai</p>',
    );
    removePageChrome(doc, null);
    expect(text(doc)).toEqual(["Một", "Hai"]);
  });

  it("keeps a page with no chrome as it is", () => {
    const html = '<div class="container"><h1>Tiêu đề</h1><p class="Normal">Đoạn <b>một</b>.</p><figure><img src="a.jpg"><figcaption>Ảnh</figcaption></figure></div>';
    const doc = parse(html);
    removePageChrome(doc, null);
    expect(doc.body.innerHTML).toBe(html);
  });
});
