import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  classifyLines,
  DEFAULT_CHROME_PATTERNS_PATH,
  isCreditLine,
  loadChromePatterns,
  readChromePatterns,
  splitLines,
} from "../../loaders/extract/chrome.js";
import { normalizeText } from "../../loaders/read/normalize.js";
import type { ChromeReason } from "../../loaders/extract/model.js";

const patterns = readChromePatterns();
const SEEDS = join(import.meta.dirname, "..", "..", "data", "articles");
const seed = (id: string): string => normalizeText(readFileSync(join(SEEDS, `${id}.txt`), "utf8"));

/** Each non-empty line of `text` with its chrome reason. */
function classified(text: string): [string, ChromeReason | null][] {
  return classifyLines(text, patterns)
    .map((l) => [text.slice(l.start, l.end).trim(), l.chrome] as [string, ChromeReason | null])
    .filter(([s]) => s !== "");
}
const chromeOf = (text: string, line: string): ChromeReason | null | undefined =>
  classified(text).find(([s]) => s === line)?.[1];
const mainText = (text: string): string =>
  classified(text)
    .filter(([, c]) => c === null)
    .map(([s]) => s)
    .join("\n");

const STORY = [
  "Hợp tác Việt – Nhật trong lĩnh vực vật liệu mới",
  "",
  "Sáng 12/3, tại Hà Nội, hai bên đã ký kết biên bản ghi nhớ về hợp tác nghiên cứu chung.",
  "",
  "Theo kế hoạch, các nhà khoa học hai nước sẽ trao đổi học thuật trong năm 2025.",
].join("\n");

describe("splitLines", () => {
  it("gives every line, blank ones included, with offsets that exclude the LF", () => {
    expect(splitLines("ab\n\ncd")).toEqual([
      { index: 0, start: 0, end: 2, chrome: null },
      { index: 1, start: 3, end: 3, chrome: null },
      { index: 2, start: 4, end: 6, chrome: null },
    ]);
    expect(splitLines("")).toEqual([{ index: 0, start: 0, end: 0, chrome: null }]);
  });
});

describe("classifyLines", () => {
  it("keeps every line of a plain story as main text", () => {
    expect(classified(STORY).every(([, c]) => c === null)).toBe(true);
  });

  it("marks 'Chuyển động ICT' above the headline as a section label", () => {
    expect(chromeOf(`Chuyển động ICT\n\n${STORY}`, "Chuyển động ICT")).toBe("section-label");
  });

  it("keeps a headline that merely starts with a section label's words", () => {
    const headline = "Chuyển động ICT tuần này: AI và bán dẫn";
    expect(chromeOf(`${headline}\n\nNội dung bài viết ở đây.`, headline)).toBeNull();
  });

  it("marks any very short first line directly above a longer headline as a section label", () => {
    expect(chromeOf(`Tin vắn\n${STORY}`, "Tin vắn")).toBe("section-label");
  });

  it("keeps a short headline above a first paragraph that merely lacks its final period", () => {
    const text = "Tôm lăn bột\nSau khi chiên giòn, bạn lót cải ra đĩa, cho tôm lên trên. Dọn kèm tương ớt\nNguyên liệu: tôm sú, bột chiên giòn.";
    expect(chromeOf(text, "Tôm lăn bột")).toBeNull();
  });

  it("marks follow-us lines", () => {
    expect(chromeOf(`${STORY}\nTheo dõi Báo Gia Lai trên Google News`, "Theo dõi Báo Gia Lai trên Google News")).toBe("follow-us");
    expect(chromeOf(`Tiêu đề bài viết ở đây\nTheo dõi VnExpress trên Zalo\n${STORY}`, "Theo dõi VnExpress trên Zalo")).toBe("follow-us");
  });

  it("keeps a story sentence that starts with 'Theo dõi'", () => {
    const line = "Theo dõi diễn biến trên thị trường, ông Nam cho biết giá đã tăng.";
    expect(chromeOf(`${STORY}\n${line}\nMột câu nữa ở cuối bài viết.`, line)).toBeNull();
  });

  it("drops the related-articles block after 'Bài liên quan', to the end of the file", () => {
    const text = `${STORY}\nBài liên quan\nQuảng Bình chuyển đổi số\n\nMicrosoft, Google và Meta dùng AI.`;
    expect(classified(text).slice(-3)).toEqual([
      ["Bài liên quan", "related-links"],
      ["Quảng Bình chuyển đổi số", "related-links"],
      ["Microsoft, Google và Meta dùng AI.", "related-links"],
    ]);
  });

  it.each([
    "Tin liên quan",
    "Có thể bạn quan tâm",
    "Xem nhiều nhất",
    "Đừng bỏ lỡ",
    "Nổi bật Tạp chí Thông tin & Truyền thông",
    "Tin cùng chuyên mục",
    "Đọc thêm:",
    "Tin mới nhất",
    "Xem thêm",
    "XEM NHIỀU NHẤT",
  ])("drops everything after the heading '%s'", (heading) => {
    const text = `${STORY}\n${heading}\nBài khác về Nga và Mỹ`;
    expect(chromeOf(text, heading)).toBe("related-links");
    expect(chromeOf(text, "Bài khác về Nga và Mỹ")).toBe("related-links");
  });

  it("keeps a story sentence that starts like a heading ('Nổi bật là ...')", () => {
    const line = "Nổi bật là dự án hợp tác với Nhật Bản về pin nhiên liệu hydro.";
    expect(chromeOf(`${STORY}\n${line}\nCâu cuối cùng của bài viết này.`, line)).toBeNull();
  });

  it("never takes the headline for a related-links heading", () => {
    const text = "Đọc thêm sách khoa học giúp trẻ thông minh hơn\n\nCác nhà nghiên cứu Anh cho biết như vậy.";
    expect(classified(text).every(([, c]) => c === null)).toBe(true);
  });

  it("marks CMS footers and buttons", () => {
    for (const line of ["POWERED BY ONECMS - A PRODUCT OF NEKO", "Copy Link", "Chia sẻ", "In bài"]) {
      expect(chromeOf(`${STORY}\n${line}`, line), line).toBe("cms-footer");
    }
  });

  it("keeps a story line that starts with 'Chia sẻ'", () => {
    const line = "Chia sẻ quan điểm này, bà Lan cho biết việc hợp tác còn nhiều dư địa.";
    expect(chromeOf(`${STORY}\n${line}\nCâu cuối cùng của bài viết này.`, line)).toBeNull();
  });

  it("ends the article at 'End of content' and 'Không có tin nào tiếp theo'", () => {
    for (const end of ["End of content", "Không có tin nào tiếp theo"]) {
      const text = `${STORY}\n${end}\nOpenAI mất lợi thế trước Microsoft`;
      expect(chromeOf(text, end)).toBe("cms-footer");
      expect(chromeOf(text, "OpenAI mất lợi thế trước Microsoft")).toBe("cms-footer");
    }
  });

  it("marks a line that is just an image file name", () => {
    for (const name of ["ong-bui-the-duy.png", "nestle-viet-namdd.jpg", "a.JPEG", "x.webp", "https://cdn.vn/anh/1.gif"]) {
      expect(chromeOf(`${STORY}\n${name}\nCâu cuối cùng của bài viết.`, name), name).toBe("image-file");
    }
    const caption = "Lễ ký kết tại Hà Nội. Ảnh: TTXVN";
    expect(chromeOf(`${STORY}\n${caption}\nCâu cuối cùng của bài viết.`, caption)).toBeNull();
  });

  it("marks a stray 'null' or 'undefined'", () => {
    expect(chromeOf(`${STORY}\nnull`, "null")).toBe("null");
    expect(chromeOf(`${STORY}\nundefined\nCâu cuối cùng của bài.`, "undefined")).toBe("null");
  });

  it("marks the credit line at the end of the story", () => {
    expect(chromeOf(`${STORY}\n\nTheo vtv.vn\nCopy Link`, "Theo vtv.vn")).toBe("credit");
    expect(chromeOf(`${STORY}\nTheo Hương Giang (TTXVN/Vietnam+)\n\nCó thể bạn quan tâm\nx`, "Theo Hương Giang (TTXVN/Vietnam+)")).toBe("credit");
    expect(chromeOf(`${STORY}\n(Theo AFP)`, "(Theo AFP)")).toBe("credit");
    expect(chromeOf(`${STORY}\nNguồn: Bộ Khoa học và Công nghệ`, "Nguồn: Bộ Khoa học và Công nghệ")).toBe("credit");
  });

  it("does not take a 'Theo ...' line in the middle of the story for a credit", () => {
    const line = "Theo Reuters";
    expect(chromeOf(`${STORY}\n${line}\nCâu cuối cùng của bài viết này.`, line)).toBeNull();
  });

  it("marks 'Headline / Headline' under the headline as related links", () => {
    const slash = "Tìm lời giải cho bài toán dữ liệu khoa học / Cần hoàn thiện cơ chế chính sách đổi mới";
    expect(chromeOf(`Hợp tác quốc tế diễn ra sôi động\n${slash}\nBộ KH&CN cho biết năm 2023 hợp tác sôi động.`, slash)).toBe("related-links");
  });

  it("marks the line under a dated digest's headline, its briefs' headlines run together, as contents", () => {
    const contents = "Ra mắt dịch vụ chuyển phát nhanh tại VN MB tiếp tục tăng lãi suất Cathay Pacific giảm giá vé tới châu Á";
    const briefs = "Cuối tháng 11, VinaExpress ra mắt dịch vụ mới.\nTừ 15/11, MB tăng lãi suất.";
    expect(chromeOf(`Tin vắn ngày 18/11\n\n${contents}\n${briefs}`, contents)).toBe("contents");
    expect(chromeOf(`Tin vắn 3/2\n${contents}.\n${briefs}`, `${contents}.`)).toBe("contents");
    expect(mainText(`Tin vắn 3/2\n${contents}\n${briefs}`)).toBe(`Tin vắn 3/2\n${briefs}`);
  });

  it("keeps the first paragraph under a digest headline with no date, one with a sentence break inside, or a digest's only paragraph", () => {
    const para = "Những người biểu tình cáo buộc chính quyền áp dụng luật Hồi giáo cho cả người ngoài Hồi giáo";
    expect(chromeOf(`Tin vắn\n${para}\nCâu tiếp theo.`, para)).toBeNull();
    const story = "Qua kiểm tra, cơ quan chức năng phát hiện biển số xe giả. Chi cục kiểm lâm Ninh Thuận cho biết đây là vụ lớn nhất";
    expect(chromeOf(`Tin vắn ngày 1-10\n${story}\nCâu tiếp theo.`, story)).toBeNull();
    expect(chromeOf(`Tin vắn ngày 1/10\n${para}`, para)).toBeNull();
    expect(chromeOf(`Hợp tác Việt – Nhật\n${para}\nCâu tiếp theo.`, para)).toBeNull();
  });

  it("keeps a first paragraph that happens to contain ' / '", () => {
    const para = "Cảnh sát Anh điều tra vụ đánh bom tại London hôm qua. Diễn biến / London sau vụ nổ / Thị trường";
    expect(chromeOf(`London săn lùng thủ phạm\n${para}\nCâu tiếp theo.`, para)).toBeNull();
  });

  it("keeps blank lines as null and gives offsets into the text", () => {
    const text = `Chuyển động ICT\n\n${STORY}`;
    const lines = classifyLines(text, patterns);
    expect(lines[1]).toEqual({ index: 1, start: 16, end: 16, chrome: null });
    expect(lines.every((l) => l.end >= l.start && text.slice(l.start, l.end).indexOf("\n") < 0)).toBe(true);
  });

  it("applies only the heuristics when no patterns are given", () => {
    const text = `${STORY}\nBài liên quan\nTheo vtv.vn`;
    expect(classifyLines(text).filter((l) => l.chrome !== null).map((l) => l.chrome)).toEqual(["credit"]);
  });
});

describe("the seeds", () => {
  // Names that ANNOTATION.md and the gold traps say appear only in chrome.
  const onlyInChrome: Record<string, string[]> = {
    "000_5155e7d0209eb3e7": ["Quảng Bình", "Microsoft", "Google", "Meta", "Đông Nam Á", "Wikipedia"],
    "001_4071f28a51558a73": ["Gia Lai", "Bình Định", "Mỹ", "GLO"],
    "004_9f9a77af44890c03": ["Nga", "Angara", "OpenAI", "Microsoft", "Facebook"],
  };

  it.each(Object.entries(onlyInChrome))("keeps %s's chrome-only names out of the main text", (id, names) => {
    const main = mainText(seed(id));
    for (const name of names) expect(main, name).not.toContain(name);
  });

  it("classifies seed 000's chrome: section label, image file, credit, footer, related articles", () => {
    const c = classified(seed("000_5155e7d0209eb3e7"));
    expect(c[0]).toEqual(["Chuyển động ICT", "section-label"]);
    expect(c.find(([s]) => s === "ong-bui-the-duy.png")?.[1]).toBe("image-file");
    expect(c.find(([s]) => s === "Theo vtv.vn")?.[1]).toBe("credit");
    expect(c.find(([s]) => s === "Copy Link")?.[1]).toBe("cms-footer");
    expect(c.find(([s]) => s === "Bài liên quan")?.[1]).toBe("related-links");
    expect(c.at(-1)).toEqual(["POWERED BY ONECMS - A PRODUCT OF NEKO", "cms-footer"]);
  });

  it("classifies seed 004's second line and its end-of-content block", () => {
    const c = classified(seed("004_9f9a77af44890c03"));
    expect(c[1]![1]).toBe("related-links");
    expect(c.findIndex(([, r]) => r !== null && r !== "related-links") - 1).toBe(
      c.findIndex(([s]) => s.startsWith("Đồng thời, góp phần thúc đẩy")),
    );
  });

  it("keeps every story paragraph of every seed, captions and datelines included", () => {
    const expectedChrome: Record<string, number> = {
      "000_5155e7d0209eb3e7": 19, // label, image, credit, Copy Link, "Bài liên quan" and the 14 lines after it
      "001_4071f28a51558a73": 20, // follow-us, image, credit, "Có thể bạn quan tâm" and the 16 lines after it
      "002_739555dec86a15cd": 0,
      "003_15723938c75b8bee": 0,
      "004_9f9a77af44890c03": 9, // the slashed links, 2 end markers, 6 lines of "Xem nhiều nhất"
    };
    for (const [id, n] of Object.entries(expectedChrome)) {
      const text = seed(id);
      expect(classified(text).filter(([, c]) => c !== null), id).toHaveLength(n);
    }
    expect(chromeOf(seed("000_5155e7d0209eb3e7"), "Ban Thời sự 13/04/2025 10:22")).toBeNull();
    expect(
      chromeOf(
        seed("001_4071f28a51558a73"),
        "Hội nghị Chuyển giao công nghệ, kết nối thương mại và đầu tư Việt Nam-Trung Quốc 2025. Ảnh: Hương Giang/TTXVN",
      ),
    ).toBeNull();
  });
});

describe("loadChromePatterns", () => {
  it("reads the project's pattern file", () => {
    const file = loadChromePatterns(readFileSync(DEFAULT_CHROME_PATTERNS_PATH, "utf8"));
    expect(file.length).toBeGreaterThan(10);
    expect(file.find((p) => p.source === "Bài liên quan")).toMatchObject({ kind: "prefix", reason: "related-links", scope: "rest" });
  });

  it("reads prefixes, regexes, comments and CRLF line ends", () => {
    const p = loadChromePatterns("# a comment\r\npattern\treason\tscope\r\nQuảng cáo\tcms-footer\tline\r\n/^\\d+ bình luận$/\tcms-footer\tline\r\n");
    expect(p.map((x) => [x.source, x.kind])).toEqual([
      ["Quảng cáo", "prefix"],
      ["/^\\d+ bình luận$/", "regex"],
    ]);
    expect(chromeOf(`${STORY}\nQUẢNG CÁO\n12 bình luận`, "QUẢNG CÁO")).toBeNull(); // not in the default set
    const lines = classifyLines(`${STORY}\nQUẢNG CÁO\n12 bình luận\nCâu cuối bài.`, p);
    expect(lines.filter((l) => l.chrome === "cms-footer")).toHaveLength(2);
  });

  it("matches a prefix only as whole words", () => {
    const p = loadChromePatterns("Xem thêm\trelated-links\tline\n");
    const text = `${STORY}\nXem thêmx\nXem thêm: bài khác\nCâu cuối bài.`;
    expect(classifyLines(text, p).filter((l) => l.chrome).map((l) => text.slice(l.start, l.end))).toEqual(["Xem thêm: bài khác"]);
  });

  it("honours the 'top' scope: only among the first two non-empty lines", () => {
    const p = loadChromePatterns("Thời sự\tsection-label\ttop\n");
    expect(classifyLines("\nThời sự\nTiêu đề bài viết dài\nThân bài.", p)[1]!.chrome).toBe("section-label");
    expect(classifyLines("Tiêu đề\nThân bài.\nThời sự\nThân bài.", p)[2]!.chrome).toBeNull();
  });

  it("explains a bad row: wrong reason, wrong scope, missing column, broken regex", () => {
    expect(() => loadChromePatterns("Abc\tadvert\tline")).toThrow("chrome patterns, line 1: unknown reason 'advert'");
    expect(() => loadChromePatterns("Abc\tnull\teverywhere")).toThrow("unknown scope 'everywhere'");
    expect(() => loadChromePatterns("Abc null line")).toThrow("expected three columns");
    expect(() => loadChromePatterns("/(/\tnull\tline")).toThrow("invalid regular expression");
  });
});

describe("isCreditLine", () => {
  it.each(["Theo vtv.vn", "Theo Hương Giang (TTXVN/Vietnam+)", "(Theo Công An Nhân Dân)", "Theo báo Nhân Dân", "Nguồn: VnExpress", "Nguồn ảnh: TTXVN"])(
    "takes '%s' for a credit",
    (line) => expect(isCreditLine(line)).toBe(true),
  );
  it.each([
    "Theo tôi, đó là điều tốt.",
    "Theo kế hoạch, EU sẽ tổ chức lễ kỷ niệm",
    "Theo dõi Báo Gia Lai trên Google News bây giờ có thể giúp bạn cập nhật tin tức nhanh hơn nhiều",
    "Nguồn vốn cho dự án",
    "Thêo",
  ])("does not take '%s' for a credit", (line) => expect(isCreditLine(line)).toBe(false));
});

describe("related-article lines ending in a date", () => {
  const STORY_WITH_LINKS = [
    "Vân Anh nên tìm hiểu tại sao bạn trai không công khai quan hệ",
    "",
    "Đọc tâm sự của Vân Anh mình rất thông cảm và rất muốn chia sẻ.",
    "Vân Anh hãy cho người ấy một cơ hội(13/02/2004)",
    "Người yêu Vân Anh không đáng tin cậy(13/02/2004)",
    "Chúc bạn sớm tìm ra được giải pháp tối ưu nhất.",
  ].join("\n");

  it("a headline with its date glued on is a related-article link", () => {
    expect(chromeOf(STORY_WITH_LINKS, "Vân Anh hãy cho người ấy một cơ hội(13/02/2004)")).toBe("related-links");
    expect(chromeOf(STORY_WITH_LINKS, "Người yêu Vân Anh không đáng tin cậy(13/02/2004)")).toBe("related-links");
  });
  it("only that line: the story goes on after it", () => {
    expect(chromeOf(STORY_WITH_LINKS, "Chúc bạn sớm tìm ra được giải pháp tối ưu nhất.")).toBeNull();
  });
  it("a story sentence with a date in brackets is not a link", () => {
    const text = "Tiêu đề bài báo\n\nHai bên ký hiệp định ngày (12/3/2005) tại Hà Nội.\nHiệp định có hiệu lực từ tháng sau.";
    expect(chromeOf(text, "Hai bên ký hiệp định ngày (12/3/2005) tại Hà Nội.")).toBeNull();
  });
  it("the pattern is checked only on lines ending with its last character", () => {
    const dated = patterns.find((p) => p.reason === "related-links" && p.kind === "regex" && p.source.endsWith("\\)$/"));
    expect(dated?.lastChar).toBe(")");
  });
});
