// toCsv: the CSV of the pages' downloads and of `extract --tables`.
import {describe, expect, it} from "vitest";
import {safeCell, toCsv} from "../../src/components/csvFormat.js";

describe("toCsv", () => {
  it("writes a header and a line per row, in the order of the columns given", () => {
    expect(toCsv([{code: "JP", articles: 3}, {code: "KR", articles: 1}], ["articles", "code"])).toBe("articles,code\n3,JP\n1,KR");
  });
  it("takes the first row's keys when no columns are given", () => {
    expect(toCsv([{partner: "Nhật Bản", articles: 2}])).toBe("partner,articles\nNhật Bản,2");
  });
  it("leaves out the keys not asked for", () => {
    expect(toCsv([{id: "a1", secret: "x"}], ["id"])).toBe("id\na1");
  });
  it("quotes a value holding a comma, a quote or a line break, doubling its quotes", () => {
    const csv = toCsv([{title: 'Hợp tác "xanh", bền vững'}, {title: "dòng 1\ndòng 2"}, {title: "plain"}], ["title"]);
    expect(csv).toBe('title\n"Hợp tác ""xanh"", bền vững"\n"dòng 1\ndòng 2"\nplain');
  });
  it("joins a list with semicolons", () => {
    expect(toCsv([{fields: ["ai", "energy"]}, {fields: []}], ["fields"])).toBe("fields\nai;energy\n");
  });
  it("writes nothing for null or a missing value, and keeps 0 and false", () => {
    expect(toCsv([{a: null, b: undefined, c: 0, d: false}, {}], ["a", "b", "c", "d"])).toBe("a,b,c,d\n,,0,false\n,,,");
  });
  it("writes the header alone for no rows, and nothing at all without columns", () => {
    expect(toCsv([], ["id", "title"])).toBe("id,title");
    expect(toCsv([])).toBe("");
  });
  it("writes text a spreadsheet would run as a formula with a leading apostrophe, numbers as they are", () => {
    expect(toCsv([{title: "=HYPERLINK(\"http://x\")", n: -3}, {title: "+84 hợp tác", n: 2}, {title: "@x", n: 0}])).toBe('title,n\n"\'=HYPERLINK(""http://x"")",-3\n\'+84 hợp tác,2\n\'@x,0');
    expect(safeCell("-1")).toBe("'-1");
    expect(safeCell("Hà Nội")).toBe("Hà Nội");
  });
});
