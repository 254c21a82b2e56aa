// The specification of loaders/extract/matchers.ts: how the gazetteer becomes the tries the
// extractor scans with. Each entity matches its aliases and nothing else; transliterations match
// with and without hyphens; the long names of bodies match whatever their capitals.
import {describe, expect, it} from "vitest";
import {buildMatchers, freeCaseName, joinedSpelling} from "../../loaders/extract/matchers.js";
import {loadGazetteer, type Gazetteer} from "../../loaders/extract/gazetteer.js";
import {scanTrie} from "../../loaders/extract/trie.js";

const gazetteer = loadGazetteer();
const m = buildMatchers(gazetteer);

/** "surface:CODE" for every entity the trie finds (one per code and place), blocks left out. */
const found = (text: string, matchers = m) =>
  scanTrie(matchers.entities, text).flatMap((x) => [
    ...new Set(x.entries.filter((e) => e.value.type !== "block").map((e) => `${text.slice(x.start, x.end)}:${"code" in e.value ? e.value.code : ""}`))
  ]);

describe("each entity matches its aliases only", () => {
  it("a country's display name is not matched unless it is an alias: '!Georgia' holds", () => {
    const ge = gazetteer.countries.find((c) => c.code === "GE")!;
    expect(ge.nameVi).toBe("Georgia");
    expect(ge.aliases).not.toContain("Georgia");
    expect(found("bang Georgia")).toEqual([]);
    expect(found("nước Gruzia")).toEqual(["Gruzia:GE"]);
  });
  it("a province's display name is not matched unless it is an alias: bare 'Hồ Chí Minh' is the man", () => {
    expect(found("tư tưởng Hồ Chí Minh")).toEqual([]);
    expect(found("thành phố Hồ Chí Minh và TP.HCM")).toEqual(["thành phố Hồ Chí Minh:VN-SG", "TP.HCM:VN-SG"]);
  });
  it("an organisation's display names are not matched unless they are aliases: bare 'AP' is not the agency", () => {
    expect(found("(AP)")).toEqual([]);
    expect(found("hãng tin AP cho biết")).toEqual(["hãng tin AP:US"]);
  });
  it("a toy gazetteer shows it plainly", () => {
    const toy: Gazetteer = {
      ...gazetteer,
      countries: [{code: "XX", alpha3: "XXX", numeric: "999", nameEn: "Testland", nameVi: "Xứ Thử", aliases: ["Thử Quốc"], pairedForms: ["Việt - Thử"]}],
      places: [],
      organizations: [],
      provinces: []
    };
    const t = buildMatchers(toy);
    expect(found("Xứ Thử, Testland và Thử Quốc; Việt - Thử", t)).toEqual(["Thử Quốc:XX", "Việt - Thử:XX"]);
  });
});

describe("joined spellings", () => {
  it("a hyphenated transliteration also matches joined", () => {
    expect(joinedSpelling("Xin-ga-po")).toBe("Xingapo");
    expect(joinedSpelling("Ả-rập Xê-út")).toBe("Ảrập Xêút");
    expect(joinedSpelling("Ốt-xtrây-li-a")).toBe("Ốtxtrâylia");
  });
  it("a hyphen before a capital is not a syllable break: 'Guinea-Bissau', 'Việt-Nga', 'Bà Rịa-Vũng Tàu'", () => {
    expect(joinedSpelling("Guinea-Bissau")).toBeNull();
    expect(joinedSpelling("Việt-Nga")).toBeNull();
    expect(joinedSpelling("Bà Rịa-Vũng Tàu")).toBeNull();
  });
  it("the press's joined forms are found: 'Ảrập Xêút', 'Inđônêxia', 'Ôxtrâylia', 'Xingapo'", () => {
    expect(found("Ảrập Xêút, Inđônêxia, Ôxtrâylia và Xingapo")).toEqual(["Ảrập Xêút:SA", "Inđônêxia:ID", "Ôxtrâylia:AU", "Xingapo:SG"]);
  });
});

describe("capitals in the long names of bodies", () => {
  it("three syllables or more, first one capitalised: the rest may be written in any case", () => {
    expect(freeCaseName("Cơ quan Vũ trụ châu Âu")).toBe(true);
    expect(freeCaseName("Tổ chức Y tế Thế giới")).toBe(true);
  });
  it("short names, acronyms and names written in capitals only are matched as written", () => {
    expect(freeCaseName("Đại học")).toBe(false);
    expect(freeCaseName("WHO")).toBe(false);
    expect(freeCaseName("Sun Microsystems")).toBe(false);
  });
  it("so 'Cơ quan vũ trụ châu Âu' and 'Tổ chức y tế thế giới' are found, in lower case", () => {
    expect(found("Cơ quan vũ trụ châu Âu và Tổ chức y tế thế giới")).toEqual(["Cơ quan vũ trụ châu Âu:ESA", "Tổ chức y tế thế giới:WHO"]);
  });
  it("but the first syllable's capital is needed, and provinces keep theirs: 'Khu Hải dương học'", () => {
    expect(found("tổ chức y tế thế giới")).toEqual([]);
    expect(found("Khu Hải dương học")).toEqual([]);
  });
});

describe("places that are given names", () => {
  it("carry the flag to the extractor", () => {
    const paris = scanTrie(m.entities, "Paris")[0].entries[0].value;
    expect(paris).toMatchObject({type: "country", code: "FR", via: "place", givenName: true});
    const tokyo = scanTrie(m.entities, "Tokyo")[0].entries[0].value;
    expect(tokyo).not.toHaveProperty("givenName");
  });
});

describe("the other tries", () => {
  it("false friends block: 'Viện Hàn lâm', 'giải pháp', 'JVC Cup'", () => {
    expect(found("Viện Hàn lâm, giải pháp, JVC Cup")).toEqual([]);
  });
  it("titles, cues and fields are built from their tables", () => {
    expect(scanTrie(m.titles, "Bộ trưởng Nguyễn Văn A")[0].entries[0].value).toBe("position");
    expect(scanTrie(m.cues, "hai bên ký kết thỏa thuận").length).toBeGreaterThan(0);
    expect(scanTrie(m.fields, "trí tuệ nhân tạo")[0].entries[0].value).toBe("ai");
  });
});
