// Where the articles are: $CORPUS_DIR if set, else data/articles/.
import {fileURLToPath} from "node:url";

export const DEFAULT_CORPUS_DIR = fileURLToPath(new URL("../../data/articles/", import.meta.url));

/** The folder of article files: $CORPUS_DIR if set, else data/articles/. */
export function corpusDir(): string {
  return process.env.CORPUS_DIR || DEFAULT_CORPUS_DIR;
}
