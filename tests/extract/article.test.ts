// One article from text to relevance class: short articles of each kind (tests/fixtures/mixed/).
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {extractArticle, isAdvertisement} from "../../loaders/extract/article.js";
import {classifyLines, readChromePatterns} from "../../loaders/extract/chrome.js";
import {createExtractor} from "../../loaders/extract/corpus.js";
import {readArticleFile} from "../../loaders/read/articleFiles.js";

const x = createExtractor();
const DIR = join(import.meta.dirname, "..", "fixtures", "mixed");
const read = (file: string) => {
  const r = readArticleFile(join(DIR, file), DIR);
  if (!r.ok) throw new Error(r.warning.message);
  return extractArticle(r.article, x);
};
const text = (t: string) => extractArticle({id: "t", file: "t.txt", text: t, frontMatter: {}, bytes: t.length}, x);
const pairsOf = (a: ReturnType<typeof read>) => [...new Set(a.pairs.map((p) => `${p.vn}-${p.partner}${p.st ? "*" : ""}`))];

describe("relevance classes of real-looking articles", () => {
  it("S&T cooperation: a province signs a technology transfer with a Korean institute", () => {
    const a = read("st-haiphong-korea.txt");
    expect(a.relevance).toBe("st_cooperation");
    expect(pairsOf(a)).toEqual(["VN-HP-KR*"]);
    expect(a.pairs[0].st).toMatchObject({kind: "field", code: "tech_transfer", surface: "chuyển giao công nghệ"});
  });
  it("S&T cooperation: a university exchange with scholarships, the pair's fields from its sentence", () => {
    const a = read("scholarship-japan.md");
    expect(a.relevance).toBe("st_cooperation");
    expect(pairsOf(a)).toContain("VN-DN-JP*");
    expect(a.pairs[0].fields).toEqual(expect.arrayContaining(["digital", "training"]));
  });
  it("cooperation, not S&T: a trade agreement", () => {
    const a = read("trade-china.txt");
    expect(a.relevance).toBe("cooperation");
    expect(a.pairs.every((p) => p.st === null)).toBe(true);
  });
  it("a mention: a football match is not cooperation", () => {
    expect(read("football-thailand.txt").relevance).toBe("mention");
  });
  it("a mention: two foreign governments' talks, in an article that never names Vietnam", () => {
    expect(read("world-russia.txt").relevance).toBe("mention");
  });
  it("none: an article that names no partner and no province", () => {
    expect(read("none-weather.txt").relevance).toBe("none");
  });
});

describe("what is not a pair", () => {
  it("a cue inside a body's name", () => {
    expect(text("Ông Komori, Phó trưởng đại diện Cơ quan Hợp tác quốc tế Nhật Bản tại Hà Nội, nói.").pairs).toEqual([]);
  });
  it("a country named as a player's nationality", () => {
    expect(text("Câu lạc bộ Cần Thơ ký hợp đồng với tiền đạo người Brazil.").pairs).toEqual([]);
  });
  it("what a product does ('phần mềm hỗ trợ đa ngôn ngữ')", () => {
    expect(text("Phần mềm của Công ty VIAMI ở Hà Nội được Sony (Nhật Bản) dùng, vì đây là phần mềm hỗ trợ đa ngôn ngữ.").pairs).toEqual([]);
    expect(text("Nhật Bản hỗ trợ Việt Nam phát triển phần mềm.").pairs.map((p) => p.partner), "a country that supports").toEqual(["JP"]);
  });
  it("a cooperation proposed and refused, or a foreign body's recommendation", () => {
    expect(text("Việt Nam cũng từng đề nghị phía Mỹ hợp tác nghiên cứu khoa học nhưng chưa hề được chấp nhận.").pairs).toEqual([]);
    expect(text("Hà Nội phối hợp trùng tu khu phố cổ theo khuyến nghị của UNESCO.").pairs).toEqual([]);
  });
  it("a foreign national university is foreign: 'Đại học Quốc gia Singapore'", () => {
    expect(text("Sun Microsystems hợp tác với Đại học Quốc gia Singapore.").pairs).toEqual([]);
    expect(text("Sun Microsystems hợp tác với Đại học Quốc gia Hà Nội.").pairs.map((p) => `${p.vn}-${p.partner}`)).toEqual(["VN-HN-US"]);
  });
  it("a firm's name that names the venue", () => {
    expect(text("Trường Đại học Hà Nội phối hợp tổ chức lễ trao học bổng tại Khách sạn Daewoo, Hà Nội.").pairs.map((p) => p.partner)).not.toContain("KR");
  });
  it("a sales promotion run with a foreign firm", () => {
    expect(text("Công ty FPT Mobile tại Hà Nội phối hợp với Samsung tổ chức chương trình khuyến mãi điện thoại di động.").pairs).toEqual([]);
  });
  it("cooperation between two foreign countries, in a paragraph that named a province before", () => {
    const a = text("Giám đốc Công ty cơ khí Tây Ninh chia sẻ quan điểm. Trung Quốc, sau thời gian liên doanh với các hãng lớn của Nhật, đã nắm bắt được công nghệ.");
    expect(a.pairs).toEqual([]);
    expect(text("Tỉnh Tây Ninh chia sẻ kinh nghiệm. Tỉnh đã ký kết hợp tác với Nhật Bản và Trung Quốc.").pairs.map((p) => `${p.vn}-${p.partner}`)).toEqual(["VN-37-JP", "VN-37-CN"]);
  });
  it("a province named after two foreign countries' cooperation is where they act, unless it is the counterpart the cue names first", () => {
    expect(text("Hãng UTStarcom (Mỹ) vừa phối hợp với Mitsubishi (Nhật Bản) giới thiệu cột thu phát sóng cho mạng Cityphone tại Hà Nội.").pairs).toEqual([]);
    const sides = (t: string) => text(t).pairs.map((p) => `${p.vn}-${p.partner}`);
    expect(sides("Hutchison (Luxembourg) hợp tác với Công ty Viễn thông Hà Nội triển khai mạng 092, Siemens (Đức) xin tham gia dự án.")).toContain("VN-HN-LU");
  });
  it("a cooperation said not to happen: a cue right after a negation", () => {
    expect(text("Giữa Việt Nam và Nhật Bản chưa có một hiệp định song phương nào về bản quyền.").pairs).toEqual([]);
    expect(text("Quy định hiện nay khiến các doanh nghiệp Mỹ không thể chuyển giao công nghệ cho Việt Nam.").pairs).toEqual([]);
    expect(text("Song Ngọc ở TP HCM vẫn chưa ký kết một hợp đồng nào với khách hàng Mỹ.").pairs).toEqual([]);
  });
  it("but not 'không chỉ' (not only), an interest-free loan that supports, or an airline", () => {
    const partners = (t: string) => text(t).pairs.map((p) => p.partner);
    expect(partners("Việt Nam không chỉ hợp tác với Nhật Bản về đào tạo.")).toEqual(["JP"]);
    expect(partners("Ngân hàng Thế giới thông qua khoản tín dụng không lãi suất để hỗ trợ Việt Nam phát triển lưới điện.")).toEqual(["WORLD_BANK"]);
    expect(partners("Hãng hàng không Việt Nam đã thỏa thuận với Boeing (Mỹ) về đào tạo phi công.")).toContain("US");
  });
  it("an award or a patent a foreign body grants, said with a weak cue", () => {
    expect(text("Hai giảng viên của Trung tâm đào tạo lập trình viên Hà Nội vừa được Aptech (Ấn Độ) trao tặng danh hiệu Giảng viên xuất sắc.").pairs).toEqual([]);
    expect(text("Máy chữa cháy đã được Việt Nam và Cơ quan Phát minh Sáng chế Hoa Kỳ đồng ý cấp Bằng độc quyền sáng chế, được Bộ Khoa học Công nghệ hỗ trợ 30% kinh phí.").pairs).toEqual([]);
  });
});

describe("dates", () => {
  it("takes the dateline's date", () => {
    expect(read("st-haiphong-korea.txt")).toMatchObject({date: {year: 2006, month: 3, day: 14}, dateFrom: "dateline"});
  });
  it("takes the front matter's date", () => {
    expect(read("scholarship-japan.md")).toMatchObject({date: {year: 2005, month: 6, day: 2}, dateFrom: "metadata"});
  });
  it("takes the lead's date for the cooperation it reports", () => {
    expect(read("trade-china.txt")).toMatchObject({date: {year: 2005, month: 9, day: 5}, dateFrom: "lead"});
  });
  it("gives no date from the lead of an article that reports no cooperation", () => {
    expect(text("Ngày 5/9/2005, trời rét đậm ở Hà Nội.\nNgười dân giữ ấm.")).toMatchObject({date: {year: null, month: null, day: null}, dateFrom: null});
  });
  it("takes a lead's date only where the lead speaks of cooperation, and not a past event it recalls", () => {
    expect(text("Sài Gòn ngày 30/4/1975 trong mắt một phóng viên\nBộ Ngoại giao Việt Nam ký kết hợp tác với Anh.").date.year, "a headline's date, no cooperation on its line").toBeNull();
    const recalled = text("Hiệp định với châu Âu\nVào 15/12/1992, Uỷ ban châu Âu và Việt Nam đã ký tắt Hiệp định buôn bán hàng dệt may. Năm 2005, hạn ngạch tăng.");
    expect(recalled.pairs, "1992 is more than ten years before 2005, which the article names: history, not cooperation it reports").toEqual([]);
    expect(recalled.date, "and so nothing to date").toEqual({year: null, month: null, day: null});
    const recent = text("Hiệp định với châu Âu\nVào 15/12/1998, Uỷ ban châu Âu và Việt Nam đã ký tắt Hiệp định buôn bán hàng dệt may. Năm 2005, hạn ngạch tăng.");
    expect(recent.date).toEqual({year: 1998, month: 12, day: 15});
  });
  it("never dates an article after the day the corpus is read", () => {
    const a = extractArticle({id: "t", file: "t.txt", text: "Ngày 5/9/2030, Bộ KH&CN Việt Nam ký kết hợp tác với Nhật Bản.", frontMatter: {}, bytes: 10}, {...x, today: new Date("2026-01-01")});
    expect(a.date.year).toBeNull();
  });
});

describe("what makes cooperation S&T, and what does not", () => {
  it("a word that studies a text, a market or a policy is not research", () => {
    expect(text("Việt Nam đã ký kết hiệp định hàng không với Pháp sau khi nghiên cứu dự thảo.").relevance, "a draft studied").toBe("cooperation");
    expect(text("Việt Nam đã ký kết hiệp định hàng không với Pháp sau khi nghiên cứu văn bản.").relevance, "research, as far as a word list can tell").toBe("st_cooperation");
    const a = text("Việt Nam đã ký kết hiệp định hàng không với Pháp sau khi nghiên cứu kỹ dự thảo.");
    expect(a.pairs.map((p) => `${p.vn}-${p.partner}`)).toEqual(["VN-FR"]);
    expect(a.relevance).toBe("cooperation");
  });
  it("a matter being studied or considered is not research either", () => {
    expect(text("Việt Nam đã gửi Lào dự thảo hiệp định hợp tác để bạn nghiên cứu, tìm hiểu.").relevance).toBe("cooperation");
    expect(text("Việt Nam và Singapore hợp tác kết nối hai thị trường chứng khoán, mô hình này còn đang được nghiên cứu.").relevance).toBe("cooperation");
    expect(text("Việt Nam và Thái Lan đang hợp tác nghiên cứu dự án đường ống dẫn khí.").relevance, "studying a project together is").toBe("st_cooperation");
  });
  it("a sector named in a loan is a market, not a science", () => {
    const a = text("Ngân hàng Phát triển châu Á (ADB) đã ký với Việt Nam hai khoản tín dụng trị giá 110 triệu USD để tăng cường chất lượng y tế ở miền Trung.");
    expect(a.pairs.map((p) => `${p.vn}-${p.partner}`)).toContain("VN-ADB");
    expect(a.relevance).toBe("cooperation");
  });
  it("a loan for a technology project, or with technical assistance said beside it, is S&T", () => {
    const own = text("Ngân hàng Thế giới đã ký với Ngân hàng Nhà nước Việt Nam khoản tín dụng 105 triệu USD cho dự án Hiện đại hóa ngân hàng và hệ thống thanh toán.");
    expect(own.pairs.find((p) => p.partner === "WORLD_BANK")?.st).toMatchObject({kind: "field", code: "digital"});
    const near = text("Ngân hàng Thế giới đã ký với Việt Nam khoản tín dụng 39 triệu USD cho dự án phát triển lâm nghiệp. Dự án cũng huy động hỗ trợ kỹ thuật để bảo tồn đa dạng sinh học.");
    expect(near.relevance).toBe("st_cooperation");
  });
  it("a phrase that is not S&T hides a field's cue in the paragraph too: 'bài học sâu sắc' is no deep learning", () => {
    const a = text("Việt Nam hợp tác với Nga khai thác dầu. Chính phủ cần rút ra bài học sâu sắc.");
    expect(a.pairs.map((p) => p.partner)).toContain("RU");
    expect(a.pairs.every((p) => p.st === null)).toBe(true);
    // An e-mail is no electronics, a satellite factory (a supplier) no space technology.
    for (const t of ["Doanh nghiệp Việt Nam trao đổi bằng thư điện tử rồi ký hợp đồng với đối tác Mỹ.", "Tỉnh Bắc Ninh hỗ trợ Canon (Nhật Bản) và các nhà máy vệ tinh cùng sản xuất."]) {
      expect(text(t).pairs.length, t).toBeGreaterThan(0);
      expect(text(t).pairs.every((p) => p.st === null), t).toBe(true);
    }
  });
  it("a sector or an S&T word that says what kind of firm a partner is says nothing of the cooperation", () => {
    expect(text("Chủ một trạm xăng ở TP HCM đã ký hợp đồng 10 năm với Tập đoàn dầu khí BP (Anh).").relevance).toBe("cooperation");
    expect(text("Đà Nẵng vừa đón đoàn của tập đoàn công nghệ Autodesk (Mỹ) sang thăm và tặng quà.").relevance).toBe("cooperation");
  });
  it("nor does what a firm is said to specialise in, after its name; what the cooperation builds still counts", () => {
    expect(text("Công ty Cargill VN chuyên về lĩnh vực nông nghiệp và thực phẩm của Mỹ đã hỗ trợ xây trường học cho tỉnh Đồng Nai.").relevance).toBe("cooperation");
    expect(text("Với sự hỗ trợ của Intel (Mỹ), Elead sẽ lắp đặt phòng lab đầu tiên tại Việt Nam chuyên nghiên cứu về PC.").relevance).toBe("st_cooperation");
  });
  it("an oil or gas production contract or a pipeline is an investment, not energy science", () => {
    expect(text("Hợp đồng dầu khí các lô 01/97 và 02/97 được ký kết giữa Petrovietnam và Công ty Petronas (Malaysia).").relevance).toBe("cooperation");
    expect(text("Việt Nam và Thái Lan hợp tác xây dựng đường ống dẫn khí đốt dài 460 km.").relevance).toBe("cooperation");
    expect(text("Petrovietnam cho biết liên doanh với Nga duy trì sản lượng dầu khí 13 triệu tấn mỗi năm.").relevance, "oil and gas named at all").toBe("cooperation");
    expect(text("Việt Nam và Nga hợp tác nghiên cứu công nghệ khai thác dầu khí.").relevance, "unless it says research or technology").toBe("st_cooperation");
  });
  it("an investment promotion is a market, and 'một nước nông nghiệp' describes a country", () => {
    expect(text("Tại Tokyo sẽ diễn ra hội nghị với hàng trăm doanh nghiệp điện tử Nhật Bản nhằm kêu gọi đầu tư vào Việt Nam.").relevance).toBe("cooperation");
    expect(text("Việt Nam đàm phán với Mỹ, vì với một nước nông nghiệp như Việt Nam thì khó khăn lớn.").relevance).toBe("cooperation");
  });
  it("technical issues, supplies or faults are not technology", () => {
    expect(text("Cục Hàng không Việt Nam phối hợp với Bộ Ngoại giao làm việc với Pháp về các vấn đề kỹ thuật của hiệp định.").relevance).toBe("cooperation");
    expect(text("Việt Nam hợp tác với Nhật Bản cung cấp vật tư kỹ thuật cho ngành gốm sứ.").relevance).toBe("cooperation");
  });
  it("a sector inside an organisation's name is not what the cooperation is about", () => {
    const a = text("Ngày 4/2, ADB đã tài trợ 50.000 USD cho Bộ Nông nghiệp và Tổ chức y tế thế giới (WHO) tại Việt Nam để mua quần áo bảo hộ.");
    expect(a.pairs.length).toBeGreaterThan(0);
    expect(a.relevance).toBe("cooperation");
  });
  it("nuclear disarmament, health insurance, a translation office or a painting's conservation is not S&T", () => {
    expect(text("Việt Nam ủng hộ phi hạt nhân bán đảo Triều Tiên và hợp tác với Hàn Quốc.").relevance).toBe("cooperation");
    expect(text("Công ty Pacific International (Hong Kong) hợp tác với Bảo Việt triển khai dịch vụ bảo hiểm y tế.").relevance).toBe("cooperation");
    expect(text("Dự án đào tạo giữa Văn phòng dịch của Uỷ ban châu Âu với Bộ Ngoại giao Việt Nam.").relevance).toBe("cooperation");
    expect(text("Quỹ của Đại sứ quán Mỹ tài trợ Bảo tàng Mỹ thuật Việt Nam dự án bảo tồn tranh.").relevance).toBe("cooperation");
    expect(text("WWF tài trợ cho Việt Nam công tác bảo tồn đa dạng sinh học.").relevance, "nature's conservation is").toBe("st_cooperation");
  });
  it("a standard met, experts sent or skilled workers are not S&T by themselves", () => {
    expect(text("Công ty phát hành sách TP HCM hợp tác với một nhà xuất bản của Anh in sách đạt tiêu chuẩn quốc tế.").relevance).toBe("cooperation");
    expect(text("Bộ Tài chính Việt Nam mời một công ty Singapore cử chuyên gia hỗ trợ xây dựng phương án tái cấu trúc.").relevance).toBe("cooperation");
    expect(text("Việt Nam hợp tác với Hàn Quốc đưa lao động kỹ thuật cao sang làm việc.").relevance).toBe("cooperation");
    expect(text("Việt Nam hợp tác với Nhật Bản về tiêu chuẩn đo lường chất lượng.").relevance, "standards and metrology are").toBe("st_cooperation");
  });
  it("electronics are an industry: electronic goods are not S&T, research on them is", () => {
    expect(text("Việt Nam và Indonesia ký thỏa thuận hợp tác. Hai nước có thế mạnh về hàng điện tử và đồ gỗ.").relevance, "named beside the pair").toBe("cooperation");
    expect(text("Việt Nam và Hàn Quốc hợp tác nghiên cứu linh kiện điện tử.").relevance).toBe("st_cooperation");
  });
  it("a sector that names a joint venture says nothing of the cooperation", () => {
    expect(text("Petrovietnam cho biết Liên doanh dầu khí Việt - Nga (Vietsovpetro) hợp tác với Nga duy trì sản lượng.").relevance).toBe("cooperation");
  });
  it("UNESCO spelled out in any order of its words is one body, and its 'Khoa học' is its name", () => {
    const a = text("Bộ Giáo dục và Đào tạo phối hợp với Tổ chức Văn hóa Khoa học Giáo dục Liên hợp quốc (UNESCO) phát động Tuần lễ giáo dục cho mọi người tại Việt Nam.");
    expect(a.pairs.map((p) => p.partner)).toEqual(["UNESCO"]);
    expect(a.relevance).toBe("cooperation");
  });
  it("in an article headed by WTO accession, agriculture or intellectual property is a chapter of the talks, a technology field still S&T", () => {
    const talks = "Hàn Quốc sắp ký tắt thoả thuận VN gia nhập WTO\n\nViệt Nam và Hàn Quốc đàm phán về nông nghiệp và sở hữu trí tuệ.";
    expect(text(talks).pairs.map((p) => p.partner)).toContain("KR");
    expect(text(talks).relevance).toBe("cooperation");
    expect(text("Bưu chính viễn thông dọn đường vào WTO\n\nViệt Nam hợp tác với Mỹ phát triển mạng viễn thông.").relevance).toBe("st_cooperation");
    expect(text("Hàn Quốc và Việt Nam hợp tác\n\nViệt Nam và Hàn Quốc đàm phán về nông nghiệp và sở hữu trí tuệ.").relevance, "elsewhere they are S&T").toBe("st_cooperation");
  });
  it("working with someone to hold an event is holding it together, even in study-abroad marketing", () => {
    const joint = text("Công ty du học Á - Âu phối hợp cùng trường đại học San Diego State (Mỹ) tổ chức hội thảo du học tại TP HCM.");
    expect(joint.pairs.map((p) => `${p.vn}-${p.partner}`)).toEqual(["VN-SG-US"]);
    expect(joint.relevance).toBe("st_cooperation");
    expect(text("Công ty du học Á - Âu phối hợp cùng trường đại học San Diego State (Mỹ) giới thiệu chương trình du học tại TP HCM.").relevance, "no event held: marketing").toBe("mention");
  });
  it("a medical specialty or technique is medical science", () => {
    const a = text("Sáng 9/11, Bệnh viện Chợ Rẫy (TP.HCM) phối hợp với các bác sĩ Pháp tổ chức hội thảo về phẫu thuật nội soi.");
    expect(a.relevance).toBe("st_cooperation");
    expect(a.pairs.find((p) => p.partner === "FR")?.st).toMatchObject({kind: "word", code: "medicine"});
  });
  it("S&T may be named in another sentence of the pair's paragraph, not in another paragraph", () => {
    const same = text("Việt Nam và Mỹ ký thỏa thuận hợp tác. Trọng tâm là phần mềm nguồn mở.");
    expect(same.relevance).toBe("st_cooperation");
    expect(same.pairs[0].st).toMatchObject({kind: "field", code: "digital", sentence: 1});
    expect(text("Việt Nam và Mỹ ký thỏa thuận hợp tác.\nTrọng tâm là phần mềm nguồn mở.").relevance).toBe("cooperation");
  });
});

describe("isAdvertisement", () => {
  const ad = (t: string) => isAdvertisement(t, classifyLines(t, readChromePatterns()));
  it("is an advertisement when the main text gives contact details twice or more", () => {
    expect(ad("Học bổng du học Mỹ.\nLiên hệ: Công ty Du học ABC, ĐT: 08 832 8416, Email: info@abc.vn")).toBe(true);
  });
  it("is not one with a single contact or none", () => {
    expect(ad("Hai bên ký kết hợp tác.\nWebsite: www.most.gov.vn")).toBe(false);
    expect(ad("Hai bên ký kết hợp tác nghiên cứu.")).toBe(false);
  });
});
