import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyLines, splitLines } from "../../loaders/extract/chrome.js";
import { headlineBeforeLeadTag, splitSentences } from "../../loaders/extract/sentences.js";
import type { Line } from "../../loaders/extract/model.js";

/** The sentences of `text` as strings, every line counted as main text. */
const split = (text: string): string[] => splitSentences(text, splitLines(text)).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it("splits after a period followed by a space and a capital letter", () => {
    expect(split("Hai bên đã ký kết. Đây là bước tiến mới.")).toEqual(["Hai bên đã ký kết.", "Đây là bước tiến mới."]);
  });

  it("splits after '!', '?', '…' and a run of them", () => {
    expect(split("Thật sao?! Đúng vậy… Hay quá! Xong.")).toEqual(["Thật sao?!", "Đúng vậy…", "Hay quá!", "Xong."]);
  });

  it("splits before a digit or an opening quote", () => {
    expect(split("Dự án kéo dài. 3 năm qua, hai bên hợp tác. “Đây là cơ hội”, ông nói.")).toEqual([
      "Dự án kéo dài.",
      "3 năm qua, hai bên hợp tác.",
      "“Đây là cơ hội”, ông nói.",
    ]);
  });

  it("keeps a closing quote or bracket with the sentence it ends", () => {
    expect(split('Ông nói: "Hợp tác là then chốt." Sau đó ông rời đi. (Ảnh minh họa.) Hết.')).toEqual([
      'Ông nói: "Hợp tác là then chốt."',
      "Sau đó ông rời đi.",
      "(Ảnh minh họa.)",
      "Hết.",
    ]);
  });

  it("splits two sentences joined with no space after the period, after a lower-case word or a bracket closing one", () => {
    expect(split("Học bổng dành cho thực tập sinh).Bộ GD-ĐT quyết định phân bổ.")).toEqual(["Học bổng dành cho thực tập sinh).", "Bộ GD-ĐT quyết định phân bổ."]);
    expect(split("Phục vụ công tác đào tạo.Một sinh viên tâm sự.")).toEqual(["Phục vụ công tác đào tạo.", "Một sinh viên tâm sự."]);
  });
  it("splits two sentences joined with no space after an ellipsis, after a lower-case word", () => {
    expect(split("Hướng dẫn nấu ăn bằng lò vi sóng...Những đòi hỏi về tính hiện đại.")).toEqual(["Hướng dẫn nấu ăn bằng lò vi sóng...", "Những đòi hỏi về tính hiện đại."]);
    expect(split("Xem phim, chơi điện tử…Thiết bị này nhỏ.")).toEqual(["Xem phim, chơi điện tử…", "Thiết bị này nhỏ."]);
    expect(split("Các ngành v.v...Nhiều dự án khác.")).toHaveLength(1);
    expect(split("Ông nói...rồi đi.")).toHaveLength(1);
  });
  it("ends the headline a paper runs into its lead at the lead's tag '(NLĐ)', leaving the tag out of both", () => {
    expect(split("Giá vàng sáng giảm, chiều tăng (NLĐ)- Ngày 25-4, giá vàng biến động. Đầu giờ sáng, giá giảm.")).toEqual([
      "Giá vàng sáng giảm, chiều tăng",
      "Ngày 25-4, giá vàng biến động.",
      "Đầu giờ sáng, giá giảm.",
    ]);
    expect(split("Tập huấn chống rửa tiền (NLĐ) – Bộ Công an phối hợp với Pháp.")).toEqual(["Tập huấn chống rửa tiền", "Bộ Công an phối hợp với Pháp."]);
    expect(split("(NLĐ)- Chiều 30-3, ông Đua phát biểu.")).toEqual(["Chiều 30-3, ông Đua phát biểu."]);
    expect(split("Ông nói với báo Người Lao Động (NLĐ) rằng hai bên sẽ ký.")).toHaveLength(1);
    expect(headlineBeforeLeadTag("Giá vàng sáng giảm, chiều tăng (NLĐ)- Ngày 25-4, giá vàng biến động.")).toBe("Giá vàng sáng giảm, chiều tăng");
    expect(headlineBeforeLeadTag("(NLĐ)- Chiều 30-3, ông Đua phát biểu.")).toBeNull();
    expect(headlineBeforeLeadTag("Hai bên ký kết. Đây là bước tiến.")).toBeNull();
    // Reading a title first leaves nothing behind that changes the next split.
    expect(headlineBeforeLeadTag("Một tiêu đề dài hơn nhiều so với tiêu đề sau đây (NLĐ)- Lead.")).not.toBeNull();
    expect(split("Ngắn (NLĐ)- Ngày 25-4, hai bên ký.")).toEqual(["Ngắn", "Ngày 25-4, hai bên ký."]);
  });

  it("keeps 'TP.HCM', 'GS.TS', 'Q.1', addresses and known abbreviations joined", () => {
    for (const s of ["Hội thảo tại TP.HCM hôm qua.", "Ông GS.TS Nguyễn Văn A phát biểu.", "Trụ sở ở Q.1 và Q.Bình Thạnh.", "Xem vnexpress.net để biết thêm.", "Bà Mrs.Fields cười.", "Ông Th.Sĩ nói."]) {
      expect(split(s), s).toHaveLength(1);
    }
  });
  it("does not split before a lower-case word", () => {
    expect(split("Dao, kéo, đồ khui hộp... tất cả đều bất tiện.")).toEqual(["Dao, kéo, đồ khui hộp... tất cả đều bất tiện."]);
  });

  it("does not split after abbreviations and academic titles", () => {
    for (const s of [
      "GS.TS. Trần Đại Lâm cho biết như vậy.",
      "PGS.TS. Huỳnh Quyết Thắng là Giám đốc.",
      "Đoàn đến TP. Hồ Chí Minh hôm qua.",
      "Bà ThS. Lan và ông Ths. Minh dự họp.",
      "Ông Mr. Smith và Dr. Jones đến từ St. Louis.",
      "Các lĩnh vực: điện tử, cơ khí, v.v. Nhiều dự án khác.",
    ]) {
      expect(split(s), s).toHaveLength(1);
    }
  });

  it("does not split after initials", () => {
    expect(split("Giáo sư H. Baughman thuộc Đại học Texas.")).toHaveLength(1);
    expect(split("Ông Nguyễn V. A. Minh phát biểu.")).toHaveLength(1);
  });

  it("keeps a list number at the start of a line with what follows", () => {
    expect(split("1. Tại buổi hội đàm, hai bên trao đổi. Bộ trưởng nhấn mạnh.")).toEqual([
      "1. Tại buổi hội đàm, hai bên trao đổi.",
      "Bộ trưởng nhấn mạnh.",
    ]);
    expect(split("  II. Kết quả hợp tác")).toEqual(["II. Kết quả hợp tác"]);
  });

  it("splits after a number that ends a sentence in the middle of a line", () => {
    expect(split("Giá tăng lên 15. Người dân lo lắng.")).toEqual(["Giá tăng lên 15.", "Người dân lo lắng."]);
  });

  it("does not split inside decimals, thousands, 'TP.HCM' or 'KH&CN'", () => {
    expect(split("Công nghiệp 4.0 đạt 35,14 tỷ, tăng 1.500 tỷ tại TP.HCM theo Bộ KH&CN.")).toHaveLength(1);
    expect(split("Bộ KH&CN. Sở KH&CN.")).toEqual(["Bộ KH&CN.", "Sở KH&CN."]);
  });

  it("ends a sentence at every line break", () => {
    expect(split("Dòng một không có dấu chấm\nDòng hai")).toEqual(["Dòng một không có dấu chấm", "Dòng hai"]);
  });

  it("trims spaces around each sentence and skips blank lines", () => {
    const text = "   Câu một.   Câu hai.  \n\n   \n";
    const s = splitSentences(text, splitLines(text));
    expect(s.map((x) => text.slice(x.start, x.end))).toEqual(["Câu một.", "Câu hai."]);
    expect(s.map((x) => x.line)).toEqual([0, 0]);
  });

  it("reads only main-text lines, and numbers sentences across them", () => {
    const text = "Tiêu đề bài báo hôm nay\nCâu một. Câu hai.\nTheo vtv.vn";
    const lines = classifyLines(text);
    expect(lines[2]!.chrome).toBe("credit");
    expect(splitSentences(text, lines)).toEqual([
      { index: 0, start: 0, end: 23, line: 0 },
      { index: 1, start: 24, end: 32, line: 1 },
      { index: 2, start: 33, end: 41, line: 1 },
    ]);
  });

  it("survives lines whose offsets fall outside the text", () => {
    const lines: Line[] = [{ index: 0, start: -5, end: 1000, chrome: null }];
    expect(splitSentences("Một. Hai.", lines).map((s) => [s.start, s.end])).toEqual([
      [0, 4],
      [5, 9],
    ]);
  });

  it("never throws and gives ordered, non-overlapping, non-empty sentences inside their lines, for any text", () => {
    const unit = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom("a", "Đ", "ệ", " ", ".", "!", "?", "…", '"', "”", "“", ")", "\n", "1", "TP", "GS", "A", "\t", "\u00a0") },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 3 }) },
      { weight: 1, arbitrary: fc.constantFrom("😀", "\u0301", "\u0323", "\ud800", "\udfff", "👩‍🔬", "\u200b", "\ufeff") },
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }).map((parts) => parts.join("")), fc.boolean(), (text, withChrome) => {
        const lines = withChrome ? classifyLines(text) : splitLines(text);
        const sentences = splitSentences(text, lines);
        let previousEnd = 0;
        sentences.forEach((s, i) => {
          const line = lines[s.line]!;
          expect(s.index).toBe(i);
          expect(line.chrome).toBeNull();
          expect(s.start).toBeGreaterThanOrEqual(Math.max(previousEnd, line.start));
          expect(s.end).toBeLessThanOrEqual(line.end);
          expect(s.end).toBeGreaterThan(s.start);
          const body = text.slice(s.start, s.end);
          expect(body.trim()).not.toBe("");
          expect(body).toBe(body.trim());
          previousEnd = s.end;
        });
      }),
      { numRuns: 500 },
    );
  });

  it("covers every non-space character of the main text exactly once", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "B", " ", ".", "?", "\n", "1", '"', "…") }), (text) => {
        const sentences = splitSentences(text, splitLines(text));
        expect(sentences.map((s) => text.slice(s.start, s.end)).join("").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
      }),
    );
  });
});
