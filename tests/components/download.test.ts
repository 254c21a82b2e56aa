// @vitest-environment jsdom
// download: every table can be downloaded as CSV, made in the browser when the link is clicked.
import {afterEach, beforeEach, describe, expect, it, vi} from "vitest";
import {downloadCsv, downloadCsvAsync} from "../../src/components/download.js";
import {blobText, recordDownloads} from "./componentFixtures.js";

const blobs = recordDownloads();
beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const rows = [
  {partner: "Nhật Bản", articles: 3, fields: ["ai", "energy"]},
  {partner: "Hàn Quốc, Korea", articles: 1, fields: []}
];

describe("downloadCsv", () => {
  it("is a link that says what it does and names the file", () => {
    const a = downloadCsv(rows, "partners.csv") as HTMLAnchorElement;
    expect(a.tagName).toBe("A");
    expect(a.textContent).toBe("⤓ Download CSV");
    expect(a.getAttribute("download")).toBe("partners.csv");
    expect(a.getAttribute("role")).toBe("button");
    expect(downloadCsv(rows, "x.csv", {label: "Download the evidence"}).textContent).toBe("⤓ Download the evidence");
  });
  it("makes the CSV when clicked, UTF-8 with a byte-order mark so that spreadsheets read Vietnamese", async () => {
    const a = downloadCsv(rows, "partners.csv") as HTMLAnchorElement;
    document.body.append(a);
    a.click();
    expect(a.getAttribute("href")).toBe("blob:test/1");
    expect(blobs[0].type).toBe("text/csv;charset=utf-8");
    expect(await blobText(blobs[0])).toBe('\ufeffpartner,articles,fields\nNhật Bản,3,ai;energy\n"Hàn Quốc, Korea",1,');
  });
  it("writes only the columns asked for", async () => {
    const a = downloadCsv(rows, "partners.csv", {columns: ["articles"]});
    document.body.append(a);
    a.click();
    expect(await blobText(blobs[0])).toBe("\ufeffarticles\n3\n1");
  });
  it("takes the rows at click time when given a function (what the reader has filtered)", async () => {
    let shown = rows;
    const a = downloadCsv(() => shown, "partners.csv", {columns: ["partner"]});
    document.body.append(a);
    shown = rows.slice(1);
    a.click();
    expect(await blobText(blobs[0])).toBe('\ufeffpartner\n"Hàn Quốc, Korea"');
  });
  it("lets the file go a second later", () => {
    const a = downloadCsv(rows, "partners.csv");
    document.body.append(a);
    a.click();
    vi.advanceTimersByTime(1000);
    expect(URL.revokeObjectURL).toHaveBeenCalledWith("blob:test/1");
    expect(a.getAttribute("href")).toBe("#");
  });
});

describe("downloadCsvAsync", () => {
  it("fetches the rows when clicked, then downloads them under the file's name", async () => {
    const clicked: {href: string; download: string}[] = [];
    const record = (e: Event) => {
      const t = e.target as HTMLAnchorElement;
      if (t.hidden) clicked.push({href: t.getAttribute("href")!, download: t.getAttribute("download")!});
    };
    document.addEventListener("click", record);
    const fetchRows = vi.fn(async () => rows);
    const a = downloadCsvAsync(fetchRows, "JP-evidence.csv", {columns: ["partner", "articles"]});
    document.body.append(a);
    expect(fetchRows).not.toHaveBeenCalled();
    a.click();
    await vi.waitFor(() => expect(clicked).toHaveLength(1));
    expect(fetchRows).toHaveBeenCalledOnce();
    expect(clicked[0]).toEqual({href: "blob:test/1", download: "JP-evidence.csv"});
    expect(await blobText(blobs[0])).toBe('\ufeffpartner,articles\nNhật Bản,3\n"Hàn Quốc, Korea",1');
    expect(document.querySelectorAll("a[hidden]")).toHaveLength(0);
    vi.advanceTimersByTime(1000);
    expect(URL.revokeObjectURL).toHaveBeenCalledWith("blob:test/1");
    document.removeEventListener("click", record);
  });
  it("does not follow its own address", async () => {
    const a = downloadCsvAsync(async () => [], "none.csv");
    document.body.append(a);
    const event = new MouseEvent("click", {cancelable: true, bubbles: true});
    a.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    await vi.runAllTimersAsync();
  });
});
