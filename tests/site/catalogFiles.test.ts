// The catalogue: list entries by position, in parts of consecutive positions.
import {describe, expect, it} from "vitest";
import {CATALOG_PARTS} from "../../loaders/contract.js";
import {catalogFiles, catalogSize, leadOf, LEAD_CHARS} from "../../loaders/site/catalogFiles.js";
import {mixed} from "./siteFixtures.js";

describe("catalogue parts", () => {
  const files = catalogFiles(mixed);
  it("writes every part, empty ones included", () => {
    expect(files.map((f) => f.name)).toEqual(Array.from({length: CATALOG_PARTS}, (_, p) => `catalog/${p}.json`));
  });
  it("puts the article at position i in part ⌊i / size⌋, in order", () => {
    const size = catalogSize(mixed.articles.length);
    mixed.articles.forEach((a, i) => {
      expect(JSON.parse(files[Math.floor(i / size)].data)[i % size].id).toBe(a.id);
    });
  });
  it("sizes the parts so that they hold every article", () => {
    expect(catalogSize(0)).toBe(1);
    expect(catalogSize(15000) * CATALOG_PARTS).toBeGreaterThanOrEqual(15000);
  });
  it("gives an untitled article the first words of its text, cut after a whole word", () => {
    const text = "Đánh dấu 10 năm quan hệ y khoa Việt - Pháp (1996 - 2006), ngày 10/1, tại TP.HCM đã diễn ra lễ ký kết trao tặng học bổng. Câu hai.";
    const a = {title: null, text, sentences: [{start: 0, end: text.indexOf(" Câu")}]} as never;
    const lead = leadOf(a)!;
    expect(lead.endsWith("…")).toBe(true);
    expect(lead.length).toBeLessThanOrEqual(LEAD_CHARS + 1);
    expect(text.startsWith(lead.slice(0, -1))).toBe(true);
    expect(text[lead.length - 1]).toBe(" ");
    expect(leadOf({title: null, text: "Ngắn gọn.", sentences: [{start: 0, end: 9}]} as never)).toBe("Ngắn gọn.");
    expect(leadOf({title: "Tiêu đề", text, sentences: [{start: 0, end: 10}]} as never)).toBeNull();
    expect(leadOf({title: null, text: "", sentences: []} as never)).toBeNull();
  });
});
