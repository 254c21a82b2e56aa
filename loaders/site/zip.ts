// A minimal zip writer (members deflated): Framework's data loaders can emit an
// archive (`name.zip.ts`) whose members pages then reference one by one
// (`FileAttachment("data/name/member.json")`). One loader run, many files: no process per file,
// and only the members a page names are copied to dist/. The dev server runs these loaders; a
// build writes the members into Framework's cache itself (scripts/sync-loader-cache.ts). Zip rather
// than tar because Framework finds a zip member through the archive's central directory, where it
// must read a tar from the start up to the member. Deflated because Framework reads the whole
// archive again for every member it extracts (JSZip copies it byte by byte): the smaller the
// archive, the faster a page opens in the dev server (JSON shrinks four- to sixfold; a member is
// inflated only when extracted).
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {deflateRawSync, inflateRawSync} from "node:zlib";

export interface ZipEntry {
  name: string;
  data: string | Uint8Array;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// DOS date and time of every member: fixed (1 January 1980), so the archive is reproducible.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 1 << 11;
const DEFLATE = 8;

/**
 * The fields a member's local header (from byte 4) and its central directory entry (from byte 6)
 * share: version needed, flags, method (deflate), time, date, CRC, sizes, name length.
 */
function describe(header: Buffer, at: number, crc: number, packed: number, size: number, nameLength: number): void {
  header.writeUInt16LE(20, at);
  header.writeUInt16LE(UTF8_NAMES, at + 2);
  header.writeUInt16LE(DEFLATE, at + 4);
  header.writeUInt16LE(DOS_TIME, at + 6);
  header.writeUInt16LE(DOS_DATE, at + 8);
  header.writeUInt32LE(crc, at + 10);
  header.writeUInt32LE(packed, at + 14);
  header.writeUInt32LE(size, at + 18);
  header.writeUInt16LE(nameLength, at + 22);
}

/** The archive's bytes: each member's local header and data, the central directory, its end record. */
export function zip(entries: Iterable<ZipEntry>): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  let count = 0;
  for (const {name, data} of entries) {
    const body = typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data);
    const nameBytes = Buffer.from(name, "utf8");
    const crc = crc32(body);
    // Level 1: most of the gain at a fraction of the time (the texts are tens of megabytes).
    const packed = deflateRawSync(body, {level: 1});
    if (body.length >= 0xffffffff || offset >= 0xffffffff) throw new Error("zip: archive larger than 4 GiB");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    describe(local, 4, crc, packed.length, body.length, nameBytes.length);
    parts.push(local, nameBytes, packed);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // version made by
    describe(entry, 6, crc, packed.length, body.length, nameBytes.length);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
    count++;
  }
  if (count > 0xffff) throw new Error("zip: more than 65,535 members");
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}

/**
 * The members of an archive `zip` wrote, by name (read through its central directory; members
 * stored or deflated). For the build, which compares them with the files Framework cached.
 */
export function unzip(archive: Uint8Array): Map<string, Buffer> {
  const bytes = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
  const end = bytes.length - 22;
  if (end < 0 || bytes.readUInt32LE(end) !== 0x06054b50) throw new Error("unzip: no end record (an archive with a comment?)");
  const count = bytes.readUInt16LE(end + 10);
  const members = new Map<string, Buffer>();
  let at = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) throw new Error("unzip: bad central directory");
    const method = bytes.readUInt16LE(at + 10);
    const packed = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const skip = bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString("utf8", at + 46, at + 46 + nameLength);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + packed);
    if (method !== 0 && method !== DEFLATE) throw new Error(`unzip: ${name}: compression method ${method}`);
    members.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
    at += 46 + nameLength + skip;
  }
  return members;
}

/**
 * The archive of a folder's files, named by their paths inside it with forward slashes, in order
 * of name (numbers in numeric order: 2.json before 10.json).
 */
export function zipFolder(folder: string): Buffer {
  const names: string[] = [];
  const visit = (dir: string, prefix: string) => {
    for (const e of readdirSync(dir, {withFileTypes: true})) {
      if (e.isDirectory()) visit(join(dir, e.name), `${prefix}${e.name}/`);
      else names.push(prefix + e.name);
    }
  };
  visit(folder, "");
  names.sort(new Intl.Collator("en", {numeric: true}).compare);
  return zip(names.map((name) => ({name, data: readFileSync(join(folder, name))})));
}
