// What Framework would spend on each partner and province page if it built them all, step by step,
// with its own functions (on a sample of the pages in dist/, which must be built, e.g. by
// `npm run build`; Framework builds one per folder and the build copies it, see entity-pages.ts):
//   CORPUS_DIR=/tmp/vn-news node scripts/page-cost.mjs [sample size, default 60]
// loadPage parses the Markdown (also run again for the search index), getResolvers finds the files
// and imports a page names, renderPage writes its HTML.
import {existsSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {readConfig} from "@observablehq/framework/dist/config.js";
import {getResolvers} from "@observablehq/framework/dist/resolvers.js";
import {renderPage} from "@observablehq/framework/dist/render.js";

process.env.OBSERVABLE_TELEMETRY_DISABLE = "true";
const config = await readConfig();
const paths = ["countries", "provinces"].flatMap((folder) =>
  existsSync(join("dist", folder)) ? readdirSync(join("dist", folder)).filter((f) => f.endsWith(".html")).map((f) => `/${folder}/${f.slice(0, -".html".length)}`) : []
);
const n = Math.min(paths.length, Number(process.argv[2] ?? 60));
const sample = paths.filter((_, i) => i % Math.ceil(paths.length / n) === 0).slice(0, n);
const quiet = {logger: {log() {}, warn() {}, error() {}}, output: {write() {}}};
const step = async (path) => {
  const options = {path, ...config};
  const t0 = performance.now();
  const page = await config.loaders.loadPage(path, options, quiet);
  const t1 = performance.now();
  const resolvers = await getResolvers(page, options);
  const t2 = performance.now();
  await renderPage(page, {...config, path, resolvers});
  return [t1 - t0, t2 - t1, performance.now() - t2];
};
for (const path of sample.slice(0, 3)) await step(path); // warm-up
const total = [0, 0, 0];
for (const path of sample) (await step(path)).forEach((t, i) => (total[i] += t));
const [load, resolve, render] = total.map((t) => t / sample.length);
console.log(`${sample.length} of ${paths.length} parameterized pages, per page: loadPage ${load.toFixed(0)} ms, getResolvers ${resolve.toFixed(0)} ms, renderPage ${render.toFixed(0)} ms`);
console.log(`all ${paths.length} pages, loadPage counted twice (the search index loads them again): ${(((2 * load + resolve + render) * paths.length) / 1000).toFixed(1)} s`);
