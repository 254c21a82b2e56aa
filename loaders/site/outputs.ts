// The files the dashboard's data loaders (src/data/*.ts, src/data/texts/<archive>.zip.ts) print,
// computed all at once per corpus state and written to .cache/site/<fingerprint>/ (see output.ts,
// which the loaders call: the first one to run computes them, the others only read their file).
// An archive is written as a folder of its members (catalog.zip as catalog/0.json …): what
// `npm run build` puts in Framework's cache as they are (scripts/sync-loader-cache.ts); the
// archive itself is made from the folder only when a loader asks for it (the dev server).
import {existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {SITE_CACHE_DIR} from "./fingerprint.js";
import {computeSiteData, type SiteData} from "./siteData.js";
import {catalogParts, facets} from "./facetsFile.js";
import {vietnamMap, worldMap} from "./mapFiles.js";
import {quality} from "./quality.js";
import {ENTITY_KINDS, entityFiles, entityRecords, siteSummary, warnedArticles} from "./shape.js";
import {textArchives} from "./textParts.js";
import type {ZipEntry} from "./zip.js";
import {decodeFacets} from "../../src/components/facets.js";

/** What goes in site.json; every other key of the SiteSummary goes in tables.json. */
export const SITE_KEYS = ["corpus", "span", "figures", "names", "skipped", "warnings"] as const;

/** What the loaders print: files by name, and archives by name with their members. */
export interface SiteOutputs {
  files: Record<string, string>;
  archives: Record<string, ZipEntry[]>;
}

/** Every output of the site data, by name. */
export function siteOutputs(data: SiteData): SiteOutputs {
  const summary = siteSummary(data);
  const facetsFile = facets(data);
  // Every page reads site.json (figures, names): keep it small. The aggregate tables go apart,
  // to the pages that draw them (Overview, Timeline).
  const site: Record<string, unknown> = {};
  const tables: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(summary)) ((SITE_KEYS as readonly string[]).includes(k) ? site : tables)[k] = v;
  const entities = entityFiles(entityRecords(data, decodeFacets(facetsFile)));
  return {
    files: {
      "site.json": JSON.stringify(site),
      "tables.json": JSON.stringify(tables),
      "facets.json": JSON.stringify(facetsFile),
      "warnings.json": JSON.stringify(warnedArticles(data)),
      "quality.json": JSON.stringify(quality(data)),
      "world-map.json": worldMap(),
      "vietnam-map.json": vietnamMap()
    },
    archives: {
      // `entities/partner.zip` and `entities/province.zip`, each member named inside its kind's folder.
      ...Object.fromEntries(
        ENTITY_KINDS.map((kind) => [
          `entities/${kind}.zip`,
          entities.filter((f) => f.name.startsWith(`${kind}/`)).map((f) => ({name: f.name.slice(kind.length + 1), data: f.data}))
        ])
      ),
      "catalog.zip": catalogParts(data),
      ...Object.fromEntries(textArchives(data).map((members, a) => [`texts/${a}.zip`, members]))
    }
  };
}

/**
 * Computes every output for the corpus folder and writes it to .cache/site/<fingerprint>/,
 * removing the outputs of every other corpus state.
 */
export function writeSiteOutputs(dir: string, fingerprint: string): void {
  const {files, archives} = siteOutputs(computeSiteData(dir));
  const all: [string, string | Uint8Array][] = [
    ...Object.entries(files),
    ...Object.entries(archives).flatMap(([archive, members]) => members.map((m): [string, string | Uint8Array] => [`${archive.slice(0, -".zip".length)}/${m.name}`, m.data]))
  ];
  mkdirSync(SITE_CACHE_DIR, {recursive: true});
  // Other corpus states go; so do their unfinished writes, but not another process's for this state.
  for (const old of readdirSync(SITE_CACHE_DIR)) if (old !== fingerprint && !old.startsWith(`${fingerprint}.`)) rmSync(join(SITE_CACHE_DIR, old), {recursive: true, force: true});
  // Written in a folder of its own, renamed at once: a loader never sees half an archive's members.
  const folder = join(SITE_CACHE_DIR, fingerprint);
  const tmp = `${folder}.${process.pid}.tmp`;
  rmSync(tmp, {recursive: true, force: true});
  for (const [n, value] of all) {
    const path = join(tmp, n);
    mkdirSync(dirname(path), {recursive: true});
    writeFileSync(path, value);
  }
  try {
    renameSync(tmp, folder);
  } catch (e) {
    // Another process wrote the same state first: keep its files.
    rmSync(tmp, {recursive: true, force: true});
    if (!existsSync(folder)) throw e;
  }
}
