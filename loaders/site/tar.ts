// A minimal POSIX ustar writer: Framework's data loaders can emit an archive (`name.tar.ts`) whose
// members pages then reference one by one (`FileAttachment("data/name/member.json")`). One loader
// run, many files: no process per file, and only the members a page names are copied to dist/.

export interface TarEntry {
  name: string;
  data: string | Uint8Array;
}

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, "0") + "\0";
}

function header(name: string, size: number): Buffer {
  const h = Buffer.alloc(512, 0);
  const nameBytes = Buffer.from(name, "utf8");
  if (nameBytes.length > 100) throw new Error(`tar: member name longer than 100 bytes: ${name}`);
  nameBytes.copy(h, 0);
  h.write(octal(0o644, 8), 100, "ascii"); // mode
  h.write(octal(0, 8), 108, "ascii"); // uid
  h.write(octal(0, 8), 116, "ascii"); // gid
  h.write(octal(size, 12), 124, "ascii"); // size
  h.write(octal(0, 12), 136, "ascii"); // mtime: fixed, so the archive is reproducible
  h.write("        ", 148, "ascii"); // checksum placeholder (8 spaces)
  h.write("0", 156, "ascii"); // regular file
  h.write("ustar\0", 257, "ascii");
  h.write("00", 263, "ascii");
  let sum = 0;
  for (const byte of h) sum += byte;
  h.write(sum.toString(8).padStart(6, "0") + "\0 ", 148, "ascii");
  return h;
}

/** The archive's bytes: each member's header, its data padded to 512 bytes, then two zero blocks. */
export function tar(entries: Iterable<TarEntry>): Buffer {
  const parts: Buffer[] = [];
  for (const {name, data} of entries) {
    const body = typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data);
    parts.push(header(name, body.length), body);
    const pad = (512 - (body.length % 512)) % 512;
    if (pad) parts.push(Buffer.alloc(pad, 0));
  }
  parts.push(Buffer.alloc(1024, 0));
  return Buffer.concat(parts);
}
