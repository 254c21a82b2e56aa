// The specification of loaders/extract/people.ts: where people's names are in a sentence, so
// that a given name that is also a country's ("Đức", "Anh", "Nga") is not read as the country.
import {describe, expect, it} from "vitest";
import {createExtractor} from "../../loaders/extract/corpus.js";
import {findPeople} from "../../loaders/extract/people.js";
import {prepare, scanTrie} from "../../loaders/extract/trie.js";

const {matchers} = createExtractor();

/**
 * The people's names of a sentence. The entities are every match of the gazetteer, and each reads
 * as a nationality as `reading` says (entities.ts decides it; here it is given).
 */
function people(text: string, reading: "yes" | "plural" | "no" = "no"): string[] {
  const p = prepare(text);
  const ends = new Map(scanTrie(matchers.entities, p).map((m) => [m.start, m.end]));
  return findPeople(p, 0, text.length, matchers, ends, (start) => (ends.has(start) ? reading : undefined)).map((s) => text.slice(s.start, s.end));
}

describe("a name after a title", () => {
  it("an honorific introduces a person: 'ông Đặng Đức Thành', 'bà Nga'", () => {
    const found = people("Theo ông Đặng Đức Thành và bà Nga, dự án tốt.");
    expect(found).toContain("Đặng Đức Thành");
    expect(found).toContain("Nga");
  });
  it("an academic title too: 'GS.TS. Nguyễn Anh Tuấn'", () => {
    expect(people("GS.TS. Nguyễn Anh Tuấn phát biểu.")).toContain("Nguyễn Anh Tuấn");
  });
  it("a position title keeps the country before the name: 'Tổng thống Nga Putin'", () => {
    expect(people("Tổng thống Nga Putin tiếp khách.")).toEqual(["Putin"]);
  });
  it("a name's words may be joined by a hyphen or an apostrophe: 'ông Jean-Pierre Raffarin', 'bà Sinéad O'Connor'", () => {
    expect(people("Ông Jean-Pierre Raffarin phát biểu.")).toContain("Jean-Pierre Raffarin");
    expect(people("Bà Sinéad O'Connor hát.")).toContain("Sinéad O'Connor");
    expect(people("Ông Pierre - người Pháp - phát biểu.")).toContain("Pierre");
  });
  it("a position title before a body's name introduces no person: 'Bộ trưởng Bộ Khoa học'", () => {
    expect(people("Bộ trưởng Bộ Khoa học phát biểu.")).toEqual([]);
  });
});

describe("a nationality after a title", () => {
  it("a name that reads as a nationality is kept and the person's name follows it", () => {
    expect(people("Đạo diễn Nhật Bản Kenji Mizoguchi quay phim.", "yes")).toEqual(["Kenji Mizoguchi"]);
    expect(people("Hai bác sĩ Thụy Điển cho biết.", "yes")).toEqual([]);
  });
  it("a one-syllable name is a nationality only after a plural title: 'các nhà khoa học Mỹ'", () => {
    expect(people("Các nhà khoa học Mỹ cho biết.", "plural")).toEqual([]);
    expect(people("Ba kỹ sư Đức sang làm việc.", "plural")).toEqual([]);
    expect(people("Bác sĩ Đức cho biết.", "plural")).toEqual(["Đức"]);
  });
  it("after 'ông', 'bà', 'anh' a name is the person's even when it reads as a nationality: 'ông Jordan Ryan'", () => {
    expect(people("Ông Jordan Ryan phát biểu.", "yes")).toContain("Jordan Ryan");
    expect(people("Các ông Mỹ đến thăm.", "plural")).toEqual([]);
  });
  it("without a reading, the name after a title is a person's", () => {
    expect(people("Nhà khoa học Mỹ cho biết.")).toEqual(["Mỹ"]);
  });
});

describe("words that only look like titles", () => {
  it("'đàn bà', 'đàn ông' are nouns: 'người đàn bà Scotland' is a woman from Scotland", () => {
    expect(people("Người đàn bà Scotland 44 tuổi.", "yes")).toEqual([]);
    expect(people("Người đàn ông Mỹ 50 tuổi.")).toEqual([]);
  });
});

describe("a name after a family name", () => {
  it("what follows a Vietnamese family name is a given name: 'Trần Đức Lương'", () => {
    expect(people("Chủ tịch nước Trần Đức Lương ký quyết định.")).toContain("Đức Lương");
  });
  it("a family name that begins a place is not a person: 'Phan Thiết'", () => {
    expect(people("Đoàn khách đến Phan Thiết.")).toEqual([]);
  });
  it("everyday words that are also family names do not start a name: 'Đoàn công tác', 'Văn phòng'", () => {
    expect(people("Đoàn công tác Việt Nam sang Anh.")).toEqual([]);
  });
});
