// Prefixes each line of its input with the seconds since it started, to see where a build spends
// its time:  CORPUS_DIR=/tmp/vn-news npm run build 2>&1 | node scripts/stamp.js
// (Framework prints a line per page loaded, file copied and page rendered.) Colour codes are removed.
import {createInterface} from "node:readline";

const start = Date.now();
for await (const line of createInterface({input: process.stdin})) {
  console.log(`${((Date.now() - start) / 1000).toFixed(1).padStart(7)}  ${line.replace(/\x1b\[[0-9;]*m/g, "")}`);
}
