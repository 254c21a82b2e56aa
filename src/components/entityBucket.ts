// Which file holds a partner's or a province's evidence: the entities of a kind are spread over a
// fixed number of files by a hash of their code (data/entities/<kind>/<bucket>.json, and the rest
// in <bucket>-more.json). A fixed number, so that one page, built once and copied under every
// code's name (scripts/entity-pages.ts), names every file it may fetch, as Framework requires.
// Shared by the loader that writes the files (loaders/site/shape.ts) and the pages that read them.
import {idHash} from "./idBucket.js";

/** Files per kind: some 4 partners or provinces per file at 15,000 articles. */
export const ENTITY_BUCKETS = {partner: 64, province: 16} as const;

export type EntityKind = keyof typeof ENTITY_BUCKETS;

/** The bucket of a partner's or a province's code. */
export function entityBucket(kind: EntityKind, code: string): number {
  return idHash(code) % ENTITY_BUCKETS[kind];
}
