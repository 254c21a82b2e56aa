// The state of a corpus folder and of the extractor, as one short hash: the articles' paths, sizes
// and modification times, the extractor's version (its code and reference tables), and the map
// files the site draws with (data/maps/). Every cached result of the site
// (.cache/site/<fingerprint>…) is keyed by it. Light on purpose: the data
// loaders import it to find a cached output without loading the extractor.
import {createHash} from "node:crypto";
import {existsSync, readdirSync, readFileSync, statSync} from "node:fs";
import {join, resolve} from "node:path";
import {listArticleFiles} from "../read/articleFiles.js";
import {extractorVersion, PROJECT_ROOT} from "../extract/version.js";

/** The map files the site draws with (loaders/site/maps.ts). */
export const MAPS_DIR = join(PROJECT_ROOT, "data/maps");

export const SITE_CACHE_DIR = join(PROJECT_ROOT, ".cache/site");

export function corpusFingerprint(dir: string, mapsDir = MAPS_DIR): string {
  const hash = createHash("sha256").update(extractorVersion()).update("\0").update(resolve(dir));
  for (const name of existsSync(mapsDir) ? readdirSync(mapsDir).sort() : []) hash.update(`\0${name}\0`).update(readFileSync(join(mapsDir, name)));
  for (const file of existsSync(dir) ? listArticleFiles(dir) : []) {
    const st = statSync(file);
    hash.update(`\0${file}\0${st.size}\0${st.mtimeMs}`);
  }
  return hash.digest("hex").slice(0, 20);
}
