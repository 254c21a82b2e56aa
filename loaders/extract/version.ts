// What the extractor's output depends on besides the articles: its code (loaders/), its
// reference tables (data/gazetteer/, data/chrome-patterns.tsv) and the installed versions of the
// libraries that read web pages (READER_PACKAGES). A change to any of them changes
// this fingerprint, and every cached result made with another one is ignored.
import {createHash} from "node:crypto";
import {existsSync, readdirSync, readFileSync, statSync} from "node:fs";
import {join, relative} from "node:path";
import {fileURLToPath} from "node:url";

export const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));

function filesUnder(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, ext));
    else if (ext.test(name)) out.push(path);
  }
  return out;
}

export function extractorFiles(root = PROJECT_ROOT): string[] {
  return [
    ...filesUnder(join(root, "loaders"), /\.ts$/),
    ...filesUnder(join(root, "data/gazetteer"), /\.tsv$/),
    join(root, "data/chrome-patterns.tsv")
  ].filter(existsSync);
}

/** Packages whose behaviour changes what a web page reads as (loaders/read/html.ts). */
export const READER_PACKAGES = ["linkedom", "@mozilla/readability"];

/** The installed version of each reader package ("none" when it is not installed). */
export function readerPackageVersions(root = PROJECT_ROOT): string[] {
  return READER_PACKAGES.map((name) => {
    const file = join(root, "node_modules", name, "package.json");
    const version = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as {version?: string}).version : undefined;
    return `${name}@${version ?? "none"}`;
  });
}

export function extractorVersion(root = PROJECT_ROOT): string {
  const hash = createHash("sha256");
  for (const file of extractorFiles(root)) hash.update(relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  for (const pkg of readerPackageVersions(root)) hash.update(pkg).update("\0");
  return hash.digest("hex").slice(0, 16);
}
