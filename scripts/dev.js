// npm run dev: Observable Framework's preview server over the site data in src/data/site/, which is
// written first (scripts/write-site.ts) and again whenever an article, a reference table (data/) or
// the pipeline (loaders/) changes. The preview watches the files the pages read and reloads the
// open pages when one changes: no restart needed.
import {spawn, spawnSync} from "node:child_process";
import {existsSync, watch} from "node:fs";
import {delimiter, join, relative} from "node:path";
import {fileURLToPath} from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = join(root, "node_modules/.bin");
const env = {...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ""}`, OBSERVABLE_TELEMETRY_DISABLE: "true"};
const writeSite = [join(bin, "tsx"), [join(root, "scripts/write-site.ts")]];

const first = spawnSync(writeSite[0], writeSite[1], {cwd: root, env, stdio: "inherit"});
if (first.status !== 0) console.error("[dev] the site data could not be written; the pages show what they can");

// One writer at a time; a change while it runs makes it run once more when it is done.
let running = false;
let again = false;
function rewrite(reason) {
  if (running) {
    again = true;
    return;
  }
  running = true;
  console.log(`[dev] ${reason}: writing the site data`);
  const child = spawn(writeSite[0], writeSite[1], {cwd: root, env, stdio: "inherit"});
  child.on("exit", () => {
    running = false;
    if (again) {
      again = false;
      rewrite("more changes");
    }
  });
}

const watched = ["data", "loaders"].map((d) => join(root, d));
if (process.env.CORPUS_DIR && existsSync(process.env.CORPUS_DIR)) watched.push(process.env.CORPUS_DIR);
let timer = null;
for (const dir of watched) {
  watch(dir, {recursive: true}, (_event, name) => {
    clearTimeout(timer);
    timer = setTimeout(() => rewrite(`${relative(root, join(dir, String(name ?? "")))} changed`), 300);
  });
}

const preview = spawn(join(bin, "observable"), ["preview", ...process.argv.slice(2)], {cwd: root, stdio: "inherit", env});
preview.on("exit", (code) => process.exit(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => preview.kill(signal));
