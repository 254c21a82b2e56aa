// Observable Framework never re-runs a data loader whose output is cached, and it does not see
// edits to the files a loader reads (data/) or imports (loaders/). The dev server (scripts/dev.js)
// deletes the cached loader outputs (everything in src/.observablehq/cache except the "_"-prefixed
// folders such as _node/, which hold bundled npm packages) when it starts and on every such edit,
// so every number is computed afresh. (`npm run build` writes the outputs that changed itself:
// scripts/sync-loader-cache.ts.)
import {existsSync, readdirSync, rmSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath} from "node:url";

export const CACHE_DIR = fileURLToPath(new URL("../src/.observablehq/cache/", import.meta.url));

export function cleanLoaderCache(dir = CACHE_DIR) {
  if (!existsSync(dir)) return [];
  const removed = [];
  for (const name of readdirSync(dir)) {
    if (name.startsWith("_")) continue;
    rmSync(join(dir, name), {recursive: true, force: true});
    removed.push(name);
  }
  return removed;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) cleanLoaderCache();
