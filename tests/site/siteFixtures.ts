// Corpus tables for the site writer's tests: the seeds, a mix of short articles of every class
// (tests/fixtures/mixed/), and the bad-input battery, read once.
import {join} from "node:path";
import {createExtractor, DEFAULT_CORPUS_DIR, extractCorpus} from "../../loaders/extract/corpus.js";
import {collectCorpus, type CorpusTable} from "../../loaders/tables/corpusTable.js";
import {BAD_INPUT_DIR} from "../fixtures/make-bad-input.js";

const x = createExtractor();
export const TODAY = new Date("2026-06-01");
export const MIXED_DIR = join(import.meta.dirname, "..", "fixtures", "mixed");

export function tableOf(paths: string[]): CorpusTable {
  return collectCorpus(extractCorpus(paths, x), x.matchers.gazetteer, TODAY);
}

export const seeds = tableOf([DEFAULT_CORPUS_DIR]);
export const mixed = tableOf([DEFAULT_CORPUS_DIR, MIXED_DIR, BAD_INPUT_DIR]);
