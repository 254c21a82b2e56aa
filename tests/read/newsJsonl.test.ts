// A JSONL news corpus read record by record (gzip or not), and a record as the article file its
// README describes.
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {gzipSync} from "node:zlib";
import {afterAll, describe, expect, it} from "vitest";
import {articleFileText, readJsonl, readJsonlSync, type NewsRecord} from "../../loaders/read/newsJsonl.js";

const dir = mkdtempSync(join(tmpdir(), "news-jsonl-"));
afterAll(() => rmSync(dir, {recursive: true, force: true}));
const records: NewsRecord[] = [
  {id: "vntc-a", category: "Khoa hoc", title: "Hợp tác Việt – Nhật", text: "Đoạn một.\nĐoạn hai."},
  {id: "vntc-b", category: "The thao", title: null, text: "Không có tiêu đề."},
  {id: "vntc-c", category: "Vi tinh", title: "Chip", text: "Bán dẫn."}
];
const lines = records.map((r) => JSON.stringify(r)).join("\n") + "\n\n";
const plain = join(dir, "news.jsonl");
const gz = join(dir, "news.jsonl.gz");
writeFileSync(plain, lines);
writeFileSync(gz, gzipSync(lines));

describe("readJsonl and readJsonlSync", () => {
  it("stream every record of a plain or a gzip file, skipping blank lines", async () => {
    for (const file of [plain, gz]) {
      const got: NewsRecord[] = [];
      for await (const r of readJsonl(file)) got.push(r);
      expect(got).toEqual(records);
      expect(readJsonlSync(file)).toEqual(records);
    }
  });
  it("keep only the ids asked for", () => {
    expect(readJsonlSync(gz, (id) => id !== "vntc-b").map((r) => r.id)).toEqual(["vntc-a", "vntc-c"]);
  });
});

describe("articleFileText", () => {
  it("is the title, a blank line and the text; the text alone without a title", () => {
    expect(articleFileText(records[0])).toBe("Hợp tác Việt – Nhật\n\nĐoạn một.\nĐoạn hai.\n");
    expect(articleFileText(records[1])).toBe("Không có tiêu đề.\n");
  });
});
