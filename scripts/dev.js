// npm run dev: Observable Framework's preview server, plus a watcher on data/ and loaders/.
// The preview re-runs a data loader when the loader file itself changes, but not when an article,
// a gazetteer or a module it imports changes. On such a change we drop the cached loader outputs
// and touch the loaders in src/, so the open pages reload with fresh numbers, no restart needed.
import {spawn} from "node:child_process";
import {existsSync, readdirSync, statSync, utimesSync, watch} from "node:fs";
import {delimiter, join, relative} from "node:path";
import {fileURLToPath} from "node:url";
import {cleanLoaderCache} from "./clean-loader-cache.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const watched = ["data", "loaders"].map((d) => join(root, d));
if (process.env.CORPUS_DIR && existsSync(process.env.CORPUS_DIR)) watched.push(process.env.CORPUS_DIR);

/** Every data loader under src/ (files like counts.json.ts), which Framework watches. */
function loaderFiles(dir = join(root, "src")) {
  const out = [];
  for (const name of readdirSync(dir)) {
    if (name.startsWith(".")) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...loaderFiles(path));
    else if (/\.\w+\.(ts|js)$/.test(name) || /\.md\.(ts|js)$/.test(name)) out.push(path);
  }
  return out;
}

function refresh(reason) {
  cleanLoaderCache();
  const now = new Date();
  for (const file of loaderFiles()) utimesSync(file, now, now);
  console.log(`[dev] ${reason}: data loaders will run again`);
}

let timer = null;
for (const dir of watched) {
  watch(dir, {recursive: true}, (_event, name) => {
    clearTimeout(timer);
    timer = setTimeout(() => refresh(`${relative(root, join(dir, String(name ?? "")))} changed`), 300);
  });
}

// Start from fresh numbers: a loader output cached by an earlier build (of another corpus,
// perhaps) would otherwise be served as is.
cleanLoaderCache();

// Framework runs TypeScript loaders with `tsx` from the PATH, as `npm run` sets it.
const bin = join(root, "node_modules/.bin");
const env = {...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ""}`, OBSERVABLE_TELEMETRY_DISABLE: "true"};
// Articles change while the server runs: the loaders fingerprint the corpus on every run (a
// build's SITE_FINGERPRINT, left in the shell, would pin them to one corpus state).
delete env.SITE_FINGERPRINT;
const child = spawn(join(bin, "observable"), ["preview", ...process.argv.slice(2)], {stdio: "inherit", env});
child.on("exit", (code) => process.exit(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
