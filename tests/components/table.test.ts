// @vitest-environment jsdom
// table: a table with a CSV download under it, and the key-figure cards.
import {describe, expect, it} from "vitest";
import {bigNumber, tableWithDownload, wholeOnHover} from "../../src/components/table.js";
import {blobText, recordDownloads} from "./componentFixtures.js";

const blobs = recordDownloads();

const rows = [
  {code: "JP", name: "Nhật Bản", articles: 12},
  {code: "KR", name: "Hàn Quốc", articles: 4},
  {code: "EU", name: "Liên minh châu Âu", articles: 1}
];
const download = async (block: HTMLElement) => {
  document.body.append(block);
  block.querySelector<HTMLAnchorElement>("a.download")!.click();
  return blobText(blobs[0]);
};

describe("tableWithDownload", () => {
  it("shows the rows in a table with the columns and headers asked for", () => {
    const block = tableWithDownload(rows, {filename: "partners.csv", columns: ["name", "articles"], header: {name: "Partner", articles: "Articles"}});
    const table = block.querySelector("table")!;
    // Inputs.table always opens a row with the selection's cell.
    expect([...table.querySelectorAll("thead th")].slice(1).map((th) => th.textContent)).toEqual(["Partner", "Articles"]);
    expect([...table.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td")].slice(1).map((td) => td.textContent))).toEqual([
      ["Nhật Bản", "12"],
      ["Hàn Quốc", "4"],
      ["Liên minh châu Âu", "1"]
    ]);
  });
  it("formats cells as asked (a name as a link)", () => {
    const block = tableWithDownload(rows, {filename: "p.csv", columns: ["name"], format: {name: (v: string, i: number, d: typeof rows) => Object.assign(document.createElement("a"), {href: `./profile.html?code=${d[i].code}`, textContent: v})}});
    expect(block.querySelector("tbody a")!.getAttribute("href")).toBe("./profile.html?code=JP");
  });
  it("says how many rows it has, with thousands grouped", () => {
    expect(tableWithDownload(rows, {filename: "p.csv"}).querySelector(".table-foot")!.textContent).toContain("3 rows");
    const many = Array.from({length: 1234}, (_, i) => ({i}));
    expect(tableWithDownload(many, {filename: "p.csv"}).querySelector(".table-foot")!.textContent).toContain("1,234 rows");
  });
  it("downloads the columns shown, under the file's name", async () => {
    const block = tableWithDownload(rows, {filename: "partners.csv", columns: ["name", "articles"]});
    expect(block.querySelector("a.download")!.getAttribute("download")).toBe("partners.csv");
    expect(await download(block)).toBe("\ufeffname,articles\nNhật Bản,12\nHàn Quốc,4\nLiên minh châu Âu,1");
  });
  it("downloads other rows and columns when given (codes where the table shows links)", async () => {
    const block = tableWithDownload(rows, {filename: "p.csv", columns: ["name"], csv: [{code: "JP", extra: 1}], csvColumns: ["code"]});
    expect(await download(block)).toBe("\ufeffcode\nJP");
  });
  it("is not selectable unless asked", () => {
    expect(tableWithDownload(rows, {filename: "p.csv"}).querySelector("input[type=checkbox]")).toBeNull();
  });
  it("sizes its columns to their content unless asked for fixed widths, which cut long text (whole on hover)", () => {
    expect(tableWithDownload(rows, {filename: "p.csv"}).querySelector("table")!.style.tableLayout).toBe("auto");
    const fixed = tableWithDownload(rows, {filename: "p.csv", columns: ["name", "articles"], layout: "fixed", width: {articles: 64}, format: {name: wholeOnHover}});
    expect(fixed.querySelector("table")!.style.tableLayout).toBe("fixed");
    expect(fixed.querySelector("tbody span")!.getAttribute("title")).toBe("Nhật Bản");
  });
});

describe("bigNumber", () => {
  it("shows a label and a number with thousands grouped", () => {
    const card = bigNumber("Articles", 15234);
    expect(card.querySelector("h2")!.textContent).toBe("Articles");
    expect(card.querySelector(".big")!.textContent).toBe("15,234");
  });
  it("shows a text value as it is, and a note only when given", () => {
    expect(bigNumber("Years", "2003–2006").querySelector(".big")!.textContent).toBe("2003–2006");
    expect(bigNumber("Years", "2003–2006").querySelector("p")).toBeNull();
    expect(bigNumber("Partners", 4, "of 12 named").querySelector("p.muted")!.textContent).toBe("of 12 named");
  });
  it("shows a note holding markup as text", () => {
    const card = bigNumber("Partners", 1, "<img src=x onerror=alert(1)>");
    expect(card.querySelector("img")).toBeNull();
    expect(card.querySelector("p")!.textContent).toBe("<img src=x onerror=alert(1)>");
  });
});
