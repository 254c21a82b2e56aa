// The whole VNTC made into the corpus format of ../shared/corpus, without the articles it already holds.
import {spawnSync} from "node:child_process";
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {gunzipSync} from "node:zlib";
import {describe, expect, it} from "vitest";
import {vntcId, vntcRecord} from "../../scripts/vntc-to-jsonl.js";

const utf16 = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, "utf16le")]);
const body = "Hà Nội và Nhật Bản ký thỏa thuận hợp tác nghiên cứu về năng lượng tái tạo. ".repeat(4);

describe("vntcId", () => {
  it("names a file as ../shared/corpus names it, whatever its spacing", () => {
    expect(vntcId("test", "KH_VNE_T_ (141).txt")).toBe("vntc-test-KH-VNE-00141");
    expect(vntcId("train", "DS_ VNE_ (7).txt")).toBe("vntc-train-DS-VNE-00007");
    expect(vntcId("train", "TT_TT_(12).txt")).toBe("vntc-train-TT-TT-00012");
    expect(vntcId("train", "README.md")).toBeNull();
  });
});

describe("vntcRecord", () => {
  it("reads UTF-16, takes a VnExpress file's first line as its headline, and cleans each line", () => {
    const r = vntcRecord("vntc-test-KH-VNE-00001", "Khoa hoc", utf16("Tiêu đề\r\n\r\n  Viện R&amp;D  hợp tác\r\nDòng hai\r\n"));
    expect(r).toEqual({id: "vntc-test-KH-VNE-00001", category: "Khoa hoc", title: "Tiêu đề", text: "Viện R&D hợp tác\nDòng hai"});
  });
  it("gives Thanh Niên and Người Lao Động files no headline", () => {
    expect(vntcRecord("vntc-test-KH-TN-00001", "Khoa hoc", utf16("Dòng một\nDòng hai")).title).toBeNull();
  });
});

describe("npx tsx scripts/vntc-to-jsonl.ts", () => {
  it("writes the articles the excluded corpus does not hold, by id or by opening, in id order", () => {
    const dir = mkdtempSync(join(tmpdir(), "vntc-"));
    try {
      const raw = join(dir, "raw");
      for (const folder of ["Train_Full/Khoa hoc", "Test_Full/Khoa hoc"]) mkdirSync(join(raw, folder), {recursive: true});
      writeFileSync(join(raw, "Test_Full/Khoa hoc/KH_TN_T_ (2).txt"), utf16(body + "hai"));
      writeFileSync(join(raw, "Test_Full/Khoa hoc/KH_TN_T_ (1).txt"), utf16(body + "một"));
      writeFileSync(join(raw, "Train_Full/Khoa hoc/KH_TN_ (3).txt"), utf16("Ngắn quá."));
      writeFileSync(join(raw, "Train_Full/Khoa hoc/KH_TN_ (4).txt"), utf16("Một bài khác hẳn. " + body));
      writeFileSync(join(raw, "Train_Full/Khoa hoc/KH_TN_ (5).txt"), utf16("Đã có. " + body));
      const exclude = join(dir, "exclude.jsonl");
      writeFileSync(exclude, JSON.stringify({id: "vntc-train-KH-TN-00005", category: "Khoa hoc", title: null, text: "x"}) + "\n");
      const out = join(dir, "out.jsonl.gz");
      const run = spawnSync(join(process.cwd(), "node_modules/.bin/tsx"), ["scripts/vntc-to-jsonl.ts", raw, out, "--exclude", exclude], {encoding: "utf8"});
      expect(run.status, run.stderr).toBe(0);
      const ids = gunzipSync(readFileSync(out)).toString("utf8").trim().split("\n").map((l) => JSON.parse(l).id);
      // 00002 opens like 00001 (the first 200 characters), 00003 is too short, 00005 is excluded.
      expect(ids).toEqual(["vntc-test-KH-TN-00001", "vntc-train-KH-TN-00004"]);
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});
