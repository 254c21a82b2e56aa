// `npm run ingest` as the tests run it: one process (node with tsx's loader), so that killing it
// kills the run, awaited asynchronously, since the fixture server answers from the test's process.
import {spawn} from "node:child_process";
import {join} from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");

/** The command line of `npm run ingest -- ARGS` as node's arguments. */
export const ingestArgs = (args: string[]) => ["--import", "tsx", join(ROOT, "scripts/ingest.ts"), ...args];

/** Runs the command to its end, from the project's folder. */
export function ingest(args: string[]): Promise<{status: number | null; stdout: string; stderr: string}> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ingestArgs(args), {cwd: ROOT, stdio: ["ignore", "pipe", "pipe"]});
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c));
    child.stderr.on("data", (c: Buffer) => (stderr += c));
    child.on("close", (status) => resolve({status, stdout, stderr}));
  });
}
