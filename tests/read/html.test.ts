// The HTML reader: a saved or fetched news page → the article's lines (headline, lead, body,
// captions; no menus, related boxes, tags, comments, "most read", ads or footers) and its
// metadata, on pages in the markup of five Vietnamese outlets and a few harder cases.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {readArticleFile} from "../../loaders/read/articleFiles.js";
import {MIN_ARTICLE_CHARS, readHtmlPage, type HtmlArticle} from "../../loaders/read/html.js";
import {createExtractor} from "../../loaders/extract/corpus.js";
import {extractArticle} from "../../loaders/extract/article.js";
import {encodeWindows1258} from "../fixtures/web/encodeWindows1258.js";
import {VNEXPRESS_LINES} from "../fixtures/web/vnexpressLines.js";

const WEB = join(import.meta.dirname, "..", "fixtures", "web");
const fixture = (name: string) => readFileSync(join(WEB, name), "utf8");
const scratch = mkdtempSync(join(tmpdir(), "html-read-"));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));

function article(name: string, url?: string): HtmlArticle {
  const r = readHtmlPage(fixture(name), {url});
  if (!r.ok) throw new Error(`${name}: ${r.message}`);
  return r.article;
}

/** What each outlet's page must give: its lines exactly, and its metadata. */
const OUTLETS: Record<string, {lines: string[]; title: string; date: object | null; source: string; url: string}> = {
  "vnexpress.html": {
    lines: VNEXPRESS_LINES,
    title: "Việt Nam và Nhật Bản hợp tác phát triển chip bán dẫn",
    date: {year: 2025, month: 3, day: 14},
    source: "vnexpress.net",
    url: "https://vnexpress.net/viet-nam-va-nhat-ban-hop-tac-phat-trien-chip-ban-dan-4861234.html",
  },
  "tuoitre.html": {
    lines: [
      "Hàn Quốc hỗ trợ TP.HCM xây dựng trung tâm đổi mới sáng tạo",
      "TTO - Cơ quan Hợp tác quốc tế Hàn Quốc (KOICA) tài trợ 12 triệu USD cho dự án xây dựng trung tâm đổi mới sáng tạo tại TP.HCM, dự kiến hoàn thành vào cuối năm 2026.",
      "Ngày 1-4, UBND TP.HCM và KOICA đã ký biên bản thỏa thuận triển khai dự án trung tâm đổi mới sáng tạo tại Khu công nghệ cao TP.HCM.",
      "Theo đó, phía Hàn Quốc sẽ cung cấp trang thiết bị, cử chuyên gia sang hỗ trợ vận hành và đào tạo cho khoảng 300 cán bộ quản lý khởi nghiệp của thành phố.",
      "Đại diện UBND TP.HCM và KOICA tại lễ ký kết - Ảnh: QUANG ĐỊNH",
      "Bà Kim Min Ji, giám đốc KOICA tại Việt Nam, cho biết trung tâm sẽ kết nối các doanh nghiệp khởi nghiệp Việt Nam với quỹ đầu tư và viện nghiên cứu của Hàn Quốc.",
      "Dự án nằm trong chương trình hợp tác phát triển giai đoạn 2024-2028 giữa hai nước, tập trung vào khoa học, công nghệ và chuyển đổi số.",
    ],
    title: "Hàn Quốc hỗ trợ TP.HCM xây dựng trung tâm đổi mới sáng tạo",
    date: {year: 2025, month: 4, day: 2},
    source: "tuoitre.vn",
    url: "https://tuoitre.vn/han-quoc-ho-tro-tp-hcm-xay-dung-trung-tam-doi-moi-sang-tao-20250402103015829.htm",
  },
  "vietnamplus.html": {
    lines: [
      "Việt Nam - Pháp thúc đẩy hợp tác nghiên cứu về năng lượng hạt nhân",
      "Viện Năng lượng nguyên tử Việt Nam và Ủy ban Năng lượng nguyên tử và năng lượng thay thế Pháp (CEA) nhất trí mở rộng hợp tác nghiên cứu về an toàn hạt nhân và y học hạt nhân.",
      "Ngày 19/5 tại Paris, hai bên đã ký thỏa thuận hợp tác giai đoạn 2025-2029, trong đó CEA sẽ tiếp nhận 20 nhà khoa học Việt Nam sang thực tập tại các phòng thí nghiệm của Pháp.",
      "Quang cảnh buổi làm việc giữa hai bên tại Paris. (Ảnh: Thu Hằng/TTXVN)",
      "Hai bên cũng thống nhất phối hợp đào tạo nguồn nhân lực cho lò phản ứng nghiên cứu mới tại Đồng Nai, dự án do Nga hỗ trợ xây dựng.",
      "Theo Viện trưởng Trần Chí Thành, hợp tác với Pháp giúp Việt Nam nâng cao năng lực trong ứng dụng bức xạ phục vụ y tế, nông nghiệp và công nghiệp.",
      "(TTXVN/Vietnam+)",
    ],
    title: "Việt Nam - Pháp thúc đẩy hợp tác nghiên cứu về năng lượng hạt nhân",
    date: {year: 2025, month: 5, day: 20},
    source: "vietnamplus.vn",
    url: "https://www.vietnamplus.vn/viet-nam-phap-thuc-day-hop-tac-nghien-cuu-ve-nang-luong-hat-nhan-post1021345.vnp",
  },
  "nhandan.html": {
    lines: [
      "Đẩy mạnh hợp tác khoa học và công nghệ Việt Nam - Ấn Độ",
      "Phiên họp lần thứ 12 Ủy ban hỗn hợp về hợp tác khoa học và công nghệ Việt Nam - Ấn Độ đã thông qua 15 dự án nghiên cứu chung trong các lĩnh vực công nghệ sinh học, vật liệu mới và công nghệ thông tin.",
      "Phiên họp diễn ra tại New Delhi, do Thứ trưởng Bộ Khoa học và Công nghệ Việt Nam và Thư ký Bộ Khoa học và Công nghệ Ấn Độ đồng chủ trì.",
      "Các đại biểu tham dự phiên họp tại New Delhi. (Ảnh: Bộ KH&CN)",
      "Hai bên nhất trí tăng cường trao đổi nhà khoa học trẻ, khuyến khích các viện nghiên cứu và trường đại học của hai nước thành lập phòng thí nghiệm chung.",
      "Phía Ấn Độ đề nghị hợp tác trong lĩnh vực công nghệ vũ trụ, trong đó có việc hỗ trợ Việt Nam phóng vệ tinh quan sát Trái đất.",
      "Phiên họp lần thứ 13 dự kiến được tổ chức tại Hà Nội vào năm 2027.",
    ],
    title: "Đẩy mạnh hợp tác khoa học và công nghệ Việt Nam - Ấn Độ",
    date: {year: 2025, month: 6, day: 5},
    source: "nhandan.vn",
    url: "https://nhandan.vn/day-manh-hop-tac-khoa-hoc-va-cong-nghe-viet-nam-an-do-post871234.html",
  },
  "most.html": {
    lines: [
      "Việt Nam và Đức hợp tác nghiên cứu về vật liệu tiên tiến",
      "(MOST) - Ngày 17/7/2025, tại Hà Nội, Bộ Khoa học và Công nghệ và Bộ Giáo dục và Nghiên cứu Liên bang Đức (BMBF) đã tổ chức hội thảo về hợp tác nghiên cứu vật liệu tiên tiến.",
      "Phát biểu tại hội thảo, Thứ trưởng Bộ Khoa học và Công nghệ đánh giá cao sự hỗ trợ của Đức trong việc nâng cao năng lực nghiên cứu của các viện, trường đại học Việt Nam thời gian qua.",
      "Các đại biểu tham dự hội thảo hợp tác Việt Nam - Đức về vật liệu tiên tiến.",
      "Đại diện BMBF cho biết, phía Đức sẵn sàng tài trợ cho các dự án nghiên cứu chung giữa Viện Hàn lâm Khoa học và Công nghệ Việt Nam và Hội Fraunhofer trong lĩnh vực vật liệu bán dẫn, pin lưu trữ năng lượng.",
      "Hai bên thống nhất sẽ công bố chương trình tài trợ chung vào quý IV năm 2025.",
      "Vụ Hợp tác quốc tế",
    ],
    title: "Việt Nam và Đức hợp tác nghiên cứu về vật liệu tiên tiến",
    date: null, // the portal states no date in its metadata: the extractor reads it from the lead (below)
    source: "most.gov.vn",
    url: "https://www.most.gov.vn/vn/tin-tuc/21345/viet-nam-va-duc-hop-tac-nghien-cuu-ve-vat-lieu-tien-tien.aspx",
  },
};

/** Words of each page's chrome: menus, related boxes, tags, comments, most read, ads, footers. */
const CHROME = [
  "Thời sự", "Đăng nhập", "Tin liên quan", "Samsung", "Ý kiến", "Trần Bình", "Xem nhiều", "Giá xăng", "Quảng cáo",
  "bản quyền", "Đọc thêm", "Singapore đầu tư", "Từ khóa", "Tin cùng chuyên mục", "Bình luận", "Israel cũng hỗ trợ",
  "Đọc nhiều", "Hungary", "Canada", "Tags", "Ý kiến bạn đọc", "Giá vàng", "Bài liên quan", "Cuba", "Australia",
  "Liên kết website", "NAFOSTED", "Các tin khác", "Thụy Điển", "In bài viết", "113 Trần Duy Hưng", "Trang chủ",
];

describe("readHtmlPage on the outlets' markup", () => {
  for (const [name, want] of Object.entries(OUTLETS)) {
    it(`${name}: headline, lead, body and captions, one paragraph per line, and nothing of the page around them`, () => {
      const a = article(name);
      expect(a.lines).toEqual(want.lines);
      expect(a.text).toBe(want.lines.join("\n"));
      for (const words of CHROME) expect(a.text, words).not.toContain(words);
    });
    it(`${name}: title, date, source and address from the page's metadata`, () => {
      expect(article(name).metadata).toEqual({title: want.title, date: want.date, source: want.source, url: want.url});
    });
  }

  it("gives the MOST article the date its lead states, once the extractor reads it", () => {
    const dir = mkdtempSync(join(scratch, "most-"));
    writeFileSync(join(dir, "most.html"), fixture("most.html"));
    const read = readArticleFile(join(dir, "most.html"), dir);
    if (!read.ok) throw new Error(read.warning.message);
    const extracted = extractArticle(read.article, createExtractor());
    expect(extracted.date).toEqual({year: 2025, month: 7, day: 17});
    expect(extracted.title).toBe(OUTLETS["most.html"]!.title);
    expect(extracted.source).toBe("most.gov.vn");
  });
});

describe("readHtmlPage on harder pages", () => {
  it("reads a page without any metadata: the body, no title, date, source or address (the extractor takes the first line as headline)", () => {
    const a = article("no-metadata.html");
    expect(a.metadata).toEqual({title: null, date: null, source: null, url: null});
    expect(a.lines[0]).toBe("Tỉnh Lâm Đồng hợp tác với Israel phát triển nông nghiệp công nghệ cao");
    expect(a.lines).toHaveLength(4);
    expect(a.text).not.toContain("Trang chủ");
    expect(a.text).not.toContain("ban biên tập");
  });

  it("takes the address a page was fetched from, and its host as source, when the page names none", () => {
    const a = article("no-metadata.html", "http://so-khcn.lamdong.gov.vn/tin/israel.html?utm_source=zalo");
    expect(a.metadata.url).toBe("http://so-khcn.lamdong.gov.vn/tin/israel.html");
    expect(a.metadata.source).toBe("so-khcn.lamdong.gov.vn");
  });

  it("keeps text that quotes a tag as text, and drops the page's real scripts, styles and noscript", () => {
    const a = article("script-text.html");
    expect(a.text).toContain('chèn đoạn mã <script>alert("hacked")</script> vào ô bình luận để đánh cắp phiên đăng nhập của quản trị viên & người dùng.');
    expect(a.text).not.toContain("không phải bài báo");
    expect(a.text).not.toContain("trackRead");
    expect(a.text).not.toContain("JavaScript");
    expect(a.metadata.date).toEqual({year: 2025, month: 8, day: 21});
  });

  it("reads the windows-1258 page through the declared charset, once decoded (see htmlCharset.test.ts)", () => {
    const dir = mkdtempSync(join(scratch, "cp1258-"));
    writeFileSync(join(dir, "da-nang.html"), encodeWindows1258(fixture("windows-1258.source.html")));
    const read = readArticleFile(join(dir, "da-nang.html"), dir);
    if (!read.ok) throw new Error(read.warning.message);
    expect(read.article.text.split("\n")[0]).toBe("Sở Khoa học và Công nghệ Đà Nẵng hợp tác với Hàn Quốc về thành phố thông minh");
    expect(read.article.text).toContain("Viện Nghiên cứu Điện tử và Viễn thông Hàn Quốc (ETRI)");
    expect(read.article.text).toBe(read.article.text.normalize("NFC"));
    expect(read.article.frontMatter).toEqual({
      title: "Sở Khoa học và Công nghệ Đà Nẵng hợp tác với Hàn Quốc về thành phố thông minh",
      date: {year: 2024, month: 11, day: 8},
      source: "Sở KH&CN Đà Nẵng",
    });
  });

  it(`refuses a page with under ${MIN_ARTICLE_CHARS} characters of article text (a section front) as not an article`, () => {
    const r = readHtmlPage(fixture("section-index.html"));
    expect(r).toMatchObject({ok: false, reason: "not-an-article", message: expect.stringContaining("section front")});
  });

  it("finds the body by Readability alone on a layout it has no selector for", () => {
    const paragraphs = OUTLETS["vnexpress.html"]!.lines.slice(2, 7).map((p) => `<p>${p}</p>`).join("");
    const html = `<html><head><title>Tin</title></head><body><div class="menu"><a href="/">Trang chủ</a></div><div class="x-main"><div class="x-text">${paragraphs}</div></div><div class="x-links"><a href="/1">Tin 1</a> <a href="/2">Tin 2</a></div></body></html>`;
    const r = readHtmlPage(html);
    expect(r.ok && r.article.lines.slice(1)).toEqual(OUTLETS["vnexpress.html"]!.lines.slice(2, 7));
  });
});

describe("readArticleFile on saved pages", () => {
  it("reads .html and .htm files as articles, the page's metadata standing for front matter", () => {
    const dir = mkdtempSync(join(scratch, "saved-"));
    writeFileSync(join(dir, "bai.htm"), fixture("vietnamplus.html"));
    const read = readArticleFile(join(dir, "bai.htm"), dir);
    expect(read).toMatchObject({
      ok: true,
      article: {
        id: "bai",
        file: "bai.htm",
        frontMatter: {
          title: OUTLETS["vietnamplus.html"]!.title,
          date: {year: 2025, month: 5, day: 20},
          source: "vietnamplus.vn",
          url: OUTLETS["vietnamplus.html"]!.url,
        },
      },
    });
    expect(read.ok && read.article.text).toBe(OUTLETS["vietnamplus.html"]!.lines.join("\n"));
  });

  it("says why a saved page is not read: empty, binary, or not an article", () => {
    const dir = mkdtempSync(join(scratch, "bad-"));
    writeFileSync(join(dir, "empty.html"), "");
    writeFileSync(join(dir, "image.html"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]));
    writeFileSync(join(dir, "list.html"), fixture("section-index.html"));
    expect(readArticleFile(join(dir, "empty.html"), dir)).toMatchObject({ok: false, warning: {code: "empty"}});
    expect(readArticleFile(join(dir, "image.html"), dir)).toMatchObject({ok: false, warning: {code: "binary"}});
    expect(readArticleFile(join(dir, "list.html"), dir)).toMatchObject({
      ok: false,
      warning: {code: "not-an-article", message: expect.stringMatching(/^list\.html: is not an article page/)},
    });
  });

  it("still refuses a .txt that holds a whole page, saying to rename it .html", () => {
    const dir = mkdtempSync(join(scratch, "txt-"));
    writeFileSync(join(dir, "page.txt"), fixture("vnexpress.html"));
    expect(readArticleFile(join(dir, "page.txt"), dir)).toMatchObject({ok: false, warning: {code: "html", message: expect.stringContaining("rename it to .html")}});
  });
});
