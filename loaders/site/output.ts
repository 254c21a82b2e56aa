// What a data loader prints: one file of .cache/site/<fingerprint>/ (see outputs.ts). This module
// is light, so that a loader whose output is already computed does not load the extractor: each
// loader is a process of its own, and the dev server runs some 30 of them (a build runs none: it
// writes their outputs into Framework's cache itself, scripts/sync-loader-cache.ts).
import {existsSync, readFileSync, renameSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {corpusDir} from "../read/corpusDir.js";
import {corpusFingerprint, SITE_CACHE_DIR} from "./fingerprint.js";

/**
 * The corpus state a build is made of: `npm run build` (scripts/build.ts) computes it once and
 * hands it to every loader it runs, in $SITE_FINGERPRINT, for the same corpus folder; elsewhere
 * (the dev server, where articles change while it runs) it is computed on each call.
 */
export function buildFingerprint(dir: string): string {
  return process.env.SITE_FINGERPRINT || corpusFingerprint(dir);
}

/**
 * One output for the corpus folder ($CORPUS_DIR or data/articles/), computed if not cached yet. An
 * archive (`catalog.zip`) is made from the folder of its members (`catalog/`) the first time it is
 * asked for.
 */
export async function siteOutput(name: string, dir = corpusDir()): Promise<Buffer> {
  const fingerprint = buildFingerprint(dir);
  const folder = join(SITE_CACHE_DIR, fingerprint);
  if (!existsSync(folder)) {
    const {writeSiteOutputs} = await import("./outputs.js");
    writeSiteOutputs(dir, fingerprint);
  }
  const file = join(folder, name);
  const members = name.endsWith(".zip") ? file.slice(0, -".zip".length) : null;
  if (!existsSync(file) && members && existsSync(members)) {
    const {zipFolder} = await import("./zip.js");
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, zipFolder(members));
    renameSync(tmp, file);
  }
  return readFileSync(file);
}
