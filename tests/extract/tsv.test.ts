// The reference tables' format: tab-separated, a header row, " | " between values in a cell.
import {describe, expect, it} from "vitest";
import {formatTsv, parseTsv, splitList} from "../../loaders/extract/tsv.js";

describe("TSV", () => {
  it("reads one object per row by the header's names, skipping blank lines, a BOM and CRLF", () => {
    expect(parseTsv("\uFEFFcode\tname\r\nJP\tNhật Bản\r\n\r\nCN\t Trung Quốc \n")).toEqual([{code: "JP", name: "Nhật Bản"}, {code: "CN", name: "Trung Quốc"}]);
  });
  it("gives an empty cell for a missing one", () => {
    expect(parseTsv("a\tb\nx\n")).toEqual([{a: "x", b: ""}]);
  });
  it("splits a cell into its non-empty values", () => {
    expect(splitList("Hà Nội | Thủ đô Hà Nội |  | Hanoi")).toEqual(["Hà Nội", "Thủ đô Hà Nội", "Hanoi"]);
    expect(splitList(undefined)).toEqual([]);
  });
  it("writes rows back, tabs and line breaks in values turned into spaces", () => {
    expect(formatTsv([{a: "x\ty", b: null}], ["a", "b"])).toBe("a\tb\nx y\t\n");
  });
});
