// The traps of ANNOTATION.md and of the gold, plus real-news ones: no false entity is found,
// and each trap's true counterpart still is.
import {describe, expect, it} from "vitest";
import {createExtractor} from "../../loaders/extract/corpus.js";
import {extractArticle} from "../../loaders/extract/article.js";
import {summarize} from "../../loaders/tables/summary.js";

const x = createExtractor();

/** Countries, organisations and localities named in a text (an article of one paragraph). */
function names(text: string): string[] {
  const body = `Tin tức\n\n${text}\n`;
  const s = summarize(extractArticle({id: "t", file: "t.txt", text: body, frontMatter: {}, bytes: body.length}, x));
  return [...s.countries.map((c) => c.code), ...s.organizations.map((o) => o.id), ...s.localities.map((l) => l.code)].sort();
}

const traps: [string, string, string[]][] = [
  ["Tsinghua is not Thanh Hóa province", "Trường hợp tác với Đại học Thanh Hoa từ lâu.", ["CN"]],
  ["Thanh Hóa province, old and new tone placement", "Đoàn đến Thanh Hoá rồi về Thanh Hóa.", ["VN-21"]],
  ["a given name in a person's name is not a country", "Theo ông Đặng Đức Thành, hai bên cần hợp tác.", []],
  ["a person after an academic title", "GS.TS. Nguyễn Anh Tuấn và PGS.TS. Trần Đức Mỹ phát biểu.", []],
  ["a person after a position title, the country before the name kept", "Tổng thống Nga Vladimir Putin tiếp Thủ tướng Anh.", ["GB", "RU"]],
  ["pháp luật, pháp quy, giải pháp are not France", "Hoàn thiện pháp luật, pháp quy và giải pháp.", []],
  ["Pháp luật at the start of a sentence is not France", "Pháp luật về khoa học cần sửa. Pháp lý cũng vậy.", []],
  ["ý kiến, ý nghĩa are not Italy, even capitalised", "Ý kiến của chuyên gia có ý nghĩa. Ý tưởng hay.", []],
  ["cập nhật is not Japan", "Chương trình chậm cập nhật. Cập Nhật thường xuyên.", []],
  ["Viện Hàn lâm is not Korea", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam chủ trì.", []],
  ["Trung tâm and Trung ương are not China", "Trung tâm Hỗ trợ Khởi nghiệp và Trung ương Đảng.", []],
  ["Lào Cai is a Vietnamese province, not Laos", "Sở KH&CN tỉnh Lào Cai ký kết với Lào.", ["LA", "VN-02"]],
  ["Thái Bình and Thái Nguyên are provinces, not Thailand", "Thái Bình và Thái Nguyên hợp tác với Thái Lan.", ["TH", "VN-20", "VN-69"]],
  ["Taiwan (China) is Taiwan only", "Doanh nghiệp Việt Nam và Đài Loan (Trung Quốc) kết nối.", ["TW"]],
  ["the USSR counts as Russia", "Liên Xô hỗ trợ Việt Nam xây dựng nền công nghiệp.", ["RU"]],
  ["a paired short form names the partner", "Diễn đàn Việt – Nga, hợp tác Việt-Trung và Việt - Nhật.", ["CN", "JP", "RU"]],
  ["regions are not countries", "Các nước Đông Nam Á và châu Âu đầu tư.", []],
  ["a currency is not a country", "Dự án trị giá 5 tỷ đô la Mỹ (USD) và 2 tỷ yên Nhật.", []],
  ["a language is not a country", "Đào tạo cử nhân tiếng Anh và Tiếng Trung.", []],
  ["a word containing a name is not the name", "Hàng không Việt Nam. Ngay sau đó, Hànội.", []],
  ["Vietnam itself is never a partner", "Việt Nam và Hoa Kỳ nâng cấp quan hệ.", ["US"]],
  ["the United States, by its two names", "Mỹ và Hoa Kỳ là một.", ["US"]],
  ["a city abroad locates its country", "Tuần lễ công nghệ biển tại Brest; hội thảo ở Thượng Hải và Tsukuba.", ["CN", "FR", "JP"]],
  ["an institution abroad locates its country", "Hợp tác với Rosatom và Đại học Liège.", ["BE", "RU"]],
  ["an international organisation is not a country", "Ngân hàng Thế giới (World Bank), UNICEF và EU tài trợ.", ["EU", "UNICEF", "WORLD_BANK"]],
  ["a province inside an institution's name", "Đại học Bách khoa Hà Nội và Đại học Quốc gia Thành phố Hồ Chí Minh.", ["VN-HN", "VN-SG"]],
  ["every spelling of Ho Chi Minh City and Ba Ria - Vung Tau", "TP.HCM, TPHCM, Sài Gòn, BR-VT và Bà Rịa–Vũng Tàu.", ["VN-43", "VN-SG"]],
  ["a place after an underscore is still found", "(Phương Anh, 20 tuổi, Phố Huế_Hà Nội)", ["VN-HN"]],
  ["Germany, France, Belgium, Italy in a list", "Cán bộ tỉnh đã thăm Pháp, Bỉ, Ý và Đức.", ["BE", "DE", "FR", "IT"]]
];

describe("traps", () => {
  for (const [why, text, expected] of traps) {
    it(why, () => {
      expect(names(text)).toEqual(expected);
    });
  }
});

describe("the pronoun Anh", () => {
  it("opening a sentence is not England", () => {
    expect(names("Anh cho biết sẽ về sớm. “Anh cần gặp em gấp”, cô kể.")).toEqual([]);
  });
  it("opening a list or a pairing still is", () => {
    expect(names("Anh, Pháp và Đức ký kết thỏa thuận. Anh và Mỹ hợp tác.")).toEqual(["DE", "FR", "GB", "US"]);
  });
});

describe("names of local things", () => {
  it("a village or a firm named with a country's syllable is not the country", () => {
    expect(names("Nhóm thợ săn ở làng Mỹ Hảo. Công ty Đức Minh ký hợp đồng.")).toEqual([]);
  });
  it("the country before a leader's name still is", () => {
    expect(names("Thủ tướng Đức Angela Merkel thăm Hà Nội.")).toEqual(["DE", "VN-HN"]);
  });
});

// Traps found by the mention audit of real 2003–2006 news (tests/fixtures/mention-audit/): the
// whole article is extracted, so chrome, sentences and entities work together.
const newsTraps: [string, string, string[]][] = [
  ["a sea and a strait named after a country are not the country", "Tên lửa rơi xuống biển Nhật Bản. Tàu vượt eo biển Anh.", []],
  ["the 1918 flu and peas are not Spain and the Netherlands", "Virus cúm Tây Ban Nha được tái tạo. Món súp đậu Hà Lan.", []],
  ["boxing is not England, the British government is", "Võ sĩ quyền Anh thắng. Chính quyền Anh phản đối.", ["GB"]],
  ["Vietnamese names that begin with a country's syllable", "Nhạc sĩ Đức Trí và ca sĩ Mỹ Tâm, diễn viên Mỹ Duyên.", []],
  ["a silk named after a village", "Bộ sưu tập trên nền lãnh Mỹ A của Việt Chung.", []],
  ["'Anh' in a verse and in a quoted love line", "Tưởng cùng em vui thú/ Anh sắp đi xa. Tấm biển ghi “Em yêu Anh”.", []],
  ["a dictionary's language pairs", "Phần mềm gồm từ điển Anh-Việt, Việt-Anh, Pháp-Việt và Việt-Đức.", []],
  ["a person named after a city", "Paris Hilton chuẩn bị lễ cưới.", []],
  ["a US state is not the country Georgia, nor 'bang' the pound", "Ông sống ở bang Georgia, rồi bang Texas.", ["US"]],
  ["joined spellings of older transliterations", "Quan hệ với Ảrập Xêút, Inđônêxia và Xingapo.", ["ID", "SA", "SG"]],
  [
    "a country's epithet, in lower case as the press writes it or with capitals",
    "Chuyên gia đến từ xứ sở hoa anh đào và Xứ sở Kim chi. Đội bóng Đảo quốc Sư tử thắng. Tay vợt xứ sở bạch dương.",
    ["JP", "KR", "RU", "SG"]
  ],
  ["fog and a cherry tree are not countries", "Sương mù dày đặc. Hoa anh đào nở. Món kim chi.", []],
  ["a firm abroad, and its Vietnamese subsidiary", "Hãng Motorola ký hợp đồng với Unilever Việt Nam.", ["US"]],
  ["scientists of a country after a title", "Các nhà khoa học Mỹ và bác sĩ Thụy Điển công bố.", ["SE", "US"]],
  ["the man, not the city", "Giải thưởng Hồ Chí Minh trao cho 12 công trình. Tư tưởng Hồ Chí Minh.", []],
  ["the city, by its full name", "Hội chợ diễn ra tại thành phố Hồ Chí Minh.", ["VN-SG"]],
  ["a body's long name in lower case", "Cơ quan vũ trụ châu Âu phóng tàu.", ["ESA"]],
  ["a credit in brackets is the source", "Dịch cúm lan rộng ở châu Á. (Theo Xinhuanet)", []]
];

describe("traps of real news", () => {
  for (const [why, text, expected] of newsTraps) {
    it(why, () => {
      expect(names(text)).toEqual(expected);
    });
  }
  it("a related-article line ending in a date is chrome, the story's own line is not", () => {
    const body = "Tin tức\n\nMỹ và Nga đàm phán tại Geneva.\nMỹ sẽ đàm phán đến cùng về hạt nhân Triều Tiên(27/02/2004)\n";
    const a = extractArticle({id: "t", file: "t.txt", text: body, frontMatter: {}, bytes: body.length}, x);
    expect([...new Set(a.mentions.filter((m) => m.kind === "country").map((m) => m.code))].sort()).toEqual(["CH", "RU", "US"]);
  });
});
