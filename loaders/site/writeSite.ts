// Writes the site data (the files of ../contract.ts) into src/data/site/, where the pages read them
// with FileAttachment: `npm run build` does before `observable build`, `npm run dev` before the
// preview starts and again whenever an article, a reference table or loaders/ change. Only files
// whose bytes changed are written (the preview reloads the pages that read them), and files no
// longer produced are deleted. When nothing the data depends on has changed since the last write
// (fingerprint.ts), nothing is computed.
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync} from "node:fs";
import {dirname, join, relative} from "node:path";
import {catalogFiles} from "./catalogFiles.js";
import {SITE_DATA_DIR} from "./config.js";
import {entityFiles} from "./entityFiles.js";
import {facetsFiles} from "./facetsFile.js";
import {siteFingerprint} from "./fingerprint.js";
import {vietnamMap, worldMap} from "./mapFiles.js";
import {quality, warnedArticles} from "./qualityFile.js";
import {computeCorpusTable, type CorpusTable} from "../tables/corpusTable.js";
import {siteFile} from "./siteFile.js";
import {textFiles} from "./textFiles.js";

export {SITE_DATA_DIR};
const FINGERPRINT_FILE = ".fingerprint";

/** Every file of the site data, by its path under SITE_DATA_DIR. */
export function siteFiles(data: CorpusTable): Map<string, string> {
  const texts = textFiles(data);
  const entities = entityFiles(data);
  const facets = facetsFiles(data);
  const files = new Map<string, string>([
    ["site.json", JSON.stringify(siteFile(data, {entities: entities.index, texts: texts.fences}))],
    ["facets.json", JSON.stringify(facets.cooperation)],
    ["facets-mentions.json", JSON.stringify(facets.mentions)],
    ["quality.json", JSON.stringify(quality(data))],
    ["warnings.json", JSON.stringify(warnedArticles(data))],
    ["world-map.json", worldMap()],
    ["vietnam-map.json", vietnamMap()]
  ]);
  for (const f of [...catalogFiles(data), ...texts.files, ...entities.files]) files.set(f.name, f.data);
  return files;
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

export interface WriteResult {
  computed: boolean;
  written: number;
  unchanged: number;
  deleted: number;
  seconds: number;
}

/** Computes the site data of the corpus folder (unless it is up to date) and writes what changed. */
export function writeSite(corpus: string, out = SITE_DATA_DIR, today = new Date()): WriteResult {
  const start = performance.now();
  const built = today.toISOString().slice(0, 10);
  const fingerprint = siteFingerprint(corpus, built);
  const fingerprintFile = join(out, FINGERPRINT_FILE);
  if (existsSync(fingerprintFile) && readFileSync(fingerprintFile, "utf8") === fingerprint) {
    return {computed: false, written: 0, unchanged: 0, deleted: 0, seconds: (performance.now() - start) / 1000};
  }
  const files = siteFiles(computeCorpusTable(corpus, today));
  let written = 0;
  let unchanged = 0;
  let deleted = 0;
  mkdirSync(out, {recursive: true});
  for (const [name, data] of files) {
    const path = join(out, name);
    if (existsSync(path) && readFileSync(path, "utf8") === data) {
      unchanged++;
      continue;
    }
    mkdirSync(dirname(path), {recursive: true});
    // Written whole, then renamed: a page never reads half a file.
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, data);
    renameSync(tmp, path);
    written++;
  }
  for (const path of listFiles(out)) {
    const name = relative(out, path);
    if (name !== FINGERPRINT_FILE && !files.has(name)) {
      rmSync(path);
      deleted++;
    }
  }
  writeFileSync(fingerprintFile, fingerprint);
  return {computed: true, written, unchanged, deleted, seconds: (performance.now() - start) / 1000};
}
