// The files the dashboard's data loaders (src/data/*.ts, src/data/texts/<archive>.zip.ts) print,
// computed all at once per corpus state and written to .cache/site/<fingerprint>/ (see output.ts,
// which the loaders call: the first one to run computes them, the others only read their file).
import {mkdirSync, readdirSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {SITE_CACHE_DIR} from "../fingerprint.js";
import {computeSiteData, type SiteData} from "../siteData.js";
import {catalogParts, facets} from "./facets.js";
import {quality} from "./quality.js";
import {ENTITY_KINDS, entityFiles, entityRecords, siteSummary, warnedArticles} from "./shape.js";
import {textArchives} from "./texts.js";
import {zip} from "./zip.js";
import {decodeFacets} from "../../src/components/facets.js";

/** What goes in site.json; every other key of the SiteSummary goes in tables.json. */
export const SITE_KEYS = ["corpus", "span", "figures", "names", "skipped", "warnings"] as const;

/** `entities/partner.zip` and `entities/province.zip`, each member named inside its kind's folder. */
function entityArchives(files: {name: string; data: string}[]): Record<string, Uint8Array> {
  return Object.fromEntries(
    ENTITY_KINDS.map((kind) => [
      `entities/${kind}.zip`,
      zip(files.filter((f) => f.name.startsWith(`${kind}/`)).map((f) => ({name: f.name.slice(kind.length + 1), data: f.data})))
    ])
  );
}

/** Every output of the site data, by name. */
export function siteOutputs(data: SiteData): Record<string, string | Uint8Array> {
  const summary = siteSummary(data);
  const facetsFile = facets(data);
  // Every page reads site.json (figures, names): keep it small. The aggregate tables go apart,
  // to the pages that draw them (Overview, Timeline).
  const site: Record<string, unknown> = {};
  const tables: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(summary)) ((SITE_KEYS as readonly string[]).includes(k) ? site : tables)[k] = v;
  return {
    "site.json": JSON.stringify(site),
    "tables.json": JSON.stringify(tables),
    "facets.json": JSON.stringify(facetsFile),
    "warnings.json": JSON.stringify(warnedArticles(data)),
    "quality.json": JSON.stringify(quality(data)),
    ...entityArchives(entityFiles(entityRecords(data, decodeFacets(facetsFile)))),
    "catalog.zip": zip(catalogParts(data)),
    ...Object.fromEntries(textArchives(data).map((bytes, a) => [`texts/${a}.zip`, bytes]))
  };
}

/**
 * Computes every output for the corpus folder and writes it to .cache/site/<fingerprint>/,
 * removing the outputs of every other corpus state.
 */
export function writeSiteOutputs(dir: string, fingerprint: string): void {
  const all = siteOutputs(computeSiteData(dir));
  mkdirSync(SITE_CACHE_DIR, {recursive: true});
  for (const old of readdirSync(SITE_CACHE_DIR)) if (old !== fingerprint) rmSync(join(SITE_CACHE_DIR, old), {recursive: true, force: true});
  const folder = join(SITE_CACHE_DIR, fingerprint);
  for (const [n, value] of Object.entries(all)) {
    const path = join(folder, n);
    mkdirSync(dirname(path), {recursive: true});
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, value);
    renameSync(tmp, path);
  }
}
