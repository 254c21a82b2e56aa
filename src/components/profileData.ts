// What a partner's or a province's profile page reads of its own: its entry in its bucket's file
// (site.json says which bucket; the files are named in partnerAttachments.ts and
// provinceAttachments.ts), and, when the reader asks for more, its entry in the bucket's -more file.
import type {EntityFirst, EntityKind, EntityRest, ListEntry, Scope} from "../../loaders/contract.js";
import type {ListCatalog} from "./catalog.js";
import {NATIONAL} from "./names.js";
import {PARTNER_FILES, PARTNER_MORE_FILES} from "./partnerAttachments.js";
import {PROVINCE_FILES, PROVINCE_MORE_FILES} from "./provinceAttachments.js";

const FILES = {partner: [PARTNER_FILES, PARTNER_MORE_FILES], province: [PROVINCE_FILES, PROVINCE_MORE_FILES]} as const;

const EMPTY_LISTS = () => ({st: [], cooperation: [], mentions: []}) as Record<Scope, ListEntry[]>;
export const EMPTY_FIRST: EntityFirst = {acts: [], sentences: [], articles: EMPTY_LISTS(), total: {st: 0, cooperation: 0, mentions: 0}};

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

export function profileData(kind: EntityKind, code: string, bucket: number | undefined): ProfileData {
  if (bucket === undefined) return {first: Promise.resolve(EMPTY_FIRST), rest: async () => ({sentences: [], articles: EMPTY_LISTS()})};
  const [firstFiles, moreFiles] = FILES[kind];
  let rest: Promise<EntityRest> | undefined;
  return {
    first: firstFiles[bucket].json().then((all: Record<string, EntityFirst>) => (Object.hasOwn(all, code) ? all[code] : EMPTY_FIRST)),
    rest: () => (rest ??= moreFiles[bucket].json().then((all: Record<string, EntityRest>) => (Object.hasOwn(all, code) ? all[code] : {sentences: [], articles: EMPTY_LISTS()})))
  };
}

/** A profile's own list entries for a scope, the rest fetched when the list goes beyond the first ones. */
export function profileCatalog(first: EntityFirst, data: ProfileData, scope: Scope): ListCatalog {
  const known = new Map(first.articles[scope].map((r) => [r.i, r]));
  let more: Promise<void> | undefined;
  return {
    async entries(positions) {
      if (positions.some((i) => !known.has(i))) {
        await (more ??= data.rest().then((r) => {
          for (const e of r.articles[scope]) known.set(e.i, e);
        }));
      }
      return positions.map((i) => known.get(i) ?? {i, id: "", title: null, file: "", date: {year: null, month: null, day: null}});
    }
  };
}
