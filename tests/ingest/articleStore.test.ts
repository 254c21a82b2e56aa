// The output folder: file names, the Markdown written, and what happens to an article the
// folder already has.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {articleLocation, asciiSlug} from "../../loaders/ingest/articlePath.js";
import {ArticleStore, articleMarkdown} from "../../loaders/ingest/articleStore.js";
import {removeStaleTemps, writeFileAtomic} from "../../loaders/ingest/atomicWrite.js";
import {parseFrontMatter} from "../../loaders/read/frontMatter.js";

const scratch = mkdtempSync(join(tmpdir(), "store-"));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));

const article = (text: string, url: string | undefined, title = "Tiêu đề") => ({
  text,
  frontMatter: {title, date: {year: 2025, month: 3, day: 14}, source: "vnexpress.net", ...(url ? {url} : {})},
  fetched: "2025-03-15T01:02:03.000Z"
});

describe("articleLocation", () => {
  it("names the file after the host (without www.) and the address's last segment in ASCII", () => {
    expect(articleLocation("https://www.vietnamplus.vn/viet-nam-phap-post1021345.vnp")).toEqual({host: "vietnamplus.vn", slug: "viet-nam-phap-post1021345"});
    expect(articleLocation("https://h.vn/tin/H%E1%BB%A3p%20t%C3%A1c%20%C4%90%E1%BB%A9c.html")).toEqual({host: "h.vn", slug: "hop-tac-duc"});
    expect(articleLocation("https://h.vn/")).toEqual({host: "h.vn", slug: "index"});
  });
  it("adds a hash of the whole address when a query string names the article", () => {
    const a = articleLocation("https://most.gov.vn/chi-tiet.aspx?id=1").slug;
    const b = articleLocation("https://most.gov.vn/chi-tiet.aspx?id=2").slug;
    expect(a).toMatch(/^chi-tiet-[0-9a-f]{8}$/);
    expect(a).not.toBe(b);
    expect(asciiSlug("Đà Nẵng – 2025!")).toBe("da-nang-2025");
  });
});

describe("articleMarkdown", () => {
  it("writes front matter that parseFrontMatter reads back, quotes and backslashes included", () => {
    const md = articleMarkdown(article("Dòng một\nDòng hai", "https://a.vn/x#y", 'Tên "Chip" \\ C:\\'));
    const parsed = parseFrontMatter(md);
    expect(parsed).toEqual({ok: true, frontMatter: {title: 'Tên "Chip" \\ C:\\', date: {year: 2025, month: 3, day: 14}, source: "vnexpress.net", url: "https://a.vn/x#y"}, body: "Dòng một\nDòng hai\n"});
    expect(md).toContain("fetched: 2025-03-15T01:02:03.000Z\n");
  });
});

describe("ArticleStore.save", () => {
  it("writes, then finds unchanged, kept, updated and duplicate articles", () => {
    const dir = mkdtempSync(join(scratch, "s-"));
    const url = "https://vnexpress.net/a-1.html";
    expect(new ArticleStore(dir).save(article("Nội dung.", url))).toEqual({kind: "written", path: join(dir, "vnexpress.net/a-1.md")});
    const store = new ArticleStore(dir); // a later run reads the folder
    expect(store.save({...article("Nội dung.", url), fetched: "2026-01-01T00:00:00Z"}).kind).toBe("unchanged");
    expect(store.save(article("Nội dung đã sửa.", url))).toMatchObject({kind: "kept", message: expect.stringContaining("vnexpress.net/a-1.md already holds this address")});
    expect(readFileSync(join(dir, "vnexpress.net/a-1.md"), "utf8")).toContain("Nội dung.");
    expect(store.save(article("Nội dung đã sửa.", url), {update: true}).kind).toBe("updated");
    expect(store.save(article("Nội   dung đã sửa.", "https://khac.vn/b.html"))).toMatchObject({kind: "duplicate", message: "same text as vnexpress.net/a-1.md"});
  });
  it("gives two articles whose addresses share a slug two files", () => {
    const dir = mkdtempSync(join(scratch, "c-"));
    const store = new ArticleStore(dir);
    expect(store.save(article("Một.", "https://h.vn/x/bai.html")).path).toBe(join(dir, "h.vn/bai.md"));
    expect(store.save(article("Hai.", "https://h.vn/y/bai.html")).path).toBe(join(dir, "h.vn/bai-2.md"));
  });
});

describe("writeFileAtomic and removeStaleTemps", () => {
  it("replace a file whole, and clear the hidden temporary files a killed run left", () => {
    const dir = mkdtempSync(join(scratch, "a-"));
    writeFileAtomic(join(dir, "sub/a.md"), "một");
    writeFileAtomic(join(dir, "sub/a.md"), "hai");
    expect(readFileSync(join(dir, "sub/a.md"), "utf8")).toBe("hai");
    writeFileSync(join(dir, "sub/.b.md.4242.tmp"), "dở dang");
    expect(removeStaleTemps(dir)).toBe(1);
  });
});
