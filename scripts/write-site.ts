// npx tsx scripts/write-site.ts: computes the site data of the corpus folder ($CORPUS_DIR or
// data/articles/) and writes what changed into src/data/site/ (loaders/site/writeSite.ts). Run by
// `npm run build` and `npm run dev`; never needed by hand.
import {corpusDir} from "../loaders/read/corpusDir.js";
import {writeSite} from "../loaders/site/writeSite.js";

const dir = corpusDir();
const r = writeSite(dir);
console.log(
  r.computed
    ? `[site] ${dir}: site data computed in ${r.seconds.toFixed(1)} s; ${r.written} files written, ${r.unchanged} unchanged, ${r.deleted} deleted`
    : `[site] ${dir}: site data up to date`
);
