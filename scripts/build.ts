// npm run build: the site data for the corpus folder ($CORPUS_DIR or data/articles/), computed once
// (each article's extraction comes from the per-article cache when it is fresh) and written into
// Framework's loader cache where it changed, every other cached output deleted (see
// sync-loader-cache.ts); then
// `observable build`, whose loaders read the same corpus state ($SITE_FINGERPRINT) without
// fingerprinting the folder again; then every partner and province page, copied from the one of
// its folder that Framework built (see entity-pages.ts).
import {spawnSync} from "node:child_process";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {corpusDir} from "../loaders/read/corpusDir.js";
import {corpusFingerprint, SITE_CACHE_DIR} from "../loaders/site/fingerprint.js";
import {siteFacts} from "../loaders/site/config.js";
import {siteOutput} from "../loaders/site/output.js";
import {copyEntityPages} from "./entity-pages.js";
import {newestFile, siteLoaderOutputs, syncLoaderCache} from "./sync-loader-cache.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const dir = corpusDir();
const fingerprint = corpusFingerprint(dir);
process.env.SITE_FINGERPRINT = fingerprint;
const start = performance.now();
await siteOutput("site.json", dir);
const synced = syncLoaderCache(join(root, "src/.observablehq/cache"), siteLoaderOutputs(join(SITE_CACHE_DIR, fingerprint)), newestFile(join(root, "src/data")));
console.log(`[build] site data ready in ${((performance.now() - start) / 1000).toFixed(1)} s; loader outputs: ${synced.written} written, ${synced.kept} unchanged, ${synced.removed} other files deleted`);

const framework = join(root, "node_modules/@observablehq/framework/dist/bin/observable.js");
const result = spawnSync(process.execPath, [framework, "build", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: {...process.env, SITE_FINGERPRINT: fingerprint, OBSERVABLE_TELEMETRY_DISABLE: "true"}
});
if (result.status !== 0) process.exit(result.status ?? 1);
const {paths} = await siteFacts();
console.log(`[build] ${copyEntityPages(join(root, "dist"), paths)} partner and province pages copied from the one Framework built in each folder`);
