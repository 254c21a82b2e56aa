import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { normalizeText } from "../../loaders/read/normalize.js";
import {
  compareCodePoints,
  expandInputs,
  listArticleFiles,
  looksLikeHtml,
  MAX_ARTICLE_BYTES,
  readArticleFile,
} from "../../loaders/read/articleFiles.js";
import { BAD_INPUT_DIR, badInputFiles, EXPECTED, SEED_OF, writeLargeFile } from "../fixtures/make-bad-input.js";

const SEEDS = join(import.meta.dirname, "..", "..", "data", "articles");
const scratch = mkdtempSync(join(tmpdir(), "read-corpus-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(scratch, "tree-"));
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(join(root, rel, ".."), { recursive: true });
    writeFileSync(join(root, rel), content);
  }
  return root;
}

describe("listArticleFiles", () => {
  it("finds .txt and .md files at any depth, sorted by relative path in code-point order", () => {
    const root = tree({
      "b.txt": "x",
      "a.md": "x",
      "Z.TXT": "x",
      "sub/ơ.txt": "x",
      "sub/o.txt": "x",
      "sub/deeper/c.txt": "x",
      "notes.docx": "x",
      "image.png": "x",
      ".txt": "x",
    });
    const rel = listArticleFiles(root).map((p) => p.slice(root.length + 1));
    expect(rel).toEqual(["Z.TXT", "a.md", "b.txt", "sub/deeper/c.txt", "sub/o.txt", "sub/ơ.txt"]);
  });

  it("skips dot-files and dot-folders", () => {
    const root = tree({ ".hidden.txt": "x", ".git/HEAD.txt": "x", "sub/.cache/x.txt": "x", "kept.txt": "x" });
    expect(listArticleFiles(root).map((p) => p.slice(root.length + 1))).toEqual(["kept.txt"]);
  });

  it("follows a symbolic link to a file", () => {
    const root = tree({ "real.txt": "x" });
    symlinkSync(join(root, "real.txt"), join(root, "link.txt"));
    expect(listArticleFiles(root).map((p) => p.slice(root.length + 1))).toEqual(["link.txt", "real.txt"]);
  });

  it("lists the five seed articles", () => {
    expect(listArticleFiles(SEEDS)).toHaveLength(5);
  });
});

describe("compareCodePoints", () => {
  it("orders by code point, not by UTF-16 code unit", () => {
    // U+FF5E (one unit, 0xFF5E) comes before U+1F600 (surrogates 0xD83D...), unlike with `<`.
    expect(["😀", "～"].sort(compareCodePoints)).toEqual(["～", "😀"]);
    expect(compareCodePoints("a", "ab")).toBeLessThan(0);
    expect(compareCodePoints("ab", "ab")).toBe(0);
  });
});

describe("expandInputs", () => {
  it("expands folders into their article files and keeps single files, with their own folder as root", () => {
    const root = tree({ "x/1.txt": "a", "x/2.md": "b", "y.txt": "c" });
    const out = expandInputs([join(root, "x"), join(root, "y.txt")]);
    expect(out).toEqual([
      { root: join(root, "x"), file: join(root, "x", "1.txt") },
      { root: join(root, "x"), file: join(root, "x", "2.md") },
      { root, file: join(root, "y.txt") },
    ]);
  });

  it("lists a file given twice only once", () => {
    const root = tree({ "a.txt": "a" });
    expect(expandInputs([root, join(root, "a.txt")])).toHaveLength(1);
  });

  it("passes a missing path through, so that reading it reports it", () => {
    const missing = join(scratch, "không-có.txt");
    const [item] = expandInputs([missing]);
    const r = readArticleFile(item!.file, item!.root);
    expect(r).toMatchObject({ ok: false, warning: { code: "unreadable", file: "không-có.txt" } });
    expect(!r.ok && r.warning.message).toBe("không-có.txt: cannot be read (no such file)");
  });
});

describe("readArticleFile", () => {
  it("reads a seed: id is the file name without extension, text is normalised", () => {
    const file = join(SEEDS, "000_5155e7d0209eb3e7.txt");
    const r = readArticleFile(file, SEEDS);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.id).toBe("000_5155e7d0209eb3e7");
    expect(r.article.file).toBe("000_5155e7d0209eb3e7.txt");
    expect(r.article.frontMatter).toEqual({});
    expect(r.article.bytes).toBe(statSync(file).size);
    expect(r.article.text).toBe(normalizeText(readFileSync(file, "utf8")));
  });

  it("keeps the sub-folder in the id of a nested file", () => {
    const root = tree({ "2024/04/bai-1.txt": "Tiêu đề bài viết số một\n\nNội dung." });
    const r = readArticleFile(join(root, "2024/04/bai-1.txt"), root);
    expect(r).toMatchObject({ ok: true, article: { id: "2024/04/bai-1", file: "2024/04/bai-1.txt" } });
  });

  it("splits off the front matter and keeps the body as the text", () => {
    const root = tree({ "a.md": "---\ntitle: Tiêu đề\ndate: 2024-04\n---\nNội dung bài.\n" });
    const r = readArticleFile(join(root, "a.md"), root);
    expect(r).toMatchObject({
      ok: true,
      article: { text: "Nội dung bài.\n", frontMatter: { title: "Tiêu đề", date: { year: 2024, month: 4, day: null } } },
    });
  });

  it("skips a file with front matter and nothing after it as empty", () => {
    const root = tree({ "a.md": "---\ntitle: Tiêu đề\n---\n\n  \n" });
    expect(readArticleFile(join(root, "a.md"), root)).toMatchObject({ ok: false, warning: { code: "empty" } });
  });

  it("checks the size before reading, and names the size and the limit", () => {
    const root = tree({ "big.txt": "x".repeat(2000) });
    const r = readArticleFile(join(root, "big.txt"), root, { maxBytes: 1000 });
    expect(r).toEqual({
      ok: false,
      warning: {
        file: "big.txt",
        code: "too-large",
        message: expect.stringMatching(/^big\.txt: is 2,000 bytes, over the 1,000 bytes limit/),
      },
    });
  });

  it("sets the default limit at 5 MiB", () => {
    expect(MAX_ARTICLE_BYTES).toBe(5 * 1024 * 1024);
  });

  it("refuses a 20 MB file as too large, with its size in MiB", () => {
    const dir = mkdtempSync(join(tmpdir(), "too-large-"));
    try {
      const path = writeLargeFile(dir);
      const r = readArticleFile(path, dir);
      expect(r).toMatchObject({ ok: false, warning: { code: "too-large", file: "too-large.txt" } });
      expect(!r.ok && r.warning.message).toBe(
        "too-large.txt: is 20 MiB (20,971,520 bytes), over the 5 MiB (5,242,880 bytes) limit for one article; " +
          "a news article is far smaller, so check that this is the right file or split it into one file per article",
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reports a folder given as a file as unreadable", () => {
    const root = tree({ "sub/a.txt": "x" });
    expect(readArticleFile(join(root, "sub"), root)).toMatchObject({ ok: false, warning: { code: "unreadable" } });
  });
});

describe("looksLikeHtml", () => {
  it("recognises a saved page by <!DOCTYPE or <html after optional whitespace", () => {
    expect(looksLikeHtml("\n  <!doctype html><html>")).toBe(true);
    expect(looksLikeHtml("<HTML lang='vi'>")).toBe(true);
    expect(looksLikeHtml("Bài viết nói về thẻ <html> trong trang web.")).toBe(false);
    expect(looksLikeHtml("<htmlx>")).toBe(false);
  });
});

describe("the bad-input fixtures", () => {
  const read = (name: string) => readArticleFile(join(BAD_INPUT_DIR, name), BAD_INPUT_DIR);

  it("are exactly what make-bad-input.ts generates", () => {
    for (const [name, bytes] of Object.entries(badInputFiles())) {
      expect(new Uint8Array(readFileSync(join(BAD_INPUT_DIR, name))), name).toEqual(bytes);
    }
    expect(listArticleFiles(BAD_INPUT_DIR).map((p) => p.slice(BAD_INPUT_DIR.length))).toHaveLength(Object.keys(EXPECTED).length);
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    if (expected === "ok") {
      it(`reads ${name}`, () => {
        expect(read(name)).toMatchObject({ ok: true, article: { file: name, id: name.replace(/\.[^.]+$/, "") } });
      });
    } else {
      it(`skips ${name} with a '${expected}' warning that names the file`, () => {
        const r = read(name);
        expect(r).toMatchObject({ ok: false, warning: { code: expected, file: name } });
        expect(!r.ok && r.warning.message.startsWith(`${name}: `)).toBe(true);
      });
    }
  }

  it("gives the same text for a seed saved as UTF-16 LE, UTF-8 with BOM, NFD or CRLF as for the seed", () => {
    for (const [fixture, seedName] of Object.entries(SEED_OF)) {
      const a = read(fixture);
      const b = readArticleFile(join(SEEDS, seedName), SEEDS);
      expect(a.ok && b.ok && a.article.text === b.article.text, fixture).toBe(true);
    }
  });

  it("explains the legacy encoding in plain words", () => {
    const r = read("windows-1258.txt");
    expect(!r.ok && r.warning.message).toBe(
      "windows-1258.txt: not valid UTF-8 (byte 0xEA at offset 2); it may be in a legacy code page such as Windows-1258 or Latin-1. Save the file as UTF-8",
    );
  });

  it("explains the saved web page and the impossible date in plain words", () => {
    const html = read("saved-page.txt");
    expect(!html.ok && html.warning.message).toBe(
      "saved-page.txt: looks like a saved HTML page, not article text; rename it to .html to read it as a web page (its article and metadata), or paste the article's text into a .txt file",
    );
    const date = read("impossible-date.md");
    expect(!date.ok && date.warning.message).toBe(
      "impossible-date.md: front matter date '2024-13-45' is not a valid YYYY, YYYY-MM or YYYY-MM-DD date",
    );
  });
});
