// What a partner's or a province's page reads of its own: its entry in its bucket's files
// (src/components/entityBucket.ts). `files` are the bucket files of its kind, named literally in
// partnerFiles.ts and provinceFiles.ts; the rest (`<bucket>-more.json`) is fetched once, when asked.
import type {EntityEvidence, EntityRest, EvidenceSentence, PlacedListEntry} from "../../loaders/contract.js";
import {entityBucket, type EntityKind} from "./entityBucket.js";

interface Json {
  json(): Promise<unknown>;
}

export interface EntityData {
  /** The first part, or empty lists when the corpus does not name the code. */
  evidence: Promise<EntityEvidence>;
  /** The older evidence sentences, in the form evidenceList (text.ts) takes its further parts. */
  more: {json(): Promise<EvidenceSentence[]>}[];
  /** The other articles the page lists, in the form entityCatalog takes them. */
  moreArticles: {json(): Promise<PlacedListEntry[]>};
}

const EMPTY: EntityEvidence = {total: 0, acts: [], sentences: [], articles: []};

const entry = async <T>(file: Json, code: string, empty: T): Promise<T> => {
  const all = (await file.json()) as Record<string, T>;
  return Object.hasOwn(all, code) ? all[code] : empty;
};

export function entityData(files: readonly (readonly [Json, Json])[], kind: EntityKind, code: string): EntityData {
  const [first, more] = files[entityBucket(kind, code)];
  let rest: Promise<EntityRest> | undefined;
  const theRest = () => (rest ??= entry(more, code, {sentences: [], articles: []}));
  return {
    evidence: entry(first, code, EMPTY),
    more: [{json: async () => (await theRest()).sentences}],
    moreArticles: {json: async () => (await theRest()).articles}
  };
}

/**
 * The code a partner's or a province's page is for, from its address: `/countries/CN`, or
 * `…/countries/CN.html` in the built site, where the page is one page copied under each code's name.
 */
export function codeFromPath(pathname: string): string {
  const last = (pathname.split("/").pop() ?? "").replace(/\.html$/, "");
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
