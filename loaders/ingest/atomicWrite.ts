// Writing a file so that it is, at every instant, either its old content or its new content:
// the bytes go to a hidden temporary file in the same folder, which is then renamed over the
// target (a rename within one file system is atomic). A run killed halfway leaves at most a
// hidden `.NAME.PID.tmp` file, which the corpus reader skips (dot-files) and `removeStaleTemps`
// deletes on the next run.
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

const TEMP_NAME = /^\..+\.\d+\.tmp$/;

/** Writes `data` to `path` atomically, creating its folder if needed. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Deletes the temporary files a killed run left under `dir` (at any depth); returns how many. */
export function removeStaleTemps(dir: string): number {
  let removed = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) removed += removeStaleTemps(path);
    else if (TEMP_NAME.test(entry.name)) {
      rmSync(path, { force: true });
      removed++;
    }
  }
  return removed;
}
