// What a partner's or a province's profile page reads of its own: its entry in its bucket's file
// (site.json says which bucket; the files are named in entityAttachments.ts), and, when the reader
// asks for more, its entry in the bucket's -more file.
import type {EntityFirst, EntityKind, EntityRest, ListEntry} from "../../loaders/contract.js";
import type {ListCatalog} from "./catalog.js";
import {ENTITY_FILES, ENTITY_MORE_FILES} from "./entityAttachments.js";
import {NATIONAL} from "./names.js";

export const EMPTY_FIRST: EntityFirst = {acts: [], sentences: [], articles: [], total: {st: 0, cooperation: 0, mentions: 0}};
const EMPTY_REST: EntityRest = {sentences: [], articles: []};

/** The kind of a code: a province code ("VN-HN") or the national level ("VN") is a Vietnamese side; anything else a partner. */
export const kindOf = (code: string): EntityKind => (code === NATIONAL || code.startsWith("VN-") ? "province" : "partner");

/** The code the page is about, from its address (?code=JP). */
export function codeFromQuery(search = location.search): string {
  return new URLSearchParams(search).get("code") ?? "";
}

export interface ProfileData {
  first: Promise<EntityFirst>;
  /** The rest of its lists, fetched once, on the first call. */
  rest(): Promise<EntityRest>;
}

/** The code's data, from bucket `bucket` (undefined: the corpus has nothing on it). */
export function profileData(code: string, bucket: number | undefined): ProfileData {
  if (bucket === undefined) return {first: Promise.resolve(EMPTY_FIRST), rest: async () => EMPTY_REST};
  let rest: Promise<EntityRest> | undefined;
  return {
    first: ENTITY_FILES[bucket].json().then((all: Record<string, EntityFirst>) => (Object.hasOwn(all, code) ? all[code] : EMPTY_FIRST)),
    rest: () => (rest ??= ENTITY_MORE_FILES[bucket].json().then((all: Record<string, EntityRest>) => (Object.hasOwn(all, code) ? all[code] : EMPTY_REST)))
  };
}

/** A profile's own list entries, the rest fetched when a list goes beyond the first ones. */
export function profileCatalog(first: EntityFirst, data: ProfileData): ListCatalog {
  const known = new Map<number, ListEntry>(first.articles.map((r) => [r.i, r]));
  let more: Promise<void> | undefined;
  return {
    async entries(positions) {
      if (positions.some((i) => !known.has(i))) {
        await (more ??= data.rest().then((r) => {
          for (const e of r.articles) known.set(e.i, e);
        }));
      }
      return positions.map((i) => known.get(i) ?? {i, id: "", title: null, file: "", date: {year: null, month: null, day: null}});
    }
  };
}
