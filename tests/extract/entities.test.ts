// The specification of loaders/extract/entities.ts: which names in a sentence are countries,
// organisations and provinces, and which only look like one. Each rule has its case and its
// counterpart (the true mention the rule must leave alone).
import {describe, expect, it} from "vitest";
import {createExtractor} from "../../loaders/extract/corpus.js";
import {contextBefore, findEntities} from "../../loaders/extract/entities.js";
import {prepare} from "../../loaders/extract/trie.js";

const {matchers} = createExtractor();

/** "surface:CODE" for each mention of a one-paragraph text, in order (Vietnam itself left out: it is never a partner). */
function mentions(text: string): string[] {
  const p = prepare(text);
  return findEntities(p, 0, text.length, matchers)
    .filter((e) => e.target.code !== "VN")
    .map((e) => `${text.slice(e.start, e.end)}:${e.target.code}`);
}

describe("matching a name", () => {
  it("finds countries, places, organisations and provinces, each with its code", () => {
    expect(mentions("Đoàn Hà Nội sang Thượng Hải gặp Toshiba và UNESCO.")).toEqual(["Hà Nội:VN-HN", "Thượng Hải:CN", "Toshiba:JP", "UNESCO:UNESCO"]);
  });
  it("reads a body's name holding another's, with its own acronym after it, as that body alone", () => {
    expect(mentions("Chương trình Phát triển của Liên Hiệp Quốc (UNDP) tài trợ.")).toEqual(["UNDP:UNDP"]);
    expect(mentions("Liên hợp quốc và UNDP tài trợ.")).toEqual(["Liên hợp quốc:UN", "UNDP:UNDP"]);
  });
  it("prefers a province to a country for a shared alias: Thái Bình is not Thailand", () => {
    expect(mentions("Thái Bình hợp tác với Thái Lan.")).toEqual(["Thái Bình:VN-20", "Thái Lan:TH"]);
  });
});

describe("context blockers: the word before a name", () => {
  it("a currency or a language is not the country", () => {
    expect(mentions("Giá 5 đô la Mỹ, học tiếng Nhật.")).toEqual([]);
  });
  it("compares tones: 'bang Texas' is a state, not 'bảng Anh', the pound", () => {
    expect(mentions("Họ sống ở bang Texas và bang California.")).toEqual(["Texas:US", "California:US"]);
    expect(mentions("Giá 3 bảng Anh.")).toEqual([]);
    expect(contextBefore("tiền bảng Anh", 10, matchers)).toBe("currency");
    expect(contextBefore("về bang Texas", 8, matchers)).toBeNull();
  });
  it("a sea, a strait, a gulf or a river named after a country is not the country", () => {
    expect(mentions("Tàu vào biển Nhật Bản, qua eo biển Anh, vịnh Thái Lan và sông Jordan.")).toEqual([]);
  });
  it("but a coast, waters or a beach of a country are in it", () => {
    expect(mentions("Bão đổ bộ bờ biển Mỹ, tàu ở vùng biển Somalia.")).toEqual(["Mỹ:US", "Somalia:SO"]);
  });
  it("a disease, a food or a sport named after a country is not the country", () => {
    expect(mentions("Virus cúm Tây Ban Nha, món đậu Hà Lan và môn quyền Anh.")).toEqual([]);
  });
  it("an agreement or a negotiating round named after the city where it was made is not the city's country", () => {
    expect(mentions("Việt Nam phê chuẩn Nghị định thư Kyoto, gia nhập Công ước Berne và theo dõi vòng đàm phán Doha.")).toEqual([]);
    expect(mentions("Hiệp định Paris được ký năm 1973.")).toEqual([]);
  });
  it("but an agreement named after its parties names them, and a city where one is signed is a place", () => {
    expect(mentions("Hiệp định Mỹ - Việt được ký tại Paris.")).toEqual(["Mỹ - Việt:US", "Paris:FR"]);
  });
  it("a clock's time zone names no place, not even a province; 'bây giờ' (now) is no time zone", () => {
    expect(mentions("Tên lửa được bắn lúc 6h giờ Hà Nội, tức 23h giờ Việt Nam hôm trước.")).toEqual([]);
    expect(mentions("Bây giờ Hà Nội đã khác.")).toEqual(["Hà Nội:VN-HN"]);
  });
  it("but 'chính quyền Anh' is the British government: the longer phrase decides", () => {
    expect(mentions("Chính quyền Anh và nhà cầm quyền Mỹ phản đối.")).toEqual(["Anh:GB", "Mỹ:US"]);
  });
  it("a language list carries on through its items", () => {
    expect(mentions("Anh ấy nói nhiều thứ tiếng như Anh, Pháp, Tây Ban Nha và Nga.")).toEqual([]);
    expect(mentions("Sách có bản tiếng Anh, Pháp và Đức.")).toEqual([]);
  });
  it("but a list after anything else is a list of countries", () => {
    expect(mentions("Các nước như Anh, Pháp và Đức tham gia.")).toEqual(["Anh:GB", "Pháp:FR", "Đức:DE"]);
    expect(mentions("Dạy tiếng Anh rồi sang Đức học.")).toEqual(["Đức:DE"]);
  });
});

describe("one-syllable country names inside Vietnamese names", () => {
  it("followed by a Vietnamese syllable, it begins a name: 'Đức Trí', 'Anh Tuấn', 'Mỹ Duyên'", () => {
    expect(mentions("Nhạc sĩ Đức Trí, ca sĩ Anh Tuấn và diễn viên Mỹ Duyên.")).toEqual([]);
    expect(mentions("Đức Trí viết nhạc cho Mỹ Linh.")).toEqual([]);
  });
  it("a place or a product too: 'huyện Anh Sơn', 'lãnh Mỹ A'", () => {
    expect(mentions("Lũ ở huyện Anh Sơn. Áo dài trên nền lãnh Mỹ A.")).toEqual([]);
  });
  it("both syllables of 'Đức Anh' are a person's name", () => {
    expect(mentions("Tiền đạo Đức Anh ghi bàn. Đức Anh ghi bàn.")).toEqual([]);
  });
  it("after a capitalised syllable or an initial, it ends a name: 'Minh Đức', 'Q. Anh'", () => {
    expect(mentions("Theo Minh Đức và Q. Anh, dự án chậm.")).toEqual([]);
  });
  it("'Quốc', 'Việt' and 'Mở rộng' after it keep the country", () => {
    expect(mentions("Đức Quốc xã, Hội hữu nghị Anh Việt, vòng 4 Pháp Mở rộng.")).toEqual(["Đức:DE", "Anh:GB", "Pháp:FR"]);
  });
  it("a foreign name or an initial of one after it keeps the country: 'Thủ tướng Anh Tony Blair'", () => {
    expect(mentions("Thủ tướng Anh Tony Blair gặp Tổng thống Nga V. Putin.")).toEqual(["Anh:GB", "Nga:RU"]);
  });
  it("a letter that ends the sentence is not an initial: 'lãnh Mỹ A.'", () => {
    expect(mentions("Bộ sưu tập trên nền lãnh Mỹ A.")).toEqual([]);
  });
  it("in capitals, capitals tell nothing", () => {
    expect(mentions("Hàng hóa sang MỸ TĂNG mạnh.")).toEqual([]);
  });
});

describe("a given name used alone", () => {
  it("is the person the article names in full when it opens a clause", () => {
    expect(mentions("Trương Văn Anh là kỹ sư. Là kỹ sư nông nghiệp, Anh tham gia dự án.")).toEqual([]);
  });
  it("or after a title: 'Tiến sĩ Đức cho biết'", () => {
    expect(mentions("Tiến sĩ Trần Văn Đức làm việc ở viện. Tiến sĩ Đức cho biết như vậy.")).toEqual([]);
  });
  it("but the country in a list, a pairing, or after another word", () => {
    const text = "Nguyễn Thị Nga là phóng viên. Nhật, Nga và Mỹ họp. Quan hệ Nga - Nhật tốt. Hàng sang Nga tăng.";
    expect(mentions(text).filter((m) => m.endsWith("RU"))).toEqual(["Nga:RU", "Nga:RU", "Nga:RU"]);
  });
  it("and only when the article names such a person", () => {
    expect(mentions("Hôm qua, Đức ký hiệp định với Pháp.")).toEqual(["Đức:DE", "Pháp:FR"]);
  });
  it("'(Mỹ)' after a name or a place is a nationality", () => {
    expect(mentions("Nguyễn Văn Mỹ có mặt. Tòa án ở New York (Mỹ) xử.")).toEqual(["New York:US", "Mỹ:US"]);
  });
});

describe("the pronoun Anh", () => {
  it("opening a sentence, a quotation, a verse line or an aside", () => {
    expect(mentions("Anh cho biết sẽ về sớm.")).toEqual([]);
    expect(mentions("Cô kể: “Anh cần gặp em gấp”.")).toEqual([]);
    expect(mentions("Tưởng cùng em vui thú/ Anh sắp đi xa/ Em đứng đó.")).toEqual([]);
    expect(mentions("Biết từ chối (Anh không muốn đi ăn tối ở nhà họ).")).toEqual([]);
    expect(mentions("Tôi rất buồn (Anh Tuấn, 30 tuổi, Hà Nội).").filter((x) => x.startsWith("Anh"))).toEqual([]);
    expect(mentions("Có gì vui không? (Anh V., 25 tuổi)")).toEqual([]);
    expect(mentions("- Anh và bạn bè vừa tung lên các diễn đàn một dự án mới."), "'và' before a word that is no name").toEqual([]);
  });
  it("inside a quotation or a song's title, with 'em' beside it", () => {
    expect(mentions("Tấm biển có hàng chữ “Em yêu Anh” rất to.")).toEqual([]);
    expect(mentions("Tôi sáng tác ca khúc Anh không muốn bất công với em.")).toEqual([]);
  });
  it("but England in a quotation without 'em', and at the head of a list or a pairing", () => {
    expect(mentions("“Nghiên cứu cho thấy Anh có nhiều tài nguyên”, ông nói.")).toEqual(["Anh:GB"]);
    expect(mentions("Anh, Pháp và Đức ký kết. Anh và Mỹ hợp tác.")).toEqual(["Anh:GB", "Pháp:FR", "Đức:DE", "Anh:GB", "Mỹ:US"]);
  });
});

describe("languages in pairs", () => {
  it("after 'từ điển' or 'phụ đề', a pair names two languages", () => {
    expect(mentions("Bộ từ điển Anh - Việt, Việt-Pháp và Anh-Anh.")).toEqual([]);
    expect(mentions("Phim chiếu bản gốc, phụ đề Việt - Anh.")).toEqual([]);
  });
  it("but a pair elsewhere is a pairing of countries", () => {
    expect(mentions("Diễn đàn doanh nghiệp Việt - Anh khai mạc.")).toEqual(["Việt - Anh:GB"]);
  });
});

describe("a city that is a given name", () => {
  it("followed by a foreign surname, it is a person: 'Paris Hilton', 'Milan Baros'", () => {
    expect(mentions("Paris Hilton đến dự. Tiền đạo Milan Baros ghi bàn.")).toEqual([]);
  });
  it("but a place's or a body's name after it keeps the city", () => {
    expect(mentions("Đội Paris Saint-Germain thắng. Nhà hát Sydney Opera sáng đèn. Hội chợ ở Paris.")).toEqual(["Paris:FR", "Sydney:AU", "Paris:FR"]);
  });
});

describe("sub-national places that share a country's name", () => {
  it("'bang New Mexico' is in the United States, 'bang Georgia' is not the country Georgia", () => {
    expect(mentions("Họ sang bang New Mexico rồi bang Georgia.")).toEqual(["New Mexico:US"]);
  });
  it("Gruzia is the country Georgia", () => {
    expect(mentions("Tổng thống Gruzia thăm Nga.")).toEqual(["Gruzia:GE", "Nga:RU"]);
  });
});

describe("firms and sources", () => {
  it("a firm abroad locates its country", () => {
    expect(mentions("Hãng Motorola, Acer và Ngân hàng Deutsche Bank.")).toEqual(["Motorola:US", "Acer:TW", "Deutsche Bank:DE"]);
  });
  it("a firm's name followed by 'Việt Nam', 'VN' or 'Vina' is its Vietnamese subsidiary", () => {
    expect(mentions("Công ty Unilever Việt Nam, Prudential VN và Samsung Vina.")).toEqual([]);
    expect(mentions("Tập đoàn Unilever của Anh mua lại.")).toEqual(["Unilever:GB", "Anh:GB"]);
  });
  it("a source in brackets at the end of a paragraph is a credit, not a mention", () => {
    expect(mentions("Dịch cúm lan rộng. (Theo Xinhuanet)")).toEqual([]);
    expect(mentions("Dịch cúm lan rộng ở châu Âu. (Bloomberg, AFP)")).toEqual([]);
  });
  it("but a bracket in the middle of a sentence names the country", () => {
    expect(mentions("Số liệu (theo Cục Thống kê Mỹ) cho thấy hàng tăng.")).toEqual(["Mỹ:US"]);
  });
});

describe("people's names", () => {
  it("a given name inside a person's name is not a country", () => {
    expect(mentions("Theo ông Đặng Đức Thành, hai bên cần hợp tác.")).toEqual([]);
  });
  it("a nationality after a title stays: 'các nhà khoa học Mỹ', 'đạo diễn Nhật Bản Kenji Mizoguchi'", () => {
    expect(mentions("Các nhà khoa học Mỹ và đạo diễn Nhật Bản Kenji Mizoguchi.")).toEqual(["Mỹ:US", "Nhật Bản:JP"]);
  });
});
