// The article catalogue (src/data/catalog/<part>.json: each article's id, title, file, address),
// fetched part by part for the rows a page shows: the pages count from the facets alone and
// fetch titles only for what they list. The parts are named here literally, as Framework needs;
// their number is CATALOG_PARTS in loaders/site/facets.ts (a test checks they agree).
import {FileAttachment} from "observablehq:stdlib";
import type {CatalogRow, FacetRow, IndexRow} from "../../loaders/contract.js";

const PARTS = [
  FileAttachment("../data/catalog/0.json"),
  FileAttachment("../data/catalog/1.json"),
  FileAttachment("../data/catalog/2.json"),
  FileAttachment("../data/catalog/3.json"),
  FileAttachment("../data/catalog/4.json"),
  FileAttachment("../data/catalog/5.json"),
  FileAttachment("../data/catalog/6.json"),
  FileAttachment("../data/catalog/7.json"),
  FileAttachment("../data/catalog/8.json"),
  FileAttachment("../data/catalog/9.json"),
  FileAttachment("../data/catalog/10.json"),
  FileAttachment("../data/catalog/11.json"),
  FileAttachment("../data/catalog/12.json"),
  FileAttachment("../data/catalog/13.json"),
  FileAttachment("../data/catalog/14.json"),
  FileAttachment("../data/catalog/15.json"),
  FileAttachment("../data/catalog/16.json"),
  FileAttachment("../data/catalog/17.json"),
  FileAttachment("../data/catalog/18.json"),
  FileAttachment("../data/catalog/19.json"),
  FileAttachment("../data/catalog/20.json"),
  FileAttachment("../data/catalog/21.json"),
  FileAttachment("../data/catalog/22.json"),
  FileAttachment("../data/catalog/23.json"),
  FileAttachment("../data/catalog/24.json"),
  FileAttachment("../data/catalog/25.json"),
  FileAttachment("../data/catalog/26.json"),
  FileAttachment("../data/catalog/27.json"),
  FileAttachment("../data/catalog/28.json"),
  FileAttachment("../data/catalog/29.json"),
  FileAttachment("../data/catalog/30.json"),
  FileAttachment("../data/catalog/31.json"),
  FileAttachment("../data/catalog/32.json"),
  FileAttachment("../data/catalog/33.json"),
  FileAttachment("../data/catalog/34.json"),
  FileAttachment("../data/catalog/35.json"),
  FileAttachment("../data/catalog/36.json"),
  FileAttachment("../data/catalog/37.json"),
  FileAttachment("../data/catalog/38.json"),
  FileAttachment("../data/catalog/39.json"),
  FileAttachment("../data/catalog/40.json"),
  FileAttachment("../data/catalog/41.json"),
  FileAttachment("../data/catalog/42.json"),
  FileAttachment("../data/catalog/43.json"),
  FileAttachment("../data/catalog/44.json"),
  FileAttachment("../data/catalog/45.json"),
  FileAttachment("../data/catalog/46.json"),
  FileAttachment("../data/catalog/47.json"),
  FileAttachment("../data/catalog/48.json"),
  FileAttachment("../data/catalog/49.json"),
  FileAttachment("../data/catalog/50.json"),
  FileAttachment("../data/catalog/51.json"),
  FileAttachment("../data/catalog/52.json"),
  FileAttachment("../data/catalog/53.json"),
  FileAttachment("../data/catalog/54.json"),
  FileAttachment("../data/catalog/55.json"),
  FileAttachment("../data/catalog/56.json"),
  FileAttachment("../data/catalog/57.json"),
  FileAttachment("../data/catalog/58.json"),
  FileAttachment("../data/catalog/59.json"),
  FileAttachment("../data/catalog/60.json"),
  FileAttachment("../data/catalog/61.json"),
  FileAttachment("../data/catalog/62.json"),
  FileAttachment("../data/catalog/63.json")
];

export const CATALOG_PARTS = PARTS.length;

export interface Catalog {
  /** The given articles with their catalogue entries (fetching the parts not loaded yet). */
  rows(list: FacetRow[]): Promise<IndexRow[]>;
}

/** The catalogue, `size` articles per part (FacetsFile.catalog). */
export function catalog(size: number): Catalog {
  const cache = new Map<number, Promise<CatalogRow[]>>();
  const part = (p: number) => {
    let x = cache.get(p);
    if (!x) cache.set(p, (x = PARTS[p].json() as Promise<CatalogRow[]>));
    return x;
  };
  const rows = async (list: FacetRow[]) => {
    const parts = [...new Set(list.map((r) => Math.floor(r.i / size)))];
    const loaded = new Map(await Promise.all(parts.map(async (p) => [p, await part(p)] as const)));
    return list.map((r) => {
      const p = Math.floor(r.i / size);
      return {...r, ...loaded.get(p)![r.i - p * size]};
    });
  };
  return {rows};
}
