// The files the dashboard's data loaders (src/data/*.ts, src/articles.md.ts) print, computed all
// at once per corpus state and kept in .cache/site/<fingerprint>/: the first loader to run
// computes them from the site data, and the others only read their file. (Each loader is its own
// process; without this, every one of them would parse the whole site data again.)
import {existsSync, mkdirSync, readFileSync, renameSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {corpusDir} from "../corpus.js";
import {corpusFingerprint, SITE_CACHE_DIR, siteData, type SiteData} from "../siteData.js";
import {catalogParts, facets} from "./facets.js";
import {quality} from "./quality.js";
import {articleChunks, chunkCount, entityFiles, siteSummary, warnedArticles} from "./shape.js";
import {tar} from "./tar.js";

export const OUTPUTS = ["site.json", "facets.json", "warnings.json", "quality.json", "entities.tar", "catalog.tar", "articles.tar", "chunks.txt"] as const;
export type OutputName = (typeof OUTPUTS)[number];

/** Every output of the site data, by name. */
export function siteOutputs(data: SiteData): Record<OutputName, string | Uint8Array> {
  return {
    "site.json": JSON.stringify(siteSummary(data)),
    "facets.json": JSON.stringify(facets(data)),
    "warnings.json": JSON.stringify(warnedArticles(data)),
    "quality.json": JSON.stringify(quality(data)),
    "entities.tar": tar(entityFiles(data)),
    "catalog.tar": tar(catalogParts(data)),
    "articles.tar": tar(articleChunks(data)),
    "chunks.txt": String(chunkCount(data))
  };
}

/** One output for the corpus folder ($CORPUS_DIR or data/articles/), from cache when it is fresh. */
export function siteOutput(name: OutputName, dir = corpusDir()): Buffer {
  const folder = join(SITE_CACHE_DIR, corpusFingerprint(dir));
  const file = join(folder, name);
  if (existsSync(file)) return readFileSync(file);
  const all = siteOutputs(siteData(dir, {details: true}));
  mkdirSync(folder, {recursive: true});
  for (const [n, value] of Object.entries(all)) {
    const path = join(folder, n);
    mkdirSync(dirname(path), {recursive: true});
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, value);
    renameSync(tmp, path);
  }
  return readFileSync(file);
}
