// Observable Framework serves a data loader's cached output for as long as the file is newer than
// the loader's script (and `observable build` serves it even when older): it never sees that an
// article, a gazetteer or loaders/ changed. Deleting every cached output before a build (what the
// dev server does on a change) is correct but slow: Framework then runs every loader and extracts
// every archive member again, some 1,300 files and half a minute at 15,000 articles, for one new
// article. The build can do better, because every loader prints a file of the site data
// (.cache/site/<fingerprint>/, see loaders/site/output.ts): a cached output is kept when its
// bytes are the very bytes its loader would print now, and deleted otherwise.
import {existsSync, readdirSync, readFileSync, rmSync, statSync} from "node:fs";
import {join} from "node:path";
import {unzip} from "../loaders/site/zip.js";

/**
 * What the data loaders print now, by output path under src/: "data/site.json" is the site data's
 * site.json, "data/entities/partner/US.json" the member US.json of its entities/partner.zip (the
 * nearest archive up the path, as Framework looks it up). Undefined for any other path: a loader
 * that does not print site data (the maps) always runs again.
 */
export function siteLoaderOutputs(siteFolder: string): (path: string) => Buffer | undefined {
  const archives = new Map<string, Map<string, Buffer>>();
  const member = (archive: string, name: string) => {
    if (!archives.has(archive)) archives.set(archive, unzip(readFileSync(join(siteFolder, archive))));
    return archives.get(archive)!.get(name);
  };
  const isFile = (name: string) => existsSync(join(siteFolder, name)) && statSync(join(siteFolder, name)).isFile();
  return (path) => {
    if (!path.startsWith("data/")) return undefined;
    const name = path.slice("data/".length);
    if (isFile(name)) return readFileSync(join(siteFolder, name));
    const parts = name.split("/");
    for (let i = parts.length - 1; i > 0; i--) {
      const archive = `${parts.slice(0, i).join("/")}.zip`;
      if (isFile(archive)) return member(archive, parts.slice(i).join("/"));
    }
    return undefined;
  };
}

/** The newest modification time (ms) of the files under a folder: the data loaders' scripts. */
export function newestFile(dir: string): number {
  let newest = 0;
  for (const entry of existsSync(dir) ? readdirSync(dir, {withFileTypes: true}) : []) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestFile(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export interface Pruned {
  kept: number;
  removed: number;
}

/**
 * Deletes each cached loader output in `cacheDir` (Framework's src/.observablehq/cache; its
 * "_"-prefixed folders, bundled npm packages and client code, are left alone) unless its bytes are
 * `expected(path)` and it is newer than every loader script (`notBefore`, ms), then empty folders.
 */
export function pruneLoaderCache(cacheDir: string, expected: (path: string) => Buffer | undefined, notBefore: number): Pruned {
  const counts = {kept: 0, removed: 0};
  const visit = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      if (!prefix && entry.name.startsWith("_")) continue;
      const file = join(dir, entry.name);
      const path = prefix + entry.name;
      if (entry.isDirectory()) {
        visit(file, `${path}/`);
        if (!readdirSync(file).length) rmSync(file, {recursive: true});
        continue;
      }
      const want = expected(path);
      if (want && statSync(file).mtimeMs >= notBefore && want.equals(readFileSync(file))) {
        counts.kept++;
      } else {
        rmSync(file, {force: true});
        counts.removed++;
      }
    }
  };
  if (existsSync(cacheDir)) visit(cacheDir, "");
  return counts;
}
