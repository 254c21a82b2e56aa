// Where an article from the web is written: `<host>/<slug>.md`, the slug a readable ASCII
// spelling of the address's last segment, and never one name for two query-string addresses.
import {createHash} from "node:crypto";
import {describe, expect, it} from "vitest";
import {MAX_SLUG, articleLocation, asciiSlug} from "../../loaders/ingest/articlePath.js";

const hash8 = (url: string) => createHash("sha256").update(url).digest("hex").slice(0, 8);

describe("asciiSlug", () => {
  it("folds Vietnamese to lower-case ASCII: tone and vowel marks dropped, đ and Đ as d", () => {
    expect(asciiSlug("Thủ tướng: “Việt Nam – Hoa Kỳ” ươm mầm ƯU ĐÃI")).toBe("thu-tuong-viet-nam-hoa-ky-uom-mam-uu-dai");
    expect(asciiSlug("Đồng Nai, Đắk Lắk và Bà Rịa–Vũng Tàu")).toBe("dong-nai-dak-lak-va-ba-ria-vung-tau");
    expect(asciiSlug("ằắẳẵặ ầấẩẫậ ềếểễệ ồốổỗộ ờớởỡợ ừứửữự ỳýỷỹỵ")).toBe("aaaaa-aaaaa-eeeee-ooooo-ooooo-uuuuu-yyyyy");
  });

  it("gives decomposed (NFD) text the slug of the same text composed (NFC)", () => {
    const title = "Hợp tác khoa học Việt – Đức";
    expect(asciiSlug(title.normalize("NFD"))).toBe("hop-tac-khoa-hoc-viet-duc");
    expect(asciiSlug(title.normalize("NFC"))).toBe("hop-tac-khoa-hoc-viet-duc");
  });

  it("joins words with single hyphens, whatever ran between them, and trims hyphens from both ends", () => {
    expect(asciiSlug("  --Khoa học & Công nghệ!!  (2025)__ --")).toBe("khoa-hoc-cong-nghe-2025");
    expect(asciiSlug("COVID-19: 100% an toàn")).toBe("covid-19-100-an-toan");
  });

  it("gives an empty slug for text without a Latin letter or a digit (the caller picks a name)", () => {
    expect(asciiSlug("中国 — 日本")).toBe("");
    expect(asciiSlug(" – ! ")).toBe("");
  });

  it(`cuts a long title to at most ${MAX_SLUG} characters, never ending on a hyphen`, () => {
    const title = "Việt Nam và Nhật Bản ký bản ghi nhớ hợp tác đào tạo mười nghìn kỹ sư thiết kế vi mạch bán dẫn giai đoạn 2025–2030";
    const full = "viet-nam-va-nhat-ban-ky-ban-ghi-nho-hop-tac-dao-tao-muoi-nghin-ky-su-thiet-ke-vi-mach-ban-dan-giai-doan-2025-2030";
    const slug = asciiSlug(title);
    expect(slug).toBe("viet-nam-va-nhat-ban-ky-ban-ghi-nho-hop-tac-dao-tao-muoi-nghin-ky-su-thiet-ke-vi");
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG);
    expect(full.startsWith(slug)).toBe(true);
    // The cut falls just after a word: the hyphen it would end on is dropped.
    expect(asciiSlug(`${"a".repeat(MAX_SLUG - 1)} b`)).toBe("a".repeat(MAX_SLUG - 1));
  });
});

describe("articleLocation", () => {
  it("puts the article in a folder named after its host, lower case and without www.", () => {
    expect(articleLocation("https://WWW.ThanhNien.VN/thoi-su/hop-tac-viet-han-185250314.htm")).toEqual({host: "thanhnien.vn", slug: "hop-tac-viet-han-185250314"});
    expect(articleLocation("https://so-khcn.lamdong.gov.vn/tin/israel.html")).toEqual({host: "so-khcn.lamdong.gov.vn", slug: "israel"});
  });

  it("names the file after the last segment of the path, a trailing slash aside", () => {
    expect(articleLocation("https://h.vn/khoa-hoc/viet-nam-duc/")).toEqual({host: "h.vn", slug: "viet-nam-duc"});
    expect(articleLocation("https://h.vn/khoa-hoc//bai-viet")).toEqual({host: "h.vn", slug: "bai-viet"});
  });

  it("drops the endings of web pages that news sites use, and keeps any other ending in the slug", () => {
    const endings = ["html", "htm", "HTML", "shtml", "php", "asp", "aspx", "jsp", "cms", "chn", "vnp", "tpo", "ldo", "vov"];
    for (const ending of endings) expect(articleLocation(`https://h.vn/tin/bai-viet-123.${ending}`).slug, ending).toBe("bai-viet-123");
    expect(articleLocation("https://h.vn/tai-lieu/bao-cao.pdf").slug).toBe("bao-cao-pdf");
  });

  it("spells a percent-encoded Vietnamese segment in ASCII, and reads a malformed one as it stands", () => {
    expect(articleLocation("https://h.vn/tin/H%E1%BB%A3p%20t%C3%A1c%20%C4%90%E1%BB%A9c.html").slug).toBe("hop-tac-duc");
    expect(articleLocation("https://h.vn/tin/Hợp-tác-Đức.html").slug).toBe("hop-tac-duc");
    expect(articleLocation("https://h.vn/tin/100%-xanh.html").slug).toBe("100-xanh");
  });

  it("names the file 'index' when the address has no path or its last segment no Latin letter", () => {
    expect(articleLocation("https://h.vn/")).toEqual({host: "h.vn", slug: "index"});
    expect(articleLocation("https://h.vn")).toEqual({host: "h.vn", slug: "index"});
    expect(articleLocation("https://h.vn/tin/中国.html")).toEqual({host: "h.vn", slug: "index"});
  });

  it("adds the first 8 hex digits of the whole address's SHA-256 when it has a query string", () => {
    const url = "https://most.gov.vn/chi-tiet.aspx?id=1";
    expect(articleLocation(url)).toEqual({host: "most.gov.vn", slug: `chi-tiet-${hash8(url)}`});
    expect(articleLocation("https://h.vn/?p=42")).toEqual({host: "h.vn", slug: `index-${hash8("https://h.vn/?p=42")}`});
  });

  it("never gives two addresses that differ only in their query string one name, and always gives one address the same", () => {
    const slugs = ["?id=1", "?id=2", "?id=12", "?id=1&page=2"].map((q) => articleLocation(`https://most.gov.vn/chi-tiet.aspx${q}`).slug);
    expect(new Set(slugs).size).toBe(4);
    expect(articleLocation("https://most.gov.vn/chi-tiet.aspx?id=1").slug).toBe(slugs[0]);
  });

  it("leaves two addresses with one last segment on one host to the store to number (same location), and keeps other hosts apart", () => {
    expect(articleLocation("https://h.vn/x/bai.html")).toEqual(articleLocation("https://h.vn/y/bai.html"));
    expect(articleLocation("https://a.vn/x/bai.html").host).not.toBe(articleLocation("https://b.vn/x/bai.html").host);
  });

  it("keeps a long address's slug within the limit, the hash after it", () => {
    const long = `https://h.vn/${"hop-tac-khoa-hoc-cong-nghe-".repeat(8)}2025.html`;
    expect(articleLocation(long).slug).toBe("hop-tac-khoa-hoc-cong-nghe-".repeat(3).slice(0, MAX_SLUG)); // cut just before a hyphen
    const withQuery = `${long}?id=7`;
    const slug = articleLocation(withQuery).slug;
    expect(slug).toBe(`${articleLocation(long).slug}-${hash8(withQuery)}`);
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG + 9);
  });

  it("refuses a string that is not an absolute address", () => {
    expect(() => articleLocation("vnexpress.net/bai.html")).toThrow(TypeError);
  });
});
