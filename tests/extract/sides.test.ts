// Who takes part: foreign bodies, nationalities, seats of Vietnamese missions, hosts of foreign offices.
import {describe, expect, it} from "vitest";
import type {EntityMatch} from "../../loaders/extract/entities.js";
import {hostsForeignOffice, isExample, isPersonsHome, isForeignBody, isLevelOfStudy, isNotAParty, isVietnamAsPlace, isVietnameseSeat, looksVietnamese, nameEnd, namesAThing} from "../../loaders/extract/sides.js";

const surnames = new Set(["Nguyễn", "Phan", "Trần"]);
const at = (text: string, word: string) => text.indexOf(word);

describe("looksVietnamese", () => {
  it("takes family names, words with Vietnamese letters and plain Vietnamese syllables", () => {
    for (const w of ["Phan", "Hằng", "Minh", "Lan", "Thanh"]) expect(looksVietnamese(w, surnames), w).toBe(true);
  });
  it("refuses names that cannot be Vietnamese", () => {
    for (const w of ["Koizumi", "Thaksin", "Lavrov", "Harvard", "Putin"]) expect(looksVietnamese(w, surnames), w).toBe(false);
  });
});

describe("isForeignBody", () => {
  const foreign = (text: string, head: string) => isForeignBody(text, at(text, head) + head.length, text.length, [], surnames);
  /** The country named by `word` in `text`, as the entity matcher gives it. */
  const country = (text: string, word: string, code: string): EntityMatch => ({start: at(text, word), end: at(text, word) + word.length, target: {type: "country", code, via: "name", name: word}});
  it("is foreign when a foreign person's name follows the title", () => {
    expect(foreign("Thủ tướng Koizumi phát biểu.", "Thủ tướng")).toBe(true);
    expect(foreign("Bộ trưởng nông nghiệp Khunying Sudarat nói.", "Bộ")).toBe(true);
  });
  it("is not foreign when the name is Vietnamese, or in capitals, or absent", () => {
    expect(foreign("Thủ tướng Phan Văn Khải phát biểu.", "Thủ tướng")).toBe(false);
    expect(foreign("Bộ KH&CN ký kết.", "Bộ")).toBe(false);
    expect(foreign("Chính phủ đã ký.", "Chính phủ")).toBe(false);
  });
  it("is foreign when the title word starts a foreign body's name: 'Đại học Thanh Hoa'", () => {
    const text = "Hàn Quốc đang hợp tác với Đại học Thanh Hoa.";
    const start = at(text, "Đại học");
    const tsinghua = {start, end: start + "Đại học Thanh Hoa".length, target: {type: "country", code: "CN"}} as unknown as EntityMatch;
    expect(isForeignBody(text, start + "Đại học".length, text.length, [tsinghua], surnames)).toBe(true);
  });
  it("is foreign when the name goes on with a foreign country or organisation", () => {
    const text = "Chính phủ Mỹ đã ký.";
    expect(isForeignBody(text, at(text, "Chính phủ") + 9, text.length, [country(text, "Mỹ", "US")], surnames)).toBe(true);
  });
  it("is foreign when a school or firm is followed by the foreign place it is in: 'Đại học ACU (Mỹ)', 'ĐH lớn tại London'", () => {
    const acu = "Công ty hợp tác với Đại học ACU (Mỹ) tổ chức đào tạo.";
    expect(isForeignBody(acu, at(acu, "Đại học") + 7, acu.length, [country(acu, "Mỹ", "US")], surnames)).toBe(true);
    const london = "Trường được thành lập trên cơ sở liên kết giữa hai ĐH lớn tại London.";
    expect(isForeignBody(london, at(london, "ĐH") + 2, london.length, [country(london, "London", "GB")], surnames)).toBe(true);
    const abroad = "Sinh viên được sang các trường ĐH ở các nước Mỹ, Anh.";
    expect(isForeignBody(abroad, at(abroad, "ĐH") + 2, abroad.length, [country(abroad, "Mỹ", "US")], surnames)).toBe(true);
  });
  it("leaves a person or a government on a visit Vietnamese: 'Thủ tướng Phan Văn Khải tại Mỹ'", () => {
    const text = "Phát biểu của Thủ tướng Phan Văn Khải tại Mỹ.";
    expect(isForeignBody(text, at(text, "Thủ tướng") + 9, text.length, [country(text, "Mỹ", "US")], surnames)).toBe(false);
  });
  it("reads a name only up to a linking word or punctuation", () => {
    const text = "Bộ Khoa học và Công nghệ Nhật Bản";
    expect(text.slice(0, nameEnd(text, 0, text.length))).toBe("Bộ Khoa học");
  });
});

describe("isLevelOfStudy", () => {
  const level = (text: string, head: string) => isLevelOfStudy(text, at(text, head), at(text, head) + head.length);
  it("reads 'Đại học' after 'sau', 'bậc', 'trình độ' … or before another level as a level of study", () => {
    expect(level("110 học bổng sau ĐH tại Pháp", "ĐH")).toBe(true);
    expect(level("đào tạo bậc đại học và sau đại học", "đại học")).toBe(true);
    expect(level("Học bổng: Đại học, Cao học học bằng tiếng Anh", "Đại học")).toBe(true);
    expect(level("các chương trình Đại học và Cao đẳng", "Đại học")).toBe(true);
  });
  it("leaves a university named as a body alone", () => {
    expect(level("Đại học Bách khoa ký thỏa thuận", "Đại học")).toBe(false);
    expect(level("ĐH Y Dược đã quyết định phối hợp", "ĐH")).toBe(false);
    expect(level("sau Viện nghiên cứu", "Viện")).toBe(false);
    expect(level("thi vào Đại học Bách khoa Hà Nội", "Đại học")).toBe(false);
  });
});

describe("countries that are not parties", () => {
  it("a person's nationality, an adversary", () => {
    for (const [text, word] of [["ký hợp đồng với tiền đạo người Brazil", "Brazil"], ["người tham gia chống Pháp", "Pháp"], ["Việt kiều Mỹ về nước", "Mỹ"]]) {
      expect(isNotAParty(text, 0, at(text, word)), text).toBe(true);
    }
    expect(isNotAParty("hợp tác với Nhật Bản", 0, 12)).toBe(false);
  });
  it("a neighbour named for its border, but not a partner in border cooperation", () => {
    for (const [text, word] of [["các tỉnh phía Nam có chung đường biên giới với Campuchia", "Campuchia"], ["tỉnh giáp biên giới Lào", "Lào"], ["vùng giáp với Trung Quốc", "Trung Quốc"]]) {
      expect(isNotAParty(text, 0, at(text, word)), text).toBe(true);
    }
    expect(isNotAParty("hợp tác biên giới với Lào", 0, at("hợp tác biên giới với Lào", "Lào"))).toBe(false);
  });
  it("a firm's name that names a venue or a product, whether the thing is said before the name or inside it", () => {
    for (const [text, word] of [["tại Khách sạn Daewoo", "Daewoo"], ["mua 10 máy bay Boeing", "Boeing"], ["cài hệ điều hành Windows", "Windows"], ["điện thoại Nokia mới", "Nokia"]]) {
      expect(namesAThing(text, 0, at(text, word), at(text, word) + word.length), text).toBe(true);
    }
    expect(namesAThing("cung cấp một xe Ford", 0, 13, 20), "the name as matched: 'xe Ford'").toBe(true);
    for (const [text, word] of [["ký với hãng Boeing", "Boeing"], ["nhà máy Toyota ở Vĩnh Phúc", "Toyota"], ["hợp tác với Samsung", "Samsung"]]) {
      expect(namesAThing(text, 0, at(text, word), at(text, word) + word.length), text).toBe(false);
    }
  });
  it("Vietnam as the place of a foreign body's customers, campuses or market, or of a war", () => {
    for (const text of ["mang tới cho khách hàng tại Việt Nam", "Hartford có các cơ sở ở Trung Quốc, Hồng Kông, Malaysia, Mongolia, Việt Nam", "chất diệt cỏ Mỹ sử dụng trong chiến tranh tại Việt Nam"]) {
      expect(isVietnamAsPlace(text, 0, at(text, "Việt Nam")), text).toBe(true);
    }
    expect(isVietnamAsPlace("hội thảo tại Việt Nam", 0, at("hội thảo tại Việt Nam", "Việt Nam")), "an event Vietnam hosts").toBe(false);
  });
  it("Vietnam as a clock's time zone, but not after 'bây giờ'", () => {
    const clock = "Iran ra hạn định đến 19 giờ 30 (giờ VN) hôm qua";
    expect(isVietnamAsPlace(clock, 0, at(clock, "VN"))).toBe(true);
    const now = "bây giờ Việt Nam đã ký hợp tác";
    expect(isVietnamAsPlace(now, 0, at(now, "Việt Nam"))).toBe(false);
  });
  it("the seat of a Vietnamese mission or community", () => {
    for (const [text, word] of [["Đại sứ quán Việt Nam tại Pháp cho biết", "Pháp"], ["cộng đồng người Việt ở Đức", "Đức"], ["du học sinh Việt Nam tại Nga", "Nga"]]) {
      expect(isVietnameseSeat(text, 0, at(text, word)), text).toBe(true);
    }
    expect(isVietnameseSeat("Đại sứ quán Pháp tại Hà Nội", 0, at("Đại sứ quán Pháp tại Hà Nội", "Pháp"))).toBe(false);
  });
  it("a country given as an example after 'nhiều nước … như', not a destination after a preposition", () => {
    const example = "Nhiều nước trong vùng đã nhận chuyển giao công nghệ kiểu này như Trung Quốc, Thái Lan, Malaysia.";
    for (const word of ["Trung Quốc", "Malaysia"]) expect(isExample(example, 0, at(example, word)), word).toBe(true);
    const destination = "Thành phố tổ chức đoàn công tác tại các nước như Australia, Israel.";
    expect(isExample(destination, 0, at(destination, "Israel"))).toBe(false);
    expect(isExample("Việt Nam hợp tác với Nhật Bản.", 0, 18)).toBe(false);
  });
  it("a province that only hosts a foreign office", () => {
    const text = "Tổng Lãnh sự quán Pháp tại TP HCM tổ chức hội thảo.";
    expect(hostsForeignOffice(text, 0, at(text, "HCM"))).toBe(true);
    expect(hostsForeignOffice("Hội thảo tại TP HCM.", 0, at("Hội thảo tại TP HCM.", "HCM"))).toBe(false);
  });
});

describe("isPersonsHome", () => {
  const home = (text: string, province: string) => isPersonsHome(text, 0, at(text, province));
  it("is a person's hometown or address: 'người Hải Phòng', 'quê ở An Giang', '(ngụ Mã Đà, Vĩnh Cửu, Đồng Nai)'", () => {
    expect(home("Chị Sơn người Hải Phòng mời tôi tới thăm.", "Hải Phòng")).toBe(true);
    expect(home("Một sinh viên quê ở An Giang thổ lộ.", "An Giang")).toBe(true);
    expect(home("Nạn nhân Đỗ Duy Tân (ngụ Mã Đà, Vĩnh Cửu, Đồng Nai) tâm sự.", "Đồng Nai")).toBe(true);
    expect(home("Nguyễn Văn Ngọ (trú tại Hưng Chính, Hưng Nguyên, Nghệ An) nằm viện.", "Nghệ An")).toBe(true);
  });
  it("is not a side named after other words: 'người đứng đầu Hà Nội', 'người tiêu dùng TP HCM, Hà Nội', 'học sinh tại Quảng Nam'", () => {
    expect(home("Người đứng đầu Hà Nội tiếp đoàn Nhật Bản.", "Hà Nội")).toBe(false);
    expect(home("Điều tra người tiêu dùng TP HCM, Hà Nội và Đà Nẵng.", "Hà Nội")).toBe(false);
    expect(home("Hơn 10.000 học sinh tại Quảng Nam tham gia chương trình.", "Quảng Nam")).toBe(false);
  });
});
