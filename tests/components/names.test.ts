// names: what the codes of the data are called on the pages, and the links to their pages.
import {describe, expect, it} from "vitest";
import {activityLabel, fieldName, isOrganization, links, NATIONAL, partnerName, vnName} from "../../src/components/names.js";
import {names} from "./componentFixtures.js";

describe("names", () => {
  it("names a partner in English, whether a country or an organisation", () => {
    expect(partnerName(names, "JP")).toBe("Japan");
    expect(partnerName(names, "WORLD_BANK")).toBe("World Bank");
  });
  it("tells an organisation from a country", () => {
    expect(isOrganization(names, "EU")).toBe(true);
    expect(isOrganization(names, "KR")).toBe(false);
    expect(isOrganization(names, "XX")).toBe(false);
  });
  it("names a Vietnamese side in Vietnamese, a province or a 2025 unit, and VN the national level", () => {
    expect(NATIONAL).toBe("VN");
    expect(vnName(names, "VN")).toBe("National level");
    expect(vnName(names, "VN-HP")).toBe("Hải Phòng");
    expect(vnName(names, "VN-NEW")).toBe("Đơn vị mới");
  });
  it("names a field in English", () => {
    expect(fieldName(names, "ai")).toBe("Artificial intelligence");
  });
  it("names an activity, and an unknown one by its code", () => {
    expect(activityLabel("tech_transfer")).toBe("Technology transfer");
    expect(activityLabel("joint_research")).toBe("Joint research");
    expect(activityLabel("dance")).toBe("dance");
  });
  it("shows a code it has no name for as the code, never as 'undefined'", () => {
    expect(partnerName(names, "ZZ")).toBe("ZZ");
    expect(vnName(names, "VN-99")).toBe("VN-99");
    expect(fieldName(names, "alchemy")).toBe("alchemy");
  });
});

describe("links", () => {
  it("are relative, so that the site works under any sub-path", () => {
    const link = links();
    expect(link.partner("JP")).toBe("./profile.html?code=JP");
    expect(link.province("VN-HN")).toBe("./profile.html?code=VN-HN");
    expect(link.field("ai")).toBe("./fields.html?field=ai");
    expect(link.article("004_9f9a")).toBe("./articles.html?id=004_9f9a");
  });
  it("lead to an article's sentence when one is given (the first is 0)", () => {
    expect(links().article("a1", 0)).toBe("./articles.html?id=a1&s=0");
  });
  it("carry the reader's scope to the next page", () => {
    const link = links("scope=cooperation");
    expect(link.partner("EU")).toBe("./profile.html?code=EU&scope=cooperation");
    expect(link.article("a1", 3)).toBe("./articles.html?id=a1&s=3&scope=cooperation");
  });
  it("encode what they carry", () => {
    expect(links().article("bài báo/1 & 2")).toBe("./articles.html?id=b%C3%A0i%20b%C3%A1o%2F1%20%26%202");
    expect(links().field("a&b=c")).toBe("./fields.html?field=a%26b%3Dc");
  });
});
