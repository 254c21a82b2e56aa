// The state the site data is computed from, as one short hash: the articles' paths, sizes and
// modification times, the extractor's version (its code and reference tables), the map files
// (data/maps/), the references the Method page scores against, and the day (no article is dated
// after the day the corpus is read). When it has not changed, the site data written last is
// still right and is not computed again (writeSite.ts).
import {createHash} from "node:crypto";
import {existsSync, readdirSync, readFileSync, statSync} from "node:fs";
import {join, resolve} from "node:path";
import {listArticleFiles} from "../read/articleFiles.js";
import {extractorVersion, PROJECT_ROOT} from "../extract/version.js";
import {CORPUS_GOLD_FILE, NEWS_CORPUS_FILE} from "../tables/corpusGold.js";
import {GOLD_FILE as SEED_GOLD_FILE, SAMPLE_SCORES_FILE} from "./qualityFile.js";

/** The map files the site draws with (mapFiles.ts). */
export const MAPS_DIR = join(PROJECT_ROOT, "data/maps");

/** What the Method page's scores come from (qualityFile.ts): the gold files and the scores last written. */
export const QUALITY_INPUTS = [SEED_GOLD_FILE, CORPUS_GOLD_FILE, SAMPLE_SCORES_FILE];

export function siteFingerprint(dir: string, built: string, mapsDir = MAPS_DIR): string {
  const hash = createHash("sha256").update(extractorVersion()).update("\0").update(resolve(dir)).update("\0").update(built);
  for (const name of existsSync(mapsDir) ? readdirSync(mapsDir).sort() : []) hash.update(`\0${name}\0`).update(readFileSync(join(mapsDir, name)));
  for (const file of QUALITY_INPUTS) if (existsSync(file)) hash.update(`\0${file}\0`).update(readFileSync(file));
  // The news corpus the sample's scores are computed from, when it is on this machine: its size and time stand for it.
  if (existsSync(NEWS_CORPUS_FILE)) hash.update(`\0${NEWS_CORPUS_FILE}\0${statSync(NEWS_CORPUS_FILE).size}\0${statSync(NEWS_CORPUS_FILE).mtimeMs}`);
  for (const file of existsSync(dir) ? listArticleFiles(dir) : []) {
    const st = statSync(file);
    hash.update(`\0${file}\0${st.size}\0${st.mtimeMs}`);
  }
  return hash.digest("hex").slice(0, 20);
}
