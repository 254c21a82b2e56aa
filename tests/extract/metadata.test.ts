import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { classifyLines, readChromePatterns } from "../../loaders/extract/chrome.js";
import { datelineDate, digestDate, extractMetadata, findDate, findDated, isAfter, looksLikeOutlet, recallsThePast, sourceFromCredit } from "../../loaders/extract/metadata.js";
import { normalizeText } from "../../loaders/read/normalize.js";
import type { FrontMatter, PartialDate } from "../../loaders/extract/model.js";

const patterns = readChromePatterns();
const ROOT = join(import.meta.dirname, "..", "..");

const meta = (text: string, fm: FrontMatter = {}) => extractMetadata(text, classifyLines(text, patterns), fm);
const dateOf = (text: string): PartialDate => findDate(text, classifyLines(text, patterns));
const date = (year: number | null, month: number | null = null, day: number | null = null): PartialDate => ({ year, month, day });

interface GoldArticle {
  title: string | null;
  source: string | null;
  date: PartialDate;
}

describe("the seeds", () => {
  const gold = JSON.parse(readFileSync(join(ROOT, "tests", "gold", "seeds.json"), "utf8")).articles as Record<string, GoldArticle>;

  it.each(Object.keys(gold))("gives seed %s the gold title, source and date", (id) => {
    const text = normalizeText(readFileSync(join(ROOT, "data", "articles", `${id}.txt`), "utf8"));
    const m = meta(text);
    const g = gold[id]!;
    expect({ title: m.title, source: m.source, date: m.date }).toEqual({ title: g.title, source: g.source, date: g.date });
  });
});

describe("extractMetadata", () => {
  const text = "Chuyển động ICT\n\nViệt Nam và Nhật Bản hợp tác về bán dẫn\n\nSáng 3/4/2024, hai bên ký kết.\n\nTheo vtv.vn";

  it("reads title, date and source from the text, and has no url without front matter", () => {
    expect(meta(text)).toEqual({
      title: "Việt Nam và Nhật Bản hợp tác về bán dẫn",
      date: date(2024, 4, 3),
      dateFrom: "lead",
      leadDates: [{ date: date(2024, 4, 3), line: 4, headline: false }],
      source: "vtv.vn",
      url: null,
    });
  });

  it("lets the front matter win for each key it states, and only those", () => {
    expect(meta(text, { title: "Tiêu đề khác", url: "https://vtv.vn/x" })).toMatchObject({
      title: "Tiêu đề khác",
      date: date(2024, 4, 3),
      dateFrom: "lead",
      source: "vtv.vn",
      url: "https://vtv.vn/x",
    });
    expect(meta(text, { date: date(2023), source: "VTV" })).toMatchObject({ date: date(2023), dateFrom: "metadata", source: "VTV" });
  });
});

describe("title", () => {
  it("takes the first main-text line when it reads like a headline", () => {
    expect(meta("Hợp tác quốc tế về khoa học công nghệ diễn ra sôi động\nNội dung.").title).toBe(
      "Hợp tác quốc tế về khoa học công nghệ diễn ra sôi động",
    );
    expect(meta("Quái vật hồ Ness là một chú voi xiếc?\nNội dung.").title).toBe("Quái vật hồ Ness là một chú voi xiếc?");
  });

  it("has no title when the first line is a sentence, too short, or too long", () => {
    expect(meta('Hãng tin Sputnik (Nga) đăng bài có tiêu đề "Nga có thể giúp Việt Nam".\nx').title).toBeNull();
    expect(meta("Hai bên đã ký kết thỏa thuận.”\nx").title).toBeNull();
    expect(meta("Kết quả như sau:\nx").title).toBeNull();
    expect(meta("Sỏi mật\nNội dung.").title).toBeNull();
    expect(meta(`${"Hợp tác ".repeat(30)}\nx`).title).toBeNull();
  });

  it("takes the headline a paper runs into its lead, before the lead's tag '(NLĐ)'", () => {
    expect(meta("Giá vàng sáng giảm, chiều tăng (NLĐ)- Ngày 25-4, giá vàng trong nước lại biến động phức tạp.\nĐầu giờ sáng, giá giảm.").title).toBe("Giá vàng sáng giảm, chiều tăng");
    expect(meta("(NLĐ)- Ngày 25-4, giá vàng trong nước lại biến động phức tạp.\nĐầu giờ sáng, giá giảm.").title).toBeNull();
  });

  it("skips chrome and blank lines above the headline", () => {
    expect(meta("\n \nChuyển động ICT\n\nViệt Nam - Trung Quốc thúc đẩy hợp tác\nx").title).toBe("Việt Nam - Trung Quốc thúc đẩy hợp tác");
  });
});

describe("source", () => {
  it("reads the credit line", () => {
    expect(sourceFromCredit("Theo vtv.vn")).toBe("vtv.vn");
    expect(sourceFromCredit("Theo Hương Giang (TTXVN/Vietnam+)")).toBe("TTXVN/Vietnam+");
    expect(sourceFromCredit("(Theo Công An Nhân Dân)")).toBe("Công An Nhân Dân");
    expect(sourceFromCredit("Nguồn: Bộ Khoa học và Công nghệ.")).toBe("Bộ Khoa học và Công nghệ");
    expect(sourceFromCredit("Theo tôi, đó là điều tốt.")).toBeNull();
  });

  it("reads 'Hãng tin X', 'hãng thông tấn X', 'tờ X' and 'theo X,' at the start of the text", () => {
    expect(meta('Hãng tin Sputnik (Nga) đăng bài viết.\nNội dung.').source).toBe("Sputnik");
    expect(meta("Tiêu đề của bài viết này\nTheo hãng thông tấn Kyodo News, hai bên đã ký kết.").source).toBe("Kyodo News");
    expect(meta("Tiêu đề của bài viết này\nTờ New York Times hôm qua cho biết như vậy.").source).toBe("New York Times");
    expect(meta("Tiêu đề của bài viết này\nTheo Reuters, hai bên đã ký kết.").source).toBe("Reuters");
  });

  it("takes a 'theo' credit or lead for a source only when it names an outlet (data/gazetteer/outlets.tsv)", () => {
    expect(sourceFromCredit("Theo Dũng")).toBeNull();
    expect(sourceFromCredit("(Theo Kim Chi)")).toBeNull();
    expect(sourceFromCredit("Theo Guardian")).toBe("Guardian");
    expect(sourceFromCredit("Theo báo Đầu tư")).toBe("báo Đầu tư");
    expect(sourceFromCredit("(Theo Nature)")).toBe("Nature");
    expect(meta("Tiêu đề của bài viết này\nTheo Michel Platini, giải đấu sẽ diễn ra.").source).toBeNull();
    expect(meta("Tiêu đề của bài viết này\nTheo Bộ Y tế, dịch đã được khống chế.").source).toBeNull();
    expect(meta("Tiêu đề của bài viết này\nTheo South China Morning Post, hai bên đã ký.").source).toBe("South China Morning Post");
  });

  it("tells an outlet from a person or an office", () => {
    for (const s of ["TTXVN/Vietnam+", "vnexpress.net", "Tuổi Trẻ", "Người Lao Động", "AFP", "Yonhap", "Nature", "Daily Mail", "Tân Hoa Xã"]) expect(looksLikeOutlet(s), s).toBe(true);
    for (const s of ["Dũng", "Simon Kukes", "Mỹ", "EU", "Bộ Y Tế", "TT Bush", "UBND TP", "Naturel", "Sacombank"]) expect(looksLikeOutlet(s), s).toBe(false);
  });

  it("does not take a quoted person or a lower-case phrase for a source", () => {
    expect(meta("Tiêu đề của bài viết này\nTheo TS Trần Thục, lũ sẽ còn lên.").source).toBeNull();
    expect(meta("Tiêu đề của bài viết này\nTheo bài viết, diễn đàn đã khai mạc.").source).toBeNull();
    expect(meta("Tiêu đề của bài viết này\nTheo ông Lê Toàn Thắng, Phó Giám đốc, ...").source).toBeNull();
  });

  it("looks for an agency only in the first two main-text lines", () => {
    expect(meta("Tiêu đề của bài viết này\nCâu một.\nTheo Reuters, hai bên đã ký kết.").source).toBeNull();
  });
});

describe("date", () => {
  it("takes a dateline's date first, at the head or the foot of the text, and says where each date came from", () => {
    const lines = (t: string) => classifyLines(t, patterns);
    expect(findDated("Hà Nội hợp tác với Pháp\nNgày 5/9/2005, hai bên ký kết.\nThứ Hai, 12/3/2007, 10:30 GMT+7", lines("Hà Nội hợp tác với Pháp\nNgày 5/9/2005, hai bên ký kết.\nThứ Hai, 12/3/2007, 10:30 GMT+7"))).toEqual({date: date(2007, 3, 12), dateFrom: "dateline", leadDates: []});
    // A date alone on a line in the middle is a table's cell; a birth date is a profile box's.
    const table = "Tiêu đề của bài viết\nĐoạn một.\nĐoạn hai.\nNgày\n10/3/1906\nVòng\nĐoạn ba.\nĐoạn bốn.\nĐoạn năm.\nĐoạn sáu.\nĐoạn bảy.";
    expect(findDated(table, lines(table)).dateFrom).toBeNull();
    expect(datelineDate("Ngày sinh: 26/05/1977")).toBeNull();
    expect(datelineDate("Sinh ngày 2/11/1949")).toBeNull();
    expect(datelineDate("Ban Thời sự 13/04/2025 10:22")).toEqual(date(2025, 4, 13));
    expect(datelineDate("Ngày 13/6/2025, hai bên ký kết.")).toBeNull();
    expect(datelineDate("Tổng tuyển cử Đức(19/09/2005)")).toBeNull();
  });

  it("takes a dated digest's headline for the day of its news, with no year unless it states one", () => {
    const digest = "Tin vắn ngày 18/11\nRa mắt dịch vụ mới MB tăng lãi suất\nTừ 15/11, MB tăng lãi suất huy động.\nCuối tháng 11, hai bên ký kết hợp tác đến năm 2010.";
    expect(findDated(digest, classifyLines(digest, patterns))).toEqual({date: date(null, 11, 18), dateFrom: "dateline", leadDates: []});
    expect(digestDate("Tin vắn 3/2")).toEqual(date(null, 2, 3));
    expect(digestDate("Điểm tin ngày 5-6-2006")).toEqual(date(2006, 6, 5));
    expect(digestDate("Tin vắn ngày 31/2")).toBeNull();
    expect(digestDate("Tin vắn")).toBeNull();
    expect(digestDate("Tin vắn chuyển nhượng giải Ngoại hạng")).toBeNull();
  });

  it("dates nothing from the body beyond the lead, nor from a target or a history year", () => {
    expect(dateOf("Tiêu đề của bài\nĐoạn đầu.\nĐoạn hai.\nĐoạn ba.\nNgày 5/9/2005, hai bên ký kết.")).toEqual(date(null));
    expect(dateOf("Bộ cho biết, đến năm 2030, hợp tác sẽ tăng.")).toEqual(date(null));
    expect(dateOf("Từ năm 2007, hai bên gặp nhau.")).toEqual(date(null));
  });

  it("takes no dateline from a line that says when and where something happened, nor from a date in brackets after a title", () => {
    expect(datelineDate("Buổi trưa 30/4/1975 tại Dinh Độc Lập")).toBeNull();
    expect(datelineDate("VN - Singapore 0-0 (ngày 28-8-1998)")).toBeNull();
    expect(datelineDate("Thứ Hai, 12/3/2007, 10:30 GMT+7")).toEqual(date(2007, 3, 12));
    expect(datelineDate("Thứ Hai, 12/3/2007, 10:30 sáng")).toEqual(date(2007, 3, 12));
    expect(datelineDate("Hà Nội, ngày 5 tháng 6 năm 2024")).toEqual(date(2024, 6, 5));
  });

  it("never gives a date after the day the corpus is read", () => {
    const t = "Ngày 5/9/2030, hai bên ký kết.";
    expect(findDate(t, classifyLines(t, patterns), new Date("2026-01-01"))).toEqual(date(null));
    expect(isAfter(date(2026, 2), new Date("2026-01-15"))).toBe(true);
    expect(isAfter(date(2026), new Date("2026-01-15"))).toBe(false);
  });

  it("reads full dates with '/', '-' or '.' and 'ngày d tháng m năm yyyy'", () => {
    expect(dateOf("Ban Thời sự 13/04/2025 10:22")).toEqual(date(2025, 4, 13));
    expect(dateOf("Hội chợ diễn ra từ 26 đến 28-10-2006.")).toEqual(date(2006, 10, 28));
    expect(dateOf("Ngày 1.12.2005, hai bên ký kết.")).toEqual(date(2005, 12, 1));
    expect(dateOf("Hà Nội, ngày 5 tháng 6 năm 2024")).toEqual(date(2024, 6, 5));
  });

  it("reads a day range as its first day", () => {
    expect(dateOf("Từ ngày 22-26/4/2024, Bộ trưởng thăm Trung Quốc.")).toEqual(date(2024, 4, 22));
    expect(dateOf("Từ ngày 22 – 26/4 năm 2024, đoàn công tác.")).toEqual(date(2024, 4, 22));
  });

  it("gives a day and month the year stated in the same sentence, and no other", () => {
    expect(dateOf("Hội nghị Việt Nam-Trung Quốc 2025 diễn ra chiều 29/5 tại TP.HCM.")).toEqual(date(2025, 5, 29));
    expect(dateOf("Diễn đàn đã khai mạc chiều 20/11 tại Hà Nội. Năm 2024 là năm bản lề.")).toEqual(date(null, 11, 20));
    expect(dateOf("Sáng 9/6, tại Bình Định, năm 2025 trường hè khai mạc.")).toEqual(date(2025, 6, 9));
    expect(dateOf("Ngày 20 tháng 3, Viện Hóa học cho biết.")).toEqual(date(null, 3, 20));
  });

  it("reads 'tháng m/yyyy' and 'tháng m năm yyyy' as a month", () => {
    expect(dateOf("TP.HCM tổ chức chợ công nghệ vào tháng 10-2006.")).toEqual(date(2006, 10));
    expect(dateOf("Vào tháng 3 năm 2023, hai bên gặp nhau.")).toEqual(date(2023, 3));
  });

  it("falls back to the first 'năm yyyy' when nothing more precise is stated", () => {
    expect(dateOf("Bộ cho biết, năm 2023, hợp tác sôi động. Đến năm 2030 sẽ tăng.")).toEqual(date(2023));
  });

  it("prefers the first expression in reading order over a later, more precise one", () => {
    expect(dateOf("Chiều 12-6, hội thảo diễn ra.\nNgày 13/6/2025, hai bên ký kết.")).toEqual(date(null, 6, 12));
  });

  it("does not read decrees, versions, scores, times, fractions or ids as dates", () => {
    for (const s of [
      "Nghị quyết 57-NQ/TW về khoa học.",
      "Nghị định 15/2018/NĐ-CP quy định.",
      "Công nghiệp 4.0 phát triển.",
      "Đội nhà thắng 2-1 trước đối thủ.",
      "Lúc 10:22 hai bên gặp nhau.",
      "Doanh nghiệp chiếm 1/3 thị phần.",
      "Kế hoạch số 1472/KH-UBND đã ban hành.",
      "Chiếm tới 2/3 dân số.",
    ]) {
      expect(dateOf(s), s).toEqual(date(null));
    }
  });

  it("accepts d-m after a day word or before a year", () => {
    expect(dateOf("Chiều 12-6, Trung tâm tổ chức hội thảo.")).toEqual(date(null, 6, 12));
    expect(dateOf("Hôm 5-9 2024 hai bên gặp nhau.")).toEqual(date(2024, 9, 5));
  });

  it("refuses impossible days and months", () => {
    expect(dateOf("Ngày 31/4/2024 không tồn tại, ngày 30/2 cũng không.")).toEqual(date(null));
    expect(dateOf("Ngày 29/2/2023 hay ngày 29/2/2024?")).toEqual(date(2024, 2, 29));
    expect(dateOf("Ngày 12/13/2024 là sai; năm 2024, hai bên gặp nhau.")).toEqual(date(2024));
  });

  it("reads only the main text, not chrome", () => {
    const text = "Tiêu đề của bài viết này\nHai bên hợp tác.\nBài liên quan\nSáng 9/6/2025, khai mạc trường hè.";
    expect(dateOf(text)).toEqual(date(null));
  });

  it("has an unknown date when the text states none", () => {
    expect(dateOf("Trời rét đậm kéo dài.")).toEqual(date(null));
  });

  it("does not take another thing's date for the event's: a document's, a birth, a date in brackets after a name", () => {
    expect(dateOf("Thu gom chất thải phải có giấy phép\nSở tổ chức tập huấn.\nViệc xử phạt theo Nghị định 26/CP ngày 26/4/1996.")).toEqual(date(null));
    expect(dateOf("Tiêu đề của bài viết này\nTheo Quyết định số 123/QĐ-TTg ngày 5/3/2004, hai bên hợp tác.")).toEqual(date(null));
    expect(dateOf("Học bổng của Nhật Bản\nChương trình dành cho công dân sinh sau ngày 2/4/1971. Hạn nộp hồ sơ tháng 3/2006.")).toEqual(date(2006, 3));
    expect(dateOf("Kỷ niệm 50 năm ký kết hiệp định Geneva\nHôm qua, các nhà nghiên cứu bàn về Hội nghị Geneva (20/7/1954).")).toEqual(date(null));
    expect(dateOf("Tiêu đề của bài viết này\nNgày 5/9/2005, hai bên ký kết (theo Nghị định 10/CP).")).toEqual(date(2005, 9, 5));
  });

  it("does not take an agreement's own date, named with it, for the day of what the lead reports; a signing reported as such keeps its date", () => {
    expect(dateOf("VN sắp ký hiệp định hợp tác kinh tế với Hungary\nThỏa thuận thương mại giữa Hungary và Việt Nam ký kết ngày 13/3/1992 tại Hà Nội sẽ trở nên không cần thiết.")).toEqual(date(null));
    expect(dateOf("Gia hạn hiệp định tín dụng\nHiệp định tín dụng này có hiệu lực từ ngày 29/11/2000 và được gia hạn.")).toEqual(date(null));
    expect(dateOf("Miễn thị thực cho hộ chiếu ngoại giao\nTheo Công ước thi hành Hiệp định Shengen ngày 19/6/1990, thời hạn lưu trú là 3 tháng.")).toEqual(date(null));
    expect(dateOf("Việt Nam và Nhật Bản hợp tác\nNgày 22/6/2005, hai bên ký Hiệp định hợp tác khoa học.")).toEqual(date(2005, 6, 22));
    expect(dateOf("Việt Nam và Nhật Bản hợp tác\nLễ ký Hiệp định hợp tác khoa học diễn ra ngày 22/6/2005 tại Hà Nội.")).toEqual(date(2005, 6, 22));
  });

  it("does not take a deadline, the start or the end of a period ending in another year, or a recalled day for the event's", () => {
    expect(dateOf("Cắt giảm thuế quan\nHạn ngạch phải được dỡ bỏ trước ngày 1/1/2013 theo cam kết.")).toEqual(date(null));
    expect(dateOf("Cán bộ y tế xã được hưởng bảo hiểm\nHọ đã làm việc tại trạm y tế xã từ ngày 1/9/1987 đến 31/12/1994.")).toEqual(date(null));
    expect(dateOf("Mít tinh kỷ niệm ngày thành lập\nCách đây 50 năm, ngày 22/3/1955, Đảng Nhân dân Lào ra đời.")).toEqual(date(null));
    expect(dateOf("Hội chợ công nghệ\nHội chợ diễn ra từ ngày 13/7/2005 đến 17/7/2005 tại Hà Nội.")).toEqual(date(2005, 7, 13));
  });

  it("does not take a forecast's year, nor any year stated in a lead that looks back ('50 năm trước')", () => {
    expect(dateOf("VN có đường sắt đô thị sớm nhất vào năm 2011\nTại hội thảo tổ chức ngày 27/3 tại Hà Nội, hai bên bàn về hợp tác.")).toEqual(date(null, 3, 27));
    expect(dateOf("Vay vốn cải thiện thủy lợi\nDự án hoàn thành vào tháng 12-2011 sẽ giúp tưới tiêu cho 57.000 ha.")).toEqual(date(null));
    expect(dateOf("Những ngày tiếp quản thủ đô 50 năm trước\nCuộc đấu tranh ngoại giao bắt đầu từ 15/9/1954 tại Phủ Lỗ.")).toEqual(date(null));
  });
});

describe("date, the year of a day-month", () => {
  it("takes the latest of the sentence's bare years: '(1996 - 2006), ngày 10/1' is in 2006", () => {
    expect(dateOf("Đánh dấu 10 năm quan hệ y khoa Việt - Pháp (1996 - 2006), ngày 10/1, tại TP.HCM đã ký kết.")).toEqual(date(2006, 1, 10));
  });

  it("does not take a person's birth year for the year of the event", () => {
    expect(dateOf("Công an ngày 30/11 đã bắt Yen Ji Sheng (sinh năm 1937, thương gia) và Đỗ Thảo (1940, giám đốc).")).toEqual(
      date(null, 11, 30),
    );
  });
});

describe("recallsThePast", () => {
  it("is true when every year a sentence names lies more than ten years before the article's latest", () => {
    expect(recallsThePast("Hiệp định Geneva được ký ngày 20/7/1954.", 2004)).toBe(true);
    expect(recallsThePast("Năm 1973, hai bên ký Hiệp định Paris.", 2004)).toBe(true);
  });
  it("is false for a recent year, a span that lasts to now, a sentence with no year, or an article with none", () => {
    expect(recallsThePast("Năm 1998, hai bên ký hiệp định; năm 2004 gia hạn.", 2004)).toBe(false);
    expect(recallsThePast("Từ năm 1990, hai bên hợp tác nghiên cứu.", 2004)).toBe(false);
    expect(recallsThePast("Hai bên ký hiệp định.", 2004)).toBe(false);
    expect(recallsThePast("Năm 1954, hai bên ký hiệp định.", null)).toBe(false);
  });
});
