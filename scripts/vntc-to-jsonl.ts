// Turns the whole VNTC corpus (84,132 files, UTF-16, in Train_Full/ and Test_Full/ by category) into
// JSONL in the format of ../shared/corpus (one {id, category, title, text} per line, gzip), leaving out
// the articles that an excluded corpus already holds (by id, or by the same opening: VNTC repeats a few
// articles under two ids). The articles left are fresh: never read while the rules were written, and
// drawn from for blind labelling (tests/gold/relevance-fresh.json). Internal testing only, like
// ../shared/corpus: never copy them into data/articles/ or dist/.
//   git -C VNTC_CHECKOUT archive 578c3cfe data/VNTC/raw | tar -x -C /tmp/vntc   (magizbox/underthesea.classification)
//   npx tsx scripts/vntc-to-jsonl.ts /tmp/vntc/data/VNTC/raw /tmp/vntc-fresh.jsonl.gz --exclude ../shared/corpus/vn-news.jsonl.gz
import {readdirSync, readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {gzipSync} from "node:zlib";
import {readJsonlSync, type NewsRecord} from "../loaders/read/newsJsonl.js";

/** The shortest text ../shared/corpus keeps. */
export const MIN_TEXT = 206;
/** How much of an article's opening marks it as the same article under another id. */
const OPENING = 200;

/** "KH_VNE_T_ (141).txt" in Test_Full → "vntc-test-KH-VNE-00141"; spacing varies ("DS_ VNE_ (N)", "TT_TT_(N)"). */
export function vntcId(split: "train" | "test", file: string): string | null {
  const m = /^([A-Z]+)_ ?([A-Z]+)_ ?(?:T_ ?)?\((\d+)\)\.txt$/.exec(file);
  return m ? `vntc-${split}-${m[1]}-${m[2]}-${m[3].padStart(5, "0")}` : null;
}

const ENTITIES: Record<string, string> = {
  amp: "&", gt: ">", lt: "<", quot: '"', nbsp: "\u00a0", shy: "\u00ad", bull: "•", reg: "®", trade: "™",
  pound: "£", euro: "€", frac14: "¼", frac12: "½", asymp: "≈", plusmn: "±",
};
const unescape = (s: string) =>
  s.replace(/&(#\d+|[a-z]\w*);/gi, (all, name: string) => (name[0] === "#" ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name] ?? all)));
/** One line as ../shared/corpus writes it: entities read, runs of spaces made one, soft hyphens gone, trimmed. */
const cleanLine = (s: string) => unescape(s).replace(/[ \t]{2,}/g, " ").replaceAll("\u00ad", "").trim();

/** A VNTC file's bytes (UTF-16 with a byte-order mark, else UTF-8) as one article record. */
export function vntcRecord(id: string, category: string, bytes: Buffer): NewsRecord {
  const raw =
    bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.subarray(2).toString("utf16le")
    : bytes[0] === 0xfe && bytes[1] === 0xff ? new TextDecoder("utf-16be").decode(bytes.subarray(2))
    : bytes.toString("utf8");
  let lines = raw.normalize("NFC").replace(/\r\n?/g, "\n").split("\n").map((l) => l.trim()).filter(Boolean);
  let title: string | null = null;
  // VnExpress and Tuổi Trẻ files open with the headline (../shared/corpus/README.md).
  const source = id.split("-")[3];
  if ((source === "VNE" || source === "TT") && lines.length > 1 && lines[0].length <= 150) [title, ...lines] = lines;
  return {id, category, title: title === null ? null : cleanLine(title), text: lines.map(cleanLine).join("\n")};
}

function main(argv: string[]) {
  const [input, out, ...rest] = argv;
  if (!input || !out) {
    console.error("usage: npx tsx scripts/vntc-to-jsonl.ts VNTC_RAW_DIR OUT.jsonl.gz [--exclude CORPUS.jsonl[.gz]]");
    process.exit(2);
  }
  const exclude = rest.includes("--exclude") ? readJsonlSync(rest[rest.indexOf("--exclude") + 1]) : [];
  const ids = new Set(exclude.map((r) => r.id));
  const openings = new Set(exclude.map((r) => r.text.slice(0, OPENING)));
  const records: NewsRecord[] = [];
  for (const [folder, split] of [["Train_Full", "train"], ["Test_Full", "test"]] as const) {
    for (const category of readdirSync(join(input, folder)).sort()) {
      for (const file of readdirSync(join(input, folder, category))) {
        const id = vntcId(split, file);
        if (!id || ids.has(id)) continue;
        const r = vntcRecord(id, category, readFileSync(join(input, folder, category, file)));
        if (r.text.length >= MIN_TEXT) records.push(r);
      }
    }
  }
  // In id order, the first of the articles that open alike is kept.
  records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const fresh = records.filter((r) => {
    const opening = r.text.slice(0, OPENING);
    if (openings.has(opening)) return false;
    openings.add(opening);
    return true;
  });
  writeFileSync(out, gzipSync(fresh.map((r) => JSON.stringify(r)).join("\n") + "\n"));
  console.error(`wrote ${fresh.length} articles to ${out}`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) main(process.argv.slice(2));
