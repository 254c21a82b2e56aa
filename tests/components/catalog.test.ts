// catalog: the list entries of the articles, by position, in parts of `size` positions, each part
// fetched once and only when a list shows one of its articles.
import {afterEach, beforeEach, describe, expect, it, vi} from "vitest";
import type {CatalogRow} from "../../loaders/contract.js";
import {catalog} from "../../src/components/catalog.js";
import {CATALOG_FILES} from "../../src/components/catalogAttachments.js";
import {setFile} from "./stdlibStub.js";

const row = (id: string, title: string | null): CatalogRow => ({id, title, lead: null, file: `${id}.txt`, url: null, source: null, date: {year: 2025, month: null, day: null}, n: 3, w: ""});

// Parts of two positions: 0–1, 2–3, 4.
const PARTS = [
  [row("a", "Hợp tác Việt – Nhật"), row("b", "Korea và Hải Phòng")],
  [row("c", null), row("d", "EU tài trợ")],
  [row("e", "Hội thảo AI")]
];
const fetches = () => CATALOG_FILES.slice(0, PARTS.length).map((f) => vi.mocked(f.json).mock.calls.length);

beforeEach(() => {
  PARTS.forEach((rows, p) => {
    setFile(`../data/site/catalog/${p}.json`, rows);
    vi.spyOn(CATALOG_FILES[p], "json");
  });
});
afterEach(() => vi.restoreAllMocks());

describe("catalog", () => {
  it("gives the entries of the positions asked for, in the order asked, each with its position", async () => {
    const entries = await catalog(2).entries([4, 0, 3]);
    expect(entries.map((e) => [e.i, e.id, e.title])).toEqual([
      [4, "e", "Hội thảo AI"],
      [0, "a", "Hợp tác Việt – Nhật"],
      [3, "d", "EU tài trợ"]
    ]);
  });
  it("keeps what the catalogue says of an entry (a missing title stays null)", async () => {
    const [c] = await catalog(2).entries([2]);
    expect(c).toEqual({...PARTS[1][0], i: 2});
  });
  it("fetches only the parts that hold the positions asked for", async () => {
    await catalog(2).entries([0, 1]);
    expect(fetches()).toEqual([1, 0, 0]);
  });
  it("fetches each part once, however many lists ask for it and however often", async () => {
    const cat = catalog(2);
    await Promise.all([cat.entries([0]), cat.entries([1, 2])]);
    await cat.entries([3, 0, 4]);
    await cat.entries([4]);
    expect(fetches()).toEqual([1, 1, 1]);
  });
  it("gives no entries for no positions, and fetches nothing", async () => {
    expect(await catalog(2).entries([])).toEqual([]);
    expect(fetches()).toEqual([0, 0, 0]);
  });
});
