// Writing a file so that it is, at every instant, either its old content or its new content, and
// clearing the hidden temporary files a killed run leaves behind.
import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, afterEach, describe, expect, it, vi} from "vitest";
import {removeStaleTemps, writeFileAtomic} from "../../loaders/ingest/atomicWrite.js";
import {listArticleFiles} from "../../loaders/read/articleFiles.js";

// writeFileSync and renameSync pass through to the real ones unless a test makes one fail.
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  return {...fs, writeFileSync: vi.fn(fs.writeFileSync), renameSync: vi.fn(fs.renameSync)};
});
const realFs = await vi.importActual<typeof import("node:fs")>("node:fs");

const scratch = mkdtempSync(join(tmpdir(), "atomic-"));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));
afterEach(() => {
  vi.mocked(writeFileSync).mockClear();
  vi.mocked(renameSync).mockClear();
});

/** A disk that fills up halfway through a write: half the bytes land, then ENOSPC. */
function diskFullHalfway(path: unknown, data: unknown): never {
  const bytes = Buffer.from(data as string | Uint8Array);
  realFs.writeFileSync(path as string, bytes.subarray(0, bytes.length >> 1));
  throw Object.assign(new Error("ENOSPC: no space left on device, write"), {code: "ENOSPC"});
}

const OLD = "---\ntitle: \"Bản cũ\"\n---\nViệt Nam và Nhật Bản hợp tác phát triển chip bán dẫn.\n";
const NEW = "---\ntitle: \"Bản mới\"\n---\nViệt Nam và Hàn Quốc hợp tác đào tạo kỹ sư vi mạch.\n".repeat(50);

describe("writeFileAtomic", () => {
  it("writes text as UTF-8 and bytes as they are, creating the folders on the way", () => {
    const dir = mkdtempSync(join(scratch, "w-"));
    writeFileAtomic(join(dir, "vnexpress.net/2025/hop-tac.md"), "Hợp tác Việt – Nhật");
    expect(readFileSync(join(dir, "vnexpress.net/2025/hop-tac.md"), "utf8")).toBe("Hợp tác Việt – Nhật");
    const bytes = new Uint8Array([0x48, 0xf2, 0x70, 0x00, 0xff, 0x0a]); // windows-1258 "Hòp", a NUL, 0xff, LF
    writeFileAtomic(join(dir, "raw.body"), bytes);
    expect(new Uint8Array(readFileSync(join(dir, "raw.body")))).toEqual(bytes);
  });

  it("replaces a file whole, and leaves nothing else beside it", () => {
    const dir = mkdtempSync(join(scratch, "r-"));
    writeFileAtomic(join(dir, "a.md"), OLD);
    writeFileAtomic(join(dir, "a.md"), NEW);
    expect(readFileSync(join(dir, "a.md"), "utf8")).toBe(NEW);
    writeFileAtomic(join(dir, "a.md"), "");
    expect(readFileSync(join(dir, "a.md"), "utf8")).toBe("");
    expect(readdirSync(dir)).toEqual(["a.md"]);
  });

  it("writes the bytes to a hidden .NAME.PID.tmp beside the file and renames it over the file, never opening the file itself", () => {
    const dir = mkdtempSync(join(scratch, "t-"));
    const target = join(dir, "bai.md");
    const temp = join(dir, `.bai.md.${process.pid}.tmp`);
    writeFileSync(target, OLD);
    vi.mocked(writeFileSync).mockClear();
    let seenDuringWrite: string | null = null;
    vi.mocked(renameSync).mockImplementationOnce((from, to) => {
      seenDuringWrite = readFileSync(target, "utf8"); // the new bytes are all on disk, not yet in place
      realFs.renameSync(from, to);
    });
    writeFileAtomic(target, NEW);
    expect(vi.mocked(writeFileSync).mock.calls.map((c) => c[0])).toEqual([temp]);
    expect(vi.mocked(renameSync).mock.calls).toEqual([[temp, target]]);
    expect(seenDuringWrite).toBe(OLD);
    expect(readFileSync(target, "utf8")).toBe(NEW);
    expect(existsSync(temp)).toBe(false);
  });

  it("leaves the old content and no partial file when a write fails halfway (disk full), and passes the error on", () => {
    const dir = mkdtempSync(join(scratch, "f-"));
    const target = join(dir, "bai.md");
    writeFileAtomic(target, OLD);
    vi.mocked(writeFileSync).mockImplementationOnce(diskFullHalfway);
    expect(() => writeFileAtomic(target, NEW)).toThrow(expect.objectContaining({code: "ENOSPC"}));
    expect(readFileSync(target, "utf8")).toBe(OLD);
    expect(readdirSync(dir)).toEqual(["bai.md"]);
  });

  it("leaves no file at all when the first write of a new file fails halfway", () => {
    const dir = mkdtempSync(join(scratch, "n-"));
    vi.mocked(writeFileSync).mockImplementationOnce(diskFullHalfway);
    expect(() => writeFileAtomic(join(dir, "h.vn/moi.md"), NEW)).toThrow("ENOSPC");
    expect(readdirSync(join(dir, "h.vn"))).toEqual([]);
  });

  it("removes its temporary file when the rename fails (a folder where the file should be), and passes the error on", () => {
    const dir = mkdtempSync(join(scratch, "d-"));
    mkdirSync(join(dir, "bai.md", "inside"), {recursive: true});
    expect(() => writeFileAtomic(join(dir, "bai.md"), NEW)).toThrow(expect.objectContaining({code: expect.stringMatching(/^(EISDIR|ENOTEMPTY|EEXIST)$/)}));
    expect(readdirSync(dir)).toEqual(["bai.md"]);
    expect(readdirSync(join(dir, "bai.md"))).toEqual(["inside"]);
  });
});

describe("removeStaleTemps", () => {
  it("deletes the .NAME.PID.tmp files a killed run left, at any depth, says how many, and touches nothing else", () => {
    const dir = mkdtempSync(join(scratch, "s-"));
    const files: Record<string, string> = {
      ".index.md.123.tmp": "dở dang",
      "vnexpress.net/.hop-tac.md.4242.tmp": "---\ntitle: \"Hợp t",
      "vnexpress.net/hop-tac.md": OLD,
      "cache/ab/.abcdef.json.7.tmp": "{\"url\":",
      "cache/ab/abcdef.json": "{}",
      ".gitkeep": "",
      "notes.tmp": "một ghi chú",
      ".draft.tmp": "no process id",
      "bai.md.123.tmp": "not hidden",
      ".bai.md.12a.tmp": "not a process id",
    };
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, ".."), {recursive: true});
      writeFileSync(join(dir, name), text);
    }
    expect(removeStaleTemps(dir)).toBe(3);
    const left = readdirSync(dir, {recursive: true, withFileTypes: true})
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
      .sort();
    expect(left).toEqual(["cache/ab/abcdef.json", "vnexpress.net/hop-tac.md", ".gitkeep", "notes.tmp", ".draft.tmp", "bai.md.123.tmp", ".bai.md.12a.tmp"].sort());
    expect(removeStaleTemps(dir)).toBe(0);
  });

  it("finds nothing to delete in a folder that does not exist yet (a first run)", () => {
    expect(removeStaleTemps(join(scratch, "no-such-folder"))).toBe(0);
  });

  it("leaves what a killed write leaves, a hidden temporary file, out of the articles the corpus reader lists", () => {
    const dir = mkdtempSync(join(scratch, "k-"));
    writeFileAtomic(join(dir, "h.vn/bai.md"), OLD);
    writeFileSync(join(dir, "h.vn", `.bai.md.${process.pid}.tmp`), NEW.slice(0, 40)); // the kill came mid-write
    expect(listArticleFiles(dir)).toEqual([join(dir, "h.vn/bai.md")]);
    expect(removeStaleTemps(dir)).toBe(1);
    expect(readdirSync(join(dir, "h.vn"))).toEqual(["bai.md"]);
  });
});
