// The catalogue: each article's list entry (title, file, date, source), by position, in parts of
// `size` consecutive positions (site.json, files.catalog), fetched when a list shows them.
import type {CatalogRow, ListEntry} from "../../loaders/contract.js";
import {CATALOG_FILES} from "./catalogAttachments.js";

/** Where a list finds what it shows of its articles: the catalogue, or a profile's own entries (profileData.ts). */
export interface ListCatalog {
  /** The entries of the articles at these positions, in the same order. */
  entries(positions: number[]): Promise<(ListEntry & Partial<CatalogRow>)[]>;
}

export function catalog(size: number): ListCatalog {
  const cache = new Map<number, Promise<CatalogRow[]>>();
  const part = (p: number) => {
    let x = cache.get(p);
    if (!x) cache.set(p, (x = CATALOG_FILES[p].json() as Promise<CatalogRow[]>));
    return x;
  };
  return {
    async entries(positions) {
      const parts = [...new Set(positions.map((i) => Math.floor(i / size)))];
      const loaded = new Map(await Promise.all(parts.map(async (p) => [p, await part(p)] as const)));
      return positions.map((i) => ({...loaded.get(Math.floor(i / size))![i % size], i}));
    }
  };
}
