import { describe, expect, it } from "vitest";
import { parseFrontMatter, parseFrontMatterDate } from "../../loaders/read/frontMatter.js";

describe("parseFrontMatter", () => {
  it("leaves a text without front matter unchanged, with empty front matter", () => {
    const text = "Việt Nam - Trung Quốc thúc đẩy hợp tác\n\nNội dung.";
    expect(parseFrontMatter(text)).toEqual({ ok: true, frontMatter: {}, body: text });
  });

  it("reads title, date, source and url, and returns the body after the closing line", () => {
    const text = [
      "---",
      'title: "Việt Nam - Trung Quốc: hợp tác khoa học"',
      "date: 2024-04-22",
      "source: 'Bộ KH&CN'",
      "url: https://most.gov.vn/bai-viet?id=1#phan-2",
      "---",
      "Dòng đầu của bài.",
    ].join("\n");
    expect(parseFrontMatter(text)).toEqual({
      ok: true,
      frontMatter: {
        title: "Việt Nam - Trung Quốc: hợp tác khoa học",
        date: { year: 2024, month: 4, day: 22 },
        source: "Bộ KH&CN",
        url: "https://most.gov.vn/bai-viet?id=1#phan-2",
      },
      body: "Dòng đầu của bài.",
    });
  });

  it("accepts a year alone or a year and month as a partial date", () => {
    expect(parseFrontMatter("---\ndate: 2023\n---\nx")).toMatchObject({ frontMatter: { date: { year: 2023, month: null, day: null } } });
    expect(parseFrontMatter("---\ndate: '2023-11'\n---\nx")).toMatchObject({ frontMatter: { date: { year: 2023, month: 11, day: null } } });
  });

  it("ignores unknown keys, blank lines, comments and empty values", () => {
    const r = parseFrontMatter("---\n# ghi chú\nauthor: Hương Giang\n\ntags: khcn\ntitle:\n---\nBody");
    expect(r).toEqual({ ok: true, frontMatter: {}, body: "Body" });
  });

  it("keeps a colon inside a value and undoes quote escapes", () => {
    const r = parseFrontMatter('---\ntitle: "Việt Nam: \\"đối tác\\" chiến lược"\nsource: \'Tạp chí\'\'s\'\n---\n');
    expect(r).toMatchObject({ ok: true, frontMatter: { title: 'Việt Nam: "đối tác" chiến lược', source: "Tạp chí's" } });
  });

  it("refuses an impossible month or day with a message that quotes the date", () => {
    expect(parseFrontMatter("---\ndate: 2024-13-45\n---\nx")).toEqual({
      ok: false,
      message: "front matter date '2024-13-45' is not a valid YYYY, YYYY-MM or YYYY-MM-DD date",
    });
    expect(parseFrontMatter("---\ndate: 2023-02-30\n---\nx")).toMatchObject({ ok: false, message: expect.stringContaining("'2023-02-30'") });
  });

  it("refuses dates in any other format", () => {
    for (const d of ["13/04/2025", "2024-4-22", "April 2024", "24", "2024-04-22T10:00"]) {
      expect(parseFrontMatter(`---\ndate: ${d}\n---\nx`)).toMatchObject({ ok: false });
    }
  });

  it("refuses a line that is not 'key: value', naming the line", () => {
    expect(parseFrontMatter("---\ntitle: A\njust some words\n---\nx")).toEqual({
      ok: false,
      message: "front matter line 3 ('just some words') is not a 'key: value' line",
    });
  });

  it("refuses a front matter block that is never closed", () => {
    expect(parseFrontMatter("---\ntitle: A\nNội dung bài viết")).toMatchObject({ ok: false, message: expect.stringContaining("never closed") });
  });

  it("refuses an unclosed quote", () => {
    expect(parseFrontMatter('---\ntitle: "A\n---\nx')).toMatchObject({ ok: false, message: expect.stringContaining("unclosed quote") });
  });

  it("accepts `fetched`, the time npm run ingest downloaded the page, as an ISO 8601 date and time, and keeps nothing of it", () => {
    for (const fetched of ["2025-04-14T08:30:00Z", "2025-04-14T08:30:00.123+07:00", "2025-04-14T08:30+0700", "2025-04-14"]) {
      expect(parseFrontMatter(`---\ntitle: T\nfetched: ${fetched}\n---\nBody`)).toEqual({ ok: true, frontMatter: { title: "T" }, body: "Body" });
    }
  });

  it("refuses a `fetched` that is not an ISO 8601 date and time, quoting it", () => {
    for (const fetched of ["yesterday", "14/04/2025", "2025-02-30T08:00:00Z", "2025-04-14T25:00:00Z"]) {
      const r = parseFrontMatter(`---\nfetched: ${fetched}\n---\nBody`);
      expect(r).toMatchObject({ ok: false, message: expect.stringContaining(`fetched '${fetched}'`) });
    }
  });

  it("only treats '---' on the very first line as front matter", () => {
    const text = "Tiêu đề\n---\ntitle: x\n---\n";
    expect(parseFrontMatter(text)).toEqual({ ok: true, frontMatter: {}, body: text });
  });
});

describe("parseFrontMatterDate", () => {
  it("knows leap years", () => {
    expect(parseFrontMatterDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseFrontMatterDate("2023-02-29")).toBeNull();
    expect(parseFrontMatterDate("1900-02-29")).toBeNull();
    expect(parseFrontMatterDate("2000-02-29")).not.toBeNull();
  });

  it("refuses month 00 and day 00", () => {
    expect(parseFrontMatterDate("2024-00")).toBeNull();
    expect(parseFrontMatterDate("2024-01-00")).toBeNull();
  });
});
