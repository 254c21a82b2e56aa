// profileData: what a partner's or a province's page reads of its own, from its bucket's file (both
// kinds share the buckets), and the rest of its lists from the bucket's -more file, fetched once
// when the reader asks for more.
import {afterEach, beforeEach, describe, expect, it, vi} from "vitest";
import type {EntityFirst, EntityRest, ListEntry} from "../../loaders/contract.js";
import {ENTITY_FILES, ENTITY_MORE_FILES} from "../../src/components/entityAttachments.js";
import {codeFromQuery, EMPTY_FIRST, kindOf, profileCatalog, profileData} from "../../src/components/profileData.js";
import {setFile} from "./stdlibStub.js";

const entry = (i: number, id: string): ListEntry => ({i, id, title: `Bài ${id}`, file: `${id}.txt`, date: {year: 2024, month: 5, day: null}});
const japan: EntityFirst = {acts: [[0, 1, true, "agreement", "ai"]], sentences: [], articles: [entry(0, "a0"), entry(2, "a2")], total: {st: 3, cooperation: 3, mentions: 4}};
const japanMore: EntityRest = {sentences: [], articles: [entry(5, "a5")]};
const haiphong: EntityFirst = {...japan, total: {st: 1, cooperation: 1, mentions: 1}};

beforeEach(() => {
  setFile("../data/site/entities/3.json", {JP: japan, "VN-HP": haiphong});
  setFile("../data/site/entities/3-more.json", {JP: japanMore});
});
afterEach(() => vi.restoreAllMocks());

describe("kindOf and codeFromQuery", () => {
  it("a province code or VN (the national level) is a Vietnamese side; anything else a partner", () => {
    expect(["VN", "VN-HN", "VN-34", "JP", "EU", "VNM"].map(kindOf)).toEqual(["province", "province", "province", "partner", "partner", "partner"]);
  });
  it("the page's code comes from ?code=, and is empty when there is none", () => {
    expect(codeFromQuery("?code=VN-HN&scope=cooperation")).toBe("VN-HN");
    expect(codeFromQuery("?code=WORLD%5FBANK")).toBe("WORLD_BANK");
    expect(codeFromQuery("")).toBe("");
  });
});

describe("profileData", () => {
  it("reads a partner's or a province's entry from its bucket", async () => {
    expect(await profileData("JP", 3).first).toBe(japan);
    expect(await profileData("VN-HP", 3).first).toBe(haiphong);
  });
  it("gives the empty entry for a code its bucket does not hold, even one named like an object's property", async () => {
    for (const code of ["FR", "constructor", "__proto__", "toString"]) expect(await profileData(code, 3).first, code).toBe(EMPTY_FIRST);
    expect(EMPTY_FIRST.total).toEqual({st: 0, cooperation: 0, mentions: 0});
  });
  it("gives the empty entry and fetches nothing for a code with no bucket (nothing about it in the corpus)", async () => {
    const spies = [...ENTITY_FILES, ...ENTITY_MORE_FILES].map((f) => vi.spyOn(f, "json"));
    const data = profileData("AQ", undefined);
    expect(await data.first).toBe(EMPTY_FIRST);
    expect(await data.rest()).toEqual({sentences: [], articles: []});
    expect(spies.every((s) => s.mock.calls.length === 0)).toBe(true);
  });
  it("fetches the -more file only when asked, and once however often it is asked", async () => {
    const more = vi.spyOn(ENTITY_MORE_FILES[3], "json");
    const data = profileData("JP", 3);
    await data.first;
    expect(more).not.toHaveBeenCalled();
    const [a, b] = await Promise.all([data.rest(), data.rest()]);
    await data.rest();
    expect(a).toBe(japanMore);
    expect(b).toBe(japanMore);
    expect(more).toHaveBeenCalledOnce();
  });
  it("gives empty lists as the rest of a code the -more file does not hold", async () => {
    const more = vi.spyOn(ENTITY_MORE_FILES[3], "json");
    expect(await profileData("VN-HP", 3).rest()).toEqual({sentences: [], articles: []});
    expect(more).toHaveBeenCalledOnce();
  });
});

describe("profileCatalog", () => {
  it("lists the entries the page read first without fetching the rest", async () => {
    const data = profileData("JP", 3);
    const rest = vi.spyOn(data, "rest");
    const entries = await profileCatalog(japan, data).entries([2, 0]);
    expect(entries.map((e) => e.id)).toEqual(["a2", "a0"]);
    expect(rest).not.toHaveBeenCalled();
  });
  it("fetches the rest once when a list goes beyond the first entries", async () => {
    const data = profileData("JP", 3);
    const rest = vi.spyOn(data, "rest");
    const cat = profileCatalog(japan, data);
    expect((await cat.entries([0, 2, 5])).map((e) => e.id)).toEqual(["a0", "a2", "a5"]);
    await cat.entries([5]);
    expect(rest).toHaveBeenCalledOnce();
  });
  it("gives a blank entry, never a hole, for a position neither file holds", async () => {
    const cat = profileCatalog(japan, profileData("JP", 3));
    expect(await cat.entries([9])).toEqual([{i: 9, id: "", title: null, file: "", date: {year: null, month: null, day: null}}]);
  });
});
