// Framework's FileAttachment, for the components' tests: a file of src/data/site/ (or one given by
// setFile), read from disk as the browser would fetch it.
import {readFileSync} from "node:fs";
import {join} from "node:path";

const files = new Map<string, unknown>();

/** Makes FileAttachment(name) answer with `data` (a path as the component names it). */
export function setFile(name: string, data: unknown): void {
  files.set(name, data);
}

export function FileAttachment(name: string) {
  return {
    name,
    async json() {
      if (files.has(name)) return files.get(name);
      return JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "src", "components", name), "utf8"));
    }
  };
}
