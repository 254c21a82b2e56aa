// The article catalogue (src/data/catalog/<part>.json: each article's id, title, file, address),
// fetched part by part for the rows a page shows: the pages count from the facets alone and
// fetch titles only for what they list. The parts are named here literally, as Framework needs;
// their number is CATALOG_PARTS in loaders/site/facets.ts (a test checks they agree).
import {FileAttachment} from "observablehq:stdlib";
import type {CatalogRow, FacetRow, IndexRow} from "../../loaders/site/types.js";
import {idBucket} from "./idBucket.js";

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
  FileAttachment("../data/catalog/63.json"),
  FileAttachment("../data/catalog/64.json"),
  FileAttachment("../data/catalog/65.json"),
  FileAttachment("../data/catalog/66.json"),
  FileAttachment("../data/catalog/67.json"),
  FileAttachment("../data/catalog/68.json"),
  FileAttachment("../data/catalog/69.json"),
  FileAttachment("../data/catalog/70.json"),
  FileAttachment("../data/catalog/71.json"),
  FileAttachment("../data/catalog/72.json"),
  FileAttachment("../data/catalog/73.json"),
  FileAttachment("../data/catalog/74.json"),
  FileAttachment("../data/catalog/75.json"),
  FileAttachment("../data/catalog/76.json"),
  FileAttachment("../data/catalog/77.json"),
  FileAttachment("../data/catalog/78.json"),
  FileAttachment("../data/catalog/79.json"),
  FileAttachment("../data/catalog/80.json"),
  FileAttachment("../data/catalog/81.json"),
  FileAttachment("../data/catalog/82.json"),
  FileAttachment("../data/catalog/83.json"),
  FileAttachment("../data/catalog/84.json"),
  FileAttachment("../data/catalog/85.json"),
  FileAttachment("../data/catalog/86.json"),
  FileAttachment("../data/catalog/87.json"),
  FileAttachment("../data/catalog/88.json"),
  FileAttachment("../data/catalog/89.json"),
  FileAttachment("../data/catalog/90.json"),
  FileAttachment("../data/catalog/91.json"),
  FileAttachment("../data/catalog/92.json"),
  FileAttachment("../data/catalog/93.json"),
  FileAttachment("../data/catalog/94.json"),
  FileAttachment("../data/catalog/95.json"),
  FileAttachment("../data/catalog/96.json"),
  FileAttachment("../data/catalog/97.json"),
  FileAttachment("../data/catalog/98.json"),
  FileAttachment("../data/catalog/99.json"),
  FileAttachment("../data/catalog/100.json"),
  FileAttachment("../data/catalog/101.json"),
  FileAttachment("../data/catalog/102.json"),
  FileAttachment("../data/catalog/103.json"),
  FileAttachment("../data/catalog/104.json"),
  FileAttachment("../data/catalog/105.json"),
  FileAttachment("../data/catalog/106.json"),
  FileAttachment("../data/catalog/107.json"),
  FileAttachment("../data/catalog/108.json"),
  FileAttachment("../data/catalog/109.json"),
  FileAttachment("../data/catalog/110.json"),
  FileAttachment("../data/catalog/111.json"),
  FileAttachment("../data/catalog/112.json"),
  FileAttachment("../data/catalog/113.json"),
  FileAttachment("../data/catalog/114.json"),
  FileAttachment("../data/catalog/115.json"),
  FileAttachment("../data/catalog/116.json"),
  FileAttachment("../data/catalog/117.json"),
  FileAttachment("../data/catalog/118.json"),
  FileAttachment("../data/catalog/119.json"),
  FileAttachment("../data/catalog/120.json"),
  FileAttachment("../data/catalog/121.json"),
  FileAttachment("../data/catalog/122.json"),
  FileAttachment("../data/catalog/123.json"),
  FileAttachment("../data/catalog/124.json"),
  FileAttachment("../data/catalog/125.json"),
  FileAttachment("../data/catalog/126.json"),
  FileAttachment("../data/catalog/127.json")
];

// The id buckets (see idBucket.ts).
const IDS = [
  FileAttachment("../data/catalog/ids/0.json"),
  FileAttachment("../data/catalog/ids/1.json"),
  FileAttachment("../data/catalog/ids/2.json"),
  FileAttachment("../data/catalog/ids/3.json"),
  FileAttachment("../data/catalog/ids/4.json"),
  FileAttachment("../data/catalog/ids/5.json"),
  FileAttachment("../data/catalog/ids/6.json"),
  FileAttachment("../data/catalog/ids/7.json"),
  FileAttachment("../data/catalog/ids/8.json"),
  FileAttachment("../data/catalog/ids/9.json"),
  FileAttachment("../data/catalog/ids/10.json"),
  FileAttachment("../data/catalog/ids/11.json"),
  FileAttachment("../data/catalog/ids/12.json"),
  FileAttachment("../data/catalog/ids/13.json"),
  FileAttachment("../data/catalog/ids/14.json"),
  FileAttachment("../data/catalog/ids/15.json"),
  FileAttachment("../data/catalog/ids/16.json"),
  FileAttachment("../data/catalog/ids/17.json"),
  FileAttachment("../data/catalog/ids/18.json"),
  FileAttachment("../data/catalog/ids/19.json"),
  FileAttachment("../data/catalog/ids/20.json"),
  FileAttachment("../data/catalog/ids/21.json"),
  FileAttachment("../data/catalog/ids/22.json"),
  FileAttachment("../data/catalog/ids/23.json"),
  FileAttachment("../data/catalog/ids/24.json"),
  FileAttachment("../data/catalog/ids/25.json"),
  FileAttachment("../data/catalog/ids/26.json"),
  FileAttachment("../data/catalog/ids/27.json"),
  FileAttachment("../data/catalog/ids/28.json"),
  FileAttachment("../data/catalog/ids/29.json"),
  FileAttachment("../data/catalog/ids/30.json"),
  FileAttachment("../data/catalog/ids/31.json"),
  FileAttachment("../data/catalog/ids/32.json"),
  FileAttachment("../data/catalog/ids/33.json"),
  FileAttachment("../data/catalog/ids/34.json"),
  FileAttachment("../data/catalog/ids/35.json"),
  FileAttachment("../data/catalog/ids/36.json"),
  FileAttachment("../data/catalog/ids/37.json"),
  FileAttachment("../data/catalog/ids/38.json"),
  FileAttachment("../data/catalog/ids/39.json"),
  FileAttachment("../data/catalog/ids/40.json"),
  FileAttachment("../data/catalog/ids/41.json"),
  FileAttachment("../data/catalog/ids/42.json"),
  FileAttachment("../data/catalog/ids/43.json"),
  FileAttachment("../data/catalog/ids/44.json"),
  FileAttachment("../data/catalog/ids/45.json"),
  FileAttachment("../data/catalog/ids/46.json"),
  FileAttachment("../data/catalog/ids/47.json"),
  FileAttachment("../data/catalog/ids/48.json"),
  FileAttachment("../data/catalog/ids/49.json"),
  FileAttachment("../data/catalog/ids/50.json"),
  FileAttachment("../data/catalog/ids/51.json"),
  FileAttachment("../data/catalog/ids/52.json"),
  FileAttachment("../data/catalog/ids/53.json"),
  FileAttachment("../data/catalog/ids/54.json"),
  FileAttachment("../data/catalog/ids/55.json"),
  FileAttachment("../data/catalog/ids/56.json"),
  FileAttachment("../data/catalog/ids/57.json"),
  FileAttachment("../data/catalog/ids/58.json"),
  FileAttachment("../data/catalog/ids/59.json"),
  FileAttachment("../data/catalog/ids/60.json"),
  FileAttachment("../data/catalog/ids/61.json"),
  FileAttachment("../data/catalog/ids/62.json"),
  FileAttachment("../data/catalog/ids/63.json")
];

export const CATALOG_PARTS = PARTS.length;

export interface Catalog {
  /** The given articles with their catalogue entries (fetching the parts not loaded yet). */
  rows(list: FacetRow[]): Promise<IndexRow[]>;
  /** Every article with its catalogue entry. */
  all(): Promise<IndexRow[]>;
  /** The article with this id; `hint` is its position if known (tried first). */
  find(id: string, hint?: number | null): Promise<IndexRow | null>;
}

/** The catalogue of the articles in `index` (all of them, decoded from facets.json), `size` per part. */
export function catalog(index: FacetRow[], size: number): Catalog {
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
  const all = () => rows(index);
  const find = async (id: string, hint?: number | null) => {
    if (hint != null && index[hint]) {
      const [row] = await rows([index[hint]]);
      if (row.id === id) return row;
    }
    const bucket = (await IDS[idBucket(id)].json()) as [string, number][];
    const at = bucket.find(([x]) => x === id)?.[1];
    return at === undefined || !index[at] ? null : (await rows([index[at]]))[0];
  };
  return {rows, all, find};
}
