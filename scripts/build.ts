// npm run build: the site data of the corpus folder ($CORPUS_DIR or data/articles/) into
// src/data/site/ (scripts/write-site.ts), then `observable build` into dist/, then small pages at
// the addresses of earlier versions of the site (countries/JP.html …) that send the reader on to
// the page that took their place (partner.html?code=JP …).
import {spawnSync} from "node:child_process";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {corpusDir} from "../loaders/read/corpusDir.js";
import {SITE_DATA_DIR} from "../loaders/site/config.js";
import {writeSite} from "../loaders/site/writeSite.js";
import type {SiteFile} from "../loaders/contract.js";
import {writeRedirects} from "./redirects.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const dir = corpusDir();
const r = writeSite(dir);
console.log(
  r.computed
    ? `[build] site data computed in ${r.seconds.toFixed(1)} s: ${r.written} files written, ${r.unchanged} unchanged, ${r.deleted} deleted`
    : `[build] site data up to date`
);

const framework = join(root, "node_modules/@observablehq/framework/dist/bin/observable.js");
const result = spawnSync(process.execPath, [framework, "build", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true"}
});
if (result.status !== 0) process.exit(result.status ?? 1);
const site = JSON.parse(readFileSync(join(SITE_DATA_DIR, "site.json"), "utf8")) as SiteFile;
console.log(`[build] ${writeRedirects(join(root, "dist"), site)} redirects from earlier addresses written`);
