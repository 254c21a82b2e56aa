// Cooperation pairs from a sentence's facts: a cue, a foreign partner and a Vietnamese side, and
// not what the guide says is not cooperation.
import {describe, expect, it} from "vitest";
import {activitiesOf, cuesHold, findPairs, isPersonalStudy, LIST_OF_COUNTRIES, type SentenceFacts} from "../../loaders/extract/pairs.js";

const facts = (s: Partial<SentenceFacts>): SentenceFacts => ({
  index: 0,
  line: 0,
  text: "",
  provinces: [],
  partners: [{code: "JP", kind: "country"}],
  vietnam: false,
  national: false,
  bilateral: false,
  cues: [{activity: "agreement", strong: true}],
  contexts: [],
  ...s
});
const pairs = (sentences: SentenceFacts[], vietnamArticle = true) => findPairs("a", sentences, vietnamArticle).map((p) => `${p.vn}-${p.partner}@${p.sentence}`);

describe("the Vietnamese side", () => {
  it("is the province the sentence names", () => {
    expect(pairs([facts({provinces: ["VN-HP"]})])).toEqual(["VN-HP-JP@0"]);
  });
  it("is the national level when Vietnam is named or a Vietnamese national body acts", () => {
    expect(pairs([facts({vietnam: true})])).toEqual(["VN-JP@0"]);
    expect(pairs([facts({national: true})])).toEqual(["VN-JP@0"]);
  });
  it("is not a national body's country in an article that never names Vietnam or a province", () => {
    expect(pairs([facts({national: true})], false)).toEqual([]);
  });
  it("is Vietnam for 'hai nước' with one foreign country, in a paragraph about Vietnam", () => {
    expect(pairs([facts({index: 0, vietnam: true, cues: []}), facts({index: 1, bilateral: true})])).toEqual(["VN-JP@1"]);
    expect(pairs([facts({bilateral: true})])).toEqual([]);
  });
  it("reads 'hai bên' with no country in its sentence as Vietnam (or the last province) and the one country in view", () => {
    const visit = facts({index: 0, line: 0, vietnam: true, cues: []});
    const agreed = (line: number) => facts({index: 1, line, partners: [], bilateral: true, cues: [{activity: "agreement", strong: true}]});
    expect(pairs([visit, agreed(1)]), "the one country the article has named").toEqual(["VN-JP@1"]);
    expect(pairs([facts({index: 0, line: 0, provinces: ["VN-HP"], cues: []}), agreed(1)]), "the province last named").toEqual(["VN-HP-JP@1"]);
    const two = facts({index: 0, line: 0, vietnam: true, cues: [], partners: [{code: "JP", kind: "country"}, {code: "KR", kind: "country"}]});
    expect(pairs([two, agreed(1)]), "two countries in view").toEqual([]);
    expect(pairs([visit, {...agreed(1), cues: [{activity: "talks", strong: false}]}]), "a weak cue").toEqual([]);
    expect(pairs([visit, agreed(1)], false), "an article not about Vietnam").toEqual([]);
  });
  it("carries a province over to a sentence that refers back to it, or goes on with a strong cue", () => {
    const first = facts({index: 0, provinces: ["VN-40"], cues: []});
    expect(pairs([first, facts({index: 1, text: "Tỉnh cũng tổ chức đoàn công tác.", cues: [{activity: "visit", strong: false}]})])).toEqual(["VN-40-JP@1"]);
    expect(pairs([first, facts({index: 1, text: "Hai bên ký kết.", cues: [{activity: "agreement", strong: true}]})])).toEqual(["VN-40-JP@1"]);
    expect(pairs([first, facts({index: 1, text: "Hai bên gặp gỡ.", cues: [{activity: "talks", strong: false}]})])).toEqual([]);
  });
  it("does not carry a province over to a sentence whose subject is a foreign firm by its name", () => {
    const first = facts({index: 0, provinces: ["VN-HN"], cues: []});
    const strong = [{activity: "cooperation" as const, strong: true}];
    expect(pairs([first, facts({index: 1, text: "UTStarcom vừa phối hợp với Mitsubishi giới thiệu cột thu phát sóng.", cues: strong})])).toEqual([]);
    expect(pairs([first, facts({index: 1, text: "Sở Khoa học vừa phối hợp với Mitsubishi.", cues: strong})])).toEqual(["VN-HN-JP@1"]);
  });
  it("does not carry a province over to cooperation between two foreign countries ('Trung Quốc … liên doanh với các hãng của Nhật')", () => {
    const first = facts({index: 0, provinces: ["VN-37"], cues: []});
    const strong = [{activity: "cooperation" as const, strong: true}];
    const partners = [{code: "CN", kind: "country" as const}, {code: "JP", kind: "country" as const}];
    expect(pairs([first, facts({index: 1, partners, cues: strong, foreignPair: true})])).toEqual([]);
    expect(pairs([first, facts({index: 1, partners, cues: strong})])).toEqual(["VN-37-CN@1", "VN-37-JP@1"]);
  });
  it("needs a partner and a cue", () => {
    expect(pairs([facts({provinces: ["VN-HP"], partners: []})])).toEqual([]);
    expect(pairs([facts({provinces: ["VN-HP"], cues: []})])).toEqual([]);
  });
});

describe("what is not cooperation", () => {
  it("a contest or a match, a sale, or an event recalled from long before, whatever the cue", () => {
    for (const context of ["contest", "sale", "history"]) {
      expect(cuesHold({cues: [{activity: "agreement", strong: true}], contexts: [context], partners: []}), context).toBe(false);
    }
  });
  it("trade figures, a crime, study-abroad marketing, an advertisement, a published report, an exhibition or a person's schooling, unless a strong cue says the sides act together", () => {
    for (const context of ["trade", "crime", "recruitment", "advert", "report", "exhibition", "biography"]) {
      expect(cuesHold({cues: [{activity: "cooperation", strong: false}], contexts: [context], partners: []}), context).toBe(false);
      expect(cuesHold({cues: [{activity: "agreement", strong: true}], contexts: [context], partners: []}), context).toBe(true);
    }
  });
  it("a cooperation only hoped for, unless something is done (a visit, talks, a signing)", () => {
    expect(cuesHold({cues: [{activity: "cooperation", strong: true}], contexts: ["hope"], partners: []})).toBe(false);
    expect(cuesHold({cues: [{activity: "cooperation", strong: true}, {activity: "talks", strong: true}], contexts: ["hope"], partners: []})).toBe(true);
  });
  it("a list of many countries, unless a strong cue says Vietnam acts with each", () => {
    const countries = (n: number) => ["US", "CA", "GB", "AU", "NZ"].slice(0, n).map((code) => ({code, kind: "country" as const}));
    expect(cuesHold({cues: [{activity: "cooperation", strong: false}], contexts: [], partners: countries(LIST_OF_COUNTRIES)})).toBe(false);
    expect(cuesHold({cues: [{activity: "cooperation", strong: false}], contexts: [], partners: countries(LIST_OF_COUNTRIES - 1)})).toBe(true);
    expect(cuesHold({cues: [{activity: "agreement", strong: true}], contexts: [], partners: countries(LIST_OF_COUNTRIES)})).toBe(true);
  });
  it("any sentence of a crime story, unless agencies are said to cooperate", () => {
    const crime = (i: number) => facts({index: i, provinces: ["VN-SG"], contexts: ["crime"], cues: []});
    const story = [crime(0), crime(1), crime(2)];
    expect(pairs([...story, facts({index: 3, provinces: ["VN-SG"]})])).toEqual([]);
    expect(pairs([...story, facts({index: 3, provinces: ["VN-SG"], contexts: ["enforcement"], cues: [{activity: "cooperation", strong: true}]})])).toEqual(["VN-SG-JP@3"]);
  });
  it("a person's own training or study abroad", () => {
    expect(isPersonalStudy({text: "Anh được đào tạo tại Mỹ.", cues: [{activity: "training", strong: false}]})).toBe(true);
    expect(isPersonalStudy({text: "Tỉnh được đào tạo tại Mỹ.", cues: [{activity: "training", strong: false}]})).toBe(false);
    expect(isPersonalStudy({text: "Tháng 9 tới, em sẽ tiếp tục học tại Đại học Bắc Kinh.", cues: [{activity: "training", strong: false}]}), "after a short opening").toBe(true);
    expect(isPersonalStudy({text: "Trong khuôn khổ dự án của tỉnh với Nhật Bản, em sẽ học.", cues: [{activity: "training", strong: false}]}), "a long opening").toBe(false);
  });
});

describe("activities", () => {
  it("names what was done, plain cooperation only when nothing else is said", () => {
    expect(activitiesOf(["cooperation", "visit", "visit"])).toEqual(["visit"]);
    expect(activitiesOf(["cooperation"])).toEqual(["cooperation"]);
  });
});
