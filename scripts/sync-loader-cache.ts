// Observable Framework serves a data loader's cached output for as long as the file is newer than
// the loader's script (and `observable build` serves it even when older): it never sees that an
// article, a gazetteer or loaders/ changed. Deleting every cached output before a build (what the
// dev server does on a change) is correct but slow: Framework then runs every loader again, one
// process each, and extracts every archive member it needs, one read of the whole archive each:
// at 15,000 articles, hundreds of files and tens of seconds for one new article. The build does
// better, because every loader in src/data prints a file of the site data (.cache/site/<fingerprint>/,
// see loaders/site/output.ts; a test checks each loader's name against the file it prints): it
// writes those outputs into Framework's cache itself, the ones that changed, as Framework would
// have, and deletes every other output.
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";

/**
 * What the site-data loaders print now, by output path under src/ (as in Framework's cache): each
 * file of the site folder under data/ (`data/site.json` for site.json), an archive's members
 * included, written there as a folder where Framework looks for them (`data/catalog/0.json` for
 * member 0.json of catalog.zip; `data/texts/3/17.json` for member 17.json of texts/3.zip). Pages
 * name members, never the archives, which are left out (the dev server's loaders make them).
 */
export function siteLoaderOutputs(siteFolder: string): Map<string, Buffer> {
  const outputs = new Map<string, Buffer>();
  const visit = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const file = join(dir, entry.name);
      if (entry.isDirectory()) visit(file, `${prefix}${entry.name}/`);
      else if (!entry.name.endsWith(".zip") && !entry.name.endsWith(".tmp")) outputs.set(`data/${prefix}${entry.name}`, readFileSync(file));
    }
  };
  if (existsSync(siteFolder)) visit(siteFolder, "");
  return outputs;
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

export interface Synced {
  /** Outputs already there with the right bytes. */
  kept: number;
  /** Outputs written (new, or changed since the last build). */
  written: number;
  /** Other cached files deleted: outputs of loaders that print no site data (they run again), leftovers. */
  removed: number;
}

/**
 * Makes Framework's loader cache (`cacheDir`, src/.observablehq/cache; its "_"-prefixed folders,
 * bundled npm packages and client code, are left alone) hold exactly `outputs`: each written where
 * its bytes differ or it is missing, each kept where they are the same (and made newer than every
 * loader script, `notBefore`, ms, if it was not, so that Framework takes it as fresh rather than
 * run the loader again for the same bytes); every other file deleted, then empty folders.
 */
export function syncLoaderCache(cacheDir: string, outputs: ReadonlyMap<string, Buffer>, notBefore: number): Synced {
  const counts = {kept: 0, written: 0, removed: 0};
  const seen = new Set<string>();
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
      const want = outputs.get(path);
      if (want && want.equals(readFileSync(file))) {
        seen.add(path);
        counts.kept++;
        if (statSync(file).mtimeMs < notBefore) utimesSync(file, new Date(), new Date());
      } else {
        rmSync(file, {force: true});
        if (!want) counts.removed++;
      }
    }
  };
  if (existsSync(cacheDir)) visit(cacheDir, "");
  for (const [path, bytes] of outputs) {
    if (seen.has(path)) continue;
    const file = join(cacheDir, path);
    mkdirSync(dirname(file), {recursive: true});
    const tmp = `${file}.${process.pid}.sync`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, file);
    counts.written++;
  }
  return counts;
}
